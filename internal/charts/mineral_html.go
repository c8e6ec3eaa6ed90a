package charts

import (
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/dom"
	"paxsilica/internal/i18n"
)

// MineralHTML renders a mineral's charts: its producers' shares (beside
// those of its other years and stages, as one table), the concentration
// figures, and the sources of US imports as one stacked bar with net
// import reliance.
func MineralHTML(loc *i18n.Catalog, ds *dataset.Dataset, v MineralView) dom.Node {
	box := dom.El("div", "charts", "")
	var all [][]Bar
	for _, c := range v.Charts {
		all = append(all, c.Bars)
	}
	if len(v.Charts) > 1 {
		box.Kids = append(box.Kids, compareTable(loc, ds, Compare(v)))
	} else if len(v.Charts) == 1 {
		c := v.Charts[0]
		fig := dom.El("div", "chart current", "").Attr("data-mineral", c.MineralID)
		if len(c.Bars) == 0 {
			fig.Kids = append(fig.Kids, dom.El("p", "chart-title", c.Title), dom.El("p", "empty", c.Empty))
		} else {
			fig.Kids = append(fig.Kids, BarTable(loc, "shares", c.Title, c.Bars, nil, nil, [2]string{loc.T("chart.column.country"), loc.F("chart.column.share", "unit", c.Unit)}))
		}
		for _, n := range c.Notes {
			fig.Kids = append(fig.Kids, dom.El("p", "note", n))
		}
		fig.Kids = append(fig.Kids, SourceLine(loc, ds, editionLabel([]string{""}, c.Edition)+loc.T("chart.source"), c.Sources, c.Unconfirmed))
		box.Kids = append(box.Kids, fig)
	}
	if legend := KeyLegend(loc, all...); len(legend.Kids) > 0 {
		box.Kids = append(box.Kids, legend)
	}
	if c := v.Concentration; c.Known {
		box.Kids = append(box.Kids, dom.El("dl", "stats", "",
			dom.El("div", "", "", dom.El("dt", "", loc.T("chart.stats.top3")), dom.El("dd", "", c.Top3Text)),
			dom.El("div", "", "", dom.El("dt", "", loc.T("chart.stats.hhi")), dom.El("dd", "", c.HHIText, dom.El("span", "detail", c.Level))),
		), dom.El("p", "note", loc.T("chart.stats.note")))
	}
	if v.HasImports {
		box.Kids = append(box.Kids, importStack(loc, ds, v.Imports))
	}
	return box
}

// editionLabel is "2024, 2025 (USGS MCS 2026). " for a source line: the
// columns it covers and the edition; "" parts are left out.
func editionLabel(heads []string, edition string) string {
	h := strings.Join(heads, ", ")
	switch {
	case h != "" && edition != "":
		return h + " (" + edition + "). "
	case edition != "":
		return edition + ". "
	case h != "":
		return h + ". "
	}
	return ""
}

// compareTable renders a mineral's years or stages side by side: a row
// per country, a column per chart, each cell a bar as long as its share; a
// dash where the column's source does not name the country. The chosen
// chart's column is marked current; the notes and sources follow, one line
// per edition and set of sources.
func compareTable(loc *i18n.Catalog, ds *dataset.Dataset, c Comparison) dom.Node {
	head := dom.El("tr", "", "", dom.El("th", "", "", dom.El("span", "sr-only", loc.T("chart.column.country"))).Attr("scope", "col"))
	for i, col := range c.Columns {
		cls := ""
		if i == c.Selected {
			cls = "current"
		}
		head.Kids = append(head.Kids, dom.El("th", cls, col.Heading).Attr("scope", "col"))
	}
	body := dom.El("tbody", "", "")
	for _, r := range c.Rows {
		tr := dom.El("tr", rowClass(r.Key, r.China), "", dom.El("th", "", "", pickButton(loc, r.Label, r.Code, "", "")).Attr("scope", "row"))
		if r.Code != "" {
			tr = tr.Attr("data-code", r.Code)
		}
		for i, b := range r.Cells {
			cur := ""
			if i == c.Selected {
				cur = " current"
			}
			if b == nil {
				tr.Kids = append(tr.Kids, dom.El("td", "na"+cur, "—").Attr("title", loc.T("chart.notNamed")))
				continue
			}
			td := dom.El("td", "barcell"+cur, "", barCell(*b, ""))
			if b.Detail != "" {
				td = td.Attr("title", b.Detail)
			}
			tr.Kids = append(tr.Kids, td)
		}
		body.Kids = append(body.Kids, tr)
	}
	cls := "chart current compare"
	if len(c.Columns) > 2 {
		cls += " wide"
	}
	fig := dom.El("div", cls, "",
		dom.El("table", "bars compare", "", dom.El("caption", "", c.Title), dom.El("thead", "", "", head), body))
	// Each note once, naming the columns it qualifies.
	var notes []string
	cols := map[string][]string{}
	for _, col := range c.Columns {
		ch := col.Chart
		for _, n := range append([]string{ch.Empty}, ch.Notes...) {
			if n == "" {
				continue
			}
			if cols[n] == nil {
				notes = append(notes, n)
			}
			cols[n] = append(cols[n], col.Heading)
		}
	}
	for _, n := range notes {
		fig.Kids = append(fig.Kids, dom.El("p", "note", strings.Join(cols[n], ", ")+": "+n))
	}
	// One source line per edition and set of sources, naming its columns.
	type group struct {
		heads   []string
		chart   BarChart
		sources string
	}
	var groups []group
	for _, col := range c.Columns {
		key := strings.Join(col.Chart.Sources, " ")
		found := false
		for i := range groups {
			g := &groups[i]
			if g.chart.Edition == col.Chart.Edition && g.sources == key && g.chart.Unconfirmed == col.Chart.Unconfirmed {
				g.heads = append(g.heads, col.Heading)
				found = true
				break
			}
		}
		if !found {
			groups = append(groups, group{[]string{col.Heading}, col.Chart, key})
		}
	}
	for _, g := range groups {
		fig.Kids = append(fig.Kids, SourceLine(loc, ds, editionLabel(g.heads, g.chart.Edition)+loc.T("chart.source"), g.chart.Sources, g.chart.Unconfirmed))
	}
	return fig
}

// importStack renders US import sources as one bar of parts with a legend
// of buttons, and net import reliance.
func importStack(loc *i18n.Catalog, ds *dataset.Dataset, s Stack) dom.Node {
	box := dom.El("div", "stack-chart", "")
	if len(s.Parts) > 0 {
		bar := dom.El("div", "stack", "").Attr("aria-hidden", "true")
		legend := dom.El("ul", "stack-keys", "").Attr("aria-label", s.Title)
		for _, part := range s.Parts {
			seg := dom.El("span", "seg k-"+part.Key, "").Attr("data-w", dom.Pct(part.Value)).Attr("title", part.Label+": "+part.Text)
			if part.Code != "" {
				seg = seg.Attr("data-code", part.Code)
			}
			bar.Kids = append(bar.Kids, seg)
			legend.Kids = append(legend.Kids, dom.El("li", "", "", dom.El("span", "key k-"+part.Key, "").Attr("aria-hidden", "true"),
				pickButton(loc, part.Label, part.Code, "", ""), dom.Text(" "+part.Text)))
		}
		box.Kids = append(box.Kids, dom.El("p", "chart-title", s.Title), bar, legend)
		if s.Note != "" {
			box.Kids = append(box.Kids, dom.El("p", "note", s.Note))
		}
	}
	if s.Reliance != "" {
		r := dom.El("p", "reliance", "", dom.Text(loc.T("chart.imports.reliance")), dom.El("strong", "", s.Reliance))
		if s.RelianceEdition != "" {
			r.Kids = append(r.Kids, dom.El("span", "muted", " ("+s.RelianceEdition+")"))
		}
		box.Kids = append(box.Kids, r)
	}
	box.Kids = append(box.Kids, SourceLine(loc, ds, loc.T("chart.source"), s.Sources, s.Unconfirmed))
	return box
}
