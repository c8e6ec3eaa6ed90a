package e2e

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// An unknown ?lang= shows the explorer in English with a notice saying so;
// the map works (a click selects) and the URL drops the value. The same
// page, before the click, serves checkUnknownLangLoadsNoCatalog.
func TestUnknownLangFallsBackToEnglish(t *testing.T) {
	t.Parallel()
	ctx := newOwnTab(t, viewportW, viewportH)
	reqs := logRequests(t, ctx)
	openExplorer(t, ctx, "?lang=xx&layers=")
	t.Run("LoadsNoCatalog", func(t *testing.T) { checkUnknownLangLoadsNoCatalog(t, ctx, reqs) })
	waitFor(t, ctx, `Array.from(document.querySelectorAll("#notices li")).some(li => li.textContent.includes("“xx” is not available; the explorer is shown in English"))`, "the notice that lang=xx is not offered")
	p := countryPoint(t, ctx, "CHN")
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "China"`, `"China" in the panel`)
	waitCountryPixel(t, ctx, "CHN", selectedColour, 40, "China drawn in the selection colour")
	var search string
	eval(t, ctx, `location.search`, &search)
	if strings.Contains(search, "lang") {
		t.Errorf("URL query %q keeps the unknown lang", search)
	}
}

// checkHindiPanel: at ?lang=hi the explorer speaks Hindi: a click on India
// shows its Hindi name (CLDR) as the panel's title and a composed sentence
// with a Hindi date; the source's words in it are marked lang="en"; the map
// still draws, India in the selection colour, its label in Hindi. ctx
// holds the page at ?lang=hi&layers= with nothing selected (TestHindiPage).
func checkHindiPanel(t *testing.T, ctx context.Context) {
	p := countryPoint(t, ctx, "IND")
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "भारत" && document.querySelector("#details-body h3")`, `"भारत" and its details in the panel`)
	body := text(t, ctx, "#details-body")
	for _, want := range []string{
		"पैक्स सिलिका: हस्ताक्षरकर्ता — 20 फ़रवरी 2026 को हस्ताक्षर किए", // a composed sentence
		"गुट", // a section's heading
	} {
		if !strings.Contains(body, want) {
			t.Errorf("India's panel does not say %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, "Blocs") || strings.Contains(body, ": signatory") {
		t.Errorf("India's panel speaks English:\n%s", body)
	}
	var quoted string
	eval(t, ctx, `Array.from(document.querySelectorAll('#details-body span[lang="en"]')).map(s => s.textContent).join("|")`, &quoted)
	if !strings.Contains(quoted, "India signs Pax Silica at the AI Impact Summit in New Delhi") {
		t.Errorf("the event's title (the source's words) is not marked lang=en; marked: %q", quoted)
	}
	// A click's address is written after its details are painted.
	waitFor(t, ctx, `new URLSearchParams(location.search).get("lang") === "hi" && new URLSearchParams(location.search).get("country") === "IND"`, "lang=hi and country=IND in the URL")
	waitCountryPixel(t, ctx, "IND", selectedColour, 40, "India drawn in the selection colour")
	waitFor(t, ctx, `Array.from(document.querySelectorAll("#labels span")).some(s => s.style.display !== "none" && s.textContent === "भारत")`, "India's label in Hindi on the map")
}

// At ?lang=hi&view=table the Table view's cells speak Hindi: China's row of
// the gallium producers names it चीन, its quantity in Indian grouping and
// its unit किलोग्राम, its share basis in Hindi; the edition (the source's
// words) stays English, marked lang="en". Sorting by share still sorts by
// the values: descending starts with China's 100.
func TestHindiTableCells(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?lang=hi&view=table&mineral=gallium")
	waitFor(t, ctx, `document.querySelectorAll("#table-view table").length > 0 && document.querySelector("#table-view tbody tr th")`, "the producers' table")
	const cells = `Array.from(document.querySelector("#table-view table").tBodies[0].rows).map(r => Array.from(r.cells).map(c => c.textContent).join("|"))`
	var rows []string
	eval(t, ctx, cells, &rows)
	china := ""
	for _, r := range rows {
		if strings.Contains(r, "|CHN|") {
			china = r
		}
	}
	for _, want := range []string{"|चीन|CHN|", "|किलोग्राम|", "|9,00,000|", "|USGS के टन-आँकड़ों से गणना", "|हाँ|"} {
		if !strings.Contains(china, want) {
			t.Errorf("China's row does not show %q: %q", want, china)
		}
	}
	for _, english := range []string{"China", "|kg|", "900000", "computed from", "|yes|"} {
		if strings.Contains(china, english) {
			t.Errorf("China's row still shows %q: %q", english, china)
		}
	}
	var quoted []string
	eval(t, ctx, `Array.from(document.querySelectorAll('#table-view table:first-of-type tbody span[lang="en"]')).map(s => s.textContent)`, &quoted)
	if !slices.Contains(quoted, "USGS MCS 2026") {
		t.Errorf("the edition (the source's words) is not marked lang=en; marked: %q", quoted)
	}
	share := `#table-view button[data-sort="0:3"]`
	for _, order := range []string{"ascending", "descending"} {
		if err := chromedp.Run(ctx, chromedp.Click(share, chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.querySelector(`+strconv.Quote(share)+`).closest("th").getAttribute("aria-sort") === "`+order+`"`, order+" order")
	}
	eval(t, ctx, cells, &rows)
	if len(rows) == 0 || !strings.HasPrefix(rows[0], "1|चीन|CHN|100|") {
		t.Errorf("descending by share starts with %q, want China's 100", rows)
	}
}
