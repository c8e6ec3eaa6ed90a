package dataset

import (
	"strings"
	"testing"
)

// checked is the minimal dataset with the parts Check looks at: a computed
// share, a suspension and a deadline.
var checked = strings.NewReplacer(
	`{"country": "USA", "amount": 1000}`, `{"country": "USA", "amount": 1000, "share": 0.1, "shareComputed": true}`,
	`"minerals": ["gallium"], "sources": ["s1"]}`, `"minerals": ["gallium"], "suspendedOn": "2025-11-09", "suspension": {"date": "2026-11-27", "notFoundAsOf": "2026-11-28"}, "sources": ["s1"]}`,
	`"countries": ["QAT"],`, `"countries": ["QAT"], "ends": {"date": "2026-07-13", "what": "deadline", "notFoundAsOf": "2026-11-28"},`,
	`"url": "https://example.org/", `, `"url": "https://example.org/a/article", `,
).Replace(minimal)

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		name, old, new, today string
		want                  string // a problem, "" for none
	}{
		{"clean", "", "", "2026-11-28", ""},
		{"computed share off", `"share": 0.1, "shareComputed": true`, `"share": 0.2, "shareComputed": true`, "2026-11-28",
			"minerals[0].series[0].producers[1].share: computed share 0.2% does not match 1000 ÷ 760000 = 0.132%"},
		{"computed share within rounding", `"share": 98.7`, `"share": 98.7, "shareComputed": true`, "2026-11-28", ""},
		{"computed share past rounding", `"share": 98.7`, `"share": 98.6, "shareComputed": true`, "2026-11-28",
			"minerals[0].series[0].producers[0].share: computed share 98.6% does not match"},
		{"bare home page", `"url": "https://example.org/a/article", `, `"url": "https://example.org/", `, "2026-11-28",
			`sources.s1.url: "https://example.org/" is an outlet's home page`},
		{"home page with a note", `"url": "https://example.org/a/article", `, `"url": "https://example.org/", "notLinked": "only the outlet is named", `, "2026-11-28", ""},
		{"source without date", `, "date": "2025-01-31"}`, `}`, "2026-11-28", "sources.s1.date: missing"},
		{"source with a date note", `, "date": "2025-01-31"}`, `, "dateNote": "undated page"}`, "2026-11-28", ""},
		{"suspension stale", `"notFoundAsOf": "2026-11-28"}, "sources"`, `"notFoundAsOf": "2026-11-01"}, "sources"`, "2026-11-28",
			"ties[0].suspension: ends 2026-11-27 has passed by 2026-11-28"},
		{"suspension not yet over", `"notFoundAsOf": "2026-11-28"}, "sources"`, `"notFoundAsOf": "2026-11-01"}, "sources"`, "2026-11-27", ""},
		{"suspension with an outcome", `"notFoundAsOf": "2026-11-28"}, "sources"`, `"outcome": "extended", "outcomeSources": ["s1"]}, "sources"`, "2026-12-31", ""},
		{"deadline never searched", `"what": "deadline", "notFoundAsOf": "2026-11-28"}`, `"what": "deadline"}`, "2026-07-14",
			"events[0].ends: deadline 2026-07-13 has passed by 2026-07-14"},
		{"event without type", `"type": "bloc", "countries"`, `"countries"`, "2026-11-28", "events[0].type: missing: say what kind of event it is"},
		{"as of in the future", `"asOf": "2026-02-20"`, `"asOf": "2027-01-01"`, "2026-11-28", "asOf: 2027-01-01 is after today"},
		{"unconfirmed without reason", `"minerals": [], "sources": ["s1"]`, `"minerals": [], "unconfirmed": true, "sources": ["s1"]`, "2026-11-28", "events[0].reasons: missing: say why it is unconfirmed"},
		{"producer without reason", `{"country": "USA", "amount": 1000,`, `{"country": "USA", "amount": 1000, "unconfirmed": true,`, "2026-11-28", "minerals[0].series[0].producers[1].reasons: missing"},
		{"source neither linked nor noted", `"url": "https://example.org/a/article", `, `"url": "", `, "2026-11-28", "sources.s1.url: missing: give the article's address, or say in notLinked why there is none"},
		{"source not linked, with a note", `"url": "https://example.org/a/article", `, `"url": "", "notLinked": "a filing", `, "2026-11-28", ""},
		{"status typed by hand", `"title": "No. 23",`, `"title": "No. 23", "status": "in-force",`, "2026-11-28", "ties[0].status: typed by hand"},
		{"stage not said", `"measure": "production", `, ``, "2026-11-28", "minerals[0].measure: missing"},
		{"dead source", `"sources": {`, `"sources": {"s0": {"short": "x", "title": "x", "publisher": "x", "url": "https://example.org/x", "date": "2025"}, `, "2026-11-28", "sources.s0: cited by nothing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw := strings.Replace(checked, tc.old, tc.new, 1)
			if tc.old != "" && raw == checked {
				t.Fatalf("the case does not change the dataset: %q not found", tc.old)
			}
			d, err := Load([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			r := d.Check(tc.today)
			var got []string
			for _, p := range r.Problems {
				got = append(got, p.String())
			}
			all := strings.Join(got, "\n")
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("problems found:\n%s", all)
			case tc.want != "" && !strings.Contains(all, tc.want):
				t.Errorf("problems:\n%s\nwant one containing %q", all, tc.want)
			}
		})
	}
}

// TestShippedDatasetChecks: the shipped dataset passes the maintainer's
// check at its own date (deterministic: not today's).
func TestShippedDatasetChecks(t *testing.T) {
	d := shipped(t)
	r := d.Check(d.AsOf)
	for _, p := range r.Problems {
		t.Error(p)
	}
	if r.ComputedShares < 20 || r.Figures < 200 || len(r.Passed) < 5 {
		t.Errorf("checked %d figures, %d computed shares, %d passed ends: fewer than the dataset holds", r.Figures, r.ComputedShares, len(r.Passed))
	}
}

// TestCheckCountsNotLinked: the report says how many sources are named but
// not linked, and how many of those point at a home page or nowhere.
func TestCheckCountsNotLinked(t *testing.T) {
	raw := strings.Replace(checked, `"sources": {`, `"sources": {"s2": {"short": "x", "title": "x", "publisher": "x", "url": "https://example.org/", "date": "2025", "notLinked": "only the outlet"}, "s3": {"short": "y", "title": "y", "publisher": "y", "url": "", "date": "2025", "notLinked": "a filing"}, `, 1)
	raw = strings.Replace(raw, `"minerals": [], "sources": ["s1"]`, `"minerals": [], "sources": ["s1", "s2", "s3"]`, 1)
	d, err := Load([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	r := d.Check("2026-11-28")
	if len(r.Problems) > 0 || r.Sources != 3 || r.NotLinked != 2 || r.NotLinkedHome != 1 || r.NotLinkedNone != 1 {
		t.Errorf("problems %v; %d sources, %d not linked (%d home pages, %d without address); want 3, 2 (1, 1)",
			r.Problems, r.Sources, r.NotLinked, r.NotLinkedHome, r.NotLinkedNone)
	}
}

func TestHalfUnit(t *testing.T) {
	for v, want := range map[float64]float64{79.4: 0.05, 69: 0.5, 0.13: 0.005} {
		if got := halfUnit(v); got < want-1e-12 || got > want+1e-12 {
			t.Errorf("halfUnit(%v) = %v, want %v", v, got, want)
		}
	}
}
