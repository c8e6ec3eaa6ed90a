package dataset

import (
	"strconv"

	"paxsilica/internal/i18n"
)

// settle fills what is inherited or derived once the dataset is valid: a
// producer without sources takes its series', an export-control part its
// tie's, and each mineral's current figures are those of the series that
// applies at the dataset's date.
func (d *Dataset) settle() {
	for i := range d.Minerals {
		m := &d.Minerals[i]
		for j := range m.Series {
			s := &m.Series[j]
			for k := range s.Producers {
				if len(s.Producers[k].Sources) == 0 {
					s.Producers[k].Sources = s.Sources
				}
			}
		}
		m.own = m.Cite
		m.setAt(d.AsOf)
	}
	for i := range d.Ties {
		t := &d.Ties[i]
		for j := range t.Parts {
			if len(t.Parts[j].Sources) == 0 {
				t.Parts[j].Cite = t.Cite
			}
		}
	}
}

// setAt sets the mineral's current fields to those of the series that
// applies at at.
func (m *Mineral) setAt(at string) {
	m.Year, m.World, m.WorldNote, m.Producers, m.USNetImportReliance = 0, nil, "", nil, ""
	m.Cite = m.own
	if s := m.SeriesAt(at); s != nil {
		m.Year, m.World, m.WorldNote, m.Producers = s.Year, s.World, s.WorldNote, s.Producers
		// What cites the mineral's current figures cites their series.
		m.Cite = merge(Cite{Sources: s.Sources, Note: m.own.Note, Unconfirmed: m.own.Unconfirmed, Reasons: m.own.Reasons}, s.Cite)
	}
	if s := m.RelianceAt(at); s != nil {
		m.USNetImportReliance = s.USNetImportReliance
	}
}

// At returns a copy of the mineral whose Year, World, Producers, US net
// import reliance and Cite are those of the series that applies at at
// (YYYY-MM-DD; "" for the latest): what a view of that date shows.
func (m *Mineral) At(at string) *Mineral {
	c := *m
	c.setAt(at)
	return &c
}

// SeriesAt returns the series that applies at at (YYYY-MM-DD; "" for the
// latest): of those published by then, the latest edition's latest data
// year. Before the first edition appeared it returns the earliest, as the
// best figure known, and early is true.
func (m *Mineral) SeriesAt(at string) (s *Series) {
	s, _ = m.seriesAt(at)
	return s
}

// SeriesAtEarly is SeriesAt, also saying whether the series was published
// after at.
func (m *Mineral) SeriesAtEarly(at string) (s *Series, early bool) { return m.seriesAt(at) }

func (m *Mineral) seriesAt(at string) (*Series, bool) {
	best, first := -1, -1
	later := func(a, b *Series) bool {
		return a.Published > b.Published || (a.Published == b.Published && a.Year > b.Year)
	}
	for i := range m.Series {
		s := &m.Series[i]
		if s.Partial {
			continue
		}
		if On(s.Published, at) && (best < 0 || later(s, &m.Series[best])) {
			best = i
		}
		if first < 0 || s.Published < m.Series[first].Published ||
			(s.Published == m.Series[first].Published && s.Year > m.Series[first].Year) {
			first = i
		}
	}
	switch {
	case best >= 0:
		return &m.Series[best], false
	case first >= 0:
		return &m.Series[first], true
	}
	return nil, false
}

// RelianceAt returns the latest series published by at that gives US net
// import reliance (partial ones included), or nil.
func (m *Mineral) RelianceAt(at string) *Series {
	var best *Series
	for i := range m.Series {
		s := &m.Series[i]
		if s.USNetImportReliance != "" && On(s.Published, at) && (best == nil || s.Published > best.Published ||
			(s.Published == best.Published && s.Year > best.Year)) {
			best = &m.Series[i]
		}
	}
	return best
}

// Share returns the producer's share of the series' world total: the
// published (or computed) share, or one computed here from the amount and
// the world total (computed is then true).
func (s *Series) Share(p Producer) (share float64, computed, ok bool) {
	if p.Share != nil {
		return *p.Share, p.ShareComputed, true
	}
	if p.Amount != nil && s.World != nil && *s.World > 0 {
		return *p.Amount / *s.World * 100, true, true
	}
	return 0, false, false
}

// Source names the series for a reader: "2025, USGS MCS 2026".
func (s *Series) Source() string {
	t := strconv.Itoa(s.Year)
	if s.Revised {
		t += " (revised)"
	}
	return t + ", " + s.Edition
}

// Measures returns the other stages of the mineral's commodity (mine
// output beside refining), in file order.
func (d *Dataset) Measures(m *Mineral) []*Mineral {
	var out []*Mineral
	for i := range d.Minerals {
		o := &d.Minerals[i]
		if o.Commodity == m.Commodity && o.ID != m.ID {
			out = append(out, o)
		}
	}
	return out
}

// ImportsAt returns the indices of the import ties that apply at at: for
// each mineral and importer, the shares of the latest edition published by
// then (or the earliest, before any was published).
func (d *Dataset) ImportsAt(at string) []int {
	type key struct{ mineral, to string }
	pick := map[key]string{}
	for _, t := range d.Ties {
		if t.Type != Import {
			continue
		}
		k := key{t.Mineral, t.To}
		cur, seen := pick[k]
		switch {
		case !seen:
			pick[k] = t.Published
		case On(t.Published, at) && (!On(cur, at) || t.Published > cur):
			pick[k] = t.Published
		case !On(t.Published, at) && !On(cur, at) && t.Published < cur:
			pick[k] = t.Published
		}
	}
	var out []int
	for i, t := range d.Ties {
		if t.Type == Import && pick[key{t.Mineral, t.To}] == t.Published {
			out = append(out, i)
		}
	}
	return out
}

// MineralTip is the tooltip for a country on the map coloured by mineral m
// at at, in the language of loc: its share of the series that applies
// then, with the year and edition, whether the share is computed, and why
// it is unconfirmed. name is the country's name as the reader sees it.
func (d *Dataset) MineralTip(loc *i18n.Catalog, m *Mineral, code, name, at string) string {
	w := d.in(loc)
	se := m.SeriesAt(at)
	if se == nil {
		return name
	}
	head := name + " — " + w.mineral(m) + w.loc.T("lang.comma") + w.source(se) + ": "
	for _, p := range se.Producers {
		if p.Country != code {
			continue
		}
		var t string
		switch sh, computed, ok := se.Share(p); {
		case ok:
			t = head + w.loc.F("panel.ofWorld", "share", ShareText(w.loc, sh, p, false))
			if computed {
				t += w.loc.T("panel.computed")
			}
			if p.Rank > 0 {
				t += w.loc.T("lang.comma") + w.loc.F("panel.rankPlace", "rank", Ordinal(w.loc, p.Rank))
			}
		case p.Leading:
			t = head + w.loc.T("panel.leadingNoFigureShort")
		default:
			t = head + w.loc.T("panel.noRecordedOutput")
			if p.Reserves != nil {
				t += "; " + w.loc.F("panel.reserves", "amount", w.amount(*p.Reserves, m.Unit))
			}
		}
		if u := Unconfirmed(w.loc, merge(p.Cite, se.Cite)); u != "" {
			t += " (" + u + ")"
		}
		return t
	}
	return head + w.loc.T("panel.noRecordedOutput")
}
