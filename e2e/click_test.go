package e2e

import (
	"context"
	"testing"

	"github.com/chromedp/chromedp"
)

// clickProbe records, for the next change of the details title, how many
// map frames had been drawn when the pointer was released and at the
// animation frame after the change (when the browser paints it).
const clickProbe = `(() => {
  const p = window.__click = {up: -1, atPaint: -1};
  addEventListener("pointerup", () => { p.up = window.paxsilica.frames; }, true);
  new MutationObserver(() => {
    if (p.atPaint < 0) requestAnimationFrame(() => { if (p.atPaint < 0) p.atPaint = window.paxsilica.frames; });
  }).observe(document.getElementById("details-title"), {childList: true, characterData: true, subtree: true});
})()`

// checkClickPaintsDetailsBeforeTheMap checks a click's path: the panels
// composed ahead of the first click while idle change nothing the reader
// sees; a click's details are painted before the map's frame that draws
// the selection, which follows; the address is written after. It runs on
// TestBaseMap's page before any other click, and leaves nothing selected.
func checkClickPaintsDetailsBeforeTheMap(t *testing.T, ctx context.Context) {
	// The warm-up (game.warmUp: the clicks on China, the United States and
	// Japan run on a copy of the explorer, their panels laid out unseen)
	// runs while idle.
	waitFor(t, ctx, `performance.getEntriesByName("paxsilica:warmed-up").length === 1`, "the panel composed ahead of the first click")
	var leaked bool
	eval(t, ctx, `document.getElementById("details-title").textContent !== "No country selected" ||
		location.search.includes("country") || window.__msgs.some(m => /CHN|USA|JPN/.test(JSON.stringify(m))) ||
		document.querySelector(".warm-up, #details-body details") !== null`, &leaked)
	if leaked {
		t.Fatalf("the warm-up showed or told its selection, or left its panels in the page: title %q, panel %q",
			text(t, ctx, "#details-title"), text(t, ctx, "#details-body"))
	}
	w := loadWorld(t)
	if p, ok := clearPoint(t, ctx, w, &w.Countries[w.Index("CHN")]); !ok {
		t.Fatal("no point of China clear of its label")
	} else if got := screenshot(t, ctx).At(int(p.X), int(p.Y)); near(got, selectedColour, 40) {
		t.Fatalf("China drawn in the selection colour (%v) after the warm-up, before any click", got)
	}

	eval(t, ctx, clickProbe, nil)
	p := countryPoint(t, ctx, "CHN")
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "China" && window.__click.atPaint >= 0`, `"China" in the panel, painted`)
	var frames struct{ Up, AtPaint int }
	eval(t, ctx, `window.__click`, &frames)
	if frames.AtPaint != frames.Up {
		t.Errorf("the map drew %d frame(s) between the click and the paint of its details, want none: the details wait for the map",
			frames.AtPaint-frames.Up)
	}
	waitCountryPixel(t, ctx, "CHN", selectedColour, 40, "China drawn in the selection colour after its details")
	waitFor(t, ctx, `new URLSearchParams(location.search).get("country") === "CHN"`, "the country in the URL")
	var after int
	eval(t, ctx, `window.paxsilica.frames`, &after)
	if after <= frames.AtPaint {
		t.Errorf("frames drawn: %d at the details' paint, %d after China was drawn selected", frames.AtPaint, after)
	}
	if err := chromedp.Run(ctx, chromedp.KeyEvent("\x1b")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "No country selected" && location.search === "?layers="`, "Escape to clear the selection")
}
