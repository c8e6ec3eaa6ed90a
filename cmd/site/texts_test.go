package main

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"paxsilica/internal/i18n"
)

// The page's texts are English in index.html, and the Go catalog holds the
// same English under each key (app.js gets its English from the catalog at
// build time) (Hindi and any other
// language translate that). These tests keep the three in step: a key
// that is not in the catalog, or an English text that differs from it,
// would leave a text English in every other language, or say something
// else there than in English.

var (
	tagRE  = regexp.MustCompile(`<([a-z0-9]+)((?:\s+[a-z0-9-]+(?:="[^"]*")?)*)\s*>`)
	attrRE = regexp.MustCompile(`([a-z0-9-]+)="([^"]*)"`)
	// Keys said in the scripts: t("…"), status("…"), failWith("…").
	tCallRE = regexp.MustCompile(`\b(?:t|status|failWith)\((?:[^"()]*\? )?"([a-z]+\.[A-Za-z]+)"(?: : "([a-z]+\.[A-Za-z]+)")?`)
)

// pageGroups are the key groups the page's own texts may use.
var pageGroups = []string{"page.", "boot.", "download.", "switch.", "embed."}

func repoFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func inPageGroup(key string) bool {
	for _, g := range pageGroups {
		if strings.HasPrefix(key, g) {
			return true
		}
	}
	return false
}

// TestIndexTextsAreInTheCatalog: every data-i18n attribute of index.html
// names a key of the page's groups whose English is what the element
// says; elements filled by data-i18n hold text only (filling them would
// drop any markup inside).
func TestIndexTextsAreInTheCatalog(t *testing.T) {
	en := i18n.English()
	page := repoFile(t, "index.html")
	seen := 0
	for _, m := range tagRE.FindAllStringSubmatchIndex(page, -1) {
		name, attrText := page[m[2]:m[3]], page[m[4]:m[5]]
		attrs := map[string]string{}
		for _, a := range attrRE.FindAllStringSubmatch(attrText, -1) {
			attrs[a[1]] = html.UnescapeString(a[2])
		}
		for attr, target := range map[string]string{"data-i18n": "", "data-i18n-aria": "aria-label", "data-i18n-title": "title", "data-i18n-placeholder": "placeholder"} {
			key, ok := attrs[attr]
			if !ok {
				continue
			}
			seen++
			if !inPageGroup(key) || !en.Has(key) {
				t.Errorf("<%s %s=%q>: not a key of the page's groups in the English catalog", name, attr, key)
				continue
			}
			var english string
			if target == "" {
				rest := page[m[1]:]
				end := strings.Index(rest, "<")
				if end < 0 || !strings.HasPrefix(rest[end:], "</"+name+">") {
					t.Errorf("<%s data-i18n=%q> holds markup, which filling it would drop", name, key)
					continue
				}
				english = html.UnescapeString(rest[:end])
			} else {
				english = attrs[target]
			}
			if want := en.T(key); english != want {
				t.Errorf("%s: index.html says %q, the catalog %q", key, english, want)
			}
		}
	}
	if seen < 40 {
		t.Errorf("only %d data-i18n attributes found in index.html: is the pattern stale?", seen)
	}
}

// TestScriptTextsAreInTheCatalog: every key app.js and download.js say is
// a key of the scripts' groups that the catalog has, and the build hands
// the scripts its English (data-english) for each.
func TestScriptTextsAreInTheCatalog(t *testing.T) {
	en := i18n.English()
	attr, err := scriptTexts()
	if err != nil {
		t.Fatal(err)
	}
	var texts map[string]string
	if err := json.Unmarshal([]byte(html.UnescapeString(attr)), &texts); err != nil {
		t.Fatalf("data-english is not JSON: %v", err)
	}
	if texts["boot.loading"] != en.T("boot.loading") || texts["download.drawing"] != en.T("download.drawing") {
		t.Errorf("data-english lacks the catalog's English: %v", texts)
	}
	for k := range texts {
		if strings.HasPrefix(k, "page.") {
			t.Errorf("data-english carries %s, which the page's elements say themselves", k)
		}
	}
	for _, script := range []string{"assets/app.js", "assets/download.js"} {
		calls := tCallRE.FindAllStringSubmatch(repoFile(t, script), -1)
		if len(calls) < 3 {
			t.Errorf("%s: %d t() calls found: is the pattern stale?", script, len(calls))
		}
		for _, c := range calls {
			for _, key := range c[1:] {
				if key != "" && texts[key] == "" {
					t.Errorf("%s says %s, which is not among the scripts' English texts (data-english)", script, key)
				}
			}
		}
	}
}
