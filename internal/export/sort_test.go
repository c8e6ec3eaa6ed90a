package export

import (
	"slices"
	"testing"

	"paxsilica/internal/i18n"
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
		for _, tab := range ViewTables(i18n.English(), ds, c.mineral, c.country, c.at) {
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

func TestSortsPress(t *testing.T) {
	s := make(Sorts)
	tab := Table{Name: "p.csv", Caption: "Producers", Header: []string{"Rank", "Share"},
		Rows: [][]string{{"1", "60"}, {"2", "90"}, {"3", "75"}}}
	for i, c := range []struct {
		table    string
		col      int
		want     Sort
		aria     [2]string // aria-sort of columns 0 and 1 of p.csv after the press
		shares   []string  // p.csv's share column after the press
		announce string
	}{
		{"p.csv", 1, Sort{1, false}, [2]string{"none", "ascending"}, []string{"60", "75", "90"}, "Producers: sorted by Share, ascending."},
		{"p.csv", 1, Sort{1, true}, [2]string{"none", "descending"}, []string{"90", "75", "60"}, "Producers: sorted by Share, descending."},
		{"p.csv", 1, Sort{1, false}, [2]string{"none", "ascending"}, []string{"60", "75", "90"}, "Producers: sorted by Share, ascending."},
		{"p.csv", 0, Sort{0, false}, [2]string{"ascending", "none"}, []string{"60", "90", "75"}, "Producers: sorted by Rank, ascending."},
		// Another table's sort leaves this one's alone.
		{"e.csv", 0, Sort{0, false}, [2]string{"ascending", "none"}, []string{"60", "90", "75"}, ""},
	} {
		got := s.Press(c.table, c.col)
		if got != c.want {
			t.Errorf("press %d: %+v, want %+v", i, got, c.want)
		}
		for col := range 2 {
			if a, _ := s.Heading("p.csv", col); a != c.aria[col] {
				t.Errorf("press %d: column %d aria-sort %q, want %q", i, col, a, c.aria[col])
			}
		}
		var shares []string
		for _, r := range s.Apply(tab).Rows {
			shares = append(shares, r[1])
		}
		if !slices.Equal(shares, c.shares) {
			t.Errorf("press %d: shares %v, want %v", i, shares, c.shares)
		}
		if c.announce != "" {
			if a := Status(i18n.English(), tab, got); a != c.announce {
				t.Errorf("press %d: status %q, want %q", i, a, c.announce)
			}
		}
	}
	if _, mark := s.Heading("p.csv", 0); mark != " ▲" {
		t.Errorf("mark %q, want ▲", mark)
	}
	if got := s.Apply(Table{Name: "unsorted.csv", Rows: [][]string{{"b"}, {"a"}}}); got.Rows[0][0] != "b" {
		t.Error("a table never sorted was reordered")
	}
}

func TestParseSortKey(t *testing.T) {
	tables := []Table{{Header: []string{"a", "b"}}, {Header: []string{"c"}}}
	for _, c := range []struct {
		key    string
		i, col int
		ok     bool
	}{
		{SortKey(0, 1), 0, 1, true},
		{SortKey(1, 0), 1, 0, true},
		{"1:1", 0, 0, false}, // no such column
		{"2:0", 0, 0, false}, // no such table
		{"-1:0", 0, 0, false},
		{"0", 0, 0, false},
		{"x:y", 0, 0, false},
		{"", 0, 0, false},
	} {
		i, col, ok := ParseSortKey(c.key, tables)
		if i != c.i || col != c.col || ok != c.ok {
			t.Errorf("ParseSortKey(%q) = %d, %d, %v; want %d, %d, %v", c.key, i, col, ok, c.i, c.col, c.ok)
		}
	}
}
