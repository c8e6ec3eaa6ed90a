// Package charts composes the data of the details panel's charts from the
// dataset: producers' shares as bars, US import sources as a stacked bar, a
// country's summary and the timeline's event ticks. It decides what is
// drawn, in which order, with which words and colour keys (see
// style.Keys); the page only lays the result out. Every figure comes from
// the dataset; what it does not record is left out, never made up.
package charts

import (
	"sort"
	"strconv"
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/style"
)

// TopN is how many producers a bar chart names; the others, and the output
// no source attributes, make the "rest of the world" bar.
const TopN = 10

// Bar is one bar of a chart: a share of a whole, in per cent.
type Bar struct {
	// Code is the country's alpha-3 code; "" for the rest of the world.
	Code  string
	Label string
	// Value is the share in per cent (0–100): the bar's length.
	Value float64
	// Text is the figure as the reader sees it: "98.7%", "about 78%",
	// "more than 90%".
	Text string
	// Detail adds the tonnage and rank: "1st · 750,000 kg".
	Detail string
	Rank   int
	// Key is the bar's colour key: the producer's bloc, or style.KeyRest.
	Key string
	// China marks China's bar.
	China bool
	// Rest marks the rest-of-the-world bar, computed as the remainder.
	Rest bool
}

// BarChart is producers' shares of world output of one mineral at one stage
// in one year.
type BarChart struct {
	MineralID, Name string
	// Title names the measure, mineral, stage and year; Unit the unit of
	// the tonnages in the bars' details.
	Title, Unit string
	// Year is the data year; Edition the publication that gives it
	// ("USGS MCS 2026"), released on Published.
	Year                      int
	Edition, Published, Stage string
	// Measure is the stage's kind (dataset.MeasureMine …).
	Measure string
	Bars    []Bar
	// Sources back every figure; Unconfirmed carries FACTS.md's ⚠.
	Sources     []string
	Unconfirmed bool
	// Notes qualify the chart (shares computed from tonnage, a remainder
	// that is an upper bound).
	Notes []string
	// Empty says why there are no bars ("" when there are).
	Empty string
}

// BlocKey is the colour key of a country as of at: China, a Pax Silica
// signatory, an MSP partner, or other. A country in both blocs counts as
// Pax Silica, the newer and narrower one.
func BlocKey(d *dataset.Dataset, code, at string) string {
	switch {
	case code == "CHN":
		return style.KeyChina
	case dataset.Signed(d.MemberStatus("pax-silica", code, at)):
		return style.KeyPaxSilica
	case dataset.Signed(d.MemberStatus("msp", code, at)):
		return style.KeyMSP
	}
	return style.KeyOther
}

// KeyName is the legend's words for bloc key k in the language of loc.
func KeyName(loc *i18n.Catalog, k string) string {
	if loc.English() {
		return KeyNames[k]
	}
	return loc.T("chart.key." + k)
}

// KeyNames are the legend's English words for the bloc keys.
var KeyNames = map[string]string{
	style.KeyChina:     "China",
	style.KeyPaxSilica: "Pax Silica signatory",
	style.KeyMSP:       "MSP partner",
	style.KeyOther:     "Other producer",
	style.KeyRest:      "Rest of the world",
}

// shareText is a producer's share in words.
func shareText(loc *i18n.Catalog, share float64, p dataset.Producer) string {
	s := loc.Percent(share)
	switch {
	case p.AtLeast:
		return loc.F("chart.moreThan", "pct", s)
	case p.Approximate:
		return loc.F("chart.about", "pct", s)
	}
	return s
}

// rank is a producer's rank as the reader sees it: "1st" in English, the
// panel's words in other languages ("पहला स्थान").
func rank(loc *i18n.Catalog, n int) string {
	if loc.English() {
		return dataset.Ordinal(loc, n)
	}
	return loc.F("panel.rankPlace", "rank", dataset.Ordinal(loc, n))
}

// lower lowercases a name inside an English sentence; other languages keep
// their glossary's spelling.
func lower(loc *i18n.Catalog, s string) string {
	if loc.English() {
		return strings.ToLower(s)
	}
	return s
}

// Producers makes the bar chart of mineral m as of at, from the series
// (data year and edition) that applies then: see Series.
func Producers(loc *i18n.Catalog, d *dataset.Dataset, m *dataset.Mineral, at string) BarChart {
	return Series(loc, d, m, m.SeriesAt(at), at)
}

// Series makes the bar chart of one series of mineral m, its producers
// coloured by their blocs as of at: the ten largest producers with a known
// share, largest first, then the rest of the world. The rest is the world
// total less the named producers' tonnage where both are published, else
// 100% less their shares; it is left out when nothing remains. A series
// whose source gives no shares gets no bars and a reason; a nil series (a
// mineral with no figures) gets only the reason.
func Series(loc *i18n.Catalog, d *dataset.Dataset, m *dataset.Mineral, se *dataset.Series, at string) BarChart {
	name, stage, unit := loc.Mineral(m.ID, m.Name), loc.Stage(m.ID, m.Stage), loc.Unit(m.Unit)
	c := BarChart{
		MineralID: m.ID, Name: name,
		Unit: unit, Stage: stage, Measure: m.Measure,
		Sources: m.Sources, Unconfirmed: m.Unconfirmed,
	}
	if se == nil {
		c.Title = loc.F("chart.share.title", "stage", stage, "mineral", name)
		c.Empty = loc.F("chart.empty.noFigures", "mineral", lower(loc, name))
		return c
	}
	c.Year, c.Edition, c.Published = se.Year, se.Edition, se.Published
	c.Title = loc.F("chart.share.titleYear", "stage", stage, "mineral", name, "year", strconv.Itoa(se.Year)) + amountsIn(loc, unit)
	c.Sources, c.Unconfirmed = se.Sources, se.Unconfirmed || m.Unconfirmed
	type prod struct {
		p     dataset.Producer
		share float64
	}
	var known []prod
	var unknown []string
	computed := false
	for _, p := range se.Producers {
		sh, comp, ok := se.Share(p)
		if !ok {
			if p.Rank > 0 { // not a country listed only for its reserves
				unknown = append(unknown, loc.Country(p.Country, d.CountryName(p.Country, p.Country)))
			}
			continue
		}
		computed = computed || comp
		known = append(known, prod{p, sh})
	}
	if len(known) == 0 {
		c.Empty = loc.F("chart.empty.noShares", "mineral", lower(loc, name))
		if len(unknown) > 0 {
			c.Empty += " " + loc.F("chart.empty.leading", "list", strings.Join(unknown, ", "))
		}
		return c
	}
	sort.SliceStable(known, func(a, b int) bool { return known[a].share > known[b].share })
	var restShare, namedShare, namedAmount float64
	allAmounts := se.World != nil && *se.World > 0
	inexact, atLeast := false, false
	for i, k := range known {
		namedShare += k.share
		if k.p.Amount != nil {
			namedAmount += *k.p.Amount
		} else {
			allAmounts = false
		}
		inexact = inexact || k.p.Approximate || k.p.AtLeast
		atLeast = atLeast || k.p.AtLeast
		if i >= TopN {
			restShare += k.share
			continue
		}
		detail := rank(loc, k.p.Rank)
		if k.p.Amount != nil {
			detail += " · " + loc.Number(*k.p.Amount) + " " + unit
		}
		c.Bars = append(c.Bars, Bar{
			Code: k.p.Country, Label: loc.Country(k.p.Country, d.CountryName(k.p.Country, k.p.Country)),
			Value: min(100, k.share), Text: shareText(loc, k.share, k.p), Detail: detail, Rank: k.p.Rank,
			Key: BlocKey(d, k.p.Country, at), China: k.p.Country == "CHN",
		})
	}
	// Producers listed without a share (they have no tonnage either) fall
	// in the remainder.
	rest := 100 - namedShare
	if allAmounts && len(unknown) == 0 {
		rest = (*se.World - namedAmount) / *se.World * 100
	}
	rest += restShare
	rest = float64(int(rest*10+0.5)) / 10
	if rest >= 0.1 {
		text := loc.Percent(rest)
		switch {
		case atLeast:
			text = loc.F("chart.lessThan", "pct", text)
		case inexact:
			text = loc.F("chart.about", "pct", text)
		}
		label := loc.T("chart.rest")
		if len(unknown) > 0 {
			label = loc.F("chart.rest.incl", "list", strings.Join(unknown, ", "))
		}
		c.Bars = append(c.Bars, Bar{Label: label, Value: rest, Text: text, Detail: loc.T("chart.remainder"), Key: style.KeyRest, Rest: true})
	}
	if computed {
		c.Notes = append(c.Notes, loc.T("chart.note.computed"))
	}
	if namedShare > 100.05 {
		c.Notes = append(c.Notes, loc.F("chart.note.overrun", "pct", loc.Percent(float64(int(namedShare*10+0.5))/10)))
	}
	if n := earlyNote(loc, se.Published, at); n != "" {
		c.Notes = append(c.Notes, n)
	}
	return c
}

// earlyNote says that figures published on published were not out yet at
// at ("" when they were): the earliest the dataset records stand in.
func earlyNote(loc *i18n.Catalog, published, at string) string {
	if published == "" || dataset.On(published, at) {
		return ""
	}
	return loc.F("chart.note.early", "date", loc.Date(published))
}

// Family returns the minerals to show side by side with m: the stages of
// its commodity (mine output beside refining), m among them, in dataset
// order.
func Family(d *dataset.Dataset, m *dataset.Mineral) []*dataset.Mineral {
	var out []*dataset.Mineral
	for i := range d.Minerals {
		if x := &d.Minerals[i]; x.ID == m.ID || x.Commodity == m.Commodity {
			out = append(out, x)
		}
	}
	return out
}

// Years returns the series of m to chart side by side as of at: every data
// year of the edition that applies then (USGS MCS 2026 gives 2024 and
// 2025), oldest first, and the index of the one that applies (SeriesAt).
// Partial series are left out.
func Years(m *dataset.Mineral, at string) (out []*dataset.Series, cur int) {
	se := m.SeriesAt(at)
	if se == nil {
		return nil, -1
	}
	for i := range m.Series {
		s := &m.Series[i]
		if !s.Partial && s.Edition == se.Edition && s.Published == se.Published {
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Year < out[b].Year })
	for i, s := range out {
		if s == se {
			cur = i
		}
	}
	return out, cur
}

// amountsIn is a title's note of the unit (in the reader's words) the bars' amounts are in
// (" (amounts in t)"), or "" when the dataset gives none or only shares.
func amountsIn(loc *i18n.Catalog, unit string) string {
	if unit == "" || unit == "%" {
		return ""
	}
	return loc.F("chart.unitNote", "unit", unit)
}
