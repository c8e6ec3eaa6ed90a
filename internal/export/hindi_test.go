package export

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"paxsilica/internal/i18n"
	"paxsilica/internal/kit/fixtures"
)

// TestTablesInHindi: in Hindi the table view's captions and column names
// are Hindi, while the CSV of the same table is byte for byte the English
// one (machine-readable in every language).
func TestTablesInHindi(t *testing.T) {
	ds := fixtures.Dataset(t)
	hi := fixtures.Catalog(t, "hi")
	en := i18n.English()
	hp, _ := Producers(hi, ds, "gallium", "2026-01-10")
	ep, _ := Producers(en, ds, "gallium", "2026-01-10")
	ht, _ := Ties(hi, ds, "USA", "")
	he, _ := Events(hi, ds, "", "2026-02-20")
	for _, c := range []struct{ got, want string }{
		{hp.Caption, "गैलियम (निम्न-शुद्धता प्राथमिक उत्पादन) के उत्पादक, 2024, USGS MCS 2025: विश्व उत्पादन में हिस्सेदारी और मात्रा (किलोग्राम में)"},
		{hp.Heading(1), "देश"},
		{hp.Heading(3), "हिस्सेदारी (विश्व उत्पादन का %)"},
		{ep.Heading(3), "Share (% of world output)"},
		{ht.Caption, "संयुक्त राज्य के संबंध, नवीनतम (28 नवंबर 2026 तक का डेटासेट)"},
		{he.Caption, "20 फ़रवरी 2026 के आसपास की घटनाएँ"},
		{Status(hi, hp, Sort{Col: 3, Desc: true}), hp.Caption + ": हिस्सेदारी (विश्व उत्पादन का %) के अनुसार, अवरोही क्रम में क्रमबद्ध।"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	if !bytes.Equal(hp.CSV(), ep.CSV()) || !strings.HasPrefix(string(hp.CSV()), "Rank,Country,ISO code,") {
		t.Errorf("the Hindi table's CSV differs from the English one:\n%.200s", hp.CSV())
	}
	if len(hp.Headings) != len(hp.Header) {
		t.Errorf("%d headings for %d columns", len(hp.Headings), len(hp.Header))
	}
	for i, h := range hp.Headings {
		if h == hp.Header[i] && h != "ISO" {
			t.Errorf("column %d (%q) has no Hindi name", i, h)
		}
	}
}

// TestCellsInHindi: the table view shows a Hindi reader's cells in Hindi
// (country names from CLDR, units and stages from the glossary, Indian
// grouping, bases, types, statuses and yes/no from the catalog) while the
// rows, the CSV and the sort keep the machine English; the source's words
// stay English, quoted. In English the view shows the rows themselves.
func TestCellsInHindi(t *testing.T) {
	ds := fixtures.Dataset(t)
	hi := fixtures.Catalog(t, "hi")
	en := i18n.English()
	hp, _ := Producers(hi, ds, "gallium", "")
	ep, _ := Producers(en, ds, "gallium", "")
	ht, _ := Ties(hi, ds, "CHN", "")
	he, _ := Events(hi, ds, "", "2026-02-20")
	// row finds the first row of tb whose column col holds v and returns
	// its cells as shown.
	row := func(tb Table, col int, v string) []Cell {
		t.Helper()
		for k, r := range tb.Rows {
			if r[col] == v {
				return tb.Cells(k, false)
			}
		}
		t.Fatalf("%s: no row with %q in column %d", tb.Name, v, col)
		return nil
	}
	china := row(hp, 2, "CHN")
	control := row(ht, 1, "export-control")
	event := he.Cells(0, false)
	for _, c := range []struct {
		what       string
		got        Cell
		want       string
		quoted     bool
		notEnglish string // the English the cell must not show
	}{
		{"country", china[1], "चीन", false, "China"},
		{"share", china[3], "100", false, ""},
		{"quantity, Indian grouping", china[5], "9,00,000", false, "900000"},
		{"unit", china[6], "किलोग्राम", false, "kg"},
		{"stage", china[8], "निम्न-शुद्धता प्राथमिक उत्पादन", false, "low-purity primary production"},
		{"share basis", china[4], "USGS के टन-आँकड़ों से गणना: मात्रा ÷ विश्व का कुल उत्पादन", false, basisComputed},
		{"edition (the source's)", china[9], "USGS MCS 2026", true, ""},
		{"unconfirmed", china[11], "हाँ", false, "yes"},
		{"world total", hp.Cells(0, true)[1], "विश्व", false, "World"},
		{"type", control[1], "निर्यात नियंत्रण", false, "export-control"},
		{"direction", control[2], "जावक", false, "to"},
		{"status", control[7], "लागू", false, "in force"},
		{"date", control[0], "3 जुलाई 2023", false, "2023-07-03"},
		{"event date", event[0], "4 फ़रवरी 2026", false, ""},
		{"event title (the source's)", event[1], he.Rows[0][1], true, ""},
	} {
		if c.got.Text != c.want {
			t.Errorf("%s: shows %q, want %q", c.what, c.got.Text, c.want)
		}
		if q := slices.ContainsFunc(c.got.Quoted, func(q string) bool { return strings.Contains(c.got.Text, q) }); q != c.quoted {
			t.Errorf("%s: quoted %v, want %v", c.what, c.got.Quoted, c.quoted)
		}
		if c.notEnglish != "" && strings.Contains(c.got.Text, c.notEnglish) {
			t.Errorf("%s: %q still says %q", c.what, c.got.Text, c.notEnglish)
		}
	}
	if !bytes.Equal(hp.CSV(), ep.CSV()) {
		t.Errorf("the Hindi table's CSV differs from the English one")
	}
	// The scenario's footer: its note is the table's own words, in Hindi.
	hs, err1 := Scenario(hi, ds, "gallium", "USA", "")
	es, err2 := Scenario(en, ds, "gallium", "USA", "")
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if !bytes.Equal(hs.CSV(), es.CSV()) {
		t.Errorf("the Hindi scenario's CSV differs from the English one")
	}
	foot := hs.Cells(0, true)
	if got := foot[0].Text + " | " + foot[15].Text; !strings.HasPrefix(got, "आपूर्ति से कटे देशों के लिए उपलब्ध | बाक़ी उत्पादकों का उत्पादन:") ||
		!strings.Contains(got, "आज 10,000; चीन के बिना 5,556") || strings.Contains(got, "Top three") {
		t.Errorf("the scenario's footer shows %q", got)
	}
	// A partial status quotes the announcements and parts it names.
	found := false
	for k, r := range ht.Rows {
		if r[0] == "2024-12-03" && r[1] == "export-control" {
			found = true
			st := ht.Cells(k, false)[7]
			if !strings.HasPrefix(st.Text, "आंशिक रूप से लागू") || !slices.Contains(st.Quoted, "Announcement No. 72 [2025]") {
				t.Errorf("the status of the 2024-12-03 control shows %q, quoting %q", st.Text, st.Quoted)
			}
		}
	}
	if !found {
		t.Error("no export control of 2024-12-03 among China's ties")
	}
	if ep.Shown != nil || ep.ShownFoot != nil {
		t.Errorf("the English table has shown cells: the view must show its rows")
	}
	for k, r := range ep.Rows {
		for i, c := range ep.Cells(k, false) {
			if c.Text != r[i] || c.Quoted != nil {
				t.Errorf("English row %d column %d shows %+v, not %q", k, i, c, r[i])
			}
		}
	}
	// Sorting compares the values and moves each row's shown cells with it.
	s := hp.Sorted(5, false)
	for k, r := range s.Rows {
		if got, want := s.Cells(k, false)[1].Text, hi.Country(r[2], r[1]); got != want {
			t.Errorf("sorted row %d (%s) shows %q, want %q", k, r[2], got, want)
		}
		if k > 0 && compareCells(s.Rows[k-1][5], r[5]) > 0 {
			t.Errorf("sorted by quantity: %s before %s", s.Rows[k-1][5], r[5])
		}
	}
}
