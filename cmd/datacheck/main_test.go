package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// broken writes the shipped dataset with old replaced by new into dir,
// failing when old is not in it (the case would test nothing).
func broken(t *testing.T, raw []byte, dir, name, old, new string) string {
	t.Helper()
	bad := bytes.Replace(raw, []byte(old), []byte(new), 1)
	if bytes.Equal(bad, raw) {
		t.Fatalf("%s: %q is not in the shipped dataset", name, old)
	}
	p := filepath.Join(dir, name+".json")
	if err := os.WriteFile(p, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRun: the shipped dataset passes; each rule fails on a fixture that
// breaks it, naming the JSON path; bad arguments are refused.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	const shipped = "../../data/dataset.json"
	raw, err := os.ReadFile(shipped)
	if err != nil {
		t.Fatal(err)
	}
	const stale = `"suspension": {"date": "2026-11-27", "what": "suspension until", "notFoundAsOf": "2026-11-28"}`
	var (
		share = broken(t, raw, dir, "share", `"share": 79.4, "shareComputed": true`, `"share": 78, "shareComputed": true`)
		home  = broken(t, raw, dir, "home", `"url": "https://neglobal.eu/", "dateNote": "publication date not recorded in the fact sheets", "notLinked": "The fact sheets name only the outlet; the article's address was not found."}`,
			`"url": "https://neglobal.eu/", "dateNote": "publication date not recorded in the fact sheets"}`)
		staleEnd  = broken(t, raw, dir, "stale", stale, `"suspension": {"date": "2026-11-27", "what": "suspension until"}`)
		oldSearch = broken(t, raw, dir, "old-search", stale, `"suspension": {"date": "2026-11-27", "what": "suspension until", "notFoundAsOf": "2026-11-20"}`)
		unsourced = broken(t, raw, dir, "unsourced", `"value": "broader freezes of heavy-rare-earth licences", "sources": ["straitstimes"]`,
			`"value": "broader freezes of heavy-rare-earth licences", "sources": []`)
		typed = broken(t, raw, dir, "typed", `"title": "Announcement No. 23 [2023]: licences for gallium and germanium items",`,
			`"title": "Announcement No. 23 [2023]: licences for gallium and germanium items", "status": "in-force",`)
		why = broken(t, raw, dir, "why", `"unconfirmed": true, "reasons": ["single-source"]`, `"unconfirmed": true`)
	)
	for _, tc := range []struct {
		name, path, today string
		code              int
		want              []string
	}{
		{"shipped", shipped, "2026-11-28", 0, []string{"datacheck: ok", "computed shares match their tonnage",
			"named but not linked (each says why):", "point at an outlet's home page", "have no address"}},
		{"computed share off", share, "2026-11-28", 1, []string{"computed share 78% does not match 1.27e+06 ÷ 1.6e+06 = 79.375%"}},
		{"bare home page", home, "2026-11-28", 1, []string{`sources.neglobal.url: "https://neglobal.eu/" is an outlet's home page`}},
		{"stale suspension", staleEnd, "2026-11-28", 1, []string{".suspension: suspension until 2026-11-27 has passed by 2026-11-28", "neither an outcome nor a search"}},
		{"searched before it passed", oldSearch, "2026-11-28", 1, []string{"suspension until 2026-11-27 has passed by 2026-11-28"}},
		{"figure without a source", unsourced, "2026-11-28", 1, []string{"does not load", ".figures[0].sources: every fact needs at least one source"}},
		{"status typed by hand", typed, "2026-11-28", 1, []string{".status: typed by hand"}},
		{"unconfirmed without reasons", why, "2026-11-28", 1, []string{".reasons: missing: say why it is unconfirmed"}},
		{"missing file", filepath.Join(dir, "none.json"), "2026-11-28", 1, []string{"datacheck: open"}},
		{"bad today", shipped, "28/11/2026", 2, []string{`-today "28/11/2026" is not a YYYY-MM-DD date`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			code := run(&out, tc.path, tc.today)
			for _, w := range tc.want {
				if code != tc.code || !strings.Contains(out.String(), w) {
					t.Errorf("exit %d, output:\n%s\nwant exit %d and %q", code, out.String(), tc.code, w)
				}
			}
		})
	}
}
