package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"paxsilica/internal/weburl"
)

// stopped is true when the page says the explorer has died.
const stopped = `document.getElementById("status").classList.contains("error")`

// The page and the dataset's validator answer alike on every link: the
// cases of internal/weburl, run through the page's own test.
func TestLinkRuleMatchesThePage(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile(filepath.Join(repoRoot, "internal", "weburl", "testdata", "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		URL string `json:"url"`
		OK  bool   `json:"ok"`
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "")
	for _, c := range cases {
		arg, _ := json.Marshal(c.URL)
		var page bool
		eval(t, ctx, fmt.Sprintf(`paxsilicaBoot.isWebURL(%s)`, arg), &page)
		norm, goOK := weburl.Normalise(c.URL)
		if page != goOK || goOK != c.OK {
			t.Errorf("%q: the page says %v, Go says %v, the case %v", c.URL, page, goOK, c.OK)
		}
		if goOK {
			arg, _ := json.Marshal(norm)
			eval(t, ctx, fmt.Sprintf(`paxsilicaBoot.isWebURL(%s)`, arg), &page)
			if !page {
				t.Errorf("the page refuses %q, the form the dataset stores", norm)
			}
		}
	}
}

// Datasets that used to stop the explorer at load: each now either loads
// or is reported in the panel, and the page keeps working.
func TestHostileDatasetsKeepThePage(t *testing.T) {
	t.Parallel()
	shipped, err := os.ReadFile(filepath.Join(repoRoot, "data", "dataset.json"))
	if err != nil {
		t.Fatal(err)
	}
	replace := func(old, new string) string {
		s := strings.Replace(string(shipped), old, new, 1)
		if s == string(shipped) {
			t.Fatalf("the shipped dataset has no %q", old)
		}
		return s
	}
	for _, tc := range []struct {
		name, content string
		check         string // a JavaScript condition on the loaded page
		what          string
	}{
		{"no events", replace(`"events": [`, `"events": [], "unusedEvents": [`),
			`document.getElementById("details-title").textContent === "China" && document.getElementById("dataset-error").hidden`, "China's details with no events"},
		{"upper-case scheme", replace(`"url": "https://`, `"url": "HTTPS://`),
			`document.getElementById("details-title").textContent === "China" && document.querySelectorAll("#details-body a[href^='https://']").length > 0`, "China's details with source links"},
		{"nested 10,000 deep", replace(`"version":`, `"deep": `+strings.Repeat("[", 10000)+strings.Repeat("]", 10000)+`, "version":`),
			`!document.getElementById("dataset-error").hidden && document.getElementById("dataset-error").textContent.includes("nested deeper than 64 levels")`, "the nesting error in the panel"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			url := siteWithout(t, "dataset.json", []byte(tc.content))
			ctx := newTab(t, viewportW, viewportH)
			if err := chromedp.Run(ctx, chromedp.Navigate(url+"?country=CHN")); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `window.__msgs.some(m => m && m.type === "paxsilica:ready")`, "ready")
			waitFor(t, ctx, tc.check+" || "+stopped, tc.what)
			var dead bool
			eval(t, ctx, stopped, &dead)
			if dead {
				t.Fatalf("the explorer stopped: %q", pageText(ctx))
			}
		})
	}
}

// checkImpossibleDatesByMessage: impossible dates sent by a host page are
// ignored; the explorer still answers the next command. ctx holds the host
// page of TestHostCommands; only events from now on count.
func checkImpossibleDatesByMessage(t *testing.T, ctx context.Context) {
	var n int
	eval(t, ctx, `window.__events.length`, &n)
	eval(t, ctx, `(function(){var f = document.getElementById("explorer"), w = f.contentWindow, o = new URL(f.src).origin;
		["2026-02-30", "2026-13-45", "0000-00-00", "2026-02-29", "9999-99-99"].forEach(d => w.postMessage({type: "paxsilica:setDate", date: d}, o));
		w.postMessage({type: "paxsilica:select", country: "JPN"}, o); return true;})()`, new(bool))
	waitFor(t, ctx, fmt.Sprintf(`window.__events.slice(%d).some(e => e.type === "paxsilica:select" && e.country === "JPN")`, n), "the select event for Japan after impossible dates")
	waitFrameText(t, ctx, "#details-title", "Japan")
	if got := frameText(t, ctx, "#status-text"); strings.Contains(got, "stopped") {
		t.Errorf("the explorer says %q", got)
	}
}
