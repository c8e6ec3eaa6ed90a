package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
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
	p, _ := Producers(i18n.English(), ds, "gallium", "")
	ties, _ := Ties(i18n.English(), ds, "USA", "")
	ev, _ := Events(i18n.English(), ds, "CHN", "")
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
			tab, err := Producers(i18n.English(), ds, m.ID, "")
			if err != nil {
				t.Fatal(err)
			}
			m := m.At("")
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
	if _, err := Producers(i18n.English(), ds, "unobtainium", ""); err == nil {
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
			tab, err := Ties(i18n.English(), ds, c.code, c.at)
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
			ev, err := Events(i18n.English(), ds, c.code, c.at)
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
	if _, err := Ties(i18n.English(), ds, "XXX", ""); err == nil {
		t.Error("an unknown country gave no error")
	}
	near, _ := Events(i18n.English(), ds, "", "2025-10-09")
	if len(near.Rows) == 0 {
		t.Error("no events around 2025-10-09")
	}
}

// TestProducersFollowTheDate: the table (and the CSV) of a date holds the
// figures of the year and edition that apply then, as the map does.
func TestProducersFollowTheDate(t *testing.T) {
	ds := fixtures.Dataset(t)
	for _, c := range []struct {
		name, mineral, at string
		year, edition     string // in every row
		caption           string // in the caption
		china             string // China's share cell ("" to skip)
	}{
		{"latest", "gallium", "", "2025", "USGS MCS 2026", "2025, USGS MCS 2026", ""},
		{"today", "gallium", "2026-11-28", "2025", "USGS MCS 2026", "2025, USGS MCS 2026", ""},
		{"before MCS 2026", "gallium", "2025-06-01", "2024", "USGS MCS 2025", "2024, USGS MCS 2025", "98.7"},
		{"the day before MCS 2026", "cobalt", "2026-02-05", "2024", "USGS MCS 2025", "2024, USGS MCS 2025", ""},
		{"the day of MCS 2026", "cobalt", "2026-02-06", "2025", "USGS MCS 2026", "2025, USGS MCS 2026", ""},
		{"before any edition", "gallium", "2024-01-01", "2024", "USGS MCS 2025", "after 2024-01-01: the best figure known", ""},
		{"one edition only", "tungsten", "2026-06-01", "2024", "USGS MCS 2025", "2024, USGS MCS 2025", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			tab, err := Producers(i18n.English(), ds, c.mineral, c.at)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(tab.Caption, c.caption) {
				t.Errorf("caption %q lacks %q", tab.Caption, c.caption)
			}
			m, _ := ds.Mineral(c.mineral)
			se := m.SeriesAt(c.at)
			if len(tab.Rows) != len(se.Producers) || len(tab.Rows) == 0 {
				t.Fatalf("%d rows, want the %d producers of %s", len(tab.Rows), len(se.Producers), se.Source())
			}
			for _, r := range append(tab.Rows, tab.Foot...) {
				if r[7] != c.year || r[9] != c.edition {
					t.Errorf("row %v: year %q edition %q, want %s, %s", r[:11], r[7], r[9], c.year, c.edition)
				}
			}
			if c.china != "" && (tab.Rows[0][2] != "CHN" || tab.Rows[0][3] != c.china) {
				t.Errorf("first row %v, want China at %s%%", tab.Rows[0][:5], c.china)
			}
		})
	}
}

// TestTiesImportsFollowTheDate: a country's import shares are those of the
// edition that applies at the date, never two editions at once.
func TestTiesImportsFollowTheDate(t *testing.T) {
	ds := fixtures.Dataset(t)
	count := func(at, mineral string) (n int) {
		tab, err := Ties(i18n.English(), ds, "USA", at)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range tab.Rows {
			if r[1] == dataset.Import && r[5] == mineral {
				n++
			}
		}
		return n
	}
	for _, c := range []struct {
		at, mineral string
		want        int
	}{
		{"2025-06-01", "germanium", 3},
		{"2025-06-01", "gallium", 4}, // the earliest edition, before it was published
		{"", "gallium", 4},
		{"", "germanium", 3},
	} {
		if got := count(c.at, c.mineral); got != c.want {
			t.Errorf("at %q: %d %s import rows, want %d", c.at, got, c.mineral, c.want)
		}
	}
	// Rare earths have three editions of China's share: one row at any date.
	for _, at := range []string{"2025-06-01", "2026-01-09", "2026-01-20", ""} {
		tab, _ := Ties(i18n.English(), ds, "USA", at)
		n := 0
		for _, r := range tab.Rows {
			if r[1] == dataset.Import && r[5] == "rare-earths" && r[4] == "CHN" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("at %q: %d rows of China's share of US rare-earth imports, want 1", at, n)
		}
	}
}

func TestAllHoldsEverySeries(t *testing.T) {
	ds := fixtures.Dataset(t)
	var producers Table
	for _, tab := range All(ds) {
		if tab.Name == "producers.csv" {
			producers = tab
		}
	}
	want := 0
	for _, m := range ds.Minerals {
		for _, se := range m.Series {
			want += len(se.Producers)
			if se.World != nil || se.WorldReserves != nil {
				want++
			}
		}
	}
	if len(producers.Rows) != want || want == 0 {
		t.Errorf("producers.csv has %d rows, want %d (every series' producers and world totals)", len(producers.Rows), want)
	}
	seen := map[string]bool{}
	for _, r := range producers.Rows {
		if r[0] == "gallium" {
			seen[r[8]+" "+r[10]] = true
		}
	}
	for _, k := range []string{"2024 USGS MCS 2025", "2024 USGS MCS 2026", "2025 USGS MCS 2026"} {
		if !seen[k] {
			t.Errorf("producers.csv has no gallium rows for %s (has %v)", k, seen)
		}
	}
}
