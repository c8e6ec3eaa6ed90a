package main

import (
	"syscall/js"
	"time"

	"paxsilica/internal/view"
)

// embedMode gives the compact layout for iframes (?embed=1), a link to the
// full explorer, and a map that does not trap the reader's scrolling: until
// the map is clicked, the wheel scrolls the host page (unless Ctrl or ⌘ is
// held), with a short hint saying so.
func (p *page) embedMode() {
	p.doc.Get("documentElement").Get("classList").Call("add", "embed")
	p.embed = true
	p.byID("full-link").Set("hidden", false)
	p.updateFullLink()
	hint := p.byID("scroll-hint")
	var hideAt time.Time
	opts := js.Global().Get("Object").New()
	opts.Set("capture", true)
	wheel := p.funcOf("handling the wheel", func(this js.Value, args []js.Value) any {
		e := args[0]
		p.mu.Lock()
		active := p.activated
		p.mu.Unlock()
		if active || !e.Get("target").Equal(p.canvas) || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() {
			return nil
		}
		// Keep the event from the map's handlers (which cancel it), so the
		// browser scrolls the host page.
		e.Call("stopPropagation")
		hint.Set("hidden", false)
		hideAt = time.Now().Add(1500 * time.Millisecond)
		go func() {
			time.Sleep(1600 * time.Millisecond)
			if time.Now().After(hideAt) {
				hint.Set("hidden", true)
			}
		}()
		return nil
	})
	p.funcs = append(p.funcs, wheel)
	p.win.Call("addEventListener", "wheel", wheel, opts)
	// The first click or tap activates the map and gives it the keyboard:
	// browsers do not focus an iframe by themselves.
	p.listen(p.canvas, "pointerdown", func(js.Value) {
		p.mu.Lock()
		p.activated = true
		p.mu.Unlock()
		hint.Set("hidden", true)
		p.canvas.Call("focus")
	})
}

// updateFullLink points "Open the full explorer" at the current view.
func (p *page) updateFullLink() {
	if !p.embed {
		return
	}
	origin, path := p.location()
	p.byID("full-link").Set("href", view.Link(origin, path, p.query()))
}
