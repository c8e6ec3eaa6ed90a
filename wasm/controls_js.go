package main

import (
	"strconv"
	"syscall/js"
	"time"

	"paxsilica/internal/charts"
	"paxsilica/internal/dataset"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
	"paxsilica/internal/view"
	"paxsilica/internal/view/urlstate"
)

// wireControls connects the toolbar's controls to the game's event queue.
func (p *page) wireControls(w *mapdata.World) {
	p.listen(p.byID("mineral"), "change", func(e js.Value) {
		p.post(view.SetMineral{ID: e.Get("target").Get("value").String()})
	})
	p.listen(p.byID("view-map"), "click", func(js.Value) { p.post(view.SetView{View: urlstate.ViewMap}) })
	p.listen(p.byID("view-network"), "click", func(js.Value) { p.post(view.SetView{View: urlstate.ViewNetwork}) })
	p.listen(p.byID("view-table"), "click", func(js.Value) { p.post(view.SetView{View: urlstate.ViewTable}) })
	p.listen(p.byID("zoom-in"), "click", func(js.Value) { p.post(zoomBy{1.5}) })
	p.listen(p.byID("zoom-out"), "click", func(js.Value) { p.post(zoomBy{1 / 1.5}) })
	p.listen(p.byID("zoom-reset"), "click", func(js.Value) { p.post(resetView{}) })

	box := p.byID("layers")
	for _, l := range urlstate.AllLayers {
		label := p.el("label", "", "")
		cb := p.el("input", "", "")
		cb.Set("type", "checkbox")
		cb.Set("checked", true)
		cb.Set("id", "layer-"+l)
		cb.Set("value", l)
		label.Call("appendChild", cb)
		label.Call("appendChild", p.swatch(scene.LayerMark(l)))
		label.Call("appendChild", p.doc.Call("createTextNode", p.loc.T(scene.LayerKeys[l])))
		box.Call("appendChild", label)
		p.listen(cb, "change", func(e js.Value) {
			t := e.Get("target")
			p.post(view.SetLayer{Layer: t.Get("value").String(), On: t.Get("checked").Bool()})
		})
	}

	tl := p.byID("timeline")
	p.listen(tl, "input", func(e js.Value) {
		days, _ := strconv.Atoi(e.Get("target").Get("value").String())
		p.post(view.SetDate{Date: view.TimelineDate(days)})
	})
	p.listen(p.byID("timeline-latest"), "click", func(js.Value) { p.post(view.SetDate{}) })

	search := p.byID("search")
	p.listen(search, "keydown", func(e js.Value) {
		if e.Get("key").String() == "Enter" {
			e.Call("preventDefault")
			p.post(view.Search{Text: e.Get("target").Get("value").String()})
		}
	})
	p.listen(search, "input", func(e js.Value) {
		// Picking a suggestion from the list replaces the text in one go.
		if e.Get("inputType").String() == "insertReplacementText" || !e.Get("inputType").Truthy() {
			p.post(view.Search{Text: e.Get("target").Get("value").String()})
		}
	})
	list := p.byID("search-list")
	for _, c := range w.Countries {
		o := p.el("option", "", "")
		o.Set("value", p.loc.Country(c.Code, c.Name)) // Find knows the English names too
		list.Call("appendChild", o)
	}
}

// swatch returns the small coloured mark of a legend entry.
func (p *page) swatch(m scene.Mark) js.Value {
	kind := m.Kind
	if kind == "box" {
		kind = "" // the plain swatch
	}
	s := p.el("span", "swatch "+kind, "")
	s.Call("setAttribute", "aria-hidden", "true")
	if kind == "ring" {
		s.Get("style").Set("borderColor", style.Hex(m.Colour))
	} else {
		s.Get("style").Set("background", style.Hex(m.Colour))
	}
	return s
}

// ListDataset lists the dataset's minerals in the picker and the search
// suggestions, and sets the timeline's range.
func (p *page) ListDataset(ds *dataset.Dataset) {
	sel := p.byID("mineral")
	list := p.byID("search-list")
	for i := range ds.Minerals {
		m := &ds.Minerals[i]
		label := dataset.MineralLabel(p.loc, m)
		o := p.el("option", "", label)
		o.Set("value", m.ID)
		sel.Call("appendChild", o)
		s := p.el("option", "", "")
		s.Set("value", label)
		list.Call("appendChild", s)
	}
	if end, ok := view.TimelineDay(ds.AsOf); ok {
		tl := p.byID("timeline")
		tl.Set("max", end)
		tl.Set("value", end)
		p.showTicks(charts.Ticks(p.loc, ds, view.TimelineStart.Format(time.DateOnly), ds.AsOf))
	}
}

// ShowControls makes the controls show the state (after URL, keyboard or
// host-page changes as much as after their own).
func (p *page) ShowControls(st urlstate.State, ds *dataset.Dataset) {
	setValue(p.byID("mineral"), st.Mineral)
	net, table := st.View == urlstate.ViewNetwork, st.View == urlstate.ViewTable
	p.byID("view-map").Call("setAttribute", "aria-pressed", strconv.FormatBool(!net && !table))
	p.byID("view-network").Call("setAttribute", "aria-pressed", strconv.FormatBool(net))
	p.byID("view-table").Call("setAttribute", "aria-pressed", strconv.FormatBool(table))
	for _, l := range urlstate.AllLayers {
		if box := p.byID("layer-" + l); box.Get("checked").Bool() != st.LayerOn(l) {
			box.Set("checked", st.LayerOn(l))
		}
	}
	p.syncScenario(st)
	tl, out := p.byID("timeline"), p.byID("timeline-date")
	if st.Date == "" {
		if ds != nil {
			out.Set("textContent", p.loc.T("timeline.latest"))
			setValue(tl, tl.Get("max").String())
		}
	} else if day, ok := view.TimelineDay(st.Date); ok {
		out.Set("textContent", p.loc.Date(st.Date))
		setValue(tl, strconv.Itoa(day))
	}
}

// setValue sets a control's value only when it differs: setting a select's
// value, even to the one it has, took 9 ms of a click here
// (HTMLSelectElement::selectOption).
func setValue(el js.Value, v string) {
	if el.Get("value").String() != v {
		el.Set("value", v)
	}
}

// SearchStatus says, next to the search box, what a search found.
func (p *page) SearchStatus(msg string) {
	p.byID("search-status").Set("textContent", msg)
}
