package charts

import (
	"strconv"

	"paxsilica/internal/dataset"
	"paxsilica/internal/dom"
	"paxsilica/internal/i18n"
)

// SummaryHTML renders what a country's role is at a glance, compact enough
// to be read without scrolling on a phone: the role in one sentence, bloc
// badges with dates, its largest shares of world output as bars with
// ranks, counts of its ties by type and its latest event; or that the
// dataset records no ties. The sources of each item are in the sections
// below, which list the same facts in full.
func SummaryHTML(loc *i18n.Catalog, ds *dataset.Dataset, s Summary) dom.Node {
	box := dom.El("div", "summary", "")
	if s.NoTies {
		box.Kids = append(box.Kids, dom.El("p", "role none", s.Role),
			dom.El("p", "muted", loc.T("chart.summary.none")))
		if s.HasLatest {
			box.Kids = append(box.Kids, latestLine(loc, s.Latest))
		}
		return box
	}
	box.Kids = append(box.Kids, dom.El("p", "role", s.Role))
	if len(s.Badges) > 0 {
		ul := dom.El("ul", "badges", "").Attr("aria-label", loc.T("chart.summary.blocs"))
		for _, b := range s.Badges {
			li := dom.El("li", "bloc k-"+b.Key, "", dom.El("strong", "", b.Bloc), dom.Text(" "+b.Status))
			if b.Date != "" {
				li.Kids = append(li.Kids, dom.El("span", "date", " · "+b.Date))
			}
			if b.Unconfirmed {
				li.Kids = append(li.Kids, dom.El("span", "badge", loc.T("chart.unconfirmed")))
			}
			ul.Kids = append(ul.Kids, li)
		}
		box.Kids = append(box.Kids, ul)
	} else if !s.IsBloc {
		box.Kids = append(box.Kids, dom.El("p", "muted", loc.T("chart.summary.noBloc")))
	}
	if len(s.Minerals) > 0 {
		bars := make([]Bar, len(s.Minerals))
		ids := make([]string, len(s.Minerals))
		titles := make([]string, len(s.Minerals))
		for i, m := range s.Minerals {
			bars[i] = m.Bar
			bars[i].Code = "" // the rows name minerals: they colour the map
			bars[i].Label = m.Short
			bars[i].Detail = rank(loc, m.Bar.Rank) + " · " + strconv.Itoa(m.Year)
			ids[i], titles[i] = m.MineralID, m.Label
		}
		caption := loc.T("chart.summary.caption")
		if s.MoreMinerals > 0 {
			caption = loc.F("chart.summary.captionMore", "n", loc.Int(s.MoreMinerals))
		}
		box.Kids = append(box.Kids, BarTable(loc, "minerals", caption, bars, ids, titles, [2]string{loc.T("chart.summary.mineral"), loc.T("chart.summary.column")}))
	}
	counts := dom.El("ul", "counts", "").Attr("aria-label", loc.T("chart.summary.ties"))
	for _, c := range s.Counts {
		cls := "k-" + c.Key
		if c.N == 0 {
			cls += " zero"
		}
		counts.Kids = append(counts.Kids, dom.El("li", cls, "", dom.El("strong", "", loc.Int(c.N)), dom.Text(" "+c.Label)))
	}
	box.Kids = append(box.Kids, counts)
	if s.HasLatest {
		box.Kids = append(box.Kids, latestLine(loc, s.Latest))
	}
	return box
}

// latestLine is the country's latest event; its sources are in the
// timeline section below. The event's title is the dataset's words, in
// English: marked so on a page in another language.
func latestLine(loc *i18n.Catalog, e dataset.Event) dom.Node {
	date := loc.Date(e.Date)
	if loc.English() {
		return dom.El("p", "latest", "", dom.El("span", "muted", loc.T("chart.summary.latest")), dom.Text(date+" — "+e.Title)).Attr("title", date+" — "+e.Title)
	}
	return dom.El("p", "latest", "", dom.El("span", "muted", loc.T("chart.summary.latest")), dom.Text(date+" — "),
		dom.El("span", "", e.Title).Attr("lang", "en")).Attr("title", date+" — "+e.Title)
}
