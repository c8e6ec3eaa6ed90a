package e2e

import (
	"context"
	"fmt"
	"image"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"paxsilica/internal/dataset"
	"paxsilica/internal/mapdata"
)

// sizeCase is one size a reader meets: a window, or an embed (the explorer
// with ?embed=1 in an iframe of that size on another origin).
type sizeCase struct {
	w, h  int // CSS px; an embed of w = 0 is as wide as its page (wideW)
	dpr   float64
	embed bool
	query string // extra explorer parameters
}

// wideW is the width of the page holding a full-width embed.
const wideW = 1100

func (c sizeCase) name() string {
	kind := "window"
	if c.embed {
		kind = "embed"
	}
	w := fmt.Sprint(c.w)
	if c.w == 0 {
		w = "full"
	}
	return fmt.Sprintf("%s-%sx%d@%g", kind, w, c.h, c.dpr)
}

// touch: phones and embeds get the touch rules (targets and text sizes).
func (c sizeCase) touch() bool { return c.embed || c.w <= 760 }

// sizeMatrix is every size issue 12 names, each at DPR 1 and 2.
func sizeMatrix() []sizeCase {
	var out []sizeCase
	for _, dpr := range []float64{1, 2} {
		for _, s := range [][2]int{{320, 568}, {390, 844}, {500, 800}, {700, 900}, {800, 600}, {1024, 768}, {1280, 720}, {1920, 1080}} {
			out = append(out, sizeCase{w: s[0], h: s[1], dpr: dpr})
		}
		for _, s := range [][2]int{{400, 300}, {600, 450}, {640, 480}, {800, 450}, {0, 560}} {
			out = append(out, sizeCase{w: s[0], h: s[1], dpr: dpr, embed: true})
		}
	}
	return out
}

// openSize opens a tab at the case's size and the explorer in it (in its
// frame for an embed), and waits until the map is live and the dataset
// drawn: the explorer's document is returned.
func openSize(t *testing.T, c sizeCase) (context.Context, *doc) {
	t.Helper()
	vw := c.w
	if vw == 0 {
		vw = wideW
	}
	ctx := newTab(t, vw, c.h)
	if err := chromedp.Run(ctx, emulation.SetDeviceMetricsOverride(int64(vw), int64(c.h), c.dpr, c.w <= 500).
		WithScreenWidth(int64(vw)).WithScreenHeight(int64(c.h))); err != nil {
		t.Fatalf("emulating %s: %v", c.name(), err)
	}
	target := siteURL
	if c.query != "" {
		target += "?" + c.query
	}
	if c.embed {
		target = frameHost(t) + "/frame?" + url.Values{"w": {fmt.Sprint(c.w)}, "h": {fmt.Sprint(c.h)}, "q": {c.query}}.Encode()
	}
	if err := chromedp.Run(ctx, chromedp.Navigate(target)); err != nil {
		t.Fatalf("navigate %s: %v", target, err)
	}
	waitFor(t, ctx, `window.__msgs.some(m => m && m.type === "paxsilica:ready")`, "the paxsilica:ready message")
	d := explorerDoc(t, ctx, c.embed)
	// Live, with the dataset shown and drawn (the key filled).
	d.wait(t, `document.documentElement.classList.contains("ready") && `+datasetSettled+` && document.getElementById("legend").childElementCount > 0`, "the live map with its key")
	return ctx, d
}

// settle waits until the explorer has drawn its last frame: two looks at the
// frame counter, a quarter second apart, agree (in an embed the counter is
// the frame's, so the labels' places stand in for it).
func settle(t *testing.T, d *doc) {
	t.Helper()
	last := ""
	waitUntil(t, d.ctx, "the map to stop drawing", func() (bool, string) {
		var s string
		d.eval(`JSON.stringify([document.documentElement.className, Array.from(document.querySelectorAll("#labels span")).map(function (s) { return s.style.transform + s.style.display; }).join(), document.getElementById("details-title").textContent])`, &s)
		if window := d.frameID == ""; window {
			var f float64
			d.eval(`window.paxsilica.frames || 0`, &f)
			s += fmt.Sprint(f)
		}
		ok := s == last && s != ""
		last = s
		if !ok {
			time.Sleep(250 * time.Millisecond)
		}
		return ok, "page state " + s
	})
}

// sizeShot is one case's screenshot in CSS pixels, for the contact sheet.
type sizeShot struct {
	name string
	img  image.Image
}

// TestEverySizeShowsTheWholeMap opens the default view at every size of the
// matrix and checks the picture, not the text: the live map agrees, cell by
// cell, with the poster renderer's drawing of the same view at the same
// size; every quarter of the map area holds about the land the poster has
// there (a blank band fails it); labels sit on land; the key covers at most
// 15 % of the map area and other overlays little more; an embed's map takes
// at least 55 % of the frame (60 % from 600×450); on touch layouts targets
// are at least 24×24 px and text at least 12 px.
//
// At DPR 1 every size is a fresh page. At DPR 2 one page of each kind is
// resized from size to size (a window dragged, a phone turned, an embed's
// frame changed), and each resize must be drawn at the new size in the
// first or second frame after it. The test writes a contact sheet of every size
// (contact-sheet.png in E2E_OUT, or in a temporary folder); with
// -update-golden it also writes docs/sizes.png.
func TestEverySizeShowsTheWholeMap(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var shots []sizeShot
	keep := func(s sizeShot) {
		mu.Lock()
		shots = append(shots, s)
		mu.Unlock()
	}
	var fresh []sizeCase
	walks := map[bool][]sizeCase{}
	for _, c := range sizeMatrix() {
		if c.dpr == 1 {
			fresh = append(fresh, c)
		} else {
			walks[c.embed] = append(walks[c.embed], c)
		}
	}
	t.Run("matrix", func(t *testing.T) {
		for _, c := range fresh {
			t.Run(c.name(), func(t *testing.T) {
				t.Parallel()
				ctx, d := openSize(t, c)
				keep(checkSize(t, c, ctx, d))
			})
		}
		for embed, cases := range walks {
			name := "resized-windows@2"
			if embed {
				name = "resized-embeds@2"
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				ctx, d := openSize(t, cases[0])
				for i, c := range cases {
					t.Run(c.name(), func(t *testing.T) {
						if i > 0 {
							resizeTo(t, ctx, d, c)
						}
						keep(checkSize(t, c, ctx, d))
					})
				}
			})
		}
	})
	out := os.Getenv("E2E_OUT")
	if out == "" {
		out = filepath.Join(os.TempDir(), "paxsilica-e2e")
	}
	sheet := filepath.Join(out, "contact-sheet.png")
	if err := writeContactSheet(sheet, shots); err != nil {
		t.Fatalf("contact sheet: %v", err)
	}
	t.Logf("contact sheet of %d sizes: %s", len(shots), sheet)
	if *updateGolden {
		if err := writeContactSheet(filepath.Join(repoRoot, "docs", "sizes.png"), shots); err != nil {
			t.Fatal(err)
		}
	}
}

// checkSize waits for the map to settle and checks what it shows.
func checkSize(t *testing.T, c sizeCase, ctx context.Context, d *doc) sizeShot {
	t.Helper()
	settle(t, d)
	var l layoutInfo
	d.must(t, measureJS, &l)
	if want := float64(max(c.w, 1)); c.w > 0 && l.W != want {
		t.Fatalf("%s: the page is %v px wide, want %v", c.name(), l.W, want)
	}
	live := toCSS(screenshot(t, ctx), c.dpr)
	checkPicture(t, c, l, live, loadWorld(t), loadDataset(t))
	checkRoom(t, c, l)
	if c.touch() {
		checkTouch(t, d)
	}
	return sizeShot{c.name(), live}
}

// resizeTo resizes the tab (and an embed's frame) to case c, and checks
// that the explorer draws the new size in the first or second frame.
func resizeTo(t *testing.T, ctx context.Context, d *doc, c sizeCase) {
	t.Helper()
	vw := c.w
	if vw == 0 {
		vw = wideW
	}
	var before float64
	if !c.embed {
		d.must(t, `window.paxsilica.frames || 0`, &before)
	}
	if err := chromedp.Run(ctx, emulation.SetDeviceMetricsOverride(int64(vw), int64(c.h), c.dpr, c.w <= 500).
		WithScreenWidth(int64(vw)).WithScreenHeight(int64(c.h))); err != nil {
		t.Fatalf("resizing to %s: %v", c.name(), err)
	}
	if c.embed {
		width := fmt.Sprintf("%dpx", c.w)
		if c.w == 0 {
			width = "100%"
		}
		eval(t, ctx, fmt.Sprintf(`(function(f){ f.style.width = %q; f.style.height = "%dpx"; return true; })(document.getElementById("explorer"))`, width, c.h), new(bool))
	}
	// A browser renders a frame when its window is resized; headless
	// Chromium, under emulation, renders none for a page that asks for none
	// (the idle explorer), so the resize events would wait. Ask for two
	// frames, as the browser would render them.
	for range 2 {
		if err := evalAwait(ctx, `new Promise(function (r) { requestAnimationFrame(function () { r(true); }); })`, new(bool)); err != nil {
			t.Fatalf("a frame: %v", err)
		}
	}
	d.wait(t, fmt.Sprintf(`innerWidth === %d && innerHeight === %d`, vw, c.h), "the new size")
	// The canvas takes the new size in device pixels at once.
	d.wait(t, fmt.Sprintf(`document.querySelector("canvas").width === Math.ceil(%d * %g)`, vw, c.dpr), "the canvas at the new size")
	settle(t, d)
	if !c.embed {
		// The frame that saw the new size fitted the map to it and drew it:
		// the first or second frame after the resize, not a later one.
		var r struct{ Frames, FitFrame float64 }
		d.must(t, `({frames: window.paxsilica.frames || 0, fitFrame: window.paxsilica.fitFrame || 0})`, &r)
		if n := r.FitFrame - before; n < 1 || n > 2 {
			t.Errorf("%s: the map was fitted to the new size in frame %v after the resize, want the first or second", c.name(), n)
		} else {
			t.Logf("%s: fitted and drawn in frame %v after the resize; %v frames in all", c.name(), n, r.Frames-before)
		}
	}
}

// checkPicture compares the live map with the poster renderer's.
func checkPicture(t *testing.T, c sizeCase, l layoutInfo, live *image.RGBA, w *mapdata.World, ds *dataset.Dataset) {
	t.Helper()
	want, _ := expected(w, ds, l, today())
	got, exp := quarterInk(live, l), quarterInk(want, l)
	for q := range got {
		if exp[q] > 200 && float64(got[q]) < 0.8*float64(exp[q]) {
			t.Errorf("%s: the %s quarter of the map shows %d drawn pixels, the poster %d: part of the world is not drawn", c.name(), quarterNames[q], got[q], exp[q])
		}
	}
	if a, n := agreement(live, want, l); n < 50 || a < 0.9 {
		t.Errorf("%s: the live map agrees with the poster in %s of %d cells, want 90 %%", c.name(), pct(a), n)
	}
	if bad := labelsOnLand(live, l); len(bad) > 0 {
		t.Errorf("%s: labels over bare sea: %s", c.name(), strings.Join(bad, ", "))
	}
	if t.Failed() {
		saveFailure(t, c.name(), map[string]image.Image{"live": live, "poster": want})
	}
}

// checkRoom measures the map's room and what covers it.
func checkRoom(t *testing.T, c sizeCase, l layoutInfo) {
	t.Helper()
	cover := l.cover()
	if k := cover["legend-box"]; k > 0.15 {
		t.Errorf("%s: the key covers %s of the map area, want at most 15 %%", c.name(), pct(k))
	}
	other := 0.0
	for k, v := range cover {
		if k != "legend-box" {
			other += v
		}
	}
	if other > 0.08 {
		t.Errorf("%s: overlays other than the key cover %s of the map area (%s)", c.name(), pct(other), coverText(cover))
	}
	if c.embed {
		a := l.area()
		share := a.Dx() * a.Dy() / (l.W * l.H)
		want := 0.55
		if l.W >= 600 && l.H >= 450 {
			want = 0.60
		}
		if share < want {
			t.Errorf("%s: the map takes %s of the frame, want at least %s", c.name(), pct(share), pct(want))
		}
	}
}

// touchJS lists visible targets under 24×24 px and visible text under 12 px.
const touchJS = `(function(){
  function shown(e) {
    var r = e.getBoundingClientRect(), s = getComputedStyle(e);
    return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  }
  function name(e) { return e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.textContent.trim() ? " “" + e.textContent.trim().slice(0, 24) + "”" : ""); }
  var small = [], tiny = [];
  document.querySelectorAll("button, input, select, summary, a, label").forEach(function (e) {
    if (!shown(e)) return;
    // A checkbox is reached through its label, which is the target.
    if (e.tagName === "INPUT" && (e.type === "checkbox" || e.type === "radio") && e.closest("label")) return;
    // A link inside a sentence takes the sentence's line (WCAG's inline exception).
    if (e.tagName === "A" && e.closest("p, li, footer") && !e.closest(".src")) return;
    var r = e.getBoundingClientRect();
    if (r.width <= 1 && r.height <= 1) return; // visually hidden, for screen readers
    if (r.width < 23.5 || r.height < 23.5) small.push(name(e) + " " + Math.round(r.width) + "×" + Math.round(r.height));
  });
  var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (var n; (n = walk.nextNode());) {
    var p = n.parentElement;
    if (!n.textContent.trim() || !p || !shown(p) || p.closest("[hidden], .sr-only, script, style, noscript")) continue;
    var f = parseFloat(getComputedStyle(p).fontSize);
    if (f < 11.95) tiny.push(name(p) + " " + f + "px");
  }
  return {small: small, tiny: tiny};
})()`

// checkTouch checks target and text sizes on touch layouts.
func checkTouch(t *testing.T, d *doc) {
	t.Helper()
	var r struct{ Small, Tiny []string }
	d.must(t, touchJS, &r)
	if len(r.Small) > 0 {
		t.Errorf("tap targets under 24×24 px: %s", strings.Join(r.Small, "; "))
	}
	if len(r.Tiny) > 0 {
		t.Errorf("text under 12 px: %s", strings.Join(r.Tiny, "; "))
	}
}
