package main

import (
	"strconv"
	"syscall/js"

	"paxsilica/internal/charts"
	"paxsilica/internal/dataset"
	domtree "paxsilica/internal/dom"
	"paxsilica/internal/geo"
	"paxsilica/internal/scene"
	"paxsilica/internal/scene/labels"
	"paxsilica/internal/view"
	"paxsilica/internal/view/urlstate"
)

// el creates an element with text (set as textContent, never parsed).
func (p *page) el(tag, class, text string) js.Value {
	e := p.doc.Call("createElement", tag)
	if class != "" {
		e.Set("className", class)
	}
	if text != "" {
		e.Set("textContent", text)
	}
	return e
}

// ShowPanel fills the details panel: a profile, or a paragraph.
func (p *page) ShowPanel(pn view.Panel) {
	if pn.Profile == nil {
		p.showMessage(pn.Title, pn.Text)
		return
	}
	p.title.Set("textContent", pn.Title)
	// Emptied first: should building the new body fail (guard_js.go), the
	// panel must not show the last country's facts under this title.
	p.body.Set("textContent", "")
	p.fill(p.body, p.profileNodes(pn)...)
}

// warmUp composes and builds, without showing them, the panels of clicks
// on China, the United States and Japan (view.Explorer.WarmUp): between
// them they hold every kind of section and chart a country's panel has,
// so that the reader's first click runs code already compiled. The panels
// are also laid out once, hidden and inert on a shelf in the panel's body,
// then taken away in the same task, before any paint: the browser's first
// styling of each kind of element there and its fonts' first shaping were
// a third of the first click (tested by TestBaseMap's click check, which
// checks that nothing of it is seen).
func (p *page) warmUp(ex *view.Explorer) {
	shelf := p.el("div", "warm-up", "")
	shelf.Call("setAttribute", "aria-hidden", "true")
	shelf.Set("inert", true)
	for _, code := range warmUpCountries {
		if pn := ex.WarmUp(code); pn.Profile != nil {
			shelf.Call("append", p.build(p.profileNodes(pn)))
		}
	}
	p.body.Call("append", shelf)
	shelf.Get("offsetHeight") // the layout
	shelf.Call("remove")
}

// warmUpCountries are the countries whose panels warmUp composes.
var warmUpCountries = []string{"CHN", "USA", "JPN"}

// profileNodes are the body of a panel with a profile: the lead (a
// scenario's summary, a country's or a mineral's charts), then sections of
// statements, each with links to its sources, an "unconfirmed" badge where
// the dataset marks it so, and its note. With a lead, the sections are
// collapsible, headed with their counts, open only where pn.Open names.
func (p *page) profileNodes(pn view.Panel) []domtree.Node {
	var nodes []domtree.Node
	if len(pn.Lead) > 0 {
		nodes = append(nodes, p.factList(pn.Data, pn.Lead, nil).Attr("class", "facts scenario-summary"))
	}
	switch {
	case pn.Scenario != nil:
		nodes = append(nodes, charts.ScenarioHTML(p.loc, pn.Data, *pn.Scenario))
	case pn.Summary != nil:
		nodes = append(nodes, charts.SummaryHTML(p.loc, pn.Data, *pn.Summary))
	case pn.Mineral != nil:
		nodes = append(nodes, charts.MineralHTML(p.loc, pn.Data, *pn.Mineral))
	}
	lead := len(nodes) > 0
	pr := pn.Profile
	if pr.NoTies && !lead {
		nodes = append(nodes, domtree.El("p", "", p.loc.T("panel.noTies")),
			domtree.El("p", "muted", p.loc.T("panel.noTiesHint")))
	}
	for _, s := range pr.Sections {
		if !lead {
			nodes = append(nodes, domtree.El("h3", "", s.Heading), p.factList(pn.Data, s.Lines, nil))
			continue
		}
		sec := domtree.El("details", "section", "",
			domtree.El("summary", "", "", domtree.El("h3", "", s.Heading, domtree.El("span", "count", " ("+p.loc.Int(len(s.Lines))+")"))),
			p.factList(pn.Data, s.Lines, nil))
		if s.Heading == pn.Open {
			sec = sec.Attr("open", "")
		}
		nodes = append(nodes, sec)
	}
	return nodes
}

// factList renders lines as a list; class, when given, sets each item's
// class. In a language other than English the source's words quoted in a
// line are marked lang="en".
func (p *page) factList(ds *dataset.Dataset, lines []dataset.Line, class func(int) string) domtree.Node {
	ul := domtree.El("ul", "facts", "")
	en := p.loc.English()
	quoted := func(tag, class, text string, q []string) domtree.Node {
		if en || len(q) == 0 {
			return domtree.El(tag, class, text)
		}
		return domtree.El(tag, class, "", domtree.Quoting(text, q)...)
	}
	for i, l := range lines {
		li := domtree.El("li", "", "", quoted("span", "", l.Text, l.Quoted), p.sourceLinks(ds, l.Sources))
		if class != nil {
			if c := class(i); c != "" {
				li = li.Attr("class", c)
			}
		}
		if b := l.Badge(p.loc); b != "" {
			li.Kids = append(li.Kids, domtree.El("span", "badge", b).Attr("title", p.loc.T("panel.badgeTitle")))
		}
		if l.Note != "" {
			li.Kids = append(li.Kids, quoted("div", "note", l.Note, l.Quoted))
		}
		ul.Kids = append(ul.Kids, li)
	}
	return ul
}

// showMessage fills the panel with a title and one paragraph.
func (p *page) showMessage(title, msg string) {
	p.title.Set("textContent", title)
	p.body.Set("textContent", "")
	p.body.Call("appendChild", p.el("p", "", msg))
}

// sourceLinks renders " [USGS MCS 2025] [Zawya]" as links that open in a new
// tab; a source without a URL is shown as plain text (charts.SourceLinks).
func (p *page) sourceLinks(ds *dataset.Dataset, ids []string) domtree.Node {
	return charts.SourceLinksIn(p.loc, ds, ids)
}

// showEvents lists the events around the timeline's date, later ones dimmed.
func (p *page) showEvents(ds *dataset.Dataset, at string) {
	ev := view.EventsNear(p.loc, ds, at)
	lines := make([]dataset.Line, len(ev))
	for i, e := range ev {
		lines[i] = e.Line
	}
	list := p.factList(ds, lines, func(i int) string {
		cls := "ev k-" + ev[i].Key // a dot in its tick's colour
		if ev[i].After {
			cls += " after"
		}
		return cls
	})
	p.fill(p.byID("events"), list.Kids...)
}

// showDatasetError says, in the panel, that the dataset could not be used and
// why (file, JSON path, reason), while the map keeps working.
func (p *page) showDatasetError(msg string, details []string) {
	box := p.byID("dataset-error")
	box.Set("textContent", "")
	box.Call("appendChild", p.el("strong", "", msg))
	if len(details) > 0 {
		ul := p.el("ul", "", "")
		for _, d := range details {
			ul.Call("appendChild", p.el("li", "", d))
		}
		box.Call("appendChild", ul)
	}
	box.Set("hidden", false)
}

// showDatasetInfo states the dataset's version and date under the panel.
func (p *page) showDatasetInfo(ds *dataset.Dataset) {
	info := p.byID("dataset-info")
	info.Set("textContent", view.DatasetInfo(p.loc, ds)+" (")
	a := p.el("a", "", p.loc.T("panel.whatChanged"))
	a.Set("id", "changelog-link")
	a.Call("setAttribute", "href", "CHANGELOG.md")
	a.Call("setAttribute", "target", "_blank")
	a.Call("setAttribute", "rel", "noopener")
	info.Call("appendChild", a)
	info.Call("appendChild", p.doc.Call("createTextNode", p.loc.T("panel.sourcesNote")))
}

// ShowKey shows the legend and the events around the date at.
func (p *page) ShowKey(ds *dataset.Dataset, st urlstate.State, at string, sc *view.ScenarioLegend) {
	if ds != nil {
		p.showEvents(ds, at)
	}
	p.showLegend(ds, st, at, sc)
}

// showLegend explains what the map shows: the mineral's colour classes with
// measure, unit, year and source; the layers' marks; the network's groups.
func (p *page) showLegend(ds *dataset.Dataset, st urlstate.State, at string, sc *view.ScenarioLegend) {
	lg := p.byID("legend")
	lg.Set("textContent", "")
	lg.Set("className", "")
	if ds == nil {
		return
	}
	if sc != nil {
		// The map (and the network's nodes) show the scenario, not the
		// layers; the network keeps its groups' rims.
		p.scenarioLegend(ds, sc)
		if st.View == urlstate.ViewNetwork {
			lg.Call("appendChild", p.marks("marks", scene.GroupMarks()))
		}
		return
	}
	if m, ok := ds.Mineral(st.Mineral); ok {
		lg.Set("className", "has-scale")
		title := p.loc.F("legend.share", "mineral", dataset.MineralLabel(p.loc, m))
		if se := m.SeriesAt(at); se != nil {
			title += ", " + se.Source()
		}
		m = m.At(at)
		lg.Call("appendChild", p.el("h2", "", title))
		lg.Call("appendChild", p.marks("", scene.ScaleMarksIn(p.loc)))
		src := p.el("p", "", p.loc.F("legend.unit", "unit", p.loc.Unit(m.Unit)))
		p.add(src, p.sourceLinks(ds, m.Sources))
		lg.Call("appendChild", src)
		if u := dataset.Unconfirmed(p.loc, m.Cite); u != "" {
			lg.Call("appendChild", p.el("p", "legend-unconfirmed", p.loc.F("legend.figures", "unconfirmed", u)))
		}
	}
	var marks []scene.Mark
	if st.View == urlstate.ViewNetwork {
		marks = scene.GroupMarks()
	} else if st.LayerOn(urlstate.LayerBlocs) {
		marks = scene.BlocMarks()
	}
	marks = append(marks, scene.ArcLayerMarks(st)...)
	if len(marks) > 0 {
		lg.Call("appendChild", p.marks("marks", marks))
		if st.View != urlstate.ViewNetwork {
			lg.Call("appendChild", p.el("p", "hint", p.loc.T("legend.arcsHint")))
		}
	}
}

// marks lists legend marks, each a swatch and its words.
func (p *page) marks(class string, ms []scene.Mark) js.Value {
	ul := p.el("ul", class, "")
	for _, m := range ms {
		li := p.el("li", "", "")
		li.Call("appendChild", p.swatch(m))
		text := m.Text
		if m.Key != "" {
			text = p.loc.T(m.Key)
		}
		li.Call("appendChild", p.doc.Call("createTextNode", text))
		ul.Call("appendChild", li)
	}
	return ul
}

// ShowTooltip places the tooltip near the pointer (CSS pixels) with text,
// or hides it for "".
func (p *page) ShowTooltip(text string, at geo.Point) {
	x, y := at.X, at.Y
	tt := p.byID("tooltip")
	if text == "" {
		tt.Set("hidden", true)
		return
	}
	tt.Set("textContent", text)
	tt.Set("hidden", false)
	w := p.win.Get("innerWidth").Float()
	left := x + 14
	if left > w-300 {
		left = x - 14 - 280
	}
	tt.Get("style").Set("left", strconv.Itoa(int(max(4, left)))+"px")
	tt.Get("style").Set("top", strconv.Itoa(int(y+14))+"px")
}

// showLabels draws the placed labels as HTML over the canvas (CSS pixels),
// reusing spans.
func (p *page) showLabels(ps []labels.Placed, selected string) {
	box := p.byID("labels")
	kids := box.Get("children")
	for kids.Length() < len(ps) {
		box.Call("appendChild", p.el("span", "", ""))
	}
	for i := 0; i < kids.Length(); i++ {
		s := kids.Index(i)
		if i >= len(ps) {
			s.Get("style").Set("display", "none")
			continue
		}
		l := ps[i]
		s.Set("textContent", l.Text)
		cls := ""
		if l.ID == selected {
			cls = "sel"
		}
		s.Set("className", cls)
		st := s.Get("style")
		st.Set("display", "block")
		st.Set("transform", "translate("+strconv.Itoa(int(l.Box.Min.X))+"px,"+strconv.Itoa(int(l.Box.Min.Y))+"px)")
	}
}
