package export

import (
	"strconv"
	"strings"

	"paxsilica/internal/i18n"
)

// Sort is how one table of the table view is ordered: by column Col,
// descending when Desc.
type Sort struct {
	Col  int
	Desc bool
}

// Sorts remembers how the reader sorted each table of the table view, by
// the table's name, so that a sort survives a change of date (the table is
// rebuilt with the same name). The zero value is not usable; make one with
// make(Sorts).
type Sorts map[string]Sort

// Press records that the reader pressed the heading of column col of the
// table named name: ascending first, descending when the same heading is
// pressed again, ascending again after that.
func (s Sorts) Press(name string, col int) Sort {
	cur, had := s[name]
	if had && cur.Col == col {
		cur.Desc = !cur.Desc
	} else {
		cur = Sort{Col: col}
	}
	s[name] = cur
	return cur
}

// Apply returns t in the order the reader chose for it (t itself when the
// reader has not sorted it).
func (s Sorts) Apply(t Table) Table {
	if cur, ok := s[t.Name]; ok {
		return t.Sorted(cur.Col, cur.Desc)
	}
	return t
}

// Heading returns the aria-sort value of column col of the table named name
// ("none", "ascending" or "descending") and the mark its heading shows
// ("", " ▲" or " ▼").
func (s Sorts) Heading(name string, col int) (ariaSort, mark string) {
	cur, ok := s[name]
	switch {
	case !ok || cur.Col != col:
		return "none", ""
	case cur.Desc:
		return "descending", " ▼"
	}
	return "ascending", " ▲"
}

// Status is what a screen reader is told after a sort: "Producers of …:
// sorted by Share (% of world output), descending."
func Status(loc *i18n.Catalog, t Table, s Sort) string {
	order := loc.T("export.ascending")
	if s.Desc {
		order = loc.T("export.descending")
	}
	h := ""
	if s.Col >= 0 {
		h = t.Heading(s.Col)
	}
	return loc.F("export.sorted", "caption", t.Caption, "column", h, "order", order)
}

// SortKey names the sort button of column col of the i-th table: "i:col".
func SortKey(i, col int) string { return strconv.Itoa(i) + ":" + strconv.Itoa(col) }

// ParseSortKey reads a SortKey back for a view of n tables whose i-th has
// cols columns; ok is false for anything else (a stale or forged key).
func ParseSortKey(key string, tables []Table) (i, col int, ok bool) {
	a, b, found := strings.Cut(key, ":")
	i, e1 := strconv.Atoi(a)
	col, e2 := strconv.Atoi(b)
	if !found || e1 != nil || e2 != nil || i < 0 || i >= len(tables) || col < 0 || col >= len(tables[i].Header) {
		return 0, 0, false
	}
	return i, col, true
}
