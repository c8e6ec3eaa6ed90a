package charts

import (
	"paxsilica/internal/dataset"
	"paxsilica/internal/dom"
	"paxsilica/internal/i18n"
)

// SourceLinks renders " [USGS MCS 2025] [Zawya]": a link per source that
// opens in a new tab (http(s) only, as dataset.Load checks), plain text for
// a source without an address, marked where the address is not the
// article's own.
func SourceLinks(ds *dataset.Dataset, ids []string) dom.Node {
	return SourceLinksIn(i18n.English(), ds, ids)
}

// SourceLinksIn is SourceLinks in the language of loc: the joining words
// are the reader's, the sources' names stay their own (marked lang="en"
// on a page in another language).
func SourceLinksIn(loc *i18n.Catalog, ds *dataset.Dataset, ids []string) dom.Node {
	span := dom.El("span", "src", "")
	for _, id := range ids {
		s, ok := ds.Sources[id]
		if !ok {
			continue
		}
		var a dom.Node
		if s.URL != "" {
			a = dom.El("a", "", s.LabelIn(loc)).Attr("href", s.URL).Attr("target", "_blank").Attr("rel", "noopener noreferrer")
		} else {
			a = dom.El("span", "", s.LabelIn(loc))
		}
		if s.NotLinked != "" {
			a = a.Attr("class", "not-linked")
		}
		if !loc.English() && s.NotLinked == "" {
			a = a.Attr("lang", "en") // the source's own name
		}
		span.Kids = append(span.Kids, dom.Text(" "), a.Attr("title", s.TipIn(loc)))
	}
	return span
}

// SourceLine is "Source: [USGS MCS 2025]" with an unconfirmed badge where
// due, its words in the language of loc (the sources' names stay theirs).
func SourceLine(loc *i18n.Catalog, ds *dataset.Dataset, label string, ids []string, unconfirmed bool) dom.Node {
	p := dom.El("p", "chart-src", label, SourceLinks(ds, ids))
	if unconfirmed {
		p.Kids = append(p.Kids, dom.El("span", "badge", loc.T("chart.unconfirmed")).Attr("title", loc.T("chart.unconfirmed.tip")))
	}
	return p
}
