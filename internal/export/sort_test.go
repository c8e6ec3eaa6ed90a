package export

import (
	"slices"
	"testing"

	"paxsilica/internal/kit/fixtures"
)

func TestSorted(t *testing.T) {
	tab := Table{Header: []string{"name", "share"}, Rows: [][]string{
		{"b", "10"}, {"A", "9.5"}, {"c", ""}, {"d", "100"}, {"e", "9.5"},
	}}
	col := func(t Table, i int) []string {
		var out []string
		for _, r := range t.Rows {
			out = append(out, r[i])
		}
		return out
	}
	for _, c := range []struct {
		name string
		col  int
		desc bool
		want []string // names in order
	}{
		{"numbers ascending, empty last, ties stable", 1, false, []string{"A", "e", "b", "d", "c"}},
		{"numbers descending, empty still last", 1, true, []string{"d", "b", "A", "e", "c"}},
		{"text ignoring case", 0, false, []string{"A", "b", "c", "d", "e"}},
		{"text descending", 0, true, []string{"e", "d", "c", "b", "A"}},
		{"column out of range: as it was", 7, false, []string{"b", "A", "c", "d", "e"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := col(tab.Sorted(c.col, c.desc), 0); !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	if tab.Rows[0][0] != "b" {
		t.Error("Sorted changed the table it was given")
	}
}

func TestViewTables(t *testing.T) {
	ds := fixtures.Dataset(t)
	for _, c := range []struct {
		mineral, country, at string
		want                 []string // table names
	}{
		{"", "", "", []string{"events.csv"}},
		{"gallium", "", "2026-01-10", []string{"producers-gallium.csv", "events-2026-01-10.csv"}},
		{"gallium", "CHN", "", []string{"producers-gallium.csv", "ties-CHN.csv", "events-CHN.csv"}},
		{"", "JPN", "", []string{"ties-JPN.csv", "events-JPN.csv"}},
	} {
		var got []string
		for _, tab := range ViewTables(ds, c.mineral, c.country, c.at) {
			got = append(got, tab.Name)
			if tab.Caption == "" {
				t.Errorf("%s has no caption", tab.Name)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s/%s/%s: %v, want %v", c.mineral, c.country, c.at, got, c.want)
		}
	}
}
