package e2e

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/style"
)

// pacific is a point of open sea (lon −135°, lat 30°, no island near) in plane units.
var pacific = projection.EqualEarth(geo.Point{X: -135, Y: 30})

// The page's colours, as the explorer draws them.
var (
	seaColour      = style.Sea
	landColour     = style.Land
	hoverColour    = style.Hover
	selectedColour = style.Selected
)

// baseMap hides the layers, for tests of the base map under them.
const baseMap = "?layers="

// TestBaseMap loads the base map (no layers) at 1280×720 once and checks, in
// turn on that page, what each of these did on a page of its own: the map is
// drawn and announced, the idle warm-up shows nothing and a click's details
// are painted before the map's frame, a click selects and writes the URL
// (and a click on the sea clears both), hovering highlights, the wheel and a
// drag zoom and pan and ⌂ resets. Each check leaves nothing selected and the
// URL at ?layers= for the next (the pan's reset comes last).
func TestBaseMap(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, baseMap)
	for _, c := range []struct {
		name  string
		check func(*testing.T, context.Context)
	}{
		{"MapIsDrawnAndAnnouncesReady", checkMapIsDrawnAndAnnouncesReady},
		{"ClickPaintsDetailsBeforeTheMap", checkClickPaintsDetailsBeforeTheMap},
		{"ClickSelectsCountryAndWritesURL", checkClickSelectsCountryAndWritesURL},
		{"HoverHighlightsCountry", checkHoverHighlightsCountry},
		{"PanAndZoomWithPointer", checkPanAndZoomWithPointer},
	} {
		t.Run(c.name, func(t *testing.T) { c.check(t, ctx) })
	}
}

// TestMineralAndScenarioControls loads the base map once and checks, in
// turn, that choosing a mineral colours the map, its key and its panel
// (from a map with no mineral), then the scenario's controls (from
// gallium, which the mineral's check leaves chosen).
func TestMineralAndScenarioControls(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, baseMap)
	t.Run("MineralColoursTheMap", func(t *testing.T) { checkMineralColoursTheMap(t, ctx) })
	t.Run("ScenarioByControls", func(t *testing.T) { checkScenarioByControls(t, ctx) })
}

func checkMapIsDrawnAndAnnouncesReady(t *testing.T, ctx context.Context) {
	var version string
	eval(t, ctx, `window.__msgs.find(m => m.type === "paxsilica:ready").version`, &version)
	if version == "" {
		t.Errorf("paxsilica:ready carries no version")
	}
	img := screenshot(t, ctx)
	tr := mapTransform(t, ctx)
	w := loadWorld(t)
	var land, sea, other int
	b := w.Bounds
	for y := int(tr.Apply(b.Min).Y); y < int(tr.Apply(b.Max).Y); y += 3 {
		for x := int(tr.Apply(b.Min).X); x < int(tr.Apply(b.Max).X); x += 3 {
			switch c := img.At(x, y); {
			case near(c, landColour, 6):
				land++
			case near(c, seaColour, 6):
				sea++
			default:
				other++
			}
		}
	}
	total := land + sea + other
	t.Logf("map pixels: %d land, %d sea, %d borders and markers", land, sea, other)
	// The world is about 29% land; in the map's bounding box land covers about a
	// fifth to a third of the pixels and the sea most of the rest.
	if land < total/6 || sea < total/3 {
		t.Errorf("the map does not look drawn: %d land and %d sea pixels of %d", land, sea, total)
	}
	// China is land where the geometry says it is.
	waitCountryPixel(t, ctx, "CHN", landColour, 6, "China drawn as land")
	// The page runs whole under the server's Content-Security-Policy.
	var violations []string
	eval(t, ctx, `window.__csp`, &violations)
	if len(violations) > 0 {
		t.Errorf("CSP violations: %q", violations)
	}
	// The big files arrive compressed (brotli, negotiated by the server).
	var wasm struct{ Encoded, Decoded float64 }
	eval(t, ctx, `(function(){var e=performance.getEntriesByType("resource").find(r => /explorer\.[0-9a-f]{10}\.wasm$/.test(r.name)); return e ? {encoded: e.encodedBodySize, decoded: e.decodedBodySize} : {};})()`, &wasm)
	if wasm.Decoded == 0 || wasm.Encoded > wasm.Decoded/3 {
		t.Errorf("explorer wasm: %v bytes on the wire for %v decoded, want it compressed", wasm.Encoded, wasm.Decoded)
	}
	if st := text(t, ctx, "#status"); visible(t, ctx, "#status") {
		t.Errorf("the loading state is still shown: %q", st)
	}
}

func checkClickSelectsCountryAndWritesURL(t *testing.T, ctx context.Context) {
	p := countryPoint(t, ctx, "CHN")
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "China"`, `"China" in the panel`)
	// A click's address is written after its details are painted.
	waitURL := func(want, what string) {
		t.Helper()
		waitUntil(t, ctx, what, func() (bool, string) {
			var search string
			eval(t, ctx, `location.search`, &search)
			return search == want, "URL query is " + strconv.Quote(search) + ", want " + strconv.Quote(want)
		})
	}
	waitURL("?country=CHN&layers=", "the country in the URL")
	waitCountryPixel(t, ctx, "CHN", selectedColour, 40, "China drawn in the selection colour")

	// Clicking the sea clears the selection and the URL.
	sea := mapTransform(t, ctx).Apply(pacific)
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(sea.X, sea.Y)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "No country selected"`, "the selection cleared by a click on the sea")
	waitURL("?layers=", "the URL cleared to only the layers")
}

func TestEscapeClearsSelection(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?country=BRA")
	if got := text(t, ctx, "#details-title"); got != "Brazil" {
		t.Fatalf("panel title %q, want Brazil", got)
	}
	if err := chromedp.Run(ctx, chromedp.KeyEvent("\x1b")); err != nil { // Escape
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "No country selected" && location.search === ""`, "Escape to clear the selection and the URL")
}

func checkHoverHighlightsCountry(t *testing.T, ctx context.Context) {
	p := countryPoint(t, ctx, "BRA")
	if err := chromedp.Run(ctx, chromedp.ActionFunc(func(c context.Context) error {
		return input.DispatchMouseEvent(input.MouseMoved, p.X, p.Y).Do(c)
	})); err != nil {
		t.Fatal(err)
	}
	waitCountryPixel(t, ctx, "BRA", hoverColour, 10, "Brazil under the pointer in the hover colour")
}

func TestSmallCountriesAreSelectable(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "")
	for _, tc := range []struct{ code, name string }{
		{"SGP", "Singapore"}, {"QAT", "Qatar"}, {"BHR", "Bahrain"}, {"LUX", "Luxembourg"}, {"VAT", "Vatican City"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := countryPoint(t, ctx, tc.code)
			if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, fmt.Sprintf(`document.getElementById("details-title").textContent === %q`, tc.name), tc.name+" in the panel")
		})
	}
}

func TestURLSelectsCountry(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, query, title, notice string }{
		{"known code", "?country=USA", "United States", ""},
		{"lower case", "?country=jpn", "Japan", ""},
		{"unknown code", "?country=XYZ", "No country selected", `country="XYZ": unknown country code`},
		{"unknown parameter", "?colour=red&country=DEU", "Germany", `colour="red": unknown parameter`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t, viewportW, viewportH)
			openExplorer(t, ctx, tc.query)
			if got := text(t, ctx, "#details-title"); got != tc.title {
				t.Errorf("panel title %q, want %q", got, tc.title)
			}
			notices := text(t, ctx, "#notices")
			if tc.notice == "" && visible(t, ctx, "#notices") {
				t.Errorf("unexpected notice %q", notices)
			}
			if tc.notice != "" && (!strings.Contains(notices, tc.notice) || !visible(t, ctx, "#notices")) {
				t.Errorf("notices %q do not say %q", notices, tc.notice)
			}
		})
	}
}

// visible reports whether the element is rendered.
func visible(t *testing.T, ctx context.Context, selector string) bool {
	t.Helper()
	var ok bool
	eval(t, ctx, fmt.Sprintf(`(function(){var e=document.querySelector(%q);return !!e && !e.hidden && e.getClientRects().length>0 && getComputedStyle(e).display!=="none";})()`, selector), &ok)
	return ok
}

func TestResizeRefitsMap(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, baseMap)
	for _, size := range []struct{ w, h int }{{800, 600}, {390, 700}, {1600, 900}} {
		t.Run(fmt.Sprintf("%dx%d", size.w, size.h), func(t *testing.T) {
			if err := chromedp.Run(ctx, chromedp.EmulateViewport(int64(size.w), int64(size.h))); err != nil {
				t.Fatal(err)
			}
			// China and Brazil are land where a fresh fit to the new layout puts them.
			for _, code := range []string{"CHN", "BRA"} {
				waitCountryPixel(t, ctx, code, landColour, 6, code+" drawn where the re-fitted map has it")
			}
		})
	}
}
