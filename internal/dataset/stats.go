package dataset

import (
	"fmt"
	"slices"
	"sort"
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
}

// MineralStats computes Stats for mineral m as of at.
func (d *Dataset) MineralStats(m *Mineral, at string) Stats {
	var s Stats
	var shares []float64
	for _, p := range m.Producers {
		sh, _, ok := m.Share(p)
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
	return s
}

// MineralProfile is what the panel shows for a mineral: world total, top
// producers, concentration, US reliance and the export controls on it.
func (d *Dataset) MineralProfile(m *Mineral, at string) Profile {
	p := Profile{Code: m.ID, Name: m.Name}
	c := m.Cite
	c.Note = ""
	var world []Line
	stage := fmt.Sprintf("%s, %d", m.Stage, m.Year)
	if m.World != nil {
		world = append(world, line(fmt.Sprintf("World %s: %s %s", stage, Number(*m.World), m.Unit), c))
	} else {
		world = append(world, line(fmt.Sprintf("World %s: not published. %s", stage, m.WorldNote), c))
	}
	if m.Note != "" {
		world = append(world, Line{Text: m.Note, Sources: m.NoteSources, Unconfirmed: m.Unconfirmed})
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
	for _, pr := range m.Producers {
		name := d.CountryName(pr.Country, pr.Country)
		text := Ordinal(pr.Rank) + " " + name
		if sh, computed, ok := m.Share(pr); ok {
			s := Percent(sh)
			if pr.AtLeast {
				s = "more than " + s
			} else if pr.Approximate {
				s = "about " + s
			}
			if computed {
				s += " (computed)"
			}
			text += ": " + s
		} else {
			text += ": leading producer, no figure published"
		}
		if pr.Amount != nil {
			text += " — " + Number(*pr.Amount) + " " + m.Unit
		}
		top = append(top, Line{Text: text, Sources: m.Sources, Unconfirmed: m.Unconfirmed})
	}
	p.Sections = append(p.Sections, Section{Heading: "Producers named by the source", Lines: top})

	st := d.MineralStats(m, at)
	if st.Known {
		china := "China: not among the producers the source names"
		if st.ChinaNamed {
			china = "China: " + Percent(st.China) + " of world output"
		}
		conc := []Line{
			{Text: china, Sources: m.Sources},
			{Text: "Pax Silica signatories combined: " + Percent(st.PaxSilica) + names(d, st.PaxSilicaMembers), Sources: m.Sources},
			{Text: "MSP partners combined: " + Percent(st.MSP) + names(d, st.MSPMembers), Sources: m.Sources},
			{Text: "Top three producers: " + Percent(st.Top3), Sources: m.Sources},
			{Text: "Herfindahl–Hirschman index: " + Number(float64(int(st.HHI+0.5))) + " (above 2,500 is highly concentrated)", Sources: m.Sources,
				Note: "Sums and the index use only the producers named above, so they are lower bounds."},
		}
		p.Sections = append(p.Sections, Section{Heading: "Concentration", Lines: conc})
	}
	if m.USNetImportReliance != "" {
		p.Sections = append(p.Sections, Section{Heading: "United States", Lines: []Line{
			{Text: "Net import reliance: " + m.USNetImportReliance, Sources: m.Sources},
		}})
	}
	controls := d.controlLines(at, func(t Tie) bool { return slices.Contains(t.Minerals, m.ID) })
	if len(controls) > 0 {
		p.Sections = append(p.Sections, Section{Heading: "Chinese export controls", Lines: controls})
	}
	return p
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
