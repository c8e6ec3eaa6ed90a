package main

import (
	"math"
	"syscall/js"

	"paxsilica/internal/geo"
	"paxsilica/internal/view/mapview"
)

// pointerInput tracks the pointers on the canvas: one drags (pans) or
// clicks; two pinch (zoom and pan).
type pointerInput struct {
	pointers map[int]geo.Point // active pointers by id, CSS pixels
	down     geo.Point         // where the primary pointer went down
	dragging bool
	hover    geo.Point // last pointer position over the canvas
	inside   bool
}

// pointerState returns the last pointer position over the canvas.
func (p *page) pointerState() (geo.Point, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.input.hover, p.input.inside && !p.input.dragging
}

// listenInput turns DOM pointer, wheel and key events on the canvas into
// pans, zooms, clicks and key commands. Events from the DOM, not Ebiten's
// per-frame state, so a press and release within one frame is still a click.
func (p *page) listenInput() {
	c := p.canvas
	pos := func(e js.Value) geo.Point {
		return geo.Point{X: e.Get("offsetX").Float(), Y: e.Get("offsetY").Float()}
	}
	in := &p.input
	p.listen(c, "pointerdown", func(e js.Value) {
		if e.Get("button").Int() != 0 {
			return
		}
		at := pos(e)
		p.mu.Lock()
		p.keyboard = false
		in.pointers[e.Get("pointerId").Int()] = at
		if len(in.pointers) == 1 {
			in.down, in.dragging = at, false
		}
		p.mu.Unlock()
		c.Call("setPointerCapture", e.Get("pointerId"))
	})
	p.listen(c, "pointermove", func(e js.Value) {
		at := pos(e)
		id := e.Get("pointerId").Int()
		p.mu.Lock()
		in.hover, in.inside = at, true
		if prev, ok := in.pointers[id]; ok {
			switch len(in.pointers) {
			case 1:
				if !in.dragging && math.Hypot(at.X-in.down.X, at.Y-in.down.Y) > 6 {
					in.dragging = true
				}
				if in.dragging {
					p.panDX += at.X - prev.X
					p.panDY += at.Y - prev.Y
				}
			case 2:
				// Pinch: zoom by the change of distance, pan by the midpoint.
				var other geo.Point
				for k, v := range in.pointers {
					if k != id {
						other = v
					}
				}
				d0 := math.Hypot(prev.X-other.X, prev.Y-other.Y)
				d1 := math.Hypot(at.X-other.X, at.Y-other.Y)
				mid := geo.Point{X: (at.X + other.X) / 2, Y: (at.Y + other.Y) / 2}
				if d0 > 4 && d1 > 4 {
					p.zooms = append(p.zooms, mapview.Zoom{At: mid, Factor: d1 / d0})
				}
				p.panDX += (at.X - prev.X) / 2
				p.panDY += (at.Y - prev.Y) / 2
				in.dragging = true
			}
			in.pointers[id] = at
		}
		p.mu.Unlock()
		scheduleFrame()
	})
	up := func(e js.Value, click bool) {
		at := pos(e)
		id := e.Get("pointerId").Int()
		p.mu.Lock()
		_, was := in.pointers[id]
		delete(in.pointers, id)
		isClick := click && was && !in.dragging && len(in.pointers) == 0
		if len(in.pointers) == 0 {
			in.dragging = false
		}
		p.mu.Unlock()
		if isClick {
			p.click(at)
		}
		scheduleFrame()
	}
	p.listen(c, "pointerup", func(e js.Value) { up(e, true) })
	p.listen(c, "pointercancel", func(e js.Value) { up(e, false) })
	p.listen(c, "pointerleave", func(e js.Value) {
		p.mu.Lock()
		in.inside = false
		p.mu.Unlock()
		scheduleFrame()
	})
	p.listen(c, "wheel", func(e js.Value) {
		// One notch is 100–120 px of deltaY (other values on high-DPI and
		// trackpads), 3 lines in line mode: normalise to 1.25× per notch.
		dy := e.Get("deltaY").Float()
		switch e.Get("deltaMode").Int() {
		case 1:
			dy *= 40
		case 2:
			dy *= 800
		}
		f := math.Max(0.5, math.Min(2, math.Pow(1.25, -dy/110)))
		p.mu.Lock()
		p.zooms = append(p.zooms, mapview.Zoom{At: pos(e), Factor: f})
		p.mu.Unlock()
		scheduleFrame()
	})
	p.listen(c, "dblclick", func(e js.Value) {
		f := 2.0
		if e.Get("shiftKey").Bool() {
			f = 0.5
		}
		p.mu.Lock()
		p.zooms = append(p.zooms, mapview.Zoom{At: pos(e), Factor: f})
		p.mu.Unlock()
		scheduleFrame()
	})
	p.listen(c, "keydown", func(e js.Value) {
		p.mu.Lock()
		p.keyboard = true
		p.mu.Unlock()
		const step = 60
		handled := true
		switch e.Get("key").String() {
		case "ArrowLeft":
			p.addPan(step, 0)
		case "ArrowRight":
			p.addPan(-step, 0)
		case "ArrowUp":
			p.addPan(0, step)
		case "ArrowDown":
			p.addPan(0, -step)
		case "+", "=":
			p.post(zoomBy{1.5})
		case "-", "_":
			p.post(zoomBy{1 / 1.5})
		case "0", "Home":
			p.post(resetView{})
		case "Enter", " ":
			p.post(enterKey{})
		default:
			handled = false
		}
		if handled {
			e.Call("preventDefault")
		}
	})
	p.listen(c, "focus", func(e js.Value) {
		// Reaching the map with Tab is keyboard use.
		p.mu.Lock()
		p.keyboard = len(p.input.pointers) == 0 && p.keyboard
		p.mu.Unlock()
		p.setFocused(true)
	})
	p.listen(p.doc, "keydown", func(e js.Value) {
		if e.Get("key").String() == "Tab" {
			p.mu.Lock()
			p.keyboard = true
			p.mu.Unlock()
		}
	})
	p.listen(c, "blur", func(e js.Value) { p.setFocused(false) })
}

// pointerDown reports whether a pointer is pressed on the map (a gesture is
// under way, so the map is not re-rendered yet).
func (p *page) pointerDown() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.input.pointers) > 0
}

func (p *page) addPan(dx, dy float64) {
	p.mu.Lock()
	p.panDX += dx
	p.panDY += dy
	p.mu.Unlock()
	scheduleFrame()
}

func (p *page) setFocused(f bool) {
	p.mu.Lock()
	p.focused = f
	p.mu.Unlock()
	scheduleFrame()
}

// keyboardFocus reports whether the map has the focus and is being used
// from the keyboard: then the focus ring and cursor are shown (as
// :focus-visible would), not after a click.
func (p *page) keyboardFocus() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.focused && p.keyboard
}

// post queues an event (a view.Event or a command for the map) for the
// next Update and wakes the game loop.
func (p *page) post(e any) {
	p.mu.Lock()
	p.queued = append(p.queued, e)
	p.mu.Unlock()
	scheduleFrame()
}

// click applies a click on the map (CSS pixels) at once (clickNow), or,
// when input is still queued for the next Update (a control's change, a
// pan or a zoom not yet applied), queues it behind that input: a click
// applied before them would pick against a state or a view the reader has
// already left.
func (p *page) click(at geo.Point) {
	p.mu.Lock()
	p.clicked = true
	p.mu.Unlock()
	if p.clickNow == nil || p.inputPending() {
		p.post(clickAt{at})
		return
	}
	p.clickNow(at)
}

// hasClicked reports whether the reader has clicked the map.
func (p *page) hasClicked() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.clicked
}

// inputPending reports whether input waits for the next Update: a
// control's change, a pan or a zoom not yet applied.
func (p *page) inputPending() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.queued) > 0 || p.panDX != 0 || p.panDY != 0 || len(p.zooms) > 0
}

// drain returns and forgets the queued events, the accumulated drag and the
// zooms since the last frame.
func (p *page) drain() (queued []any, dx, dy float64, zooms []mapview.Zoom) {
	p.mu.Lock()
	defer p.mu.Unlock()
	queued, dx, dy, zooms = p.queued, p.panDX, p.panDY, p.zooms
	p.queued, p.panDX, p.panDY, p.zooms = nil, 0, 0, nil
	return
}
