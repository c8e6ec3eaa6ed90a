package charts

import (
	"paxsilica/internal/dataset"
	"paxsilica/internal/dom"
	"paxsilica/internal/i18n"
)

// ScenarioHTML renders the scenario panel's chart: the producers left as
// bars, what the bars leave out, the source, and concentration today and
// without China.
func ScenarioHTML(loc *i18n.Catalog, ds *dataset.Dataset, c ScenarioChart) dom.Node {
	fig := dom.El("div", "chart current", "")
	if len(c.Bars) > 0 {
		fig.Kids = append(fig.Kids, BarTable(loc, "shares", c.Title, c.Bars, nil, nil, [2]string{loc.T("chart.column.country"), loc.T("chart.column.scenario")}))
	} else {
		fig.Kids = append(fig.Kids, dom.El("p", "chart-title", c.Title))
	}
	for _, n := range c.Notes {
		fig.Kids = append(fig.Kids, dom.El("p", "note", n))
	}
	fig.Kids = append(fig.Kids, SourceLine(loc, ds, loc.T("chart.source"), c.Sources, c.Unconfirmed))
	box := dom.El("div", "charts scenario-chart", "", fig)
	if legend := KeyLegend(loc, c.Bars); len(legend.Kids) > 0 {
		box.Kids = append(box.Kids, legend)
	}
	if c.Top3 != "" {
		box.Kids = append(box.Kids, dom.El("dl", "stats", "",
			dom.El("div", "", "", dom.El("dt", "", loc.T("chart.stats.top3")), dom.El("dd", "", c.Top3)),
			dom.El("div", "", "", dom.El("dt", "", loc.T("chart.stats.hhi")), dom.El("dd", "", c.HHI, dom.El("span", "detail", c.Level)))),
			dom.El("p", "note", loc.T("chart.stats.note")))
	}
	return box
}
