package main

import (
	"syscall/js"

	"paxsilica/internal/dataset"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/view"
	"paxsilica/internal/view/urlstate"
)

// The "What if China cuts supply?" control, legend and map marks: what
// they hold and do is internal/view's (scenario.go) and
// internal/scenario's; this file only fills and reads the DOM.

// wireScenario fills the target picker (view.ScenarioTargets) and connects
// it and the "Today's controls" button to the explorer.
func (p *page) wireScenario(w *mapdata.World) {
	sel := p.byID("scenario-target")
	if !sel.Truthy() {
		return
	}
	first, others := view.ScenarioTargets(p.loc, w)
	option := func(o view.Option) js.Value {
		e := p.el("option", "", o.Label)
		e.Set("value", o.Value)
		return e
	}
	for _, o := range first {
		sel.Call("appendChild", option(o))
	}
	group := p.el("optgroup", "", "")
	group.Set("label", p.loc.T("panel.scen.anyCountry"))
	for _, o := range others {
		group.Call("appendChild", option(o))
	}
	sel.Call("appendChild", group)
	p.listen(sel, "change", func(e js.Value) {
		v := e.Get("target").Get("value").String()
		p.post(view.SetScenario{On: v != "", Target: v})
	})
	p.listen(p.byID("scenario-preset"), "click", func(js.Value) { p.post(view.ScenarioPreset{}) })
}

// syncScenario makes the picker show the state; while a scenario is on the
// layers are hidden, and their switches say so.
func (p *page) syncScenario(st urlstate.State) {
	sel := p.byID("scenario-target")
	if !sel.Truthy() {
		return
	}
	v := view.ScenarioValue(st)
	setValue(sel, v)
	p.byID("scenario-field").Get("classList").Call("toggle", "on", v != "")
	p.byID("layers").Set("disabled", v != "")
	title := ""
	if v != "" {
		title = p.loc.T("panel.scen.layersHidden")
	}
	p.byID("layers-box").Set("title", title)
}

// ScenarioStatus says, beside the control, what the preset did.
func (p *page) ScenarioStatus(msg string) {
	if s := p.byID("scenario-status"); s.Truthy() {
		s.Set("textContent", msg)
	}
}

// scenarioLegend shows the scenario map's legend.
func (p *page) scenarioLegend(ds *dataset.Dataset, lg *view.ScenarioLegend) {
	box := p.byID("legend")
	box.Set("className", "has-scale scenario")
	box.Call("appendChild", p.el("h2", "", lg.Title))
	box.Call("appendChild", p.marks("", lg.Marks))
	box.Call("appendChild", p.el("p", "hint", lg.Hint))
	src := p.el("p", "", p.loc.T("legend.sources"))
	p.add(src, p.sourceLinks(ds, lg.Sources))
	box.Call("appendChild", src)
	if lg.Unconfirmed != "" {
		box.Call("appendChild", p.el("p", "legend-unconfirmed", lg.Unconfirmed))
	}
}
