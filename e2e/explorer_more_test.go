package e2e

import (
	"context"
	"fmt"
	"math"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
	"paxsilica/internal/style/scale"
)

// urlParams returns the page's current query parameters.
func urlParams(t *testing.T, ctx context.Context) url.Values {
	t.Helper()
	var s string
	eval(t, ctx, `location.search`, &s)
	v, err := url.ParseQuery(strings.TrimPrefix(s, "?"))
	if err != nil {
		t.Fatalf("query %q: %v", s, err)
	}
	return v
}

// choose sets a form control's value as a user picking it would, firing its
// event.
func choose(t *testing.T, ctx context.Context, selector, value, eventName string) {
	t.Helper()
	var ok bool
	eval(t, ctx, fmt.Sprintf(`(function(){var e=document.querySelector(%q); if(!e) return false; e.focus(); e.value=%q; e.dispatchEvent(new Event(%q,{bubbles:true})); return true;})()`, selector, value, eventName), &ok)
	if !ok {
		t.Fatalf("no %s", selector)
	}
}

func checkMineralColoursTheMap(t *testing.T, ctx context.Context) {
	waitFor(t, ctx, `document.querySelectorAll("#mineral option").length > 20`, "the mineral picker filled from the dataset")
	waitCountryPixel(t, ctx, "CHN", style.Land, 6, "China plain before a mineral is chosen")
	if lg := text(t, ctx, "#legend"); strings.Contains(lg, "Share of world output") {
		t.Errorf("legend already speaks of a mineral: %q", lg)
	}
	choose(t, ctx, "#mineral", "gallium", "change")
	waitCountryPixel(t, ctx, "CHN", scale.Colour(98.7), 6, "China in the darkest class for gallium")
	waitCountryPixel(t, ctx, "BRA", scale.NoData, 6, "Brazil (no recorded gallium output) in the no-data grey")
	lg := text(t, ctx, "#legend")
	for _, w := range []string{"Share of world output: Gallium (low-purity primary production), 2025, USGS MCS 2026", "50% and more", "no recorded output", "Unit: kg", "USGS MCS 2026 data (copy)", "Figures unconfirmed: secondary copy."} {
		if !strings.Contains(lg, w) {
			t.Errorf("legend %q lacks %q", lg, w)
		}
	}
	if got := urlParams(t, ctx).Get("mineral"); got != "gallium" {
		t.Errorf("URL mineral=%q", got)
	}
	// With no country selected, the panel is the mineral's.
	body := text(t, ctx, "#details-body")
	for _, w := range []string{"Herfindahl–Hirschman index", "China: 100% of world output", "Net import reliance, 2025, USGS MCS 2026: 100%", "Pax Silica signatories combined",
		"Other years and editions", "2024, USGS MCS 2025 (published 2025-01-31): world 760,000 kg; China 98.7% (computed from USGS tonnage)"} {
		if !strings.Contains(body, w) {
			t.Errorf("mineral panel lacks %q:\n%s", w, body)
		}
	}
}

func TestMineralAndCountryFromURL(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	// On 2026-01-10 MCS 2026 had not appeared: the 2024 figures of MCS 2025 apply.
	openExplorer(t, ctx, "?mineral=gallium&country=CHN&date=2026-01-10")
	body := waitDetails(t, ctx, "China")
	if !strings.Contains(body, "Selected mineral") || !strings.Contains(body, "Gallium (low-purity primary production), 2024, USGS MCS 2025: 98.7% of world output (computed from USGS tonnage)") {
		t.Errorf("China's panel does not lead with its gallium share:\n%s", body)
	}
	var v string
	eval(t, ctx, `document.getElementById("mineral").value`, &v)
	if v != "gallium" {
		t.Errorf("mineral picker shows %q", v)
	}
	// Hovering China tells its share in the tooltip.
	p := countryPoint(t, ctx, "CHN")
	chromedp.Run(ctx, chromedp.ActionFunc(func(c context.Context) error {
		return input.DispatchMouseEvent(input.MouseMoved, p.X+3, p.Y+9).Do(c)
	}))
	waitFor(t, ctx, `!document.getElementById("tooltip").hidden && document.getElementById("tooltip").textContent.startsWith("China — Gallium, 2024, USGS MCS 2025: 98.7% of world output (computed from USGS tonnage)")`, "the tooltip with China's gallium share")
}

// arcMid returns the CSS-pixel middle of the arc of the given type between
// two countries, as the scene package lays it out.
func arcMid(t *testing.T, ctx context.Context, typ, from, to string, on func(string) bool) geo.Point {
	t.Helper()
	ds := loadDataset(t)
	for _, a := range scene.Arcs(ds, loadWorld(t), "", on) {
		if a.Type == typ && a.From == from && a.To == to {
			piece := a.Pieces[0]
			return mapTransform(t, ctx).Apply(piece[len(piece)/2])
		}
	}
	t.Fatalf("no %s arc %s→%s", typ, from, to)
	return geo.Point{}
}

func TestArcLayerToggles(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?layers=controls")
	waitFor(t, ctx, `document.querySelectorAll("#mineral option").length > 20`, "the dataset")
	controlsOnly := func(l string) bool { return l == "controls" }
	p := arcMid(t, ctx, dataset.ExportControl, "CHN", "USA", controlsOnly)
	// The China→US control is suspended (since 2025-11-09): drawn faded.
	before := screenshot(t, ctx).At(int(p.X), int(p.Y))
	if near(before, style.Sea, 4) || near(before, style.Land, 4) {
		t.Fatalf("no arc drawn at %v on the China–US line: pixel %v", p, before)
	}
	if err := chromedp.Run(ctx, chromedp.Click("#layers-box summary"), chromedp.Click("#layer-controls")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `!document.getElementById("layer-controls").checked && !location.search.includes("controls")`, "the controls layer switched off")
	waitUntil(t, ctx, "the arc gone with its layer", func() (bool, string) {
		after := screenshot(t, ctx).At(int(p.X), int(p.Y))
		return near(after, style.Sea, 4) || near(after, style.Land, 4) || near(after, style.Border, 4),
			fmt.Sprintf("the arc pixel at %v is still %v (was %v)", p, after, before)
	})
	// Clicking an arc shows its tie with sources: the Japan control.
	if err := chromedp.Run(ctx, chromedp.Click("#layer-controls")); err != nil {
		t.Fatal(err)
	}
	q := arcMid(t, ctx, dataset.ExportControl, "CHN", "JPN", controlsOnly)
	waitFor(t, ctx, `document.getElementById("layer-controls").checked`, "controls back on")
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(q.X, q.Y)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "China → Japan"`, "the China → Japan tie in the panel")
	if b := text(t, ctx, "#details-body"); !strings.Contains(b, "Announcement No. 1 [2026]") || !strings.Contains(b, "nippon.com") {
		t.Errorf("tie panel %q lacks the control and its source", b)
	}

	// A layer turned on and its arc clicked within one frame: the click is
	// picked against the state with the layer on. Both are made in one task
	// here (the box's click, then a press and release on the canvas), so no
	// frame can come between them.
	if err := chromedp.Run(ctx, chromedp.KeyEvent("\x1b"), chromedp.Click("#layer-controls")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `!document.getElementById("layer-controls").checked && !location.search.includes("controls") &&
		document.getElementById("details-title").textContent !== "China → Japan"`, "the controls layer off and nothing selected")
	eval(t, ctx, fmt.Sprintf(`(() => {
		document.getElementById("layer-controls").click();
		const c = document.querySelector("canvas"), o = {bubbles: true, pointerId: 1, button: 0, isPrimary: true, pointerType: "mouse", clientX: %g, clientY: %g};
		c.dispatchEvent(new PointerEvent("pointerdown", o));
		c.dispatchEvent(new PointerEvent("pointerup", o));
		return true;
	})()`, q.X, q.Y), nil)
	// The address holds the layer once the frame that applied both is over.
	waitFor(t, ctx, `location.search.includes("controls")`, "the layer turned on, and the click with it, applied")
	if got := text(t, ctx, "#details-title"); got != "China → Japan" {
		t.Errorf("a click on the China → Japan arc, made in the task that turned its layer on, showed %q: picked against the layer still off", got)
	}
}

func TestNetworkViewKeepsSelection(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?country=USA&layers=")
	waitDetails(t, ctx, "United States")
	landShare := func() float64 {
		img := screenshot(t, ctx)
		tr := mapTransform(t, ctx)
		b := loadWorld(t).Bounds
		var land, all int
		for y := int(tr.Apply(b.Min).Y); y < int(tr.Apply(b.Max).Y); y += 4 {
			for x := int(tr.Apply(b.Min).X); x < int(tr.Apply(b.Max).X); x += 4 {
				all++
				if near(img.At(x, y), style.Land, 6) {
					land++
				}
			}
		}
		return float64(land) / float64(all)
	}
	if s := landShare(); s < 0.1 {
		t.Fatalf("map view shows %.0f%% land", s*100)
	}
	if err := chromedp.Run(ctx, chromedp.Click("#view-network")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `new URLSearchParams(location.search).get("view") === "network" && document.getElementById("view-network").getAttribute("aria-pressed") === "true"`, "the network view in the URL and the toggle")
	waitUntil(t, ctx, "the map to give way to the network", func() (bool, string) {
		s := landShare()
		return s < 0.02, fmt.Sprintf("the network view still shows %.0f%% land", s*100)
	})
	if got := text(t, ctx, "#details-title"); got != "United States" {
		t.Errorf("selection lost in the network view: panel shows %q", got)
	}
	if v := urlParams(t, ctx); v.Get("country") != "USA" {
		t.Errorf("URL lost the country: %v", v)
	}
	// The network labels the selected node.
	waitFor(t, ctx, `Array.from(document.querySelectorAll("#labels span.sel")).some(s => s.textContent === "United States" && s.style.display !== "none")`, "the selected node labelled")
}

func TestTimelineShowsMembershipAsOfDate(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?country=QAT&date=2025-06-01")
	body := waitDetails(t, ctx, "Qatar")
	if strings.Contains(body, "Pax Silica") {
		t.Errorf("on 2025-06-01 Qatar is listed in Pax Silica:\n%s", body)
	}
	if got := text(t, ctx, "#timeline-date"); got != "2025-06-01" {
		t.Errorf("timeline shows %q", got)
	}
	// Move the slider to 2026-02-01: day 1341 after 2022-06-01.
	choose(t, ctx, "#timeline", "1341", "input")
	waitFor(t, ctx, `document.getElementById("details-body").textContent.includes("Pax Silica: signatory — signed 2026-01-12")`, "Qatar as a Pax Silica signatory on 2026-02-01")
	if d := urlParams(t, ctx).Get("date"); d != "2026-02-01" {
		t.Errorf("URL date=%q, want 2026-02-01", d)
	}
	if ev := text(t, ctx, "#events"); !strings.Contains(ev, "Critical Minerals Ministerial") {
		t.Errorf("events near 2026-02-01 do not list the Ministerial of 2026-02-04: %q", ev)
	}
}

func TestKeyboardOnlySelection(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "")
	waitFor(t, ctx, `document.querySelectorAll("#mineral option").length > 20`, "the dataset")
	// Tab from the start of the page passes the header's language switch,
	// in reading order, and then reaches the search box, the first control.
	var passed []string
	for range 4 {
		if err := chromedp.Run(ctx, chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		var active string
		eval(t, ctx, `(function(){var a = document.activeElement; return a.id === "search" ? "search" : (a.closest("#header .lang-switch") ? "switch:" + a.textContent : a.tagName + "#" + a.id);})()`, &active)
		if active == "search" {
			break
		}
		passed = append(passed, active)
	}
	if len(passed) == 0 || len(passed) > 2 || !strings.HasPrefix(strings.Join(passed, " "), "switch:") {
		t.Fatalf("Tab from the start focused %q before the search box (want the language switch's link, then the search box)", passed)
	}
	if err := chromedp.Run(ctx, chromedp.KeyEvent("Qatar"), chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	waitDetails(t, ctx, "Qatar")
	if c := urlParams(t, ctx).Get("country"); c != "QAT" {
		t.Errorf("URL country=%q", c)
	}
	// A mineral by name, then an unknown name said so.
	eval(t, ctx, `(function(){var s=document.getElementById("search"); s.value=""; return true;})()`, new(bool))
	if err := chromedp.Run(ctx, chromedp.KeyEvent("cobalt"), chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `new URLSearchParams(location.search).get("mineral") === "cobalt"`, "cobalt chosen by search")
	eval(t, ctx, `(function(){var s=document.getElementById("search"); s.value=""; return true;})()`, new(bool))
	if err := chromedp.Run(ctx, chromedp.KeyEvent("Atlantis"), chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("search-status").textContent.includes("No country or mineral called")`, "the search saying nothing matched")
}

func TestKeyboardOnTheMap(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	// Centred on China: Enter selects what is under the cross at the centre.
	openExplorer(t, ctx, "?center=104,35&zoom=3&layers=")
	eval(t, ctx, `(function(){document.querySelector("canvas").focus(); return true;})()`, new(bool))
	if err := chromedp.Run(ctx, chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	waitDetails(t, ctx, "China")
	// Arrows pan, + zooms, Escape clears.
	if err := chromedp.Run(ctx, chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent("+")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `(function(){var p=new URLSearchParams(location.search); return Number(p.get("zoom")) === 4.5 && Number(p.get("center").split(",")[0]) > 104;})()`, "the pan east and the zoom in the URL")
	if err := chromedp.Run(ctx, chromedp.KeyEvent("\x1b")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "No country selected"`, "Escape to clear")
	// No keyboard trap: Tab moves on from the map.
	if err := chromedp.Run(ctx, chromedp.KeyEvent("\t")); err != nil {
		t.Fatal(err)
	}
	var onCanvas bool
	eval(t, ctx, `document.activeElement === document.querySelector("canvas")`, &onCanvas)
	if onCanvas {
		t.Error("Tab did not leave the map: a keyboard trap")
	}
}

func checkPanAndZoomWithPointer(t *testing.T, ctx context.Context) {
	p := countryPoint(t, ctx, "BRA")
	wheel := func(dy float64) {
		if err := chromedp.Run(ctx, chromedp.ActionFunc(func(c context.Context) error {
			return input.DispatchMouseEvent(input.MouseWheel, p.X, p.Y).WithDeltaX(0).WithDeltaY(dy).Do(c)
		})); err != nil {
			t.Fatal(err)
		}
	}
	wheel(-110) // one notch in
	waitFor(t, ctx, `Number(new URLSearchParams(location.search).get("zoom")) === 1.25`, "one wheel notch to zoom 1.25×")
	if err := chromedp.Run(ctx, chromedp.ActionFunc(func(c context.Context) error {
		if err := input.DispatchMouseEvent(input.MousePressed, p.X, p.Y).WithButton(input.Left).WithClickCount(1).Do(c); err != nil {
			return err
		}
		for i := 1; i <= 10; i++ {
			if err := input.DispatchMouseEvent(input.MouseMoved, p.X+float64(i*10), p.Y).WithButton(input.Left).Do(c); err != nil {
				return err
			}
		}
		return input.DispatchMouseEvent(input.MouseReleased, p.X+100, p.Y).WithButton(input.Left).WithClickCount(1).Do(c)
	})); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `(function(){var c=new URLSearchParams(location.search).get("center"); return c && Number(c.split(",")[0]) < -10;})()`, "the drag to move the centre west")
	if got := text(t, ctx, "#details-title"); got != "No country selected" {
		t.Errorf("a drag selected %q", got)
	}
	// The reset button shows the whole world again.
	if err := chromedp.Run(ctx, chromedp.Click("#zoom-reset")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `!new URLSearchParams(location.search).has("zoom")`, "reset to drop the zoom from the URL")
}

func TestURLRoundTripRestoresView(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?country=JPN&mineral=rare-earths&layers=blocs,controls&date=2026-01-10&center=120.5,30.25&zoom=2.5")
	waitDetails(t, ctx, "Japan")
	var first string
	eval(t, ctx, `location.search`, &first)
	img1 := screenshot(t, ctx)
	ctx2 := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx2, first)
	waitDetails(t, ctx2, "Japan")
	var second string
	eval(t, ctx2, `location.search`, &second)
	if first != second {
		t.Errorf("URL changed on reopening: %q → %q", first, second)
	}
	for _, sel := range []string{"#details-body", "#legend", "#timeline-date"} {
		if a, b := text(t, ctx, sel), text(t, ctx2, sel); a != b {
			t.Errorf("%s differs:\n%q\n%q", sel, a, b)
		}
	}
	img2 := screenshot(t, ctx2)
	var diff, all int
	b := img1.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X*2/3; x += 3 {
			all++
			if !near(img1.At(x, y), img2.At(x, y), 8) {
				diff++
			}
		}
	}
	if float64(diff) > 0.01*float64(all) {
		t.Errorf("%d of %d map pixels differ between the view and its URL", diff, all)
	}
}

func TestPhoneAndHighDPI(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		w, h int
		dpr  float64
	}{{"phone 320×568", 320, 568, 1}, {"high DPI ×2", 1280, 720, 2}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t, tc.w, tc.h, chromedp.EmulateScale(tc.dpr))
			openExplorer(t, ctx, baseMap)
			// The canvas's backing store has device pixels: crisp, not upscaled.
			var cw, ccss float64
			eval(t, ctx, `document.querySelector("canvas").width`, &cw)
			eval(t, ctx, `document.querySelector("canvas").getBoundingClientRect().width`, &ccss)
			if math.Abs(cw-ccss*tc.dpr) > 2 {
				t.Errorf("canvas is %v device px for %v CSS px at ratio %v", cw, ccss, tc.dpr)
			}
			var overflow bool
			eval(t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`, &overflow)
			if overflow {
				t.Error("the page is wider than the screen")
			}
			p := countryPoint(t, ctx, "CHN")
			if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
				t.Fatal(err)
			}
			waitDetails(t, ctx, "China")
			if !visible(t, ctx, "#details") || !visible(t, ctx, "#mineral") {
				t.Error("panel or mineral picker not visible")
			}
		})
	}
}
