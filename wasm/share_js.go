package main

import (
	"syscall/js"

	"paxsilica/internal/view"
)

// wireShare makes the Share button open a dialog with the link to the
// current view and a ready iframe snippet for it, each with a copy button.
func (p *page) wireShare() {
	dlg := p.byID("share-dialog")
	p.listen(p.byID("share"), "click", func(js.Value) {
		link, snippet := p.shareTexts()
		p.byID("share-link").Set("value", link)
		p.byID("share-embed").Set("value", snippet)
		p.byID("copy-status").Set("textContent", "")
		dlg.Call("showModal")
	})
	p.listen(p.byID("share-close"), "click", func(js.Value) { dlg.Call("close") })
	copyFrom := func(id, what string) {
		field := p.byID(id)
		field.Call("select")
		text := field.Get("value").String()
		status := p.byID("copy-status")
		clip := p.win.Get("navigator").Get("clipboard")
		if !clip.Truthy() {
			// Selected: the reader can press Ctrl+C (⌘C).
			status.Set("textContent", p.loc.F("share.selected", "what", what))
			return
		}
		done := p.funcOf("copying", func(this js.Value, args []js.Value) any {
			status.Set("textContent", p.loc.F("share.copied", "what", what))
			return nil
		})
		failed := p.funcOf("copying", func(this js.Value, args []js.Value) any {
			status.Set("textContent", p.loc.F("share.selected", "what", what))
			return nil
		})
		p.funcs = append(p.funcs, done, failed)
		clip.Call("writeText", text).Call("then", done, failed)
	}
	p.listen(p.byID("copy-link"), "click", func(js.Value) { copyFrom("share-link", p.loc.T("share.link")) })
	p.listen(p.byID("copy-embed"), "click", func(js.Value) { copyFrom("share-embed", p.loc.T("share.embed")) })
}

// shareTexts returns the link to the current view and the iframe snippet
// that embeds it (view.Link, view.Snippet).
func (p *page) shareTexts() (link, snippet string) {
	origin, path := p.location()
	return view.Link(origin, path, p.query()), view.Snippet(p.loc, origin, path, p.query())
}

// location returns the page's origin and path.
func (p *page) location() (origin, path string) {
	loc := p.win.Get("location")
	return loc.Get("origin").String(), loc.Get("pathname").String()
}
