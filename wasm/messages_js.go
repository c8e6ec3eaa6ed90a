package main

import (
	"syscall/js"

	"paxsilica/internal/isodate"
	"paxsilica/internal/view/urlstate"
)

// The message API between the explorer and the page that embeds it. All
// messages are plain objects whose type starts with "paxsilica:".
//
// To the parent: paxsilica:ready {version}; paxsilica:select {country, name};
// paxsilica:view {view, mineral, date}; paxsilica:resize {height}, and the
// AMP convention {sentinel: "amp", type: "embed-size", height}.
//
// From the parent: paxsilica:select {country}, paxsilica:setMineral
// {mineral}, paxsilica:setView {view}, paxsilica:setDate {date}. Anything
// else, or a malformed payload, is ignored with a console warning.

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

// send posts a message of type t with fields to the parent (the page itself
// at top level).
func (m *messenger) send(t string, fields map[string]any) {
	msg := js.Global().Get("Object").New()
	msg.Set("type", t)
	for k, v := range fields {
		msg.Set(k, v)
	}
	m.win.Get("parent").Call("postMessage", msg, m.target)
}

func warn(msg string) { js.Global().Get("console").Call("warn", "paxsilica: "+msg) }

// listen turns valid commands from the parent into events for the game.
func (m *messenger) listen(p *page) {
	p.listen(m.win, "message", func(e js.Value) {
		if e.Get("source").Equal(m.win) {
			return // our own events, at top level
		}
		if m.origin != "" && e.Get("origin").String() != m.origin {
			warn("ignored a message from " + e.Get("origin").String() + ": only " + m.origin + " is accepted (?origin=)")
			return
		}
		d := e.Get("data")
		if d.Type() != js.TypeObject || d.IsNull() || d.Get("type").Type() != js.TypeString {
			return // not ours: other scripts post messages too
		}
		t := d.Get("type").String()
		if len(t) < 10 || t[:10] != "paxsilica:" {
			return
		}
		// field reads a string-or-null field; ok is false for other types.
		field := func(name string) (string, bool, bool) {
			v := d.Get(name)
			switch v.Type() {
			case js.TypeString:
				return v.String(), true, true
			case js.TypeNull, js.TypeUndefined:
				return "", false, true
			}
			return "", false, false
		}
		switch t {
		case "paxsilica:select":
			code, set, ok := field("country")
			if !ok {
				warn("ignored paxsilica:select: country must be an ISO 3166-1 alpha-3 string or null")
				return
			}
			if set {
				p.post(event{kind: evSelect, code: code, fromHost: true})
			} else {
				p.post(event{kind: evClear, fromHost: true})
			}
		case "paxsilica:setMineral":
			id, _, ok := field("mineral")
			if !ok {
				warn("ignored paxsilica:setMineral: mineral must be a string or null")
				return
			}
			p.post(event{kind: evMineral, code: id, fromHost: true})
		case "paxsilica:setView":
			v, _, ok := field("view")
			if !ok || (v != urlstate.ViewMap && v != urlstate.ViewNetwork && v != urlstate.ViewTable) {
				warn(`ignored paxsilica:setView: view must be "map", "network" or "table"`)
				return
			}
			p.post(event{kind: evView, code: v, fromHost: true})
		case "paxsilica:setDate":
			date, set, ok := field("date")
			if !ok || (set && !isodate.Day(date)) {
				warn("ignored paxsilica:setDate: date must be a real YYYY-MM-DD or null")
				return
			}
			p.post(event{kind: evDate, code: date, fromHost: true})
		case "paxsilica:ready", "paxsilica:view", "paxsilica:resize":
			// Events of another explorer (a parent that is one too).
		default:
			warn("ignored unknown message type " + t)
		}
	})
}
