package charts

import (
	"fmt"
	"math"

	"paxsilica/internal/dataset"
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

// Scenario is the chart of scenario r.
func Scenario(d *dataset.Dataset, r *scenario.Result) ScenarioChart {
	m := r.Mineral
	fig := fmt.Sprint(m.Year)
	if r.Series != nil && r.Series.Edition != "" {
		fig = r.Series.Source()
	}
	c := ScenarioChart{Title: "Without China: each producer's share of what remains, " + fig, Sources: m.Sources, Unconfirmed: m.Unconfirmed}
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
		detail := dataset.Percent(math.Round(s.Share*10)/10) + " of world output"
		if s.Amount != nil {
			detail += " · " + dataset.Number(*s.Amount) + " " + m.Unit
		}
		c.Bars = append(c.Bars, Bar{Code: s.Country, Label: s.Name, Value: v, Text: dataset.Percent(math.Round(v*10) / 10),
			Detail: dataset.Ordinal(n) + " · " + detail, Rank: n, Key: BlocKey(d, s.Country, r.At)})
	}
	switch {
	case n == 0 && r.ChinaNamed && !r.ChinaKnown:
		c.Notes = append(c.Notes, "No shares of world output are published, so what remains cannot be charted.")
	case n == 0:
		c.Notes = append(c.Notes, "The source names no other producer with a share.")
	}
	if n > maxScenarioBars {
		c.Notes = append(c.Notes, fmt.Sprintf("And %d more producers.", n-maxScenarioBars))
	}
	if r.AtLeast {
		c.Notes = append(c.Notes, "China is not among the producers the source names: the bars share out what they name.")
	}
	if r.Unnamed > 0 {
		c.Notes = append(c.Notes, fmt.Sprintf("Producers the source does not name make %s of world output; they are counted in what remains but not shown.", dataset.Percent(math.Round(r.Unnamed*10)/10)))
	}
	if r.Today.Known {
		after := func(v float64, f func(float64) string) string {
			if !r.After.Known {
				return "not known without China"
			}
			return f(v) + " without China"
		}
		pct := func(v float64) string { return dataset.Percent(math.Round(v*10) / 10) }
		num := func(v float64) string { return dataset.Number(math.Round(v)) }
		c.Top3 = pct(r.Today.Top3) + " today → " + after(r.After.Top3, pct)
		c.HHI = num(r.Today.HHI) + " today → " + after(r.After.HHI, num)
		switch {
		case !r.After.Known:
		case r.After.HHI > 2500:
			c.Level = "highly concentrated without China"
		case r.After.HHI >= 1500:
			c.Level = "moderately concentrated without China"
		default:
			c.Level = "unconcentrated without China, as far as the named producers show"
		}
	}
	return c
}
