package export

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Sorted returns a copy of t with its rows ordered by column col, numbers
// by value and other text alphabetically (ignoring case); empty cells go
// last either way. Equal rows keep their order. A column out of range
// leaves the order as it is.
func (t Table) Sorted(col int, descending bool) Table {
	if col < 0 || col >= len(t.Header) {
		return t
	}
	rows := slices.Clone(t.Rows)
	slices.SortStableFunc(rows, func(a, b []string) int {
		x, y := cell(a, col), cell(b, col)
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
