package export

import (
	"bytes"
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
