package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// An unknown ?lang= shows the explorer in English with a notice saying so;
// the map works (a click selects) and the URL drops the value.
func TestUnknownLangFallsBackToEnglish(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?lang=xx&layers=")
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
