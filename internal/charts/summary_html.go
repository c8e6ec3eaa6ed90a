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
func SummaryHTML(ds *dataset.Dataset, s Summary) dom.Node {
	box := dom.El("div", "summary", "")
	if s.NoTies {
		box.Kids = append(box.Kids, dom.El("p", "role none", s.Role),
			dom.El("p", "muted", "It is in no bloc, produces none of the minerals listed and has no recorded agreement, import tie or export control. China's export controls that apply to every destination are listed under China."))
		if s.HasLatest {
			box.Kids = append(box.Kids, latestLine(s.Latest))
		}
		return box
	}
	box.Kids = append(box.Kids, dom.El("p", "role", s.Role))
	if len(s.Badges) > 0 {
		ul := dom.El("ul", "badges", "").Attr("aria-label", "Blocs")
		for _, b := range s.Badges {
			li := dom.El("li", "bloc k-"+b.Key, "", dom.El("strong", "", b.Bloc), dom.Text(" "+b.Status))
			if b.Date != "" {
				li.Kids = append(li.Kids, dom.El("span", "date", " · "+b.Date))
			}
			if b.Unconfirmed {
				li.Kids = append(li.Kids, dom.El("span", "badge", "unconfirmed"))
			}
			ul.Kids = append(ul.Kids, li)
		}
		box.Kids = append(box.Kids, ul)
	} else if !s.IsBloc {
		box.Kids = append(box.Kids, dom.El("p", "muted", "In none of the blocs the dataset records."))
	}
	if len(s.Minerals) > 0 {
		bars := make([]Bar, len(s.Minerals))
		ids := make([]string, len(s.Minerals))
		titles := make([]string, len(s.Minerals))
		for i, m := range s.Minerals {
			bars[i] = m.Bar
			bars[i].Code = "" // the rows name minerals: they colour the map
			bars[i].Label = m.Short
			bars[i].Detail = dataset.Ordinal(i18n.English(), m.Bar.Rank) + " · " + strconv.Itoa(m.Year)
			ids[i], titles[i] = m.MineralID, m.Label
		}
		caption := "Largest shares of world output"
		if s.MoreMinerals > 0 {
			caption += " (" + strconv.Itoa(s.MoreMinerals) + " more under Production)"
		}
		box.Kids = append(box.Kids, BarTable("minerals", caption, bars, ids, titles, [2]string{"Mineral", "Share of world output, world rank and year"}))
	}
	counts := dom.El("ul", "counts", "").Attr("aria-label", "Ties")
	for _, c := range s.Counts {
		cls := "k-" + c.Key
		if c.N == 0 {
			cls += " zero"
		}
		counts.Kids = append(counts.Kids, dom.El("li", cls, "", dom.El("strong", "", strconv.Itoa(c.N)), dom.Text(" "+c.Label)))
	}
	box.Kids = append(box.Kids, counts)
	if s.HasLatest {
		box.Kids = append(box.Kids, latestLine(s.Latest))
	}
	return box
}

// latestLine is the country's latest event; its sources are in the
// timeline section below.
func latestLine(e dataset.Event) dom.Node {
	return dom.El("p", "latest", "", dom.El("span", "muted", "Latest: "), dom.Text(e.Date+" — "+e.Title)).Attr("title", e.Date+" — "+e.Title)
}
