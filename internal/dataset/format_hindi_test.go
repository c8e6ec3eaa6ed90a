package dataset_test

import (
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/kit/fixtures"
)

// The words format.go composes, in English as before and in Hindi.
func TestFormatByLanguage(t *testing.T) {
	en, hi := i18n.English(), fixtures.Catalog(t, "hi")
	cite := dataset.Cite{Unconfirmed: true, Reasons: []string{dataset.ReasonSingleSource, dataset.ReasonContested}}
	for _, tc := range []struct {
		name, en, hi string
		say          func(*i18n.Catalog) string
	}{
		{"first", "1st", "पहला", func(l *i18n.Catalog) string { return dataset.Ordinal(l, 1) }},
		{"sixth", "6th", "छठा", func(l *i18n.Catalog) string { return dataset.Ordinal(l, 6) }},
		{"twenty-first", "21st", "21वाँ", func(l *i18n.Catalog) string { return dataset.Ordinal(l, 21) }},
		{"and-list", "Russia, Japan and India", "Russia, Japan और India", func(l *i18n.Catalog) string { return dataset.AndList(l, []string{"Russia", "Japan", "India"}) }},
		{"two", "a and b", "a और b", func(l *i18n.Catalog) string { return dataset.AndList(l, []string{"a", "b"}) }},
		{"status", "founding signatory", "संस्थापक हस्ताक्षरकर्ता", func(l *i18n.Catalog) string { return dataset.StatusLabel(l, dataset.FoundingSignatory) }},
		{"self", "", "", func(l *i18n.Catalog) string { return dataset.StatusLabel(l, dataset.Self) }},
		{"unknown status", "observer", "observer", func(l *i18n.Catalog) string { return dataset.StatusLabel(l, "observer") }},
		{"unconfirmed", "unconfirmed: single source, contested", "अपुष्ट: केवल एक स्रोत, विवादित", func(l *i18n.Catalog) string { return dataset.Unconfirmed(l, cite) }},
		{"share", "about 80% (computed from USGS tonnage)", "लगभग 80% (USGS के टन आँकड़ों से गणना)", func(l *i18n.Catalog) string {
			return dataset.ShareText(l, 80, dataset.Producer{Approximate: true}, true)
		}},
		{"tiny share", "less than 0.1%", "0.1% से कम", func(l *i18n.Catalog) string { return dataset.ShareText(l, 0.01, dataset.Producer{}, false) }},
		{"source tip", "Report — gulfnews.com, 2026-01-13. Not linked: only the outlet is named", "Report — gulfnews.com, 13 जनवरी 2026। लिंक नहीं: only the outlet is named", func(l *i18n.Catalog) string {
			return dataset.Source{Title: "Report", Publisher: "gulfnews.com", Date: "2026-01-13", NotLinked: "only the outlet is named"}.TipIn(l)
		}},
	} {
		if got := tc.say(en); got != tc.en {
			t.Errorf("%s in English: %q, want %q", tc.name, got, tc.en)
		}
		if got := tc.say(hi); got != tc.hi {
			t.Errorf("%s in Hindi: %q, want %q", tc.name, got, tc.hi)
		}
	}
}

// An end date with what it means, before and after it passed, in Hindi.
func TestEndTextInHindi(t *testing.T) {
	d, hi := fixtures.Dataset(t), fixtures.Catalog(t, "hi")
	e := &dataset.End{What: "deadline for agreements", Date: "2026-07-13"}
	if got, want := d.EndText(hi, e, "2026-07-01"), "समझौतों की समय-सीमा 13 जुलाई 2026"; got != want {
		t.Errorf("before: %q, want %q", got, want)
	}
	if got, want := d.EndText(hi, e, "2026-08-01"), "समझौतों की समय-सीमा 13 जुलाई 2026: वह तारीख़ बीत चुकी है, और उसके बाद क्या हुआ, यह इस डेटासेट में दर्ज नहीं है (28 नवंबर 2026 तक)"; got != want {
		t.Errorf("after: %q, want %q", got, want)
	}
}
