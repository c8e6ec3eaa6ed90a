package charts

import (
	"sort"
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/style"
)

// Stack is one bar split into parts: where the United States' imports of a
// mineral come from.
type Stack struct {
	// Title is "" when only the reliance is recorded.
	Title string
	// Period is the span the shares cover, as the source gives it.
	Period string
	// Parts are the sources, largest first, then the remainder ("other
	// sources") where the shares leave one.
	Parts []Bar
	// Reliance is US net import reliance as USGS gives it ("100%",
	// ">50%"), or "" where not recorded; RelianceEdition the edition that
	// gives it.
	Reliance, RelianceEdition string
	Sources                   []string
	// Note says when the shares were published after the date asked for.
	Note string
	// Unconfirmed is set when any part is.
	Unconfirmed bool
}

// USImports makes the stacked bar of the sources of US imports of mineral
// m as of at: the shares of the edition that applies then
// (dataset.ImportsAt) and the net import reliance of the latest edition
// published by then (Mineral.RelianceAt); ok is false when the dataset
// records neither.
func USImports(loc *i18n.Catalog, d *dataset.Dataset, m *dataset.Mineral, at string) (s Stack, ok bool) {
	var relianceSources []string
	if r := m.RelianceAt(at); r != nil {
		s.Reliance, s.RelianceEdition, relianceSources = r.USNetImportReliance, r.Edition, r.Sources
		s.Unconfirmed = r.Unconfirmed
	}
	var periods []string
	seen := map[string]bool{}
	var sum float64
	for _, i := range d.ImportsAt(at) {
		t := d.Ties[i]
		if t.To != "USA" || t.Mineral != m.ID || t.Share == nil || !dataset.On(t.Date, at) {
			continue
		}
		text := loc.Percent(*t.Share)
		if t.Approximate {
			text = loc.F("chart.about", "pct", text)
		}
		s.Parts = append(s.Parts, Bar{Code: t.From, Label: loc.Country(t.From, d.CountryName(t.From, t.From)), Value: *t.Share,
			Text: text, Key: BlocKey(d, t.From, at), China: t.From == "CHN"})
		sum += *t.Share
		if t.Period != "" && !seen[t.Period] {
			seen[t.Period] = true
			periods = append(periods, t.Period)
		}
		for _, src := range t.Sources {
			if !seen["src:"+src] {
				seen["src:"+src] = true
				s.Sources = append(s.Sources, src)
			}
		}
		s.Unconfirmed = s.Unconfirmed || t.Unconfirmed
		if n := earlyNote(loc, t.Published, at); n != "" {
			s.Note = n
		}
	}
	if len(s.Parts) == 0 && s.Reliance == "" {
		return s, false
	}
	sort.SliceStable(s.Parts, func(a, b int) bool { return s.Parts[a].Value > s.Parts[b].Value })
	for i := range s.Parts {
		s.Parts[i].Rank = i + 1
	}
	if rest := float64(int((100-sum)*10+0.5)) / 10; len(s.Parts) > 0 && rest >= 0.1 {
		s.Parts = append(s.Parts, Bar{Label: loc.T("chart.imports.other"), Value: rest, Text: loc.Percent(rest), Key: style.KeyRest, Rest: true})
	}
	s.Period = strings.Join(periods, "; ")
	if len(s.Parts) > 0 {
		s.Title = loc.F("chart.imports.title", "mineral", lower(loc, loc.Mineral(m.ID, m.Name)))
		if s.Period != "" {
			s.Title = loc.F("chart.imports.titlePeriod", "mineral", lower(loc, loc.Mineral(m.ID, m.Name)), "period", s.Period)
		}
	}
	for _, src := range relianceSources {
		if !seen["src:"+src] {
			seen["src:"+src] = true
			s.Sources = append(s.Sources, src)
		}
	}
	if len(s.Sources) == 0 {
		s.Sources = m.Sources
	}
	return s, true
}

// Concentration is how concentrated a mineral's output is: the figures
// shown beside its bars.
type Concentration struct {
	// Top3 is the three largest named producers' combined share (%); HHI
	// the Herfindahl–Hirschman index (0–10,000) over the named producers.
	Top3, HHI float64
	// Top3Text, HHIText and Level are the figures in words: "98.7%",
	// "9,742", "highly concentrated".
	Top3Text, HHIText, Level string
	// Known is false when no producer has a share.
	Known bool
}

// Concentrate computes the concentration figures of m as of at (lower
// bounds: only the producers the source names count).
func Concentrate(loc *i18n.Catalog, d *dataset.Dataset, m *dataset.Mineral, at string) Concentration {
	st := d.MineralStats(m, at)
	c := Concentration{Top3: st.Top3, HHI: float64(int(st.HHI + 0.5)), Known: st.Known}
	if !c.Known {
		return c
	}
	c.Top3Text = loc.Percent(c.Top3)
	c.HHIText = loc.Number(c.HHI)
	// The US merger guidelines' bands (2010): above 2,500 highly
	// concentrated, 1,500–2,500 moderately.
	switch {
	case c.HHI > 2500:
		c.Level = loc.T("chart.hhi.high")
	case c.HHI >= 1500:
		c.Level = loc.T("chart.hhi.moderate")
	default:
		c.Level = loc.T("chart.hhi.low")
	}
	return c
}

// MineralView is everything the panel charts for a mineral.
type MineralView struct {
	// Name is the mineral's name, without its stage.
	Name string
	// Charts are the mineral's bars and those of its other stages or
	// years (Family), side by side; Selected indexes the chosen one.
	Charts   []BarChart
	Selected int
	Imports  Stack
	// HasImports is false when the dataset records neither US import
	// sources nor net import reliance for the mineral.
	HasImports    bool
	Concentration Concentration
	// loc is the language it was composed in, for MineralHTML and Compare.
	loc *i18n.Catalog
}

// Mineral composes the MineralView of m as of at: for m and each other
// stage of its commodity (Family), a chart per data year of the edition
// that applies at at (Years), side by side; the selected chart is m's
// series at at.
func Mineral(loc *i18n.Catalog, d *dataset.Dataset, m *dataset.Mineral, at string) MineralView {
	v := MineralView{Name: loc.Mineral(m.ID, m.Name), loc: loc}
	for _, x := range Family(d, m) {
		years, cur := Years(x, at)
		if len(years) == 0 {
			if x.ID == m.ID {
				v.Selected = len(v.Charts)
				v.Charts = append(v.Charts, Series(loc, d, x, nil, at))
			}
			continue
		}
		for i, se := range years {
			if x.ID == m.ID && i == cur {
				v.Selected = len(v.Charts)
			}
			v.Charts = append(v.Charts, Series(loc, d, x, se, at))
		}
	}
	v.Imports, v.HasImports = USImports(loc, d, m, at)
	v.Concentration = Concentrate(loc, d, m, at)
	return v
}
