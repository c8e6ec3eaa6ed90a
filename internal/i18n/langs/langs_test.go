package langs

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"paxsilica/internal/i18n"
)

// TestEveryKeyInEveryLanguage fails when a language lacks a key English has,
// or has one English lacks (a renamed or removed key left behind).
func TestEveryKeyInEveryLanguage(t *testing.T) {
	en := i18n.English()
	for _, tag := range Tags() {
		c, ok := Get(tag, nil)
		if !ok {
			t.Fatalf("Get(%q) not ok", tag)
		}
		for _, k := range slices.Sorted(maps.Keys(en.Msgs)) {
			if !c.Has(k) {
				t.Errorf("%s lacks %q (English: %q)", tag, k, en.T(k))
			}
		}
		for _, k := range slices.Sorted(maps.Keys(c.Msgs)) {
			if !en.Has(k) {
				t.Errorf("%s has %q, which English lacks", tag, k)
			}
		}
		if !i18n.Supported(tag) {
			t.Errorf("%s is built but not in i18n.Languages", tag)
		}
	}
	for _, l := range i18n.Languages {
		if _, ok := Get(l.Tag, nil); !ok {
			t.Errorf("i18n.Languages offers %s, which langs cannot build", l.Tag)
		}
	}
}

// TestPlaceholdersMatch fails when a translation drops or invents a {name}.
func TestPlaceholdersMatch(t *testing.T) {
	en := i18n.English()
	for _, tag := range Tags() {
		c, _ := Get(tag, nil)
		for k, tmpl := range c.Msgs {
			if want, got := placeholders(en.T(k)), placeholders(tmpl); !slices.Equal(want, got) {
				t.Errorf("%s %q: placeholders %v, English has %v", tag, k, got, want)
			}
		}
	}
}

func placeholders(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			break
		}
		out = append(out, s[i+1:i+j])
		s = s[i+j+1:]
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestRoundTrip: what Encode writes, i18n.Parse reads back the same.
func TestRoundTrip(t *testing.T) {
	c, _ := Get("hi", []string{"IND", "USA", "CHN"})
	data, err := Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	back, err := i18n.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ got, want string }{
		{back.Country("IND", "India"), c.Country("IND", "India")},
		{back.Number(1234567), "12,34,567"},
		{back.Date("2026-02-20"), "20 फ़रवरी 2026"},
		{back.T("lang.fallback"), c.T("lang.fallback")},
		{back.Tag + back.Dir, "hiltr"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// TestHindiCountryNamesFromCLDR checks a few names against CLDR's hi
// territories, as golang.org/x/text ships them.
func TestHindiCountryNamesFromCLDR(t *testing.T) {
	c, _ := Get("hi", []string{"IND", "CHN", "USA", "JPN", "XXX"})
	for _, tc := range []struct{ code, want string }{
		{"IND", "भारत"}, {"CHN", "चीन"}, {"JPN", "जापान"}, {"XXX", "Nowhere"},
	} {
		if got := c.Country(tc.code, "Nowhere"); got != tc.want {
			t.Errorf("Country(%s) = %q, want %q", tc.code, got, tc.want)
		}
	}
}

// TestNumbersAsCLDR compares the catalogs' grouping with CLDR's, as
// golang.org/x/text/message formats integers for the same language.
func TestNumbersAsCLDR(t *testing.T) {
	for _, l := range i18n.Languages {
		c, _ := Get(l.Tag, nil)
		p := message.NewPrinter(language.MustParse(l.Tag))
		for _, n := range []int{0, 7, 999, 1000, 12345, 123456, 1234567, 987654321, -1234567} {
			if got, want := c.Int(n), p.Sprintf("%d", n); got != want {
				t.Errorf("%s: Int(%d) = %q, CLDR %q", l.Tag, n, got, want)
			}
		}
	}
}
