// Package dom describes elements for the page to build: a tree of tags,
// attributes and text that the explorer marshals to JSON and the page's
// builder (paxsilicaBoot.build in assets/app.js) turns into elements with
// createElement, setAttribute for a fixed list of attributes and
// textContent, so data never becomes markup. Composing the tree needs no
// browser: packages build it and test it with plain go test.
package dom

import (
	"slices"
	"strconv"
	"strings"
)

// Node is an element, or, with no Tag, a text node.
type Node struct {
	Tag   string            `json:"t,omitempty"`
	Attrs map[string]string `json:"a,omitempty"`
	Text  string            `json:"x,omitempty"`
	Kids  []Node            `json:"k,omitempty"`
}

// El is an element with an optional class and text, and children.
func El(tag, class, text string, kids ...Node) Node {
	n := Node{Tag: tag, Text: text, Kids: kids}
	if class != "" {
		n.Attrs = map[string]string{"class": class}
	}
	return n
}

// Text is a text node.
func Text(s string) Node { return Node{Text: s} }

// Attr returns n with attribute k set to v (the map is copied: nodes are
// values).
func (n Node) Attr(k, v string) Node {
	a := make(map[string]string, len(n.Attrs)+1)
	for key, val := range n.Attrs {
		a[key] = val
	}
	a[k] = v
	n.Attrs = a
	return n
}

// Add returns n with kids appended.
func (n Node) Add(kids ...Node) Node {
	n.Kids = append(append([]Node(nil), n.Kids...), kids...)
	return n
}

// Pct formats a length in per cent (clamped to 0–100, two decimals) for
// the builder's data-w and data-x, which it checks and sets as width and
// left.
func Pct(v float64) string { return strconv.FormatFloat(min(100, max(0, v)), 'f', 2, 64) }

// Find returns the nodes under n (n included), depth first, for which keep
// is true.
func (n Node) Find(keep func(Node) bool) []Node {
	var out []Node
	var walk func(Node)
	walk = func(x Node) {
		if keep(x) {
			out = append(out, x)
		}
		for _, k := range x.Kids {
			walk(k)
		}
	}
	walk(n)
	return out
}

// TextContent is the text of n and its descendants, as the DOM's
// textContent reads it.
func (n Node) TextContent() string {
	s := n.Text
	for _, k := range n.Kids {
		s += k.TextContent()
	}
	return s
}

// HasClass reports whether n's class attribute lists c.
func (n Node) HasClass(c string) bool {
	return slices.Contains(strings.Fields(n.Attrs["class"]), c)
}
