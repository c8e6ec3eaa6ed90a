package main

import (
	"strconv"
	"syscall/js"
	"time"

	"paxsilica/internal/dataset"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/style"
	"paxsilica/internal/view/urlstate"
)

// timelineStart is the first day of the timeline (the MSP launched in June 2022).
var timelineStart = time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC)

// layerNames are the words of the layer switches.
var layerNames = map[string]string{
	urlstate.LayerBlocs:      "Blocs (outlines)",
	urlstate.LayerImports:    "Import sources",
	urlstate.LayerAgreements: "US agreements",
	urlstate.LayerControls:   "Chinese export controls",
}

// wireControls connects the toolbar's controls to the game's event queue.
func (p *page) wireControls(w *mapdata.World) {
	p.listen(p.byID("mineral"), "change", func(e js.Value) {
		p.post(event{kind: evMineral, code: e.Get("target").Get("value").String()})
	})
	p.listen(p.byID("view-map"), "click", func(js.Value) { p.post(event{kind: evView, code: urlstate.ViewMap}) })
	p.listen(p.byID("view-network"), "click", func(js.Value) { p.post(event{kind: evView, code: urlstate.ViewNetwork}) })
	p.listen(p.byID("view-table"), "click", func(js.Value) { p.post(event{kind: evView, code: urlstate.ViewTable}) })
	p.listen(p.byID("zoom-in"), "click", func(js.Value) { p.post(event{kind: evZoom, factor: 1.5}) })
	p.listen(p.byID("zoom-out"), "click", func(js.Value) { p.post(event{kind: evZoom, factor: 1 / 1.5}) })
	p.listen(p.byID("zoom-reset"), "click", func(js.Value) { p.post(event{kind: evReset}) })

	box := p.byID("layers")
	for _, l := range urlstate.AllLayers {
		label := p.el("label", "", "")
		cb := p.el("input", "", "")
		cb.Set("type", "checkbox")
		cb.Set("checked", true)
		cb.Set("id", "layer-"+l)
		cb.Set("value", l)
		label.Call("appendChild", cb)
		label.Call("appendChild", p.swatch(layerSwatch(l)))
		label.Call("appendChild", p.doc.Call("createTextNode", layerNames[l]))
		box.Call("appendChild", label)
		p.listen(cb, "change", func(e js.Value) {
			t := e.Get("target")
			p.post(event{kind: evLayer, code: t.Get("value").String(), on: t.Get("checked").Bool()})
		})
	}

	tl := p.byID("timeline")
	p.listen(tl, "input", func(e js.Value) {
		days, _ := strconv.Atoi(e.Get("target").Get("value").String())
		p.post(event{kind: evDate, code: timelineStart.AddDate(0, 0, days).Format("2006-01-02")})
	})
	p.listen(p.byID("timeline-latest"), "click", func(js.Value) { p.post(event{kind: evDate, code: ""}) })

	search := p.byID("search")
	p.listen(search, "keydown", func(e js.Value) {
		if e.Get("key").String() == "Enter" {
			e.Call("preventDefault")
			p.post(event{kind: evSearch, code: e.Get("target").Get("value").String()})
		}
	})
	p.listen(search, "input", func(e js.Value) {
		// Picking a suggestion from the list replaces the text in one go.
		if e.Get("inputType").String() == "insertReplacementText" || !e.Get("inputType").Truthy() {
			p.post(event{kind: evSearch, code: e.Get("target").Get("value").String()})
		}
	})
	list := p.byID("search-list")
	for _, c := range w.Countries {
		o := p.el("option", "", "")
		o.Set("value", c.Name)
		list.Call("appendChild", o)
	}
}

// layerSwatch is the legend mark of a layer.
func layerSwatch(l string) (string, string) {
	switch l {
	case urlstate.LayerBlocs:
		return "ring", style.Hex(style.PaxSilica)
	case urlstate.LayerImports:
		return "line", style.Hex(style.Ties[dataset.Import])
	case urlstate.LayerAgreements:
		return "line", style.Hex(style.Ties[dataset.Agreement])
	}
	return "line", style.Hex(style.Ties[dataset.ExportControl])
}

// swatch returns a small coloured mark for legends.
func (p *page) swatch(kind, colour string) js.Value {
	s := p.el("span", "swatch "+kind, "")
	s.Call("setAttribute", "aria-hidden", "true")
	if kind == "ring" {
		s.Get("style").Set("borderColor", colour)
	} else {
		s.Get("style").Set("background", colour)
	}
	return s
}

// fillDatasetControls lists the dataset's minerals in the picker and the
// search suggestions, and sets the timeline's range.
func (p *page) fillDatasetControls(ds *dataset.Dataset) {
	sel := p.byID("mineral")
	list := p.byID("search-list")
	for i := range ds.Minerals {
		m := &ds.Minerals[i]
		o := p.el("option", "", m.Label())
		o.Set("value", m.ID)
		sel.Call("appendChild", o)
		s := p.el("option", "", "")
		s.Set("value", m.Label())
		list.Call("appendChild", s)
	}
	if end, err := time.Parse("2006-01-02", ds.AsOf); err == nil {
		tl := p.byID("timeline")
		tl.Set("max", int(end.Sub(timelineStart).Hours()/24))
		tl.Set("value", int(end.Sub(timelineStart).Hours()/24))
	}
}

// syncControls makes the controls show the state (after URL, keyboard or
// host-page changes as much as after their own).
func (p *page) syncControls(st urlstate.State, ds *dataset.Dataset) {
	p.byID("mineral").Set("value", st.Mineral)
	net, table := st.View == urlstate.ViewNetwork, st.View == urlstate.ViewTable
	p.byID("view-map").Call("setAttribute", "aria-pressed", strconv.FormatBool(!net && !table))
	p.byID("view-network").Call("setAttribute", "aria-pressed", strconv.FormatBool(net))
	p.byID("view-table").Call("setAttribute", "aria-pressed", strconv.FormatBool(table))
	for _, l := range urlstate.AllLayers {
		p.byID("layer-"+l).Set("checked", st.LayerOn(l))
	}
	tl, out := p.byID("timeline"), p.byID("timeline-date")
	if st.Date == "" {
		if ds != nil {
			out.Set("textContent", "latest")
			tl.Set("value", tl.Get("max"))
		}
	} else if d, err := time.Parse("2006-01-02", st.Date); err == nil {
		out.Set("textContent", st.Date)
		tl.Set("value", int(d.Sub(timelineStart).Hours()/24))
	}
}

// searchStatus says, next to the search box, what a search found.
func (p *page) searchStatus(msg string) {
	p.byID("search-status").Set("textContent", msg)
}
