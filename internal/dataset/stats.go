package dataset

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Stats summarises how concentrated one mineral's production is, from the
// producers the dataset lists (USGS names the leading ones only, so sums
// and the HHI are lower bounds).
type Stats struct {
	// China, PaxSilica and MSP are the shares (%) of world output of China,
	// of Pax Silica signatories and of MSP partners as of the date.
	China, PaxSilica, MSP float64
	// ChinaNamed is false when China is not among the producers listed:
	// its share is then unknown, not zero.
	ChinaNamed bool
	// PaxSilicaMembers and MSPMembers name the producers counted.
	PaxSilicaMembers, MSPMembers []string
	// Top3 is the combined share of the three largest listed producers.
	Top3 float64
	// HHI is the Herfindahl–Hirschman index, Σ share², 0–10,000.
	HHI float64
	// Known is false when no producer has a share (germanium).
	Known bool
	// Capped: computed shares summed above 100% (the world total is
	// rounded); Top3 and HHI are capped at their maxima.
	Capped bool
}

// MineralStats computes Stats for mineral m as of at, from the series
// that applies then.
func (d *Dataset) MineralStats(m *Mineral, at string) Stats {
	var s Stats
	se := m.SeriesAt(at)
	if se == nil {
		return s
	}
	var shares []float64
	for _, p := range se.Producers {
		sh, _, ok := se.Share(p)
		if !ok {
			continue
		}
		s.Known = true
		shares = append(shares, sh)
		s.HHI += sh * sh
		if p.Country == "CHN" {
			s.China, s.ChinaNamed = sh, true
		}
		if Signed(d.MemberStatus("pax-silica", p.Country, at)) {
			s.PaxSilica += sh
			s.PaxSilicaMembers = append(s.PaxSilicaMembers, p.Country)
		}
		if Signed(d.MemberStatus("msp", p.Country, at)) {
			s.MSP += sh
			s.MSPMembers = append(s.MSPMembers, p.Country)
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(shares)))
	for i := 0; i < len(shares) && i < 3; i++ {
		s.Top3 += shares[i]
	}
	// Shares computed from rounded world totals can sum above 100%
	// (gallium 2025: China 900,000 of 900,000 kg, plus Russia and Japan).
	if s.Top3 > 100 || s.HHI > 10000 {
		s.Capped, s.Top3, s.HHI = true, min(s.Top3, 100), min(s.HHI, 10000)
	}
	return s
}

// MineralProfile is what the panel shows for a mineral as of at: world
// total and reserves for the year that applies, top producers, the other
// years and stages, concentration, US reliance and import sources, and the
// export controls on it.
func (d *Dataset) MineralProfile(m *Mineral, at string) Profile {
	p := Profile{Code: m.ID, Name: m.Name}
	se, early := m.SeriesAtEarly(at)
	if se == nil {
		return p
	}
	c := se.Cite
	c.Note = ""
	var world []Line
	stage := fmt.Sprintf("%s, %s", m.Stage, se.Source())
	if se.World != nil {
		world = append(world, line(fmt.Sprintf("World %s: %s %s", stage, Number(*se.World), m.Unit), c))
	} else {
		world = append(world, line(fmt.Sprintf("World %s: not published. %s", stage, se.WorldNote), c))
	}
	if early {
		world[0].Note = "Published " + se.Published + ", after the chosen date; the best figure known."
	}
	if se.WorldReserves != nil {
		r := Number(*se.WorldReserves)
		if se.WorldReservesAtLeast {
			r = "more than " + r
		}
		world = append(world, line("World reserves: "+r+" "+m.Unit, c))
	}
	if se.Note != "" {
		l := line(se.Note, se.Cite)
		l.Note = ""
		world = append(world, l)
	}
	if m.Note != "" {
		// The mineral's own note, flagged as the file flags the mineral (not
		// as its current series).
		world = append(world, Line{Text: m.Note, Sources: orDefault(m.NoteSources, m.own.Sources), Unconfirmed: m.own.Unconfirmed, Reasons: m.own.Reasons})
	}
	if m.Critical2025 {
		t := "On the USGS 2025 List of Critical Minerals."
		if m.CriticalNote != "" {
			t += " " + m.CriticalNote
		}
		world = append(world, Line{Text: t, Sources: m.CriticalSources})
	}
	p.Sections = append(p.Sections, Section{Heading: m.Label(), Lines: world})

	var top []Line
	for _, pr := range se.Producers {
		if pr.Rank == 0 {
			continue
		}
		name := d.CountryName(pr.Country, pr.Country)
		text := Ordinal(pr.Rank) + " " + name
		if sh, computed, ok := se.Share(pr); ok {
			text += ": " + ShareText(sh, pr, computed)
		} else {
			text += ": leading producer, no figure published"
		}
		if pr.Amount != nil {
			text += " — " + Number(*pr.Amount) + " " + m.Unit
		}
		if pr.Reserves != nil {
			text += "; reserves " + Number(*pr.Reserves) + " " + m.Unit
		}
		top = append(top, line(text, merge(pr.Cite, se.Cite)))
	}
	for _, pr := range se.Producers {
		if pr.Rank == 0 && pr.Reserves != nil {
			top = append(top, line(d.CountryName(pr.Country, pr.Country)+": reserves "+Number(*pr.Reserves)+" "+m.Unit, merge(pr.Cite, se.Cite)))
		}
	}
	p.Sections = append(p.Sections, Section{Heading: "Producers named by the source", Lines: top})

	st := d.MineralStats(m, at)
	if st.Known {
		china := "China: not among the producers the source names"
		if st.ChinaNamed {
			china = "China: " + Percent(st.China) + " of world output"
		}
		conc := []Line{
			{Text: china, Sources: se.Sources},
			{Text: "Pax Silica signatories combined: " + Percent(st.PaxSilica) + names(d, st.PaxSilicaMembers), Sources: se.Sources},
			{Text: "MSP partners combined: " + Percent(st.MSP) + names(d, st.MSPMembers), Sources: se.Sources},
			{Text: "Top three producers: " + Percent(st.Top3), Sources: se.Sources},
			{Text: "Herfindahl–Hirschman index: " + Number(float64(int(st.HHI+0.5))) + " (above 2,500 is highly concentrated)", Sources: se.Sources,
				Note: "Sums and the index use only the producers named above, so they are lower bounds."},
		}
		if st.Capped {
			conc[4].Note = "The shares computed from USGS tonnage sum above 100% because USGS rounds its world total; the top-three share and the index are capped at their maxima."
		}
		p.Sections = append(p.Sections, Section{Heading: "Concentration", Lines: conc})
	}
	if other := d.otherSeriesLines(m, se); len(other) > 0 {
		p.Sections = append(p.Sections, Section{Heading: "Other years and editions", Lines: other})
	}
	var stages []Line
	for _, o := range d.Measures(m) {
		os := o.SeriesAt(at)
		if os == nil {
			continue
		}
		stages = append(stages, line(o.Label()+", "+os.Source()+": "+topProducers(d, o, os, 3), merge(os.Cite)))
	}
	if len(stages) > 0 {
		p.Sections = append(p.Sections, Section{Heading: "Other stages", Lines: stages})
	}
	var us []Line
	if r := m.RelianceAt(at); r != nil {
		us = append(us, line("Net import reliance, "+r.Source()+": "+r.USNetImportReliance, merge(Cite{Sources: r.Sources}, r.Cite)))
	}
	us = append(us, d.importLines(at, func(t Tie) bool { return t.Mineral == m.ID && t.To == "USA" })...)
	if len(us) > 0 {
		p.Sections = append(p.Sections, Section{Heading: "United States", Lines: us})
	}
	controls := d.controlLines(at, func(t Tie) bool { return slices.Contains(t.Minerals, m.ID) })
	if len(controls) > 0 {
		p.Sections = append(p.Sections, Section{Heading: "Chinese export controls", Lines: controls})
	}
	return p
}

// otherSeriesLines sum up the series other than cur, one line each: the
// trend the timeline moves along.
func (d *Dataset) otherSeriesLines(m *Mineral, cur *Series) []Line {
	var out []Line
	for i := range m.Series {
		s := &m.Series[i]
		if s == cur {
			continue
		}
		text := s.Source() + " (published " + s.Published + "): "
		if s.World != nil {
			text += "world " + Number(*s.World) + " " + m.Unit + "; "
		}
		text += topProducers(d, m, s, 3)
		out = append(out, line(text, merge(Cite{Sources: s.Sources}, s.Cite)))
	}
	return out
}

// topProducers words the n largest producers of a series: "China 69%,
// Australia 7.4% (computed from USGS tonnage)".
func topProducers(d *Dataset, m *Mineral, s *Series, n int) string {
	var parts []string
	for _, pr := range s.Producers {
		if pr.Rank == 0 || pr.Rank > n {
			continue
		}
		t := d.CountryName(pr.Country, pr.Country)
		if sh, computed, ok := s.Share(pr); ok {
			t += " " + ShareText(sh, pr, computed)
		} else if pr.Amount != nil {
			t += " " + Number(*pr.Amount) + " " + m.Unit
		} else {
			t += " (leading producer, no figure)"
		}
		parts = append(parts, t)
	}
	if len(parts) == 0 {
		return "no producers named"
	}
	return strings.Join(parts, ", ")
}

func orDefault(a, b []string) []string {
	if len(a) > 0 {
		return a
	}
	return b
}

func names(d *Dataset, codes []string) string {
	if len(codes) == 0 {
		return " (none among the producers named)"
	}
	s := " ("
	for i, c := range codes {
		if i > 0 {
			s += ", "
		}
		s += d.CountryName(c, c)
	}
	return s + ")"
}
