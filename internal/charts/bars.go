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

// KeyNames are the legend's words for the bloc keys.
var KeyNames = map[string]string{
	style.KeyChina:     "China",
	style.KeyPaxSilica: "Pax Silica signatory",
	style.KeyMSP:       "MSP partner",
	style.KeyOther:     "Other producer",
	style.KeyRest:      "Rest of the world",
}

// shareText is a producer's share in words.
func shareText(share float64, p dataset.Producer) string {
	s := dataset.Percent(share)
	switch {
	case p.AtLeast:
		return "more than " + s
	case p.Approximate:
		return "about " + s
	}
	return s
}

// Producers makes the bar chart of mineral m as of at, from the series
// (data year and edition) that applies then: see Series.
func Producers(d *dataset.Dataset, m *dataset.Mineral, at string) BarChart {
	return Series(d, m, m.SeriesAt(at), at)
}

// Series makes the bar chart of one series of mineral m, its producers
// coloured by their blocs as of at: the ten largest producers with a known
// share, largest first, then the rest of the world. The rest is the world
// total less the named producers' tonnage where both are published, else
// 100% less their shares; it is left out when nothing remains. A series
// whose source gives no shares gets no bars and a reason; a nil series (a
// mineral with no figures) gets only the reason.
func Series(d *dataset.Dataset, m *dataset.Mineral, se *dataset.Series, at string) BarChart {
	c := BarChart{
		MineralID: m.ID, Name: m.Name,
		Unit: m.Unit, Stage: m.Stage, Measure: m.Measure,
		Sources: m.Sources, Unconfirmed: m.Unconfirmed,
	}
	if se == nil {
		c.Title = "Share of world " + m.Stage + ": " + m.Name
		c.Empty = "The dataset records no figures for " + strings.ToLower(m.Name) + "."
		return c
	}
	c.Year, c.Edition, c.Published = se.Year, se.Edition, se.Published
	c.Title = "Share of world " + m.Stage + ": " + m.Name + ", " + strconv.Itoa(se.Year) + amountsIn(m.Unit)
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
				unknown = append(unknown, d.CountryName(p.Country, p.Country))
			}
			continue
		}
		computed = computed || comp
		known = append(known, prod{p, sh})
	}
	if len(known) == 0 {
		c.Empty = "The source publishes no shares of world output for " + strings.ToLower(m.Name) + "."
		if len(unknown) > 0 {
			c.Empty += " It names " + strings.Join(unknown, ", ") + " as the leading producer."
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
		detail := dataset.Ordinal(k.p.Rank)
		if k.p.Amount != nil {
			detail += " · " + dataset.Number(*k.p.Amount) + " " + m.Unit
		}
		c.Bars = append(c.Bars, Bar{
			Code: k.p.Country, Label: d.CountryName(k.p.Country, k.p.Country),
			Value: min(100, k.share), Text: shareText(k.share, k.p), Detail: detail, Rank: k.p.Rank,
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
		text := dataset.Percent(rest)
		switch {
		case atLeast:
			text = "less than " + text
		case inexact:
			text = "about " + text
		}
		label := "Rest of the world"
		if len(unknown) > 0 {
			label += " (incl. " + strings.Join(unknown, ", ") + ")"
		}
		c.Bars = append(c.Bars, Bar{Label: label, Value: rest, Text: text, Detail: "remainder", Key: style.KeyRest, Rest: true})
	}
	if computed {
		c.Notes = append(c.Notes, "Shares computed from the source's tonnages and world total.")
	}
	if namedShare > 100.05 {
		c.Notes = append(c.Notes, "The named shares add up to "+dataset.Percent(float64(int(namedShare*10+0.5))/10)+": the world total is rounded.")
	}
	if n := earlyNote(se.Published, at); n != "" {
		c.Notes = append(c.Notes, n)
	}
	return c
}

// earlyNote says that figures published on published were not out yet at
// at ("" when they were): the earliest the dataset records stand in.
func earlyNote(published, at string) string {
	if published == "" || dataset.On(published, at) {
		return ""
	}
	return "Published " + published + ", after the chosen date: the earliest figures the dataset records."
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

// amountsIn is a title's note of the unit the bars' amounts are in
// (" (amounts in t)"), or "" when the dataset gives none or only shares.
func amountsIn(unit string) string {
	if unit == "" || unit == "%" {
		return ""
	}
	return " (amounts in " + unit + ")"
}
