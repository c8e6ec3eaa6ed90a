package main

import (
	"syscall/js"

	domtree "paxsilica/internal/dom"
)

// Building the details panel through syscall/js took a call per element,
// attribute and text: about 20 ms for a country in the browser, more than a
// frame. Go describes the nodes instead (internal/dom, as internal/charts
// makes them) and hands the page one JSON text; app.js builds it
// (paxsilicaBoot.build) with createElement, setAttribute for a fixed list
// of attributes and textContent: data never becomes markup.

// fill replaces the children of parent with nodes.
func (p *page) fill(parent js.Value, nodes ...domtree.Node) {
	parent.Call("replaceChildren", p.build(nodes))
}

// add appends nodes to parent's children.
func (p *page) add(parent js.Value, nodes ...domtree.Node) {
	parent.Call("append", p.build(nodes))
}

// build makes a DocumentFragment of nodes.
func (p *page) build(nodes []domtree.Node) js.Value {
	return p.win.Get("paxsilicaBoot").Call("build", string(domtree.AppendJSON(nil, nodes)))
}
