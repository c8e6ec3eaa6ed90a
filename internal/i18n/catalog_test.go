package i18n

import "testing"

func hindiLike() *Catalog {
	return (&Catalog{Tag: "hi", Dir: "ltr", Grouping: [2]int{3, 2}, Plural: OneIsZeroOrOne,
		Months:      []string{"m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "m12"},
		DatePattern: "{d} {month} {y}",
		Msgs:        map[string]string{"x.one": "{n} चीज़", "x.other": "{n} चीज़ें", "greet": "नमस्ते {who}"},
	}).With()
}

func TestNumbers(t *testing.T) {
	en, hi := English(), hindiLike()
	for _, tc := range []struct {
		v      float64
		en, hi string
	}{
		{0, "0", "0"}, {999, "999", "999"}, {1000, "1,000", "1,000"}, {750000, "750,000", "7,50,000"},
		{1234567.89, "1,234,567.9", "12,34,567.9"}, {141.2, "141.2", "141.2"}, {-98765, "-98,765", "-98,765"},
		{0.05, "0.1", "0.1"}, {12.25, "12.2", "12.2"},
	} {
		if got := en.Number(tc.v); got != tc.en {
			t.Errorf("en Number(%v) = %q, want %q", tc.v, got, tc.en)
		}
		if got := hi.Number(tc.v); got != tc.hi {
			t.Errorf("hi Number(%v) = %q, want %q", tc.v, got, tc.hi)
		}
	}
	if got := hi.Percent(98.7); got != "98.7%" {
		t.Errorf("Percent = %q", got)
	}
}

func TestDates(t *testing.T) {
	en, hi := English(), hindiLike()
	for _, tc := range []struct{ in, en, hi string }{
		{"2026-02-20", "2026-02-20", "20 m2 2026"},
		{"2025-12", "2025-12", "m12 2025"},
		{"2024", "2024", "2024"},
		{"2026-13-01", "2026-13-01", "2026-13-01"},
		{"soon", "soon", "soon"},
		{"", "", ""},
	} {
		if got := en.Date(tc.in); got != tc.en {
			t.Errorf("en Date(%q) = %q, want %q", tc.in, got, tc.en)
		}
		if got := hi.Date(tc.in); got != tc.hi {
			t.Errorf("hi Date(%q) = %q, want %q", tc.in, got, tc.hi)
		}
	}
}

func TestTemplates(t *testing.T) {
	hi := hindiLike()
	for _, tc := range []struct{ got, want string }{
		{hi.F("greet", "who", "दुनिया"), "नमस्ते दुनिया"},
		{hi.F("greet"), "नमस्ते {who}"},
		{hi.N("x", 0), "0 चीज़"},
		{hi.N("x", 1), "1 चीज़"},
		{hi.N("x", 100000), "1,00,000 चीज़ें"},
		{hi.T("no.such.key"), "no.such.key"},
		{Fill("{a} and {b}", "a", "1", "b", "2"), "1 and 2"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	if hi.T("lang.fallback") != English().T("lang.fallback") {
		t.Errorf("a key Hindi lacks should read as English")
	}
	if hi.Country("IND", "India") != "India" {
		t.Errorf("a country without a name should keep the English one")
	}
}

func TestParseRefuses(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"not JSON", `{"tag":`},
		{"unknown tag", `{"tag":"xx","dir":"ltr"}`},
		{"bad dir", `{"tag":"hi","dir":"up"}`},
		{"eleven months", `{"tag":"hi","dir":"ltr","months":["1","2","3","4","5","6","7","8","9","10","11"]}`},
	} {
		if _, err := Parse([]byte(tc.in)); err == nil {
			t.Errorf("%s: Parse accepted %s", tc.name, tc.in)
		}
	}
}

func TestDigits(t *testing.T) {
	en, hi := English(), hindiLike()
	for _, tc := range []struct{ in, en, hi string }{
		{"750000", "750,000", "7,50,000"}, {"1234567.25", "1,234,567.25", "12,34,567.25"},
		{"98.75", "98.75", "98.75"}, {"-12345", "-12,345", "-12,345"}, {"", "", ""},
		{"more than 5", "more than 5", "more than 5"}, {"1.2.3", "1.2.3", "1.2.3"}, {"-", "-", "-"}, {"5.", "5.", "5."},
	} {
		if got := en.Digits(tc.in); got != tc.en {
			t.Errorf("en Digits(%q) = %q, want %q", tc.in, got, tc.en)
		}
		if got := hi.Digits(tc.in); got != tc.hi {
			t.Errorf("hi Digits(%q) = %q, want %q", tc.in, got, tc.hi)
		}
	}
}
