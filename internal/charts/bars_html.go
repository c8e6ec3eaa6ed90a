package charts

import (
	"paxsilica/internal/dom"
	"paxsilica/internal/i18n"
	"paxsilica/internal/style"
)

// The panel's charts are HTML built by the page (see package dom): a bar
// is a span whose width (data-w, per cent of its track) the builder sets,
// so bars are as sharp as text at any pixel ratio and in print, and each
// chart is a table a screen reader reads as rows of names and figures.
// Colours come from internal/style as CSS custom properties (--c-<key>);
// the elements carry keys as classes (k-<key>).

// rowClass is a row's or bar's colour class, China marked.
func rowClass(key string, china bool) string {
	if china {
		return "k-" + key + " china"
	}
	return "k-" + key
}

// pickButton names a country (a button that selects it on the map) or a
// mineral (one that colours the map by it); a plain span otherwise.
func pickButton(loc *i18n.Catalog, label, code, mineral, title string) dom.Node {
	switch {
	case code != "":
		return dom.El("button", "pick", label).Attr("type", "button").Attr("data-code", code).
			Attr("title", loc.F("chart.pick.country", "name", label))
	case mineral != "":
		if title == "" {
			title = label
		}
		return dom.El("button", "pick", label).Attr("type", "button").Attr("data-mineral", mineral).
			Attr("title", loc.F("chart.pick.mineral", "name", title))
	}
	return dom.El("span", "", label)
}

// barCell is a bar in its track and the figure beside it; detail, when
// given, follows the figure.
func barCell(b Bar, detail string) dom.Node {
	cell := dom.El("span", "cell", "",
		dom.El("span", "track", "", dom.El("span", "bar "+rowClass(b.Key, b.China), "").Attr("data-w", dom.Pct(b.Value))).Attr("aria-hidden", "true"),
		dom.El("span", "val", b.Text))
	if detail != "" {
		cell.Kids = append(cell.Kids, dom.El("span", "detail", detail))
	}
	return cell
}

// barRow is one row of a bar chart: the name, the bar and the figure.
func barRow(loc *i18n.Catalog, b Bar, mineral, title string) dom.Node {
	tr := dom.El("tr", rowClass(b.Key, b.China), "",
		dom.El("th", "", "", pickButton(loc, b.Label, b.Code, mineral, title)).Attr("scope", "row"),
		dom.El("td", "barcell", "", barCell(b, b.Detail)))
	if b.Code != "" {
		tr = tr.Attr("data-code", b.Code)
	}
	return tr
}

// BarTable is a chart of bars as a table with a caption; cols name the
// columns for screen readers; minerals and titles, where given, make the
// rows' names buttons that colour the map by that mineral.
func BarTable(loc *i18n.Catalog, class, caption string, bars []Bar, minerals, titles []string, cols [2]string) dom.Node {
	body := dom.El("tbody", "", "")
	for i, b := range bars {
		m, title := "", ""
		if i < len(minerals) {
			m, title = minerals[i], titles[i]
		}
		body.Kids = append(body.Kids, barRow(loc, b, m, title))
	}
	head := dom.El("thead", "sr-only", "", dom.El("tr", "", "",
		dom.El("th", "", cols[0]).Attr("scope", "col"), dom.El("th", "", cols[1]).Attr("scope", "col")))
	return dom.El("table", "bars "+class, "", dom.El("caption", "", caption), head, body)
}

// KeyLegend lists the colour keys the bars use, in a fixed order.
func KeyLegend(loc *i18n.Catalog, bars ...[]Bar) dom.Node {
	used := map[string]bool{}
	for _, bs := range bars {
		for _, b := range bs {
			used[b.Key] = true
		}
	}
	ul := dom.El("ul", "keys", "").Attr("aria-label", loc.T("chart.keys"))
	for _, k := range []string{style.KeyChina, style.KeyPaxSilica, style.KeyMSP, style.KeyOther, style.KeyRest} {
		if used[k] {
			ul.Kids = append(ul.Kids, dom.El("li", "", "", dom.El("span", "key k-"+k, "").Attr("aria-hidden", "true"), dom.Text(KeyName(loc, k))))
		}
	}
	return ul
}
