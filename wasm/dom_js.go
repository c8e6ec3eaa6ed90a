package main

import (
	"encoding/json"
	"syscall/js"

	domtree "paxsilica/internal/dom"
)

// dom describes an element (or, with no Tag, a text node) for the page to
// build in one call. Building the details panel through syscall/js took a
// call per element, attribute and text: about 20 ms for a country in the
// browser, more than a frame. One call with a JSON description takes 2 ms.
// app.js builds it (paxsilicaBoot.build) with createElement, setAttribute for
// a fixed list of attributes and textContent: data never becomes markup.
type dom struct {
	Tag   string            `json:"t,omitempty"`
	Attrs map[string]string `json:"a,omitempty"`
	Text  string            `json:"x,omitempty"`
	Kids  []dom             `json:"k,omitempty"`
}

// elem is an element with an optional class and text.
func elem(tag, class, text string, kids ...dom) dom {
	d := dom{Tag: tag, Text: text, Kids: kids}
	if class != "" {
		d.Attrs = map[string]string{"class": class}
	}
	return d
}

// attr sets attribute k of d.
func (d dom) attr(k, v string) dom {
	if d.Attrs == nil {
		d.Attrs = map[string]string{}
	}
	d.Attrs[k] = v
	return d
}

// node is a description composed outside the browser (internal/dom, as
// internal/charts makes them) as a dom.
func node(n domtree.Node) dom {
	d := dom{Tag: n.Tag, Attrs: n.Attrs, Text: n.Text}
	for _, k := range n.Kids {
		d.Kids = append(d.Kids, node(k))
	}
	return d
}

// fill replaces the children of parent with nodes.
func (p *page) fill(parent js.Value, nodes ...dom) {
	parent.Call("replaceChildren", p.build(nodes))
}

// add appends nodes to parent's children.
func (p *page) add(parent js.Value, nodes ...dom) {
	parent.Call("append", p.build(nodes))
}

// build makes a DocumentFragment of nodes. No nodes is an empty list, never
// JSON null.
func (p *page) build(nodes []dom) js.Value {
	if nodes == nil {
		nodes = []dom{}
	}
	b, err := json.Marshal(nodes)
	if err != nil { // cannot happen: strings and maps of strings
		panic(err)
	}
	return p.win.Get("paxsilicaBoot").Call("build", string(b))
}
