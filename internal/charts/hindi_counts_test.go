package charts

import (
	"testing"

	"paxsilica/internal/kit/fixtures"
)

// TestHindiCountLabels: the words after a count agree with it in Hindi
// (1 समझौता, 2 समझौते) and none reads as many (0 समझौते); English keeps
// its one form.
func TestHindiCountLabels(t *testing.T) {
	d := fixtures.Dataset(t)
	hi, en := fixtures.Catalog(t, "hi"), fixtures.Catalog(t, "en")
	for _, tc := range []struct {
		loc        string
		code, kind string
		want       string
	}{
		{"hi", "JPN", CountUSAgreements, "1 अमेरिका के साथ समझौता"},
		{"hi", "IND", CountUSAgreements, "0 अमेरिका के साथ समझौते"},
		{"hi", "USA", CountPartnerDeals, "26 साझेदारों के साथ समझौते"},
		{"en", "JPN", CountUSAgreements, "1 US agreements"},
	} {
		loc := hi
		if tc.loc == "en" {
			loc = en
		}
		s := CountrySummary(loc, d, tc.code, "2026-11-28")
		got := ""
		for _, c := range s.Counts {
			if c.Kind == tc.kind {
				got = loc.Int(c.N) + " " + c.Label
			}
		}
		if got != tc.want {
			t.Errorf("%s %s %s: %q, want %q", tc.loc, tc.code, tc.kind, got, tc.want)
		}
	}
}
