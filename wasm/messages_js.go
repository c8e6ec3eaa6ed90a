package main

import (
	"syscall/js"

	"paxsilica/internal/view"
	"paxsilica/internal/view/guard"
)

// The message API between the explorer and the page that embeds it
// (view.Message, view.HostCommand): this file only carries the messages.
// Commands are taken only from window.parent, and with ?origin= only from
// that origin (guard.Accept); a string field longer than guard.MaxField is
// refused before it is copied into Go's memory.

// messenger posts to and listens to the parent window.
type messenger struct {
	win    js.Value
	target string // targetOrigin: ?origin= or "*"
	origin string // accepted sender origin, "" for any
}

func newMessenger(win js.Value, origin string) *messenger {
	m := &messenger{win: win, target: "*", origin: origin}
	if origin != "" {
		m.target = origin
	}
	return m
}

// send posts m to the parent (the page itself at top level); nil fields
// are sent as null.
func (m *messenger) send(msg view.Message) {
	o := js.Global().Get("Object").New()
	o.Set("type", msg.Type)
	for k, v := range msg.Fields {
		o.Set(k, v)
	}
	m.win.Get("parent").Call("postMessage", o, m.target)
}

// jsLength is the length of a JavaScript string, read without copying the
// string into Go (Value.Length and Get panic on a string primitive).
func jsLength(s js.Value) int { return js.Global().Get("Object").Invoke(s).Get("length").Int() }

// warn reports on the console, as the explorer.
func warn(msg string) { js.Global().Get("console").Call("warn", "paxsilica: "+msg) }

// listen turns valid commands from the parent into events for the explorer.
func (m *messenger) listen(p *page) {
	p.listen(m.win, "message", func(e js.Value) {
		if e.Get("source").Equal(m.win) {
			return // our own events, at top level
		}
		fromParent := e.Get("source").Equal(m.win.Get("parent"))
		if ok, warning := guard.Accept(fromParent, e.Get("origin").String(), m.origin); !ok {
			if warning != "" {
				warn(warning)
			}
			return
		}
		d := e.Get("data")
		if d.Type() != js.TypeObject || d.IsNull() || d.Get("type").Type() != js.TypeString || !guard.FieldOK(jsLength(d.Get("type"))) {
			return // not ours: other scripts post messages too
		}
		// field reads a string-or-null field; ok is false for other types.
		field := func(name string) (string, bool, bool) {
			v := d.Get(name)
			switch v.Type() {
			case js.TypeString:
				if !guard.FieldOK(jsLength(v)) {
					return "", false, false
				}
				return v.String(), true, true
			case js.TypeNull, js.TypeUndefined:
				return "", false, true
			}
			return "", false, false
		}
		ev, warning := view.HostCommand(d.Get("type").String(), field)
		if warning != "" {
			warn(warning)
		}
		if ev != nil {
			p.post(ev)
		}
	})
}

// Post sends a message to the embedding page.
func (p *page) Post(m view.Message) { p.msg.send(m) }

// Warn reports an ignored command on the console.
func (p *page) Warn(msg string) { warn(msg) }
