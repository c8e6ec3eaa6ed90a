package dataset

import (
	"slices"
	"sort"
	"strings"

	"paxsilica/internal/i18n"
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

// MineralProfile is what the panel shows for a mineral as of at, in the
// language of loc: world total and reserves for the year that applies, top
// producers, the other years and stages, concentration, US reliance and
// import sources, and the export controls on it.
func (d *Dataset) MineralProfile(loc *i18n.Catalog, m *Mineral, at string) Profile {
	w := d.in(loc)
	p := Profile{Code: m.ID, Name: w.mineral(m)}
	se, early := m.SeriesAtEarly(at)
	if se == nil {
		return p
	}
	c := se.Cite
	c.Note = ""
	var world []Line
	stage := w.gloss("mineral."+m.ID+".stage", m.Stage) + w.loc.T("lang.comma") + w.source(se)
	if se.World != nil {
		world = append(world, w.line(w.loc.F("panel.world", "stage", stage, "amount", w.amount(*se.World, m.Unit)), c))
	} else {
		world = append(world, w.line(w.loc.F("panel.worldUnpublished", "stage", stage, "note", w.q(se.WorldNote)), c))
	}
	if early {
		world[0].Note = w.loc.F("panel.publishedAfter", "date", w.loc.Date(se.Published))
	}
	if se.WorldReserves != nil {
		r := w.amount(*se.WorldReserves, m.Unit)
		if se.WorldReservesAtLeast {
			r = w.loc.F("panel.moreThan", "share", r)
		}
		world = append(world, w.line(w.loc.F("panel.worldReserves", "amount", r), c))
	}
	if se.Note != "" {
		l := w.line(w.q(se.Note), se.Cite)
		l.Note = ""
		world = append(world, l)
	}
	if m.Note != "" {
		// The mineral's own note, flagged as the file flags the mineral (not
		// as its current series).
		world = append(world, Line{Text: w.q(m.Note), Sources: orDefault(m.NoteSources, m.own.Sources), Unconfirmed: m.own.Unconfirmed, Reasons: m.own.Reasons, Quoted: w.take()})
	}
	if m.Critical2025 {
		t := w.loc.T("panel.critical2025")
		if m.CriticalNote != "" {
			t += " " + w.q(m.CriticalNote)
		}
		world = append(world, Line{Text: t, Sources: m.CriticalSources, Quoted: w.take()})
	}
	p.Sections = append(p.Sections, Section{Heading: w.label(m), Lines: world})

	var top []Line
	for _, pr := range se.Producers {
		if pr.Rank == 0 {
			continue
		}
		text := w.loc.F("panel.rankedProducer", "rank", Ordinal(w.loc, pr.Rank), "country", w.country(pr.Country, pr.Country))
		if sh, computed, ok := se.Share(pr); ok {
			text += ": " + ShareText(w.loc, sh, pr, computed)
		} else {
			text += ": " + w.loc.T("panel.leadingNoFigureShort")
		}
		if pr.Amount != nil {
			text += " — " + w.amount(*pr.Amount, m.Unit)
		}
		if pr.Reserves != nil {
			text += "; " + w.loc.F("panel.reserves", "amount", w.amount(*pr.Reserves, m.Unit))
		}
		top = append(top, w.line(text, merge(pr.Cite, se.Cite)))
	}
	for _, pr := range se.Producers {
		if pr.Rank == 0 && pr.Reserves != nil {
			top = append(top, w.line(w.country(pr.Country, pr.Country)+": "+w.loc.F("panel.reserves", "amount", w.amount(*pr.Reserves, m.Unit)), merge(pr.Cite, se.Cite)))
		}
	}
	p.Sections = append(p.Sections, Section{Heading: w.loc.T("panel.section.producers"), Lines: top})

	st := d.MineralStats(m, at)
	if st.Known {
		china := w.country("CHN", "China") + ": " + w.loc.T("panel.chinaNotNamed")
		if st.ChinaNamed {
			china = w.country("CHN", "China") + ": " + w.loc.F("panel.ofWorld", "share", w.loc.Percent(st.China))
		}
		conc := []Line{
			{Text: china, Sources: se.Sources},
			{Text: w.loc.F("panel.paxSilicaCombined", "share", w.loc.Percent(st.PaxSilica)) + w.names(st.PaxSilicaMembers), Sources: se.Sources},
			{Text: w.loc.F("panel.mspCombined", "share", w.loc.Percent(st.MSP)) + w.names(st.MSPMembers), Sources: se.Sources},
			{Text: w.loc.F("panel.top3", "share", w.loc.Percent(st.Top3)), Sources: se.Sources},
			{Text: w.loc.F("panel.hhi", "index", w.loc.Number(float64(int(st.HHI+0.5))), "threshold", w.loc.Int(2500)), Sources: se.Sources,
				Note: w.loc.T("panel.hhiNote")},
		}
		if st.Capped {
			conc[4].Note = w.loc.T("panel.hhiCapped")
		}
		p.Sections = append(p.Sections, Section{Heading: w.loc.T("panel.section.concentration"), Lines: conc})
	}
	if other := w.otherSeriesLines(m, se); len(other) > 0 {
		p.Sections = append(p.Sections, Section{Heading: w.loc.T("panel.section.otherYears"), Lines: other})
	}
	var stages []Line
	for _, o := range d.Measures(m) {
		os := o.SeriesAt(at)
		if os == nil {
			continue
		}
		stages = append(stages, w.line(w.label(o)+w.loc.T("lang.comma")+w.source(os)+": "+w.topProducers(o, os, 3), merge(os.Cite)))
	}
	if len(stages) > 0 {
		p.Sections = append(p.Sections, Section{Heading: w.loc.T("panel.section.otherStages"), Lines: stages})
	}
	var us []Line
	if r := m.RelianceAt(at); r != nil {
		us = append(us, w.line(w.loc.F("panel.reliance", "source", w.source(r), "reliance", w.q(r.USNetImportReliance)), merge(Cite{Sources: r.Sources}, r.Cite)))
	}
	us = append(us, w.importLines(at, func(t Tie) bool { return t.Mineral == m.ID && t.To == "USA" })...)
	if len(us) > 0 {
		p.Sections = append(p.Sections, Section{Heading: w.country("USA", "United States"), Lines: us})
	}
	controls := w.controlLines(at, func(t Tie) bool { return slices.Contains(t.Minerals, m.ID) })
	if len(controls) > 0 {
		p.Sections = append(p.Sections, Section{Heading: w.loc.T("panel.section.chineseControls"), Lines: controls})
	}
	return p
}

// otherSeriesLines sum up the series other than cur, one line each: the
// trend the timeline moves along.
func (w *words) otherSeriesLines(m *Mineral, cur *Series) []Line {
	var out []Line
	for i := range m.Series {
		s := &m.Series[i]
		if s == cur {
			continue
		}
		text := w.loc.F("panel.seriesPublished", "source", w.source(s), "date", w.loc.Date(s.Published))
		if s.World != nil {
			text += w.loc.F("panel.seriesWorld", "amount", w.amount(*s.World, m.Unit))
		}
		text += w.topProducers(m, s, 3)
		out = append(out, w.line(text, merge(Cite{Sources: s.Sources}, s.Cite)))
	}
	return out
}

// topProducers words the n largest producers of a series: "China 69%,
// Australia 7.4% (computed from USGS tonnage)".
func (w *words) topProducers(m *Mineral, s *Series, n int) string {
	var parts []string
	for _, pr := range s.Producers {
		if pr.Rank == 0 || pr.Rank > n {
			continue
		}
		t := w.country(pr.Country, pr.Country)
		if sh, computed, ok := s.Share(pr); ok {
			t += " " + ShareText(w.loc, sh, pr, computed)
		} else if pr.Amount != nil {
			t += " " + w.amount(*pr.Amount, m.Unit)
		} else {
			t += w.loc.T("panel.leadingNoFigureParen")
		}
		parts = append(parts, t)
	}
	if len(parts) == 0 {
		return w.loc.T("panel.noProducers")
	}
	return strings.Join(parts, w.loc.T("lang.comma"))
}

func orDefault(a, b []string) []string {
	if len(a) > 0 {
		return a
	}
	return b
}

func (w *words) names(codes []string) string {
	if len(codes) == 0 {
		return w.loc.T("panel.noneNamed")
	}
	s := " ("
	for i, c := range codes {
		if i > 0 {
			s += w.loc.T("lang.comma")
		}
		s += w.country(c, c)
	}
	return s + ")"
}
