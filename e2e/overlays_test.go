package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
)

// center returns the CSS-pixel centre of the element matching selector in
// the explorer's document.
func center(t *testing.T, d *doc, selector string) geo.Point {
	t.Helper()
	var p geo.Point
	d.must(t, fmt.Sprintf(`(function(){var r=document.querySelector(%q).getBoundingClientRect();return {X:r.left+r.width/2,Y:r.top+r.height/2};})()`, selector), &p)
	return p
}

// tap touches the page at p (CSS px) with one finger.
func tap(t *testing.T, ctx context.Context, p geo.Point) {
	t.Helper()
	pt := []*input.TouchPoint{{X: p.X, Y: p.Y}}
	if err := chromedp.Run(ctx,
		input.DispatchTouchEvent(input.TouchStart, pt),
		input.DispatchTouchEvent(input.TouchEnd, []*input.TouchPoint{})); err != nil {
		t.Fatalf("tap at %v: %v", p, err)
	}
}

// TestKeyOpensAndClosesAndStaysSmall: on a phone the key starts collapsed;
// a tap, the keyboard and the mouse open and close it; open, it covers at
// most 15 % of the map area, with a mineral's colour scale in it too.
func TestKeyOpensAndClosesAndStaysSmall(t *testing.T) {
	t.Parallel()
	for _, query := range []string{"", "mineral=gallium"} {
		t.Run("view "+query, func(t *testing.T) {
			c := sizeCase{w: 390, h: 844, dpr: 1, query: query}
			ctx, d := openSize(t, c)
			open := func(want bool, how string) {
				t.Helper()
				d.wait(t, fmt.Sprintf(`document.getElementById("legend-box").open === %v`, want), fmt.Sprintf("the key %s after %s", map[bool]string{true: "open", false: "closed"}[want], how))
			}
			open(false, "loading on a phone")
			tap(t, ctx, center(t, d, "#legend-toggle"))
			open(true, "a tap")
			settle(t, d)
			var l layoutInfo
			d.must(t, measureJS, &l)
			if k := l.cover()["legend-box"]; k > 0.15 || k == 0 {
				t.Errorf("the open key covers %s of the map area, want some and at most 15 %%", pct(k))
			}
			if err := chromedp.Run(ctx, chromedp.Focus("#legend-toggle"), chromedp.KeyEvent("\r")); err != nil {
				t.Fatal(err)
			}
			open(false, "Enter on its summary")
			if err := chromedp.Run(ctx, chromedp.KeyEvent(" ")); err != nil {
				t.Fatal(err)
			}
			open(true, "Space on its summary")
			if err := chromedp.Run(ctx, chromedp.Click("#legend-toggle")); err != nil {
				t.Fatal(err)
			}
			open(false, "a click")
		})
	}
}

// TestKeyFollowsTheLayout: a key open on a wide window closes when the
// window narrows to a phone's width, and opens again when it widens: it never
// stays open over a phone-sized map because it was open on a desktop.
func TestKeyFollowsTheLayout(t *testing.T) {
	t.Parallel()
	ctx, d := openSize(t, sizeCase{w: 1280, h: 720, dpr: 1})
	isOpen := func(want bool, when string) {
		t.Helper()
		d.wait(t, fmt.Sprintf(`document.getElementById("legend-box").open === %v`, want), fmt.Sprintf("the key %s %s", map[bool]string{true: "open", false: "closed"}[want], when))
	}
	isOpen(true, "on a wide window")
	for _, step := range []struct {
		w, h int
		open bool
	}{{390, 844, false}, {1280, 720, true}, {800, 600, false}} {
		if err := chromedp.Run(ctx, emulation.SetDeviceMetricsOverride(int64(step.w), int64(step.h), 1, step.w <= 500)); err != nil {
			t.Fatal(err)
		}
		isOpen(step.open, fmt.Sprintf("at %d×%d", step.w, step.h))
		settle(t, d)
		var l layoutInfo
		d.must(t, measureJS, &l)
		if k := l.cover()["legend-box"]; k > 0.15 {
			t.Errorf("at %d×%d the key covers %s of the map area, want at most 15 %%", step.w, step.h, pct(k))
		}
	}
}

// TestMoreControlsMenu: in the compact layout (an embed, a phone, in English
// and Hindi) the toolbar is one row; the other controls open under it, each
// in its own place (the timeline's ticks stay in their row, off the
// scenario's label), work, and close with Escape.
func TestMoreControlsMenu(t *testing.T) {
	t.Parallel()
	for _, c := range []sizeCase{
		{w: 600, h: 450, dpr: 1, embed: true},
		{w: 390, h: 844, dpr: 2},
		{w: 390, h: 844, dpr: 2, query: "lang=hi"},
	} {
		t.Run(c.name()+"-"+c.query, func(t *testing.T) {
			t.Parallel()
			checkMoreControls(t, c)
		})
	}
}

// checkMoreControls opens, uses and closes the More controls menu at size c.
func checkMoreControls(t *testing.T, c sizeCase) {
	ctx, d := openSize(t, c)
	var rows float64
	d.must(t, `document.getElementById("toolbar").getBoundingClientRect().height`, &rows)
	if rows > 48 {
		t.Errorf("the toolbar is %v px tall, want one row", rows)
	}
	if c.embed && c.query == "" {
		// "Open the full explorer": a space's width between the words, which a
		// flex box drops from the start of its items.
		var gap float64
		d.must(t, `(function(){var a=document.getElementById("full-link"),r=document.createRange();r.selectNodeContents(a.firstChild);return a.querySelector(".wide-only").getBoundingClientRect().left-r.getBoundingClientRect().right;})()`, &gap)
		if gap < 2 {
			t.Errorf("the embed's link runs its words together (%.1f px between “Open” and “the full explorer”)", gap)
		}
	}
	d.must(t, `getComputedStyle(document.getElementById("view-network")).display`, new(string))
	var shown bool
	d.must(t, `document.getElementById("view-network").getBoundingClientRect().width > 0`, &shown)
	if shown {
		t.Error("the view switch shows before the menu is opened")
	}
	tap(t, ctx, center(t, d, "#menu-toggle"))
	d.wait(t, `document.getElementById("menu-toggle").getAttribute("aria-expanded") === "true" && document.getElementById("view-network").getBoundingClientRect().width > 0`, "the menu open with the view switch")
	checkTicksInTheirRow(t, d)
	var area [4]float64
	d.must(t, `(function(){var r=document.getElementById("map-area").getBoundingClientRect();return [r.left,r.top,r.right,r.bottom];})()`, &area)
	tap(t, ctx, center(t, d, "#view-network"))
	d.wait(t, `document.getElementById("view-network").getAttribute("aria-pressed") === "true"`, "the network view")
	var after [4]float64
	d.must(t, `(function(){var r=document.getElementById("map-area").getBoundingClientRect();return [r.left,r.top,r.right,r.bottom];})()`, &after)
	if after != area {
		t.Errorf("opening the menu moved the map area from %v to %v", area, after)
	}
	if err := chromedp.Run(ctx, chromedp.KeyEvent("\x1b")); err != nil { // Escape, focus in the menu
		t.Fatal(err)
	}
	d.wait(t, `document.getElementById("menu-toggle").getAttribute("aria-expanded") === "false" && document.getElementById("view-network").getBoundingClientRect().width === 0`, "the menu closed by Escape")
}

// checkTicksInTheirRow checks that the timeline's event ticks, shown, lie
// inside the timeline's track and that none meets the scenario field's
// label (they once hung 20 px below the slider, over "What if China cuts
// supply to").
func checkTicksInTheirRow(t *testing.T, d *doc) {
	t.Helper()
	d.wait(t, `document.querySelectorAll("#timeline-ticks .tick").length > 0 && document.querySelector("#scenario-field label").getBoundingClientRect().width > 0`, "the ticks and the scenario's label shown")
	var bad []string
	d.must(t, `(function(){
		var box = function (e) { var r = e.getBoundingClientRect(); return {l: r.left, t: r.top, r: r.right, b: r.bottom}; };
		var meet = function (a, b) { return a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b; };
		var label = box(document.querySelector("#scenario-field label")), track = box(document.getElementById("timeline-track"));
		var bad = [];
		document.querySelectorAll("#timeline-ticks .tick").forEach(function (e, i) {
			var k = box(e), at = i + " " + Math.round(k.l) + "," + Math.round(k.t) + "–" + Math.round(k.r) + "," + Math.round(k.b);
			if (meet(k, label)) bad.push("tick " + at + " meets the scenario label " + Math.round(label.l) + "," + Math.round(label.t) + "–" + Math.round(label.r) + "," + Math.round(label.b));
			if (k.t < track.t - 0.5 || k.b > track.b + 0.5) bad.push("tick " + at + " outside the track's rows " + Math.round(track.t) + "–" + Math.round(track.b));
		});
		return bad;
	})()`, &bad)
	if len(bad) > 0 {
		t.Errorf("%d misplaced ticks, the first: %s", len(bad), strings.Join(bad[:min(len(bad), 4)], "; "))
	}
}

// TestPanelNeverOverTheSelection: wherever the panel goes, the selected
// country's label point is on the map, not under the panel or an overlay.
func TestPanelNeverOverTheSelection(t *testing.T) {
	t.Parallel()
	w := loadWorld(t)
	for _, c := range []sizeCase{
		{w: 390, h: 844, dpr: 1, query: "country=AUS"},
		{w: 800, h: 600, dpr: 1, query: "country=AUS"},
		{w: 400, h: 300, dpr: 1, embed: true, query: "country=AUS"},
		{w: 800, h: 450, dpr: 1, embed: true, query: "country=NZL"},
		{w: 640, h: 480, dpr: 1, embed: true, query: "country=ARG"},
	} {
		t.Run(c.name()+"-"+c.query, func(t *testing.T) {
			t.Parallel()
			_, d := openSize(t, c)
			settle(t, d)
			var l layoutInfo
			d.must(t, measureJS, &l)
			code := c.query[len("country="):]
			p := projection.Fit(w.Bounds, l.area(), 8).Apply(w.Countries[w.Index(code)].Label)
			var top string
			d.must(t, fmt.Sprintf(`(function(){var e=document.elementFromPoint(%g,%g);if(!e)return "nothing";if(e.tagName==="CANVAS")return "map";while(e.parentElement&&e.parentElement!==document.body)e=e.parentElement;return e.id||e.tagName;})()`, p.X, p.Y), &top)
			if top != "map" || !l.area().Contains(p) {
				t.Errorf("%s's label point %v is under %q (map area %v)", code, p, top, l.Area)
			}
		})
	}
}

// TestTouchRulesInThePanel: the touch rules (targets at least 24×24 px,
// text at least 12 px) hold for what the panel shows with a selection too:
// a country's summary, a mineral's charts, a scenario. On the phone one
// page goes from the country (from the URL) to the mineral and the scenario
// through the page's own controls, as a reader would, instead of a page
// load for each.
func TestTouchRulesInThePanel(t *testing.T) {
	t.Parallel()
	t.Run("window-390x844@1", func(t *testing.T) {
		t.Parallel()
		ctx, d := openSize(t, sizeCase{w: 390, h: 844, dpr: 1, query: "country=CHN"})
		for _, step := range []struct {
			query string                    // the view the step shows, as URL parameters
			set   func(t *testing.T) string // goes there from the step before (nil for the first) and returns the URL parameters, sorted
		}{
			{"country=CHN", nil},
			{"mineral=rare-earths", func(t *testing.T) string {
				if err := chromedp.Run(ctx, chromedp.KeyEvent("\x1b")); err != nil { // Escape: no country
					t.Fatal(err)
				}
				waitFor(t, ctx, `!new URLSearchParams(location.search).has("country")`, "the selection cleared")
				choose(t, ctx, "#mineral", "rare-earths", "change")
				return "mineral=rare-earths"
			}},
			{"scenario=cut&mineral=gallium&target=USA", func(t *testing.T) string {
				choose(t, ctx, "#mineral", "gallium", "change")
				choose(t, ctx, "#scenario-target", "USA", "change")
				return "mineral=gallium&scenario=cut&target=USA"
			}},
		} {
			t.Run(step.query, func(t *testing.T) {
				if step.set != nil {
					before := text(t, ctx, "#details-title")
					want := step.set(t)
					waitFor(t, ctx, fmt.Sprintf(`(function(){var p = new URLSearchParams(location.search); p.sort(); return p.toString() === %q && document.getElementById("details-title").textContent !== %q;})()`, want, before), "the panel for "+want)
				}
				checkPanelTouch(t, d)
			})
		}
	})
	t.Run("embed-600x450@1-mineral=gallium", func(t *testing.T) {
		t.Parallel()
		_, d := openSize(t, sizeCase{w: 600, h: 450, dpr: 1, embed: true, query: "mineral=gallium"})
		checkPanelTouch(t, d)
	})
}

// checkPanelTouch checks the touch rules over everything the panel shows,
// scrolled into view a screen at a time.
func checkPanelTouch(t *testing.T, d *doc) {
	t.Helper()
	d.wait(t, `document.querySelector("#details-body .charts, #details-body .summary, #details-body table") !== null`, "the panel's charts")
	settle(t, d)
	var n int
	d.must(t, `Math.ceil(document.getElementById("details").scrollHeight / Math.max(1, document.getElementById("details").clientHeight))`, &n)
	for i := 0; i < min(n, 8); i++ {
		d.must(t, fmt.Sprintf(`(function(){var e=document.getElementById("details");e.scrollTop=%d*e.clientHeight;return e.scrollTop;})()`, i), new(float64))
		checkTouch(t, d)
	}
}
