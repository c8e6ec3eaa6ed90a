package main

import (
	"sync"
	"syscall/js"
	"time"

	"paxsilica/internal/geo"
	"paxsilica/internal/i18n"
	"paxsilica/internal/view"
	"paxsilica/internal/view/guard"
	"paxsilica/internal/view/mapview"
	"paxsilica/internal/view/urlstate"
)

// Commands for the map itself, which the explorer's state does not hold:
// queued with the explorer's events and carried out by game.Update.
type (
	clickAt   struct{ pos geo.Point }  // a click or tap at pos (CSS pixels)
	enterKey  struct{}                 // Enter: select what is under the cross
	zoomBy    struct{ factor float64 } // zoom around the map area's centre
	resetView struct{}                 // show the whole world
)

// page is the explorer's view.Page.
var _ view.Page = (*page)(nil)

// page is the HTML around the map: the panel, the controls, the URL and the
// messages to a host page. Text reaches the page only through textContent.
type page struct {
	win, doc    js.Value
	canvas      js.Value
	title, body js.Value
	notices     js.Value

	msg *messenger
	loc *i18n.Catalog // the language the page's Go-made texts are in

	mu        sync.Mutex
	queued    []any // view.Event or a command for the map
	funcs     []js.Func
	input     pointerInput
	panDX     float64 // accumulated drag, CSS pixels
	panDY     float64
	zooms     []mapview.Zoom
	embed     bool    // ?embed=1: compact layout in an iframe
	activated bool    // embedded and clicked: the wheel zooms the map
	focused   bool    // the canvas has the focus
	keyboard  bool    // the last input was from the keyboard
	wake      js.Func // calls scheduleFrame, for setTimeout
	faults    guard.Faults
	urlWrites guard.Throttle
	urlOwed   string  // the query written or owed to the address bar
	urlSet    bool    // urlOwed is set
	urlTimer  js.Func // writes an owed query, for setTimeout
	// urlAfterPaint writes the owed query after the next paint; urlPainted
	// says it is due.
	urlAfterPaint js.Func
	urlPainted    bool
	clicking      bool // a click on the map is being applied (game.clickNow)
	clicked       bool // the reader has clicked the map (under mu): the warm-up stops
	// clickNow, when set, applies a click in the pointer event's own task
	// instead of queueing it for the next frame.
	clickNow func(at geo.Point)
	// panelHover is the country whose bar in the panel is hovered or
	// focused, highlighted on the map while the pointer is off it.
	panelHover string
}

// newPage is the page around the map, its texts in the language of loc.
func newPage(loc *i18n.Catalog) *page {
	win := js.Global()
	doc := win.Get("document")
	p := &page{
		win: win, doc: doc,
		title:     doc.Call("getElementById", "details-title"),
		body:      doc.Call("getElementById", "details-body"),
		notices:   doc.Call("getElementById", "notices"),
		canvas:    doc.Call("querySelector", "canvas"),
		urlWrites: guard.Throttle{Interval: guard.URLInterval, Burst: guard.URLBurst},
		loc:       loc,
	}
	p.input.pointers = map[int]geo.Point{}
	// Escape clears the selection wherever the focus is, except in a field.
	p.listen(doc, "keydown", func(e js.Value) {
		if e.Get("key").String() != "Escape" {
			return
		}
		if t := e.Get("target").Get("tagName"); t.Truthy() && (t.String() == "INPUT" || t.String() == "TEXTAREA" || t.String() == "SELECT") {
			return
		}
		p.post(view.Select{})
	})
	if p.canvas.Truthy() {
		// Ebiten gives its canvas tabindex=1, which jumps the tab order, and
		// cancels every key on it, Tab included: a keyboard trap. The map
		// takes its place in the document order, and Tab is kept from
		// Ebiten's handler (captured on the way down) so focus moves on.
		p.canvas.Call("setAttribute", "tabindex", "0")
		opts := js.Global().Get("Object").New()
		opts.Set("capture", true)
		tab := p.funcOf("handling the Tab key", func(this js.Value, args []js.Value) any {
			e := args[0]
			if e.Get("key").String() == "Tab" && e.Get("target").Equal(p.canvas) {
				e.Call("stopPropagation")
			}
			return nil
		})
		p.funcs = append(p.funcs, tab)
		doc.Call("addEventListener", "keydown", tab, opts)
		p.canvas.Call("setAttribute", "aria-label", p.loc.T("map.aria"))
		p.canvas.Call("setAttribute", "role", "application")
		p.listenInput()
	}
	return p
}

// watchMapArea wakes the loop whenever the map area changes size without
// the window doing so (the toolbar wraps or opens, the panel changes its
// row) and moved says the map no longer fits it, so that the next frame's
// Layout fits the map to it. After a window resize the frame that saw the
// resize has already fitted the map, and the observer asks for nothing.
func (p *page) watchMapArea(moved func() bool) {
	ro := p.win.Get("ResizeObserver")
	area := p.byID("map-area")
	if !ro.Truthy() || !area.Truthy() {
		return
	}
	fn := p.funcOf("following the map area's size", func(js.Value, []js.Value) any {
		if moved() {
			scheduleFrame()
		}
		return nil
	})
	p.funcs = append(p.funcs, fn)
	ro.New(fn).Call("observe", area)
}

// listen adds a DOM event listener that calls f.
func (p *page) listen(target js.Value, name string, f func(e js.Value)) {
	fn := p.funcOf("handling a "+name+" event", func(this js.Value, args []js.Value) any {
		f(args[0])
		return nil
	})
	p.funcs = append(p.funcs, fn)
	target.Call("addEventListener", name, fn)
}

// byID returns the element with the given id.
func (p *page) byID(id string) js.Value { return p.doc.Call("getElementById", id) }

// mapArea is the rectangle, in CSS pixels, that the layout leaves for the map.
func (p *page) mapArea() geo.Rect {
	el := p.byID("map-area")
	if !el.Truthy() {
		return geo.Rect{}
	}
	r := el.Call("getBoundingClientRect")
	return geo.Rect{
		Min: geo.Point{X: r.Get("left").Float(), Y: r.Get("top").Float()},
		Max: geo.Point{X: r.Get("right").Float(), Y: r.Get("bottom").Float()},
	}
}

// query returns the page URL's query without "?": the one last written,
// or owed to the address bar (WriteURL).
func (p *page) query() string {
	if p.urlSet {
		return p.urlOwed
	}
	s := p.win.Get("location").Get("search").String()
	if len(s) > 0 && s[0] == '?' {
		s = s[1:]
	}
	return s
}

// WriteURL records the view in the URL without adding a history entry,
// throttled (guard.Throttle: Safari throws after 100 rewrites in 30 s): a
// write that comes too soon is owed and made when the throttle allows.
// Until then query() answers the owed query, for the share link.
func (p *page) WriteURL(st urlstate.State) {
	p.urlOwed, p.urlSet = st.Query(p.query()), true
	p.updateFullLink()
	run, wait := p.urlWrites.Ask(time.Now())
	if run && p.clicking {
		p.replaceURLAfterPaint()
		return
	}
	if run {
		p.replaceURL()
		return
	}
	if wait > 0 {
		if p.urlTimer.IsUndefined() {
			p.urlTimer = p.funcOf("writing the view into the address", func(js.Value, []js.Value) any {
				if p.urlWrites.Due(time.Now()) {
					p.replaceURL()
				}
				return nil
			})
		}
		p.win.Call("setTimeout", p.urlTimer, wait.Milliseconds()+1)
	}
}

// replaceURLAfterPaint writes the owed query into the address bar in a
// task after the next paint: history.replaceState took 4–29 ms of a click
// here, before its details could be painted. A click's address is written
// so (p.clicking); the controls' changes write theirs at once.
func (p *page) replaceURLAfterPaint() {
	after := p.win.Get("paxsilicaBoot").Get("afterPaint")
	if after.Type() != js.TypeFunction { // the program run without app.js
		p.replaceURL()
		return
	}
	if p.urlPainted {
		return // already due: it writes the latest owed query
	}
	if p.urlAfterPaint.IsUndefined() {
		p.urlAfterPaint = p.funcOf("writing the view into the address", func(js.Value, []js.Value) any {
			p.urlPainted = false
			p.replaceURL()
			return nil
		})
	}
	p.urlPainted = true
	after.Invoke(p.urlAfterPaint)
}

// replaceURL writes the owed query into the address bar.
func (p *page) replaceURL() {
	q := p.urlOwed
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
		p.Notice(n)
	}
	p.notices.Set("hidden", len(notes) == 0)
}

// Notice appends one notice.
func (p *page) Notice(n urlstate.Notice) { p.appendNotice(p.el("li", "", n.Text(p.loc))) }

// appendNotice appends li to the notices, keeping the latest
// guard.MaxNoticeItems.
func (p *page) appendNotice(li js.Value) {
	p.notices.Call("appendChild", li)
	p.notices.Set("hidden", false)
	for p.notices.Get("childElementCount").Int() > guard.MaxNoticeItems {
		p.notices.Get("firstElementChild").Call("remove")
	}
}

// frameDrawn publishes the count of frames drawn and how long the Go side
// of the frame took (ms), for tests and benchmarks: window.paxsilica.frames,
// .firstFrame (performance.now() when the first frame was drawn), .frameMs
// and .frameAt (the last 1024 frames' Go time and performance.now()) and
// .renderMs (the last re-render of the map).
func (p *page) frameDrawn(n int, frameMs, renderMs float64) {
	ps := p.win.Get("paxsilica")
	ps.Set("frames", n)
	now := p.win.Get("performance").Call("now")
	if n == 1 {
		ps.Set("firstFrame", now)
	}
	for _, kv := range []struct {
		key string
		v   any
	}{{"frameMs", frameMs}, {"frameAt", now}} {
		a := ps.Get(kv.key)
		if !a.Truthy() {
			a = js.Global().Get("Array").New()
			ps.Set(kv.key, a)
		}
		a.Call("push", kv.v)
		if a.Length() > 1024 {
			a.Call("shift")
		}
	}
	if renderMs > 0 {
		ps.Set("renderMs", renderMs)
	}
}

// mapFitted publishes the frame in which the map was last fitted to its
// area (window.paxsilica.fitFrame), for the tests of resizing.
func (p *page) mapFitted(frame int) {
	p.win.Get("paxsilica").Set("fitFrame", frame)
}

// announceReady hides the loading state; the explorer then tells the host
// page (view.Explorer.Ready).
func (p *page) announceReady() {
	p.doc.Get("documentElement").Get("classList").Call("add", "ready")
}

// datasetSettled marks the page once the explorer has taken in the dataset
// or its failure (<html data-dataset="settled">): it follows
// paxsilica:ready, and from then on the panel, lists and timeline show the
// data, or say why they cannot.
func (p *page) datasetSettled() {
	p.doc.Get("documentElement").Call("setAttribute", "data-dataset", "settled")
}

// takeEarlyInput applies what the reader did before the program was ready
// (app.js kept it): the search and control clicks go through their own
// listeners, and a click on the poster is applied where it fell on the map.
func (p *page) takeEarlyInput() {
	take := p.win.Get("paxsilicaBoot").Get("takeEarly")
	if take.Type() != js.TypeFunction {
		return
	}
	at := take.Invoke()
	if at.Type() != js.TypeObject {
		return
	}
	c := p.canvas.Call("getBoundingClientRect")
	p.click(geo.Point{X: at.Get("x").Float() - c.Get("left").Float(), Y: at.Get("y").Float() - c.Get("top").Float()})
}

// fail shows a fatal error in words instead of a blank page.
func (p *page) fail(msg string) {
	if f := p.win.Get("paxsilicaBoot").Get("fail"); f.Truthy() {
		f.Invoke(msg)
	}
}

// wakeAfter wakes the game loop after ms milliseconds (to re-render the map
// once a pan or zoom has settled); one function serves every call.
func (p *page) wakeAfter(ms int) {
	if p.wake.IsUndefined() {
		p.wake = p.funcOf("waking the map", func(this js.Value, args []js.Value) any {
			scheduleFrame()
			return nil
		})
	}
	p.win.Call("setTimeout", p.wake, ms)
}

// whenIdle runs f once when the browser is idle (requestIdleCallback, or
// after a second where there is none); where says what f does.
func (p *page) whenIdle(where string, f func()) {
	var cb js.Func
	cb = p.funcOf(where, func(js.Value, []js.Value) any {
		cb.Release()
		f()
		return nil
	})
	if ric := p.win.Get("requestIdleCallback"); ric.Type() == js.TypeFunction {
		opts := js.Global().Get("Object").New()
		opts.Set("timeout", 3000)
		p.win.Call("requestIdleCallback", cb, opts)
		return
	}
	p.win.Call("setTimeout", cb, 1000)
}

// hasWebGL2 says whether the browser gives a canvas a WebGL 2 context.
func hasWebGL2() bool {
	return js.Global().Get("document").Call("createElement", "canvas").Call("getContext", "webgl2").Truthy()
}
