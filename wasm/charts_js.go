package main

import (
	"syscall/js"

	"paxsilica/internal/style"
	"paxsilica/internal/view"
)

// The panel's charts are composed as HTML by internal/charts (bars as
// spans sized in per cent, tables with captions); this file gives the page
// their colours and wires them to the map.

// setChartColours gives the page style.Keys as CSS custom properties.
func (p *page) setChartColours() {
	st := p.doc.Get("documentElement").Get("style")
	for k, c := range style.Keys {
		st.Call("setProperty", "--c-"+k, style.Hex(c))
	}
}

// closestAttr returns attribute name of the closest element to e's target
// matching selector, or "".
func closestAttr(e js.Value, selector, name string) string {
	t := e.Get("target")
	if !t.Truthy() || t.Get("closest").IsUndefined() {
		return ""
	}
	if el := t.Call("closest", selector); el.Truthy() {
		return el.Call("getAttribute", name).String()
	}
	return ""
}

// wireCharts listens to the panel's charts: a click on a country's bar or
// name selects it, hovering or focusing one highlights it on the map, a
// click on a mineral's name colours the map by it.
func (p *page) wireCharts() {
	body := p.body
	code := func(e js.Value) string { return closestAttr(e, "[data-code]", "data-code") }
	p.listen(body, "click", func(e js.Value) {
		if m := closestAttr(e, "button[data-mineral]", "data-mineral"); m != "" {
			p.post(view.SetMineral{ID: m})
			return
		}
		if c := code(e); c != "" && e.Get("target").Call("closest", "button, .seg, tr").Truthy() {
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
	p.wireTicks()
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
