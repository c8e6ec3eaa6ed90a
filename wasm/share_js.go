package main

import (
	"html"
	"net/url"
	"syscall/js"
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
			status.Set("textContent", what+" selected: press Ctrl+C (⌘C) to copy.")
			return
		}
		done := js.FuncOf(func(this js.Value, args []js.Value) any {
			status.Set("textContent", what+" copied.")
			return nil
		})
		failed := js.FuncOf(func(this js.Value, args []js.Value) any {
			status.Set("textContent", what+" selected: press Ctrl+C (⌘C) to copy.")
			return nil
		})
		p.funcs = append(p.funcs, done, failed)
		clip.Call("writeText", text).Call("then", done, failed)
	}
	p.listen(p.byID("copy-link"), "click", func(js.Value) { copyFrom("share-link", "Link") })
	p.listen(p.byID("copy-embed"), "click", func(js.Value) { copyFrom("share-embed", "Embed code") })
}

// shareTexts returns the link to the current view and the iframe snippet
// that embeds it (with the optional resizing script).
func (p *page) shareTexts() (link, snippet string) {
	loc := p.win.Get("location")
	origin := loc.Get("origin").String()
	base := origin + loc.Get("pathname").String()
	q, _ := url.ParseQuery(p.query())
	q.Del("embed")
	q.Del("origin")
	link = base
	if s := q.Encode(); s != "" {
		link += "?" + s
	}
	q.Set("embed", "1")
	src := base + "?" + q.Encode()
	snippet = `<iframe src="` + html.EscapeString(src) + `" title="Pax Silica Explorer: critical-mineral ties between China, the US and partners" loading="lazy" style="width:100%;height:560px;border:0" allow="fullscreen"></iframe>` +
		"\n" + `<script src="` + html.EscapeString(origin+loc.Get("pathname").String()+"embed.js") + `" async></script>`
	return link, snippet
}
