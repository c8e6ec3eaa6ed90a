package charts

import (
	"strings"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/style"
)

// TestShippedDataset checks the charts of every mineral, country and event
// of the dataset the site ships: bars name producers of the mineral, every
// key has a colour, every event within the timeline has its tick.
func TestShippedDataset(t *testing.T) {
	d := fixtures.Dataset(t)
	for i := range d.Minerals {
		m := &d.Minerals[i]
		v := Mineral(i18n.English(), d, m, "")
		if len(v.Charts) == 0 || v.Charts[v.Selected].MineralID != m.ID {
			t.Errorf("%s: the selected chart is not the mineral's", m.ID)
		}
		c := v.Charts[v.Selected]
		if len(c.Bars) == 0 && c.Empty == "" {
			t.Errorf("%s: no bars and no reason", m.ID)
		}
		if len(c.Bars) > TopN+1 {
			t.Errorf("%s: %d bars", m.ID, len(c.Bars))
		}
		for _, b := range append(c.Bars, v.Imports.Parts...) {
			if _, ok := style.Keys[b.Key]; !ok {
				t.Errorf("%s: %s has key %q without a colour", m.ID, b.Label, b.Key)
			}
			if b.Value < 0 || b.Value > 100 {
				t.Errorf("%s: %s at %v%%", m.ID, b.Label, b.Value)
			}
		}
		for _, b := range c.Bars {
			if b.Rest {
				continue
			}
			found := false
			for _, p := range m.Producers {
				found = found || p.Country == b.Code
			}
			if !found {
				t.Errorf("%s: bar %s is not a producer", m.ID, b.Code)
			}
		}
	}
	// Gallium 2025: computed shares of a rounded world total pass 100%,
	// and the chart says so.
	if ga, ok := d.Mineral("gallium"); ok {
		v := Mineral(i18n.English(), d, ga, "")
		sum := 0.0
		for _, b := range v.Charts[v.Selected].Bars {
			sum += b.Value
		}
		said := strings.Contains(strings.Join(v.Charts[v.Selected].Notes, " "), "the world total is rounded")
		if (sum > 100.05) != said {
			t.Errorf("gallium's bars sum to %v; the rounding note said: %v", sum, said)
		}
	}
	for _, c := range d.Countries {
		s := CountrySummary(i18n.English(), d, c.Code, "")
		for _, b := range s.Badges {
			if len(b.Sources) == 0 {
				t.Errorf("%s: badge %s without a source", c.Code, b.Bloc)
			}
		}
		if p := d.CountryProfile(i18n.English(), c.Code, c.Name, "", ""); p.NoTies != s.NoTies {
			t.Errorf("%s: the summary says no ties %v, the profile %v", c.Code, s.NoTies, p.NoTies)
		}
	}
	ticks := Ticks(i18n.English(), d, "2022-06-01", d.AsOf)
	n := 0
	for _, tk := range ticks {
		n += len(tk.Events)
	}
	inRange := 0
	for _, e := range d.Events {
		if e.Date >= "2022-06-01" && dataset.On(e.Date, d.AsOf) {
			inRange++
		}
	}
	if n != inRange || n == 0 {
		t.Errorf("%d events on ticks, %d in the timeline's range", n, inRange)
	}
}
