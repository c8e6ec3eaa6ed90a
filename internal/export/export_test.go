package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/kit/fixtures"
)

func TestSafe(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"China", "China"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1 555", "'+1 555"},
		{"-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\r=1", "'\r=1"},
		{"-3.5", "-3.5"},
		{"+12", "+12"},
		{"-", "'-"},
		{"-.", "'-."},
		{"a=b", "a=b"},
	} {
		if got := Safe(c.in); got != c.want {
			t.Errorf("Safe(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// parse reads CSV bytes back, failing the test on malformed CSV.
func parse(t *testing.T, b []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(b))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v\n%s", err, b)
	}
	return recs
}

func TestCSVQuotingAndInjection(t *testing.T) {
	tab := Table{Header: []string{"a", "b"}, Rows: [][]string{
		{"comma, inside", "quote \" inside"},
		{"line\nbreak", "=1+1"},
	}}
	b := tab.CSV()
	if !bytes.Contains(b, []byte("\r\n")) {
		t.Errorf("rows do not end in CRLF: %q", b)
	}
	got := parse(t, b)
	want := [][]string{{"a", "b"}, {"comma, inside", "quote \" inside"}, {"line\nbreak", "'=1+1"}}
	if len(got) != len(want) {
		t.Fatalf("got %d records, want %d", len(got), len(want))
	}
	for i := range want {
		for j := range want[i] {
			if got[i][j] != want[i][j] {
				t.Errorf("record %d field %d = %q, want %q", i, j, got[i][j], want[i][j])
			}
		}
	}
}

// hostile is a dataset whose names are formulas.
const hostile = `{"version":"1","asOf":"2026-01-01","description":"d",
"countries":[{"code":"CHN","name":"=cmd|' /C calc'!A0"},{"code":"USA","name":"United States"}],
"organisations":[],"blocs":[],
"minerals":[{"id":"gallium","name":"Gallium","unit":"kg","stage":"refinery","year":2024,"world":100,
 "producers":[{"country":"CHN","amount":99,"share":99},{"country":"USA","amount":1}],"sources":["s"]}],
"ties":[{"type":"export-control","from":"CHN","to":"USA","title":"@evil","date":"2025-01-01","minerals":["gallium"],"status":"in-force","sources":["s"]}],
"events":[{"date":"2025-01-02","title":"+danger","countries":["CHN"],"minerals":[],"sources":["s"]}],
"sources":{"s":{"short":"S","title":"A source","publisher":"P","url":"https://example.org/s","date":""}}}`

func TestHostileCellsAreNeutralised(t *testing.T) {
	ds, err := dataset.Load([]byte(hostile))
	if err != nil {
		t.Fatal(err)
	}
	p, _ := Producers(ds, "gallium")
	ties, _ := Ties(ds, "USA", "")
	ev, _ := Events(ds, "CHN", "")
	for _, c := range []struct {
		name string
		tab  Table
		cell string
	}{
		{"producer country", p, "'=cmd|' /C calc'!A0"},
		{"tie counterpart", ties, "'=cmd|' /C calc'!A0"},
		{"event title", ev, "'+danger"},
	} {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, r := range parse(t, c.tab.CSV()) {
				for _, f := range r {
					if f == c.cell {
						found = true
					}
					if len(f) > 0 && strings.ContainsRune("=+@", rune(f[0])) {
						t.Errorf("cell %q starts with a formula character", f)
					}
				}
			}
			if !found {
				t.Errorf("no cell %q in %s", c.cell, c.tab.CSV())
			}
		})
	}
}

func TestProducersMatchTheDataset(t *testing.T) {
	ds := fixtures.Dataset(t)
	for _, m := range ds.Minerals {
		t.Run(m.ID, func(t *testing.T) {
			tab, err := Producers(ds, m.ID)
			if err != nil {
				t.Fatal(err)
			}
			recs := parse(t, tab.CSV())
			want := len(m.Producers) + 1
			if m.World == nil {
				want--
			}
			if len(recs) != want+1 {
				t.Fatalf("%d rows, want %d producers (+ world) + header", len(recs)-1, want)
			}
			for i, p := range m.Producers {
				r := recs[i+1]
				if r[2] != p.Country || r[6] != m.Unit {
					t.Errorf("row %d = %v, want %s in %s", i, r, p.Country, m.Unit)
				}
				if r[len(r)-2] == "" {
					t.Errorf("row %d has no sources", i)
				}
			}
		})
	}
	if _, err := Producers(ds, "unobtainium"); err == nil {
		t.Error("an unknown mineral gave no error")
	}
}

func TestTiesAndEvents(t *testing.T) {
	ds := fixtures.Dataset(t)
	for _, c := range []struct {
		code, at string
		want     []string // counterparts that must appear
	}{
		{"JPN", "", []string{"CHN", "USA"}},
		{"USA", "", []string{"CHN"}},
		{"USA", "2022-01-01", nil},
	} {
		t.Run(c.code+c.at, func(t *testing.T) {
			tab, err := Ties(ds, c.code, c.at)
			if err != nil {
				t.Fatal(err)
			}
			recs := parse(t, tab.CSV())
			seen := map[string]bool{}
			for _, r := range recs[1:] {
				seen[r[4]] = true
				if c.at != "" && r[0] > c.at {
					t.Errorf("tie dated %s after %s", r[0], c.at)
				}
			}
			for _, w := range c.want {
				if !seen[w] {
					t.Errorf("no tie with %s in %v", w, recs)
				}
			}
			ev, err := Events(ds, c.code, c.at)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range parse(t, ev.CSV())[1:] {
				if !strings.Contains(r[2], c.code) {
					t.Errorf("event %v does not name %s", r, c.code)
				}
			}
		})
	}
	if _, err := Ties(ds, "XXX", ""); err == nil {
		t.Error("an unknown country gave no error")
	}
	near, _ := Events(ds, "", "2025-10-09")
	if len(near.Rows) == 0 {
		t.Error("no events around 2025-10-09")
	}
}
