package main

import (
	"strconv"
	"strings"
	"syscall/js"

	"paxsilica/internal/dataset"
	domtree "paxsilica/internal/dom"
	"paxsilica/internal/export"
	"paxsilica/internal/view"
	"paxsilica/internal/view/caption"
	"paxsilica/internal/view/urlstate"
)

// tableView is the state of the Table view: the tables shown and how the
// reader sorted each (export.Sorts, by table name, so a sort survives a
// change of date).
var tableView struct {
	wired  bool
	tables []export.Table
	sorts  export.Sorts
}

// showTables fills the Table view (?view=table) with the view's data as
// sortable tables, or empties and hides it for the other views.
func (p *page) showTables(ds *dataset.Dataset, st urlstate.State, at string) {
	root := p.doc.Get("documentElement").Get("classList")
	box := p.byID("table-view")
	if !box.Truthy() {
		return
	}
	if st.View != urlstate.ViewTable || ds == nil {
		root.Call("remove", "view-table")
		if len(tableView.tables) > 0 {
			tableView.tables = nil
			p.byID("table-list").Call("replaceChildren")
		}
		box.Set("hidden", true)
		return
	}
	root.Call("add", "view-table")
	box.Set("hidden", false)
	if !tableView.wired {
		tableView.wired = true
		tableView.sorts = make(export.Sorts)
		p.listen(box, "click", func(e js.Value) {
			b := e.Get("target").Call("closest", "button[data-sort]")
			if !b.Truthy() {
				return
			}
			key := b.Call("getAttribute", "data-sort").String()
			p.sortTable(key)
		})
	}
	tableView.tables = view.Tables(p.loc, ds, st, at)
	p.renderTables("")
}

// sortTable sorts by the column a header button names (export.SortKey):
// ascending first, descending when pressed again.
func (p *page) sortTable(key string) {
	i, c, ok := export.ParseSortKey(key, tableView.tables)
	if !ok {
		return
	}
	s := tableView.sorts.Press(tableView.tables[i].Name, c)
	p.renderTables(key)
	p.byID("table-status").Set("textContent", export.Status(p.loc, tableView.tables[i], s))
}

// renderTables builds every table, and gives the focus back to the sort
// button named focus (the one the reader pressed), if any.
func (p *page) renderTables(focus string) {
	var nodes []domtree.Node
	for i, t := range tableView.tables {
		t = tableView.sorts.Apply(t)
		var head []domtree.Node
		for c := range t.Header {
			order, mark := tableView.sorts.Heading(t.Name, c)
			btn := domtree.El("button", "", t.Heading(c)+mark).Attr("type", "button").Attr("data-sort", export.SortKey(i, c))
			head = append(head, domtree.El("th", "", "", btn).Attr("scope", "col").Attr("aria-sort", order))
		}
		row := func(r []string, shown []export.Cell, foot bool) domtree.Node {
			var cells []domtree.Node
			for c, v := range r {
				var d domtree.Node
				switch {
				case c == 0:
					d = p.tableCell("th", "", shown[c]).Attr("scope", "row")
				case c == 1 && foot && r[0] == "":
					d = p.tableCell("th", "", shown[c]).Attr("scope", "row") // the world total's label
				case urlList(v): // the sources' addresses, "; "-separated
					var links []domtree.Node
					for k, u := range strings.Split(v, "; ") {
						if k > 0 {
							links = append(links, domtree.Text(" "))
						}
						links = append(links, domtree.El("a", "", u).Attr("href", u).Attr("rel", "noopener").Attr("target", "_blank"))
					}
					d = domtree.El("td", "src", "", links...)
				case len(v) > 40:
					d = p.tableCell("td", "long", shown[c]) // a sentence: wide enough to read
				default:
					d = p.tableCell("td", "", shown[c])
				}
				cells = append(cells, d)
			}
			return domtree.El("tr", "", "", cells...)
		}
		var rows, foot []domtree.Node
		for k, r := range t.Rows {
			rows = append(rows, row(r, t.Cells(k, false), false))
		}
		for k, r := range t.Foot {
			foot = append(foot, row(r, t.Cells(k, true), true))
		}
		if len(rows) == 0 {
			rows = append(rows, domtree.El("tr", "", "", domtree.El("td", "", p.loc.T("table.empty")).Attr("colspan", strconv.Itoa(len(t.Header)))))
		}
		table := domtree.El("table", "", "",
			domtree.El("caption", "", t.Caption+p.loc.N("table.rows", len(t.Rows))),
			domtree.El("thead", "", "", domtree.El("tr", "", "", head...)),
			domtree.El("tbody", "", "", rows...))
		if len(foot) > 0 {
			table.Kids = append(table.Kids, domtree.El("tfoot", "", "", foot...))
		}
		nodes = append(nodes, domtree.El("div", "table-wrap", "", table).Attr("role", "region").Attr("aria-label", t.Caption).Attr("tabindex", "0"))
	}
	list := p.byID("table-list")
	if len(nodes) == 0 {
		list.Call("replaceChildren")
	} else {
		p.fill(list, nodes...)
	}
	if focus != "" {
		if b := p.doc.Call("querySelector", `#table-view button[data-sort="`+focus+`"]`); b.Truthy() {
			b.Call("focus")
		}
	}
}

// tableCell is a cell of the table view showing c: in a language other
// than English the source's words in it are marked lang="en".
func (p *page) tableCell(tag, class string, c export.Cell) domtree.Node {
	if p.loc.English() || len(c.Quoted) == 0 {
		return domtree.El(tag, class, c.Text)
	}
	return domtree.El(tag, class, "", domtree.Quoting(c.Text, c.Quoted)...)
}

// showMapText updates the map's text alternative: what it shows (mineral,
// date, selection, top producers), in words, for screen readers.
func (p *page) showMapText(ds *dataset.Dataset, st urlstate.State, at string) {
	el := p.byID("map-text")
	if !el.Truthy() {
		return
	}
	c := caption.Describe(p.loc, ds, st, at)
	text := p.loc.F("map.text", "title", c.Title, "subtitle", c.Subtitle)
	if c.Summary != "" {
		text += " " + c.Summary
	}
	if el.Get("textContent").String() != text {
		el.Set("textContent", text)
	}
	if p.canvas.Truthy() {
		p.canvas.Call("setAttribute", "aria-describedby", "map-text")
	}
}

// urlList reports whether v is a "; "-separated list of web addresses (a
// table's source URLs, whatever its heading says in the reader's
// language).
func urlList(v string) bool {
	if v == "" {
		return false
	}
	for _, u := range strings.Split(v, "; ") {
		if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
			return false
		}
	}
	return true
}
