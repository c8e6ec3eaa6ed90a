package dataset

import (
	"errors"
	"paxsilica/internal/i18n"
	"strings"
	"testing"
)

// minimal is a small valid dataset; each case below breaks one thing.
const minimal = `{
  "version": "t", "asOf": "2026-02-20",
  "countries": [{"code": "CHN", "name": "China"}, {"code": "USA", "name": "United States"}, {"code": "QAT", "name": "Qatar"}],
  "organisations": [{"id": "eu", "name": "European Union"}],
  "sources": {"s1": {"short": "S", "title": "T", "publisher": "P", "url": "https://example.org/", "date": "2025-01-31"}},
  "blocs": [{"id": "pax-silica", "name": "Pax Silica", "sources": ["s1"], "members": [
    {"country": "QAT", "status": "signatory", "date": "2026-01-12", "dateMeaning": "signed", "sources": ["s1"]},
    {"organisation": "eu", "status": "guest", "date": "2025-12-12", "sources": ["s1"]}]}],
  "minerals": [{"id": "gallium", "name": "Gallium", "measure": "production", "unit": "kg", "stage": "mine production",
    "series": [{"year": 2024, "edition": "MCS 2025", "published": "2025-01-31", "world": 760000,
      "producers": [{"country": "CHN", "amount": 750000, "share": 98.7}, {"country": "USA", "amount": 1000}],
      "usNetImportReliance": "100%", "sources": ["s1"]}],
    "critical2025": true, "criticalSources": ["s1"], "sources": ["s1"]}],
  "ties": [
    {"type": "export-control", "from": "CHN", "to": "ALL", "title": "No. 23", "date": "2023-07-03", "minerals": ["gallium"], "sources": ["s1"]},
    {"type": "import", "from": "CHN", "to": "USA", "mineral": "gallium", "share": 23, "sources": ["s1"]}],
  "events": [{"date": "2026-01-12", "title": "Qatar signs", "type": "bloc", "countries": ["QAT"], "minerals": [], "sources": ["s1"]}]
}`

func TestMinimalIsValid(t *testing.T) {
	if _, err := Load([]byte(minimal)); err != nil {
		t.Fatalf("the minimal dataset fails: %v", err)
	}
}

// validationCases each break one rule of the minimal dataset: old is
// replaced by new, and Load must fail with want (path and reason).
var validationCases = []struct {
	name, old, new string
	want           string // the error, path and reason
}{
	{"invalid JSON", `"version": "t",`, `"version": "t",,`, "dataset: not valid JSON: invalid character ',' looking for beginning of object key string at line 2, column 18"},
	{"empty file", minimal, ``, "dataset: not valid JSON: the file is empty"},
	{"top level not an object", minimal, `[1]`, "dataset: must be an object, not an array"},
	{"missing field", `"version": "t", `, ``, "dataset: version: missing"},
	{"wrong type", `"year": 2024`, `"year": "2024"`, `dataset: minerals[0].series[0].year: must be a number, not a string`},
	{"unknown tie country", `"from": "CHN", "to": "USA"`, `"from": "XXA", "to": "USA"`, `dataset: ties[1].from: unknown country "XXA"`},
	{"unknown member country", `{"country": "QAT"`, `{"country": "QQQ"`, `dataset: blocs[0].members[0].country: unknown country "QQQ"`},
	{"unknown organisation", `"organisation": "eu"`, `"organisation": "un"`, `dataset: blocs[0].members[1].organisation: unknown organisation "un"`},
	{"member with both country and organisation", `{"organisation": "eu",`, `{"organisation": "eu", "country": "QAT",`, `dataset: blocs[0].members[1]: needs exactly one of country and organisation`},
	{"unknown mineral", `"minerals": ["gallium"]`, `"minerals": ["unobtainium"]`, `dataset: ties[0].minerals[0]: unknown mineral "unobtainium"`},
	{"unknown source", `"minerals": [], "sources": ["s1"]`, `"minerals": [], "sources": ["s9"]`, `dataset: events[0].sources[0]: unknown source "s9"`},
	{"no source", `"minerals": [], "sources": ["s1"]`, `"minerals": [], "sources": []`, `dataset: events[0].sources: every fact needs at least one source`},
	{"share above 100", `"share": 98.7`, `"share": 187`, `dataset: minerals[0].series[0].producers[0].share: share 187% is outside 0–100`},
	{"negative share", `"share": 23`, `"share": -1`, `dataset: ties[1].share: share -1% is outside 0–100`},
	{"shares sum above 100", `{"country": "USA", "amount": 1000}`, `{"country": "USA", "amount": 1000, "share": 5}`, `dataset: minerals[0].series[0].producers: shares sum to 103.7%, above 100%`},
	{"amount above world", `"amount": 750000`, `"amount": 800000`, `dataset: minerals[0].series[0].producers[0].amount: amount 800000 is more than the world total 760000`},
	{"unknown event type", `"type": "bloc", "countries"`, `"type": "summit", "countries"`, `dataset: events[0].type: unknown type "summit"`},
	{"bad date", `"date": "2026-01-12", "title"`, `"date": "12/01/2026", "title"`, `dataset: events[0].date: "12/01/2026" is not an ISO 8601 date`},
	{"impossible date", `"date": "2023-07-03"`, `"date": "2023-02-30"`, `dataset: ties[0].date: "2023-02-30" is not an ISO 8601 date`},
	{"bad asOf", `"asOf": "2026-02-20"`, `"asOf": "soon"`, `dataset: asOf: "soon" is not an ISO 8601 date`},
	{"bad country code", `{"code": "QAT"`, `{"code": "qa"`, `dataset: countries[2].code: "qa" is not an ISO 3166-1 alpha-3 code`},
	{"duplicate country", `{"code": "QAT", "name": "Qatar"}`, `{"code": "USA", "name": "Qatar"}`, `dataset: countries[2].code: country "USA" is listed twice`},
	{"unknown tie type", `"type": "import"`, `"type": "friendship"`, `dataset: ties[1].type: unknown tie type "friendship"`},
	{"unknown typed status", `"minerals": ["gallium"], "sources"`, `"minerals": ["gallium"], "status": "maybe", "sources"`, `dataset: ties[0].status: unknown status "maybe"`},
	{"typed suspension without end", `"minerals": ["gallium"], "sources"`, `"minerals": ["gallium"], "status": "suspended", "sources"`, `dataset: ties[0].suspendedUntil: missing`},
	{"suspended without end", `"minerals": ["gallium"], "sources"`, `"minerals": ["gallium"], "suspendedOn": "2025-11-09", "sources"`, `dataset: ties[0].suspension: missing: a suspension needs its end date`},
	{"suspension ends before it starts", `"minerals": ["gallium"], "sources"`, `"minerals": ["gallium"], "suspendedOn": "2025-11-09", "suspension": {"date": "2025-01-01"}, "sources"`, `dataset: ties[0].suspension.date: 2025-01-01 is before 2025-11-09`},
	{"part effective before announcement", `"minerals": ["gallium"], "sources"`, `"minerals": ["gallium"], "parts": [{"title": "a", "effective": "2020-01-01"}], "sources"`, `dataset: ties[0].parts[0].effective: 2020-01-01 is before the announcement (2023-07-03)`},
	{"bad part date", `"minerals": ["gallium"], "sources"`, `"minerals": ["gallium"], "parts": [{"title": "a"}, {"title": "b", "suspendedOn": "2025-13-01", "suspension": {"date": "2026"}}], "sources"`, `dataset: ties[0].parts[1].suspendedOn: "2025-13-01" is not an ISO 8601 date`},
	{"end without date", `"countries": ["QAT"],`, `"countries": ["QAT"], "ends": {"what": "deadline"},`, `dataset: events[0].ends.date: missing`},
	{"outcome without source", `"countries": ["QAT"],`, `"countries": ["QAT"], "ends": {"date": "2026-07-13", "outcome": "tariffs"},`, `dataset: events[0].ends.outcomeSources: an outcome needs a source`},
	{"unknown reason", `"minerals": [], "sources": ["s1"]`, `"minerals": [], "unconfirmed": true, "reasons": ["rumour"], "sources": ["s1"]`, `dataset: events[0].reasons[0]: unknown reason "rumour"`},
	{"reason without unconfirmed", `"minerals": [], "sources": ["s1"]`, `"minerals": [], "reasons": ["single-source"], "sources": ["s1"]`, `dataset: events[0].reasons: given, but unconfirmed is not true`},
	{"producer source", `{"country": "USA", "amount": 1000}`, `{"country": "USA", "amount": 1000, "sources": ["s8"]}`, `dataset: minerals[0].series[0].producers[1].sources[0]: unknown source "s8"`},
	{"producer with nothing", `{"country": "USA", "amount": 1000}`, `{"country": "USA"}`, `dataset: minerals[0].series[0].producers[1]: needs an amount, a share, reserves or "leading": true`},
	{"computed share without amount", `{"country": "USA", "amount": 1000}`, `{"country": "USA", "share": 0.1, "shareComputed": true}`, `dataset: minerals[0].series[0].producers[1].shareComputed: a computed share needs the share, the amount and the world total`},
	{"negative reserves", `{"country": "USA", "amount": 1000}`, `{"country": "USA", "reserves": -5}`, `dataset: minerals[0].series[0].producers[1].reserves: reserves -5 are negative`},
	{"figures at mineral level", `"critical2025": true,`, `"year": 2024, "critical2025": true,`, `dataset: minerals[0].year: is computed, not stored: with series[], the figures go in the series`},
	{"no series", `"series": [{`, `"seriez": [{`, `dataset: minerals[0].series: missing`},
	{"series twice", `"usNetImportReliance": "100%", "sources": ["s1"]}]`, `"usNetImportReliance": "100%", "sources": ["s1"]}, {"year": 2024, "edition": "MCS 2025", "published": "2025-01-31", "producers": [], "sources": ["s1"]}]`, `dataset: minerals[0].series[1]: 2024 in MCS 2025 is listed twice`},
	{"series without published", `"published": "2025-01-31", `, ``, `dataset: minerals[0].series[0].published: missing`},
	{"unknown measure", `"measure": "production"`, `"measure": "smelting"`, `dataset: minerals[0].measure: unknown measure "smelting"`},
	{"unknown scope", `"type": "import", "from": "CHN", "to": "USA", "mineral": "gallium", "share": 23,`, `"type": "agreement", "title": "x", "date": "2025-01-01", "scope": "vague", "from": "CHN", "to": "USA",`, `dataset: ties[1].scope: unknown scope "vague"`},
	{"bad import published", `"share": 23,`, `"share": 23, "published": "early 2026",`, `dataset: ties[1].published: "early 2026" is not an ISO 8601 date`},
	{"figure without source", `"share": 23,`, `"share": 23, "figures": [{"label": "a", "value": "b"}],`, `dataset: ties[1].figures[0].sources: every fact needs at least one source`},
	{"unknown membership status", `"status": "signatory"`, `"status": "friend"`, `dataset: blocs[0].members[0].status: unknown status "friend"`},
	{"javascript URL", `"url": "https://example.org/"`, `"url": "javascript:alert(1)"`, `dataset: sources.s1.url: "javascript:alert(1)" is not an http(s) URL`},
	{"bad import reliance", `"usNetImportReliance": "100%"`, `"usNetImportReliance": "lots"`, `dataset: minerals[0].series[0].usNetImportReliance: "lots" is not a percentage`},
	{"bad mineral id", `"id": "gallium"`, `"id": "Gallium!"`, `dataset: minerals[0].id: "Gallium!" is not a lower-case id`},
	{"critical without source", `"criticalSources": ["s1"], `, ``, `dataset: minerals[0].criticalSources: critical2025 needs a source`},
	{"unknown critical source", `"criticalSources": ["s1"]`, `"criticalSources": ["s7"]`, `dataset: minerals[0].criticalSources[0]: unknown source "s7"`},
	{"ALL only for export controls", `"from": "CHN", "to": "USA"`, `"from": "CHN", "to": "ALL"`, `dataset: ties[1].to: unknown country "ALL"`},
	{"unknown note source", `"criticalSources": ["s1"]`, `"criticalSources": ["s1"], "noteSources": ["s1", "s6"]`, `dataset: minerals[0].noteSources[1]: unknown source "s6"`},
	{"unknown outcome source", `"countries": ["QAT"],`, `"countries": ["QAT"], "ends": {"date": "2026-07-13", "outcome": "tariffs", "outcomeSources": ["s5"]},`, `dataset: events[0].ends.outcomeSources[0]: unknown source "s5"`},
}

func TestValidationRules(t *testing.T) {
	for _, tc := range validationCases {
		t.Run(tc.name, func(t *testing.T) {
			raw := strings.Replace(minimal, tc.old, tc.new, 1)
			if raw == minimal {
				t.Fatalf("the case does not change the dataset: %q not found", tc.old)
			}
			d, err := Load([]byte(raw))
			if err == nil {
				t.Fatalf("Load accepted it: %+v", d)
			}
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error %v is not Errors", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error:\n%v\nwant it to contain:\n%s", err, tc.want)
			}
		})
	}
}

func TestValidDate(t *testing.T) {
	for _, tc := range []struct {
		s  string
		ok bool
	}{
		{"2024", true}, {"2024-02", true}, {"2024-02-29", true}, {"2023-02-29", false},
		{"2024-13", false}, {"2024-00-10", false}, {"24-01-01", false}, {"2024-1-1", false}, {"", false},
	} {
		if got := ValidDate(tc.s); got != tc.ok {
			t.Errorf("ValidDate(%q) = %v, want %v", tc.s, got, tc.ok)
		}
	}
}

// TestFormat1 reads the one-year shorthand of format 1: figures at the
// mineral's top level, a producer without figures the leading one, a typed
// status agreeing with the dates.
func TestFormat1(t *testing.T) {
	raw := strings.NewReplacer(
		`"series": [{"year": 2024, "edition": "MCS 2025", "published": "2025-01-31", "world": 760000,`, `"year": 2024, "world": 760000,`,
		`"usNetImportReliance": "100%", "sources": ["s1"]}],`, `"usNetImportReliance": "100%",`,
		`{"country": "USA", "amount": 1000}`, `{"country": "USA"}`,
		`"minerals": ["gallium"], "sources"`, `"minerals": ["gallium"], "status": "suspended", "suspendedOn": "2025-11-09", "suspendedUntil": "2026-11-27", "sources"`,
	).Replace(minimal)
	d, err := Load([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	m := d.Minerals[0]
	if len(m.Series) != 1 || m.Year != 2024 || *m.World != 760000 || !m.Producers[1].Leading || m.USNetImportReliance != "100%" {
		t.Errorf("shorthand read as %+v", m)
	}
	if got := d.ControlStatus(i18n.English(), d.Ties[0], "2026-01-01"); !strings.HasPrefix(got, "suspended on 2025-11-09 until 2026-11-27") {
		t.Errorf("status %q", got)
	}
	r := d.Check("2026-02-20")
	var all []string
	for _, p := range r.Problems {
		all = append(all, p.String())
	}
	for _, w := range []string{"minerals[0].series[0]: the figures do not name their edition", "ties[0].status: typed by hand"} {
		if !strings.Contains(strings.Join(all, "\n"), w) {
			t.Errorf("check lacks %q: %q", w, all)
		}
	}
}

func TestRank(t *testing.T) {
	raw := strings.Replace(minimal, `{"country": "USA", "amount": 1000}`, `{"country": "USA", "amount": 1000}, {"country": "QAT", "amount": 1000}`, 1)
	d, err := Load([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	ranks := map[string]int{}
	for _, p := range d.Minerals[0].Series[0].Producers {
		ranks[p.Country] = p.Rank
	}
	if ranks["CHN"] != 1 || ranks["USA"] != 2 || ranks["QAT"] != 2 {
		t.Errorf("ranks %v, want CHN 1 and a shared 2nd", ranks)
	}
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte(minimal))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"countries": [1], "minerals": {"a": 1}, "ties": [{"type": "import"}]}`))
	f.Add([]byte(`{"sources": {"x": null}, "blocs": [{"members": [{}]}]}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := Load(raw) // must never panic
		if err == nil {
			// A dataset that loads must answer every profile without panicking.
			for _, c := range d.Countries {
				d.CountryProfile(i18n.English(), c.Code, c.Name, "2026-11-27", "gallium")
			}
			for i := range d.Minerals {
				d.MineralProfile(i18n.English(), &d.Minerals[i], "2025-01-01")
			}
		}
	})
}
