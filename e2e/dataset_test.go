package e2e

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// waitDetails waits until the panel shows the dataset's profile (not the
// "Loading the dataset…" placeholder) and returns its text.
func waitDetails(t *testing.T, ctx context.Context, title string) string {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf(`document.getElementById("details-title").textContent === %q && document.querySelector("#details-body h3, #details-body p:not(.muted)")`, title), title+"'s details")
	return text(t, ctx, "#details-body")
}

func TestChinaShowsGalliumShare(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?date=2026-01-10") // before MCS 2026 appeared: the 2024 figures of MCS 2025
	p := countryPoint(t, ctx, "CHN")
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
	body := waitDetails(t, ctx, "China")
	m := regexp.MustCompile(`Gallium \(low-purity primary production\), 2024, USGS MCS 2025: ([0-9.]+)% of world output`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no gallium share in China's panel:\n%s", body)
	}
	if share, _ := strconv.ParseFloat(m[1], 64); share <= 95 {
		t.Errorf("China's gallium share %v%%, want above 95%%", share)
	}
	// Each statement, and each bloc badge of the summary, links to its
	// sources, opening in a new tab (a chart's figures share its source line).
	var bad []string
	eval(t, ctx, `Array.from(document.querySelectorAll("#details-body ul.facts li, #details-body ul.badges li")).filter(li => !li.querySelector(".src a[href^='http'][target='_blank'], .src span")).map(li => li.textContent)`, &bad)
	if len(bad) > 0 {
		t.Errorf("statements without a source: %q", bad)
	}
	var gallium string
	eval(t, ctx, `Array.from(document.querySelectorAll("#details-body li")).find(li => li.textContent.startsWith("Gallium (low")).querySelector(".src a").href`, &gallium)
	if gallium != "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-gallium.pdf" {
		t.Errorf("gallium's source link is %q", gallium)
	}
	if !strings.Contains(text(t, ctx, "#dataset-info"), "as of 2026-11-28") {
		t.Errorf("the panel does not state the dataset's date")
	}
}

// findCountry selects a country in the open explorer through its Find box,
// as picking it from the box's list does (the whole text in one input
// event), and returns the panel's text once it shows the country's details.
func findCountry(t *testing.T, ctx context.Context, code, title string) string {
	t.Helper()
	eval(t, ctx, fmt.Sprintf(`(function(){var s = document.getElementById("search"); s.value = %q; s.dispatchEvent(new Event("input", {bubbles: true})); return true;})()`, code), new(bool))
	return waitDetails(t, ctx, title)
}

// A country's panel says what the dataset has on it at the page's date.
// Each page takes its first country from the URL; the others are found
// on the same page through Find (the panel depends on the country and the
// date, not on how the country was chosen), which saves a page load each.
func TestCountryDetailsFromURL(t *testing.T) {
	t.Parallel()
	type detail struct {
		code, title string
		want        []string
	}
	for _, pg := range []struct {
		date  string // the page's ?date=, "" for today
		cases []detail
	}{
		{"", []detail{
			{"QAT", "Qatar", []string{"Pax Silica: signatory — signed 2026-01-12"}},
			{"JPN", "Japan", []string{"Announcement No. 1 [2026]: all dual-use items banned to Japanese military users", "Announced 2026-01-06"}},
			{"USA", "United States", []string{"Announcement No. 46 [2024]", "until 2026-11-27"}},
			{"COD", "DR Congo", []string{"Cobalt (mine production), 2025, USGS MCS 2026: 74.2% of world output (computed from USGS tonnage), 1st"}},
			{"KHM", "Cambodia", []string{"US–Cambodia Agreement on Reciprocal Trade", "not a critical-minerals framework"}},
			{"GRC", "Greece", []string{"reported signatory", "unconfirmed"}},
			{"ISL", "Iceland", []string{"No recorded ties in this dataset."}},
		}},
		{"2025-06-01", []detail{
			{"COD", "DR Congo", []string{"Cobalt (mine production), 2024, USGS MCS 2025: 76% of world output, 1st"}},
		}},
	} {
		query := "?country=" + pg.cases[0].code
		name := "today"
		if pg.date != "" {
			query += "&date=" + pg.date
			name = pg.date
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t, viewportW, viewportH)
			openExplorer(t, ctx, query)
			for i, tc := range pg.cases {
				t.Run(tc.title, func(t *testing.T) {
					var body string
					if i == 0 {
						body = waitDetails(t, ctx, tc.title)
					} else {
						body = findCountry(t, ctx, tc.code, tc.title)
					}
					for _, w := range tc.want {
						if !strings.Contains(body, w) {
							t.Errorf("%s's panel lacks %q:\n%s", tc.title, w, body)
						}
					}
				})
			}
		})
	}
}

func TestBrokenDatasetIsReportedAndMapStillWorks(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		content string
		want    string
	}{
		{"unknown country", `{"version":"x","asOf":"2026-02-20","countries":[{"code":"CHN","name":"China"}],"sources":{"s":{"short":"S","title":"T","publisher":"P"}},"blocs":[],"minerals":[],"events":[],
			"ties":[{"type":"import","from":"XXA","to":"CHN","mineral":"gallium","share":5,"sources":["s"]}]}`,
			`dataset: ties[0].from: unknown country "XXA"`},
		{"invalid JSON", `{"version": "x",, }`, `dataset: not valid JSON: invalid character ',' looking for beginning of object key string at line 1, column 17`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			url := siteWithout(t, "dataset.json", []byte(tc.content))
			ctx := newTab(t, viewportW, viewportH)
			if err := chromedp.Run(ctx, chromedp.Navigate(url+"?country=CHN")); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `window.__msgs.some(m => m && m.type === "paxsilica:ready")`, "ready")
			waitFor(t, ctx, `!document.getElementById("dataset-error").hidden`, "the dataset error")
			msg := text(t, ctx, "#dataset-error")
			if !strings.Contains(msg, "The dataset (dataset.json)") || !strings.Contains(msg, tc.want) {
				t.Errorf("error box says %q, want the file and %q", msg, tc.want)
			}
			// The map still draws and still selects.
			waitCountryPixel(t, ctx, "BRA", landColour, 6, "Brazil still drawn")
			p := countryPoint(t, ctx, "BRA")
			if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `document.getElementById("details-title").textContent === "Brazil"`, "Brazil selected despite the broken dataset")
		})
	}
}
