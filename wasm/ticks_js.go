package main

import (
	"strconv"
	"strings"
	"syscall/js"

	"paxsilica/internal/charts"
	"paxsilica/internal/geo"
	"paxsilica/internal/view"
)

// tickStrip holds the timeline's event ticks and the width they were laid
// out for; they are laid out again when the strip's width changes. Only JS
// callbacks touch it, one at a time.
var tickStrip struct {
	ticks []charts.Tick
	width float64
}

// showTicks draws the events on the timeline (charts.LayoutTicks,
// charts.TickNodes) for the strip's current width.
func (p *page) showTicks(ticks []charts.Tick) {
	tickStrip.ticks = ticks
	tickStrip.width = -1
	p.layoutTicks()
}

// layoutTicks lays the ticks out again if the strip's width changed.
func (p *page) layoutTicks() {
	box := p.byID("timeline-ticks")
	if !box.Truthy() {
		return
	}
	w := box.Get("clientWidth").Float()
	if w == tickStrip.width {
		return
	}
	tickStrip.width = w
	marks := charts.LayoutTicks(p.loc, tickStrip.ticks, w, charts.TickGap, charts.TickSpan)
	p.fill(box, charts.TickNodes(marks)...)
}

// wireTicks makes the ticks work: hover names a mark's events, focus its
// date's; a click, Enter or Space moves the timeline there; the arrow keys,
// Home and End move between dates. The ticks are laid out again when the
// strip is resized.
func (p *page) wireTicks() {
	box := p.byID("timeline-ticks")
	if !box.Truthy() {
		return
	}
	if ro := p.win.Get("ResizeObserver"); ro.Truthy() {
		fn := p.funcOf("laying out the timeline's ticks", func(js.Value, []js.Value) any {
			p.layoutTicks()
			return nil
		})
		p.funcs = append(p.funcs, fn)
		ro.New(fn).Call("observe", box)
	}
	tick := func(e js.Value) js.Value {
		t := e.Get("target")
		if !t.Truthy() || t.Get("closest").IsUndefined() {
			return js.Null()
		}
		return t.Call("closest", ".tick")
	}
	name := func(attr string) func(js.Value) {
		return func(e js.Value) {
			t := tick(e)
			if !t.Truthy() {
				return
			}
			r := t.Call("getBoundingClientRect")
			p.ShowTooltip(t.Call("getAttribute", attr).String(), geo.Point{X: r.Get("left").Float(), Y: r.Get("bottom").Float()})
		}
	}
	p.listen(box, "mouseover", name("data-label"))
	p.listen(box, "focusin", name("aria-label"))
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
