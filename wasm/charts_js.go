package main

import (
	"strconv"
	"strings"
	"syscall/js"

	"paxsilica/internal/charts"
	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/style"
	"paxsilica/internal/view"
)

// The panel's charts are HTML built by paxsilicaBoot.build: a bar is a
// span whose width (data-w, per cent of its track) the builder sets, so
// bars are as sharp as text at any pixel ratio and in print, and each chart
// is a table a screen reader reads as rows of names and figures. Colours
// come from internal/style as CSS custom properties (--c-<key>), set once
// by setChartColours; the elements carry keys as classes (k-<key>).

// setChartColours gives the page style.Keys as CSS custom properties.
func (p *page) setChartColours() {
	st := p.doc.Get("documentElement").Get("style")
	for k, c := range style.Keys {
		st.Call("setProperty", "--c-"+k, style.Hex(c))
	}
}

// pct formats a bar's length for data-w.
func pct(v float64) string { return strconv.FormatFloat(min(100, max(0, v)), 'f', 2, 64) }

// barRow is one row of a bar chart: the name (a button that selects the
// country on the map, when it is one, or colours the map by mineral), the
// bar and the figure.
func barRow(b charts.Bar, mineral string) dom {
	cls := "k-" + b.Key
	if b.China {
		cls += " china"
	}
	name := elem("span", "", b.Label)
	switch {
	case b.Code != "":
		name = elem("button", "pick", b.Label).attr("type", "button").attr("data-code", b.Code).
			attr("title", "Select "+b.Label+" on the map")
	case mineral != "":
		name = elem("button", "pick", b.Label).attr("type", "button").attr("data-mineral", mineral).
			attr("title", "Colour the map by "+b.Label)
	}
	fig := elem("span", "val", b.Text)
	inner := elem("span", "cell", "",
		elem("span", "track", "", elem("span", "bar "+cls, "").attr("data-w", pct(b.Value))).attr("aria-hidden", "true"),
		fig)
	if b.Detail != "" {
		inner.Kids = append(inner.Kids, elem("span", "detail", b.Detail))
	}
	cell := elem("td", "barcell", "", inner)
	tr := elem("tr", cls, "", elem("th", "", "", name).attr("scope", "row"), cell)
	if b.Code != "" {
		tr = tr.attr("data-code", b.Code)
	}
	return tr
}

// barTable is a chart of bars as a table with a caption; cols name the
// columns for screen readers.
func barTable(class, caption string, bars []charts.Bar, minerals []string, cols [2]string) dom {
	body := elem("tbody", "", "")
	for i, b := range bars {
		m := ""
		if i < len(minerals) {
			m = minerals[i]
		}
		body.Kids = append(body.Kids, barRow(b, m))
	}
	head := elem("thead", "sr-only", "", elem("tr", "", "",
		elem("th", "", cols[0]).attr("scope", "col"), elem("th", "", cols[1]).attr("scope", "col")))
	return elem("table", "bars "+class, "", elem("caption", "", caption), head, body)
}

// keyLegend lists the colour keys the bars use, in a fixed order.
func keyLegend(bars ...[]charts.Bar) dom {
	used := map[string]bool{}
	for _, bs := range bars {
		for _, b := range bs {
			used[b.Key] = true
		}
	}
	ul := elem("ul", "keys", "").attr("aria-label", "Bar colours")
	for _, k := range []string{style.KeyChina, style.KeyPaxSilica, style.KeyMSP, style.KeyOther, style.KeyRest} {
		if used[k] {
			ul.Kids = append(ul.Kids, elem("li", "", "", elem("span", "key k-"+k, "").attr("aria-hidden", "true"), dom{Text: charts.KeyNames[k]}))
		}
	}
	return ul
}

// sourceLine is "Source: [USGS MCS 2025]" with an unconfirmed badge where due.
func sourceLine(ds *dataset.Dataset, label string, ids []string, unconfirmed bool) dom {
	p := elem("p", "chart-src", label, sourceLinks(ds, ids))
	if unconfirmed {
		p.Kids = append(p.Kids, elem("span", "badge", "unconfirmed").attr("title", "Single-sourced, contested or secondary: treat with care."))
	}
	return p
}

// mineralCharts renders a mineral's charts: its producers' shares beside
// those of its other stages, the concentration figures, and the sources of
// US imports as one stacked bar with net import reliance.
func mineralCharts(ds *dataset.Dataset, v charts.MineralView) dom {
	box := elem("div", "charts", "")
	var all [][]charts.Bar
	if len(v.Charts) > 1 {
		box.Kids = append(box.Kids, compareTable(ds, charts.Compare(v)))
		for _, c := range v.Charts {
			all = append(all, c.Bars)
		}
	}
	row := elem("div", "chart-row", "")
	for i, c := range v.Charts {
		if len(v.Charts) > 1 {
			break
		}
		cls := "chart"
		if i == v.Selected {
			cls += " current"
		}
		fig := elem("div", cls, "").attr("data-mineral", c.MineralID)
		if len(c.Bars) == 0 {
			fig.Kids = append(fig.Kids, elem("p", "chart-title", c.Title), elem("p", "empty", c.Empty))
		} else {
			fig.Kids = append(fig.Kids, barTable("shares", c.Title, c.Bars, nil, [2]string{"Country", "Share of world output, rank and amount in " + c.Unit}))
			all = append(all, c.Bars)
		}
		for _, n := range c.Notes {
			fig.Kids = append(fig.Kids, elem("p", "note", n))
		}
		fig.Kids = append(fig.Kids, sourceLine(ds, "Source:", c.Sources, c.Unconfirmed))
		row.Kids = append(row.Kids, fig)
	}
	if len(row.Kids) > 0 {
		box.Kids = append(box.Kids, row)
	}
	if len(all) > 0 {
		box.Kids = append(box.Kids, keyLegend(all...))
	}
	if c := v.Concentration; c.Known {
		box.Kids = append(box.Kids, elem("dl", "stats", "",
			elem("div", "", "", elem("dt", "", "Top 3 producers"), elem("dd", "", c.Top3Text)),
			elem("div", "", "", elem("dt", "", "HHI"), elem("dd", "", c.HHIText, elem("span", "detail", c.Level))),
		), elem("p", "note", "Over the producers the source names only: lower bounds."))
	}
	if v.HasImports {
		box.Kids = append(box.Kids, importStack(ds, v.Imports))
	}
	return box
}

// compareTable renders a mineral's stages or years side by side: a row per
// country, a column per chart, each cell a bar as long as its share; a
// dash where the column's source does not name the country. The chosen
// chart's column is marked current; each column's source and notes follow.
func compareTable(ds *dataset.Dataset, c charts.Comparison) dom {
	head := elem("tr", "", "", elem("th", "", "", elem("span", "sr-only", "Country")).attr("scope", "col"))
	for i, col := range c.Columns {
		cls := ""
		if i == c.Selected {
			cls = "current"
		}
		head.Kids = append(head.Kids, elem("th", cls, col.Heading).attr("scope", "col"))
	}
	body := elem("tbody", "", "")
	for _, r := range c.Rows {
		cls := "k-" + r.Key
		if r.China {
			cls += " china"
		}
		name := elem("span", "", r.Label)
		if r.Code != "" {
			name = elem("button", "pick", r.Label).attr("type", "button").attr("data-code", r.Code).
				attr("title", "Select "+r.Label+" on the map")
		}
		tr := elem("tr", cls, "", elem("th", "", "", name).attr("scope", "row"))
		if r.Code != "" {
			tr = tr.attr("data-code", r.Code)
		}
		for i, b := range r.Cells {
			cur := ""
			if i == c.Selected {
				cur = " current"
			}
			if b == nil {
				tr.Kids = append(tr.Kids, elem("td", "na"+cur, "—").attr("title", "Not named by this source"))
				continue
			}
			td := elem("td", "barcell"+cur, "", elem("span", "cell", "",
				elem("span", "track", "", elem("span", "bar k-"+b.Key, "").attr("data-w", pct(b.Value))).attr("aria-hidden", "true"),
				elem("span", "val", b.Text)))
			if b.Detail != "" {
				td = td.attr("title", b.Detail)
			}
			tr.Kids = append(tr.Kids, td)
		}
		body.Kids = append(body.Kids, tr)
	}
	fig := elem("div", "chart current compare", "",
		elem("table", "bars compare", "", elem("caption", "", c.Title), elem("thead", "", "", head), body))
	for _, col := range c.Columns {
		ch := col.Chart
		if ch.Empty != "" {
			fig.Kids = append(fig.Kids, elem("p", "note", col.Heading+": "+ch.Empty))
		}
		for _, n := range ch.Notes {
			fig.Kids = append(fig.Kids, elem("p", "note", col.Heading+": "+n))
		}
		fig.Kids = append(fig.Kids, sourceLine(ds, col.Heading+". Source:", ch.Sources, ch.Unconfirmed))
	}
	return fig
}

// importStack renders US import sources as one bar of parts with a legend
// of buttons, and net import reliance.
func importStack(ds *dataset.Dataset, s charts.Stack) dom {
	box := elem("div", "stack-chart", "")
	if len(s.Parts) > 0 {
		bar := elem("div", "stack", "").attr("aria-hidden", "true")
		legend := elem("ul", "stack-keys", "").attr("aria-label", s.Title)
		for _, part := range s.Parts {
			seg := elem("span", "seg k-"+part.Key, "").attr("data-w", pct(part.Value)).attr("title", part.Label+": "+part.Text)
			if part.Code != "" {
				seg = seg.attr("data-code", part.Code)
			}
			bar.Kids = append(bar.Kids, seg)
			var name dom
			if part.Code != "" {
				name = elem("button", "pick", part.Label).attr("type", "button").attr("data-code", part.Code).
					attr("title", "Select "+part.Label+" on the map")
			} else {
				name = elem("span", "", part.Label)
			}
			legend.Kids = append(legend.Kids, elem("li", "", "", elem("span", "key k-"+part.Key, "").attr("aria-hidden", "true"), name, dom{Text: " " + part.Text}))
		}
		box.Kids = append(box.Kids, elem("p", "chart-title", s.Title), bar, legend)
	}
	if s.Reliance != "" {
		box.Kids = append(box.Kids, elem("p", "reliance", "", dom{Text: "US net import reliance: "}, elem("strong", "", s.Reliance)))
	}
	box.Kids = append(box.Kids, sourceLine(ds, "Source:", s.Sources, s.Unconfirmed))
	return box
}

// countrySummary renders what a country's role is at a glance: bloc
// badges, its largest shares of world output, counts of its ties and its
// latest event; or that the dataset records no ties.
func countrySummary(ds *dataset.Dataset, s charts.Summary) dom {
	box := elem("div", "summary", "")
	if s.NoTies {
		box.Kids = append(box.Kids, elem("p", "none", "No recorded ties in this dataset."),
			elem("p", "muted", "It is in no bloc, produces none of the minerals listed and has no recorded agreement, import tie or export control. China's export controls that apply to every destination are listed under China."))
		if s.HasLatest {
			box.Kids = append(box.Kids, latestLine(ds, s.Latest))
		}
		return box
	}
	if len(s.Badges) > 0 {
		ul := elem("ul", "badges", "").attr("aria-label", "Blocs")
		for _, b := range s.Badges {
			li := elem("li", "bloc k-"+b.Key, "", elem("strong", "", b.Bloc), dom{Text: " " + b.Status})
			if b.Date != "" {
				li.Kids = append(li.Kids, elem("span", "date", " · "+b.Date))
			}
			if b.Unconfirmed {
				li.Kids = append(li.Kids, elem("span", "badge", "unconfirmed"))
			}
			li.Kids = append(li.Kids, sourceLinks(ds, b.Sources))
			ul.Kids = append(ul.Kids, li)
		}
		box.Kids = append(box.Kids, ul)
	} else if !s.IsBloc {
		box.Kids = append(box.Kids, elem("p", "muted", "In none of the blocs the dataset records."))
	}
	if len(s.Minerals) > 0 {
		bars := make([]charts.Bar, len(s.Minerals))
		ids := make([]string, len(s.Minerals))
		for i, m := range s.Minerals {
			bars[i] = m.Bar
			bars[i].Code = "" // the rows name minerals: they colour the map
			bars[i].Label = m.Label
			ids[i] = m.MineralID
		}
		caption := "Largest shares of world output"
		if s.MoreMinerals > 0 {
			caption += " (" + strconv.Itoa(s.MoreMinerals) + " more under Production)"
		}
		box.Kids = append(box.Kids, barTable("minerals", caption, bars, ids, [2]string{"Mineral", "Share of world output and rank"}))
	}
	counts := elem("ul", "counts", "").attr("aria-label", "Ties")
	for _, c := range s.Counts {
		cls := "k-" + c.Key
		if c.N == 0 {
			cls += " zero"
		}
		counts.Kids = append(counts.Kids, elem("li", cls, "", elem("strong", "", strconv.Itoa(c.N)), dom{Text: " " + c.Label}))
	}
	box.Kids = append(box.Kids, counts)
	if s.HasLatest {
		box.Kids = append(box.Kids, latestLine(ds, s.Latest))
	}
	return box
}

func latestLine(ds *dataset.Dataset, e dataset.Event) dom {
	return elem("p", "latest", "", elem("span", "muted", "Latest: "), dom{Text: e.Date + " — " + e.Title}, sourceLinks(ds, e.Sources))
}

// showTicks draws the events on the timeline: a tick per date, coloured by
// type, named on hover and focus; a click, Enter or Space moves the
// timeline there, and the arrow keys move between ticks.
func (p *page) showTicks(ticks []charts.Tick, max int) {
	box := p.byID("timeline-ticks")
	if !box.Truthy() {
		return
	}
	var nodes []dom
	for i, t := range ticks {
		b := elem("button", "tick k-"+t.Key, "").attr("type", "button").attr("data-x", pct(float64(t.Day)/float64(max)*100)).
			attr("data-date", t.Date).attr("data-day", strconv.Itoa(t.Day)).attr("aria-label", t.Label).attr("data-label", t.Label)
		if i == len(ticks)-1 {
			b = b.attr("tabindex", "0")
		} else {
			b = b.attr("tabindex", "-1")
		}
		nodes = append(nodes, b)
	}
	p.fill(box, nodes...)
}

// wireCharts listens to the panel's charts and the timeline's ticks: a
// click on a country's bar or name selects it, hovering or focusing one
// highlights it on the map, a click on a mineral's name colours the map by
// it; a tick names its events and moves the timeline.
func (p *page) wireCharts() {
	body := p.body
	code := func(e js.Value) string {
		t := e.Get("target")
		if !t.Truthy() || t.Get("closest").IsUndefined() {
			return ""
		}
		if el := t.Call("closest", "[data-code]"); el.Truthy() {
			return el.Call("getAttribute", "data-code").String()
		}
		return ""
	}
	p.listen(body, "click", func(e js.Value) {
		t := e.Get("target")
		if t.Get("closest").IsUndefined() {
			return
		}
		if m := t.Call("closest", "button[data-mineral]"); m.Truthy() {
			p.post(view.SetMineral{ID: m.Call("getAttribute", "data-mineral").String()})
			return
		}
		if c := code(e); c != "" && t.Call("closest", "button, .seg, tr").Truthy() {
			p.setPanelHover("")
			p.post(view.Select{Country: c})
		}
	})
	for _, name := range []string{"mouseover", "focusin"} {
		p.listen(body, name, func(e js.Value) { p.setPanelHover(code(e)) })
	}
	for _, name := range []string{"mouseout", "focusout"} {
		p.listen(body, name, func(e js.Value) {
			if rel := e.Get("relatedTarget"); rel.Truthy() && !rel.Get("closest").IsUndefined() {
				if el := rel.Call("closest", "[data-code]"); el.Truthy() && body.Call("contains", el).Bool() {
					return // moving within the same chart: the next over/focusin sets it
				}
			}
			p.setPanelHover("")
		})
	}

	box := p.byID("timeline-ticks")
	if !box.Truthy() {
		return
	}
	tick := func(e js.Value) js.Value {
		t := e.Get("target")
		if !t.Truthy() || t.Get("closest").IsUndefined() {
			return js.Null()
		}
		return t.Call("closest", ".tick")
	}
	name := func(e js.Value) {
		t := tick(e)
		if !t.Truthy() {
			return
		}
		r := t.Call("getBoundingClientRect")
		p.ShowTooltip(t.Call("getAttribute", "data-label").String(), geo.Point{X: r.Get("left").Float(), Y: r.Get("bottom").Float()})
	}
	p.listen(box, "mouseover", name)
	p.listen(box, "focusin", name)
	p.listen(box, "mouseout", func(js.Value) { p.ShowTooltip("", geo.Point{}) })
	p.listen(box, "focusout", func(js.Value) { p.ShowTooltip("", geo.Point{}) })
	p.listen(box, "click", func(e js.Value) {
		if t := tick(e); t.Truthy() {
			p.post(view.SetDate{Date: dayDate(t.Call("getAttribute", "data-day").String())})
		}
	})
	p.listen(box, "keydown", func(e js.Value) {
		t := tick(e)
		if !t.Truthy() {
			return
		}
		var next js.Value
		switch e.Get("key").String() {
		case "ArrowRight", "ArrowDown":
			next = t.Get("nextElementSibling")
		case "ArrowLeft", "ArrowUp":
			next = t.Get("previousElementSibling")
		case "Home":
			next = box.Get("firstElementChild")
		case "End":
			next = box.Get("lastElementChild")
		default:
			return
		}
		e.Call("preventDefault")
		if next.Truthy() {
			t.Call("setAttribute", "tabindex", "-1")
			next.Call("setAttribute", "tabindex", "0")
			next.Call("focus")
		}
	})
}

// dayDate is the date of day n of the timeline.
func dayDate(n string) string {
	d, err := strconv.Atoi(strings.TrimSpace(n))
	if err != nil {
		return ""
	}
	return view.TimelineDate(d)
}

// setPanelHover notes the country a chart's bar is hovered or focused for,
// for the map to highlight ("" for none).
func (p *page) setPanelHover(code string) {
	p.mu.Lock()
	changed := p.panelHover != code
	p.panelHover = code
	p.mu.Unlock()
	if changed {
		scheduleFrame()
	}
}

// panelHovered returns the country a chart's bar is hovered or focused for.
func (p *page) panelHovered() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.panelHover
}
