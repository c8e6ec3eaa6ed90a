package main

import (
	"syscall/js"

	"paxsilica/dataset"
)

// el creates an element with text (set as textContent, never parsed).
func (p *page) el(tag, class, text string) js.Value {
	e := p.doc.Call("createElement", tag)
	if class != "" {
		e.Set("className", class)
	}
	if text != "" {
		e.Set("textContent", text)
	}
	return e
}

// renderProfile fills the panel body with what the dataset says about a
// country: sections of statements, each with links to its sources, an
// "unconfirmed" badge where FACTS.md flags it, and its note.
func (p *page) renderProfile(ds *dataset.Dataset, pr dataset.Profile) {
	p.body.Set("textContent", "")
	if pr.NoTies {
		p.body.Call("appendChild", p.el("p", "", "No recorded ties in this dataset."))
		p.body.Call("appendChild", p.el("p", "muted", "China's export controls that apply to every destination are listed under China."))
	}
	for _, s := range pr.Sections {
		p.body.Call("appendChild", p.el("h3", "", s.Heading))
		ul := p.el("ul", "facts", "")
		for _, l := range s.Lines {
			li := p.el("li", "", "")
			li.Call("appendChild", p.el("span", "", l.Text))
			li.Call("appendChild", p.sourceLinks(ds, l.Sources))
			if l.Unconfirmed {
				b := p.el("span", "badge", "unconfirmed")
				b.Set("title", "Single-sourced, contested or secondary: treat with care.")
				li.Call("appendChild", b)
			}
			if l.Note != "" {
				li.Call("appendChild", p.el("div", "note", l.Note))
			}
			ul.Call("appendChild", li)
		}
		p.body.Call("appendChild", ul)
	}
}

// sourceLinks renders " [USGS MCS 2025] [Zawya]" as links that open in a new
// tab; a source without a URL is shown as plain text.
func (p *page) sourceLinks(ds *dataset.Dataset, ids []string) js.Value {
	span := p.el("span", "src", "")
	for _, id := range ids {
		s, ok := ds.Sources[id]
		if !ok {
			continue
		}
		span.Call("appendChild", p.doc.Call("createTextNode", " "))
		var a js.Value
		if s.URL != "" {
			a = p.el("a", "", s.Short)
			a.Call("setAttribute", "href", s.URL) // http(s) only: checked by dataset.Load
			a.Call("setAttribute", "target", "_blank")
			a.Call("setAttribute", "rel", "noopener noreferrer")
		} else {
			a = p.el("span", "", s.Short)
		}
		tip := s.Title + " — " + s.Publisher
		if s.Date != "" {
			tip += ", " + s.Date
		}
		a.Set("title", tip)
		span.Call("appendChild", a)
	}
	return span
}

// showDatasetError says, in the panel, that the dataset could not be used and
// why (file, JSON path, reason), while the map keeps working.
func (p *page) showDatasetError(msg string, details []string) {
	box := p.doc.Call("getElementById", "dataset-error")
	box.Set("textContent", "")
	box.Call("appendChild", p.el("strong", "", msg))
	if len(details) > 0 {
		ul := p.el("ul", "", "")
		for _, d := range details {
			ul.Call("appendChild", p.el("li", "", d))
		}
		box.Call("appendChild", ul)
	}
	box.Set("hidden", false)
}

// showDatasetInfo states the dataset's version and date under the panel.
func (p *page) showDatasetInfo(ds *dataset.Dataset) {
	p.doc.Call("getElementById", "dataset-info").Set("textContent",
		"Dataset "+ds.Version+", facts as of "+ds.AsOf+". Sources: USGS, IEA, governments and news reports, each linked.")
}
