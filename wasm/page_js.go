package main

import (
	"math"
	"sync"
	"syscall/js"
	"time"

	"paxsilica/dataset"
	"paxsilica/geo"
	"paxsilica/mapdata"
	"paxsilica/urlstate"
)

// version is the explorer's version, sent with paxsilica:ready.
const version = "0.1.0"

// eventKind is something the page asks the map to do.
type eventKind int

const (
	evClear   eventKind = iota // clear the selection
	evSelect                   // select the country with code
	evClick                    // a click or tap at pos
	evDataset                  // the dataset arrived (ds) or failed (err)
)

type event struct {
	kind eventKind
	code string
	pos  geo.Point // CSS pixels, relative to the canvas
	ds   *dataset.Dataset
	err  error
}

// pointer is the last known pointer position over the canvas.
type pointer struct {
	pos    geo.Point // CSS pixels
	inside bool
}

// page is the HTML around the map: the details panel, the notices, the URL
// and the messages to a host page. Text reaches the page only through
// textContent.
type page struct {
	win, doc    js.Value
	title, body js.Value
	notices     js.Value
	mu          sync.Mutex
	events      []event
	funcs       []js.Func
	pointer     pointer
	down        geo.Point // where the primary pointer went down
	isDown      bool
}

func newPage() *page {
	win := js.Global()
	doc := win.Get("document")
	p := &page{
		win: win, doc: doc,
		title:   doc.Call("getElementById", "details-title"),
		body:    doc.Call("getElementById", "details-body"),
		notices: doc.Call("getElementById", "notices"),
	}
	// Escape clears the selection wherever the focus is, except in a field.
	p.listen(doc, "keydown", func(e js.Value) {
		if e.Get("key").String() != "Escape" {
			return
		}
		if t := e.Get("target").Get("tagName"); t.Truthy() && (t.String() == "INPUT" || t.String() == "TEXTAREA") {
			return
		}
		p.post(event{kind: evClear})
	})
	// Clicks and taps come from DOM pointer events: a press and release
	// that arrive within one frame are still a click, whatever the device.
	canvas := doc.Call("querySelector", "canvas")
	if !canvas.Truthy() {
		canvas = doc
	}
	pos := func(e js.Value) geo.Point {
		return geo.Point{X: e.Get("offsetX").Float(), Y: e.Get("offsetY").Float()}
	}
	p.listen(canvas, "pointermove", func(e js.Value) {
		p.mu.Lock()
		p.pointer = pointer{pos: pos(e), inside: true}
		p.mu.Unlock()
		scheduleFrame()
	})
	p.listen(canvas, "pointerleave", func(e js.Value) {
		p.mu.Lock()
		p.pointer.inside = false
		p.mu.Unlock()
		scheduleFrame()
	})
	p.listen(canvas, "pointerdown", func(e js.Value) {
		if e.Get("isPrimary").Bool() && e.Get("button").Int() == 0 {
			p.mu.Lock()
			p.down, p.isDown = pos(e), true
			p.pointer = pointer{pos: pos(e), inside: true}
			p.mu.Unlock()
		}
	})
	p.listen(canvas, "pointerup", func(e js.Value) {
		if !e.Get("isPrimary").Bool() || e.Get("button").Int() != 0 {
			return
		}
		at := pos(e)
		p.mu.Lock()
		down, was := p.down, p.isDown
		p.isDown = false
		p.mu.Unlock()
		// A press that moved more than a few pixels is a drag, not a click.
		if was && math.Hypot(at.X-down.X, at.Y-down.Y) <= 6 {
			p.post(event{kind: evClick, pos: at})
		}
	})
	return p
}

// pointerState returns the last pointer position over the canvas.
func (p *page) pointerState() pointer {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pointer
}

// listen adds a DOM event listener that calls f.
func (p *page) listen(target js.Value, name string, f func(e js.Value)) {
	fn := js.FuncOf(func(this js.Value, args []js.Value) any {
		f(args[0])
		return nil
	})
	p.funcs = append(p.funcs, fn)
	target.Call("addEventListener", name, fn)
}

// post queues an event for the next Update and wakes the game loop.
func (p *page) post(e event) {
	p.mu.Lock()
	p.events = append(p.events, e)
	p.mu.Unlock()
	scheduleFrame()
}

// drain returns and forgets the queued events.
func (p *page) drain() []event {
	p.mu.Lock()
	defer p.mu.Unlock()
	ev := p.events
	p.events = nil
	return ev
}

// mapArea is the rectangle, in CSS pixels, that the layout leaves for the map.
func (p *page) mapArea() geo.Rect {
	el := p.doc.Call("getElementById", "map-area")
	if !el.Truthy() {
		return geo.Rect{}
	}
	r := el.Call("getBoundingClientRect")
	return geo.Rect{
		Min: geo.Point{X: r.Get("left").Float(), Y: r.Get("top").Float()},
		Max: geo.Point{X: r.Get("right").Float(), Y: r.Get("bottom").Float()},
	}
}

// query returns the page URL's query without "?".
func (p *page) query() string {
	s := p.win.Get("location").Get("search").String()
	if len(s) > 0 && s[0] == '?' {
		s = s[1:]
	}
	return s
}

// showCountry fills the details panel for c (nil clears it) from ds (nil
// while the dataset loads or when it is broken) and records the selection in
// the URL.
func (p *page) showCountry(c *mapdata.Country, ds *dataset.Dataset, dsFailed bool) {
	st := urlstate.State{}
	switch {
	case c == nil:
		p.title.Set("textContent", "No country selected")
		p.body.Set("textContent", "")
		p.body.Call("appendChild", p.el("p", "", "Click a country on the map to see its ties over critical minerals."))
	case ds != nil:
		st.Country = c.Code
		pr := ds.CountryProfile(c.Code, c.Name, time.Now().UTC().Format("2006-01-02"))
		p.title.Set("textContent", pr.Name)
		p.renderProfile(ds, pr)
	default:
		st.Country = c.Code
		p.title.Set("textContent", c.Name)
		msg := "Loading the dataset…"
		if dsFailed {
			msg = "The dataset could not be used (see above), so there are no details to show."
		}
		p.body.Set("textContent", "")
		p.body.Call("appendChild", p.el("p", "muted", msg))
	}
	p.setQuery(st.Query(p.query()))
}

// setQuery replaces the URL's query without adding a history entry.
func (p *page) setQuery(q string) {
	loc := p.win.Get("location")
	u := loc.Get("pathname").String()
	if q != "" {
		u += "?" + q
	}
	u += loc.Get("hash").String()
	p.win.Get("history").Call("replaceState", js.Null(), "", u)
}

// showNotices lists what the page did not understand, in words.
func (p *page) showNotices(notes []urlstate.Notice) {
	p.notices.Set("textContent", "")
	for _, n := range notes {
		li := p.doc.Call("createElement", "li")
		li.Set("textContent", n.String())
		p.notices.Call("appendChild", li)
	}
	p.notices.Set("hidden", len(notes) == 0)
}

// frameDrawn publishes the count of frames drawn, for tests and benchmarks.
func (p *page) frameDrawn(n int) {
	p.win.Get("paxsilica").Set("frames", n)
}

// announceReady hides the loading state and tells the host page (or the page
// itself at top level) that the explorer is interactive.
func (p *page) announceReady() {
	p.doc.Get("documentElement").Get("classList").Call("add", "ready")
	msg := js.Global().Get("Object").New()
	msg.Set("type", "paxsilica:ready")
	msg.Set("version", version)
	p.win.Get("parent").Call("postMessage", msg, "*")
}

// fail shows a fatal error in words instead of a blank page.
func (p *page) fail(msg string) {
	if f := p.win.Get("paxsilicaBoot").Get("fail"); f.Truthy() {
		f.Invoke(msg)
	}
}
