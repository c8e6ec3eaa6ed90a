package export

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Sorted returns a copy of t with its rows ordered by column col, numbers
// by value and other text alphabetically (ignoring case); empty cells go
// last either way. It compares the rows' values, not the words the table
// view shows (Shown moves with its row). Equal rows keep their order. A column out of range
// leaves the order as it is.
func (t Table) Sorted(col int, descending bool) Table {
	if col < 0 || col >= len(t.Header) {
		return t
	}
	order := make([]int, len(t.Rows))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		x, y := cell(t.Rows[i], col), cell(t.Rows[j], col)
		switch {
		case x == "" && y == "":
			return 0
		case x == "":
			return 1
		case y == "":
			return -1
		}
		c := compareCells(x, y)
		if descending {
			c = -c
		}
		return c
	})
	rows := make([][]string, len(order))
	for k, i := range order {
		rows[k] = t.Rows[i]
	}
	if len(t.Shown) == len(t.Rows) {
		shown := make([][]Cell, len(order))
		for k, i := range order {
			shown[k] = t.Shown[i]
		}
		t.Shown = shown
	}
	t.Rows = rows
	return t
}

func cell(r []string, i int) string {
	if i < len(r) {
		return r[i]
	}
	return ""
}

// compareCells compares numerically when both cells are numbers.
func compareCells(x, y string) int {
	fx, ex := strconv.ParseFloat(x, 64)
	fy, ey := strconv.ParseFloat(y, 64)
	if ex == nil && ey == nil {
		return cmp.Compare(fx, fy)
	}
	return strings.Compare(strings.ToLower(x), strings.ToLower(y))
}
