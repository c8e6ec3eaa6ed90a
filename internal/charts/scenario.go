package charts

import (
	"math"
	"strconv"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/scenario"
)

// ScenarioChart leads the scenario's panel: the producers left without
// China, each bar its share of what remains (ranked, coloured by bloc),
// and how concentrated the supply is today and without China.
type ScenarioChart struct {
	Title string
	Bars  []Bar
	// Notes say what the bars leave out (producers the source does not
	// name, more than ten producers, China unnamed).
	Notes       []string
	Sources     []string
	Unconfirmed bool
	// Top3 and HHI read "100% today → 100% without China"; Level is the
	// HHI's band without China.
	Top3, HHI, Level string
}

// maxScenarioBars is how many producers the chart shows.
const maxScenarioBars = 10

// Scenario is the chart of scenario r, in the language of loc.
func Scenario(loc *i18n.Catalog, d *dataset.Dataset, r *scenario.Result) ScenarioChart {
	m := r.Mineral
	fig := strconv.Itoa(m.Year)
	if r.Series != nil && r.Series.Edition != "" {
		fig = r.Series.Source()
	}
	c := ScenarioChart{Title: loc.F("chart.scenario.title", "figures", fig), Sources: m.Sources, Unconfirmed: m.Unconfirmed}
	pct := func(v float64) string { return loc.Percent(math.Round(v*10) / 10) }
	total := max(r.Available, r.Listed)
	n := 0
	for _, s := range r.Suppliers {
		if !s.HasShare || total <= 0 {
			continue
		}
		n++
		if n > maxScenarioBars {
			continue
		}
		v := s.Share / total * 100
		detail := loc.F("chart.scenario.ofWorld", "pct", pct(s.Share))
		if s.Amount != nil {
			detail += " · " + loc.Number(*s.Amount) + " " + loc.Unit(m.Unit)
		}
		c.Bars = append(c.Bars, Bar{Code: s.Country, Label: loc.Country(s.Country, s.Name), Value: v, Text: pct(v),
			Detail: rank(loc, n) + " · " + detail, Rank: n, Key: BlocKey(d, s.Country, r.At)})
	}
	switch {
	case n == 0 && r.ChinaNamed && !r.ChinaKnown:
		c.Notes = append(c.Notes, loc.T("chart.scenario.noShares"))
	case n == 0:
		c.Notes = append(c.Notes, loc.T("chart.scenario.noOther"))
	}
	if n > maxScenarioBars {
		c.Notes = append(c.Notes, loc.N("chart.scenario.more", n-maxScenarioBars))
	}
	if r.AtLeast {
		c.Notes = append(c.Notes, loc.T("chart.scenario.chinaUnnamed"))
	}
	if r.Unnamed > 0 {
		c.Notes = append(c.Notes, loc.F("chart.scenario.unnamed", "pct", pct(r.Unnamed)))
	}
	if r.Today.Known {
		after := func(v float64, f func(float64) string) string {
			if !r.After.Known {
				return loc.T("chart.scenario.afterUnknown")
			}
			return loc.F("chart.scenario.after", "value", f(v))
		}
		num := func(v float64) string { return loc.Number(math.Round(v)) }
		c.Top3 = loc.F("chart.scenario.today", "value", pct(r.Today.Top3), "after", after(r.After.Top3, pct))
		c.HHI = loc.F("chart.scenario.today", "value", num(r.Today.HHI), "after", after(r.After.HHI, num))
		switch {
		case !r.After.Known:
		case r.After.HHI > 2500:
			c.Level = loc.T("chart.scenario.hhi.high")
		case r.After.HHI >= 1500:
			c.Level = loc.T("chart.scenario.hhi.moderate")
		default:
			c.Level = loc.T("chart.scenario.hhi.low")
		}
	}
	return c
}
