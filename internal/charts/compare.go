package charts

import (
	"slices"
	"sort"
	"strconv"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/style"
)

// Column is one chart of a comparison: a stage or a year.
type Column struct {
	// Heading tells the columns apart: the stage, the year, or both.
	Heading string
	Chart   BarChart
}

// Row is a country (or the rest of the world) across a comparison's
// columns; a nil cell means the column's source does not name it.
type Row struct {
	Code, Label string
	Key         string
	China, Rest bool
	Cells       []*Bar
}

// Comparison sets a mineral's charts side by side in one table: a row per
// country named by any of them, a column per chart, so that the stages
// (mining, refining) or years read across.
type Comparison struct {
	Title    string
	Columns  []Column
	Rows     []Row
	Selected int // the column of the chosen mineral
}

// Compare sets the charts of a MineralView side by side. Rows follow the
// selected chart's order, then the countries only the others name, largest
// first; the rest of the world comes last.
func Compare(v MineralView) Comparison {
	var c Comparison
	if len(v.Charts) == 0 {
		return c
	}
	loc := v.loc
	if loc == nil {
		loc = i18n.English()
	}
	c.Selected = v.Selected
	sameYear, sameStage, sameName := true, true, true
	for _, ch := range v.Charts {
		sameYear = sameYear && ch.Year == v.Charts[0].Year
		sameStage = sameStage && ch.Stage == v.Charts[0].Stage
		sameName = sameName && ch.Name == v.Charts[0].Name
	}
	// Stages and years both differ: the stage's kind, short ("mining,
	// 2024"), for three columns to fit a phone.
	short := !sameStage && !sameYear
	for _, ch := range v.Charts {
		stage := ch.Stage
		if w := measureWord(loc, ch.Measure); short && w != "" {
			stage = w
		}
		h := stage + ", " + strconv.Itoa(ch.Year)
		switch {
		case sameStage && !sameYear:
			h = strconv.Itoa(ch.Year)
		case sameYear && !sameStage:
			h = ch.Stage
		}
		if !sameName {
			h = ch.Name + ": " + h
		}
		c.Columns = append(c.Columns, Column{Heading: h, Chart: ch})
	}
	c.Title = loc.T("chart.compare.title")
	if sameName {
		c.Title += ": " + v.Charts[0].Name
	}
	if sameStage && !sameYear {
		c.Title += " (" + v.Charts[0].Stage + ")"
	}
	// The title names the years and the unit of the amounts, which the
	// columns' headings and the bars' details otherwise carry alone.
	var years []string
	sameUnit := true
	for _, ch := range v.Charts {
		if y := strconv.Itoa(ch.Year); ch.Year > 0 && !slices.Contains(years, y) {
			years = append(years, y)
		}
		sameUnit = sameUnit && ch.Unit == v.Charts[0].Unit
	}
	if len(years) > 0 {
		c.Title += ", " + dataset.AndList(loc, years)
	}
	if sameUnit {
		c.Title += amountsIn(loc, v.Charts[0].Unit)
	}
	at := map[string]int{}
	rest := Row{Label: loc.T("chart.rest"), Key: style.KeyRest, Rest: true, Cells: make([]*Bar, len(v.Charts))}
	add := func(col int, b Bar) {
		if b.Rest {
			bb := b
			rest.Cells[col] = &bb
			return
		}
		i, ok := at[b.Code]
		if !ok {
			i = len(c.Rows)
			at[b.Code] = i
			c.Rows = append(c.Rows, Row{Code: b.Code, Label: b.Label, Key: b.Key, China: b.China, Cells: make([]*Bar, len(v.Charts))})
		}
		bb := b
		c.Rows[i].Cells[col] = &bb
	}
	for _, b := range v.Charts[v.Selected].Bars {
		add(v.Selected, b)
	}
	first := len(c.Rows)
	for col, ch := range v.Charts {
		if col == v.Selected {
			continue
		}
		for _, b := range ch.Bars {
			add(col, b)
		}
	}
	others := c.Rows[first:]
	sort.SliceStable(others, func(a, b int) bool { return best(others[a]) > best(others[b]) })
	for _, cell := range rest.Cells {
		if cell != nil {
			c.Rows = append(c.Rows, rest)
			break
		}
	}
	return c
}

func best(r Row) float64 {
	v := 0.0
	for _, c := range r.Cells {
		if c != nil && c.Value > v {
			v = c.Value
		}
	}
	return v
}
