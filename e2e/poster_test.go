package e2e

import (
	"context"
	"image/color"
	"math"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"

	"paxsilica/internal/geo"
	"paxsilica/internal/style"
)

// boxes returns the boxes of the visible elements matching selector.
func boxes(t testing.TB, ctx context.Context, selector string) []rect {
	t.Helper()
	var rs []rect
	eval(t, ctx, `Array.from(document.querySelectorAll(`+"`"+selector+"`"+`)).filter(e => e.offsetParent !== null || getComputedStyle(e).position === "fixed").map(e => {
	  const r = e.getBoundingClientRect(); return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};
	}).filter(r => r.right > r.left && r.bottom > r.top)`, &rs)
	return rs
}

// TestPosterShowsAtOnceAndTheLiveMapTakesItsPlace holds back the wasm, so
// the page shows only what it has before the program runs: the poster. It
// must sit exactly where the live map will draw the world, and the live map,
// once running, must show the same picture in the same place.
func TestPosterShowsAtOnceAndTheLiveMapTakesItsPlace(t *testing.T) {
	t.Parallel()
	held := newOwnTab(t, viewportW, viewportH)
	err := chromedp.Run(held,
		fetch.Enable().WithPatterns([]*fetch.RequestPattern{{URLPattern: "*.wasm"}}), // paused, never answered
		chromedp.Navigate(siteURL))
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, held, `(() => { const p = document.getElementById("poster"); return p && p.complete && p.naturalWidth > 0; })()`, "the poster image")
	waitFor(t, held, `/Loading the map/.test(document.getElementById("status-text").textContent)`, "the loading status")
	var poster struct {
		Display                     string
		Left, Top, Width, Height    float64
		NaturalWidth, NaturalHeight float64
	}
	eval(t, held, `(() => { const p = document.getElementById("poster"), r = p.getBoundingClientRect();
	  return {display: getComputedStyle(p).display, left: r.left, top: r.top, width: r.width, height: r.height,
	          naturalWidth: p.naturalWidth, naturalHeight: p.naturalHeight}; })()`, &poster)
	if poster.Display == "none" {
		t.Fatal("the poster is hidden before the explorer runs")
	}
	// object-fit: contain, centred in its box: where the picture lands.
	s := math.Min(poster.Width/poster.NaturalWidth, poster.Height/poster.NaturalHeight)
	got := geo.Rect{Min: geo.Point{X: poster.Left + (poster.Width-s*poster.NaturalWidth)/2, Y: poster.Top + (poster.Height-s*poster.NaturalHeight)/2}}
	got.Max = geo.Point{X: got.Min.X + s*poster.NaturalWidth, Y: got.Min.Y + s*poster.NaturalHeight}
	w := loadWorld(t)
	tr := mapTransform(t, held)
	want := geo.Rect{Min: tr.Apply(w.Bounds.Min), Max: tr.Apply(w.Bounds.Max)}
	for _, d := range []float64{got.Min.X - want.Min.X, got.Min.Y - want.Min.Y, got.Max.X - want.Max.X, got.Max.Y - want.Max.Y} {
		if math.Abs(d) > 1 {
			t.Fatalf("the poster's picture lies at %v, the live map fits the world at %v", got, want)
		}
	}
	before := screenshot(t, held)
	skip := boxes(t, held, "#status, #zoom, #legend")

	live := newTab(t, viewportW, viewportH)
	openExplorer(t, live, "")
	var shown string
	eval(t, live, `getComputedStyle(document.getElementById("poster")).display`, &shown)
	if shown != "none" {
		t.Errorf("the poster is still shown (display %q) once the explorer is ready", shown)
	}
	after := screenshot(t, live)
	skip = append(skip, boxes(t, live, "#labels span, #legend, #zoom")...)

	// Compare on a 3-pixel grid inside the world's box, away from HTML.
	diff := func(dx, dy int) (mean float64, land int) {
		var sum, n float64
		for y := want.Min.Y + 6; y < want.Max.Y-6; y += 3 {
			for x := want.Min.X + 6; x < want.Max.X-6; x += 3 {
				masked := false
				for _, r := range skip {
					if r.has(x, y) {
						masked = true
						break
					}
				}
				if masked {
					continue
				}
				a := before.At(int(x), int(y))
				b := after.At(int(x)+dx, int(y)+dy)
				if near(a, style.Land, 6) {
					land++
				}
				sum += colourDistance(a, b)
				n++
			}
		}
		return sum / n, land
	}
	zero, land := diff(0, 0)
	if land < 1000 {
		t.Fatalf("the poster shows %d land pixels on the grid: not a map", land)
	}
	for _, d := range [][2]int{{-3, 0}, {3, 0}, {0, -3}, {0, 3}, {-2, -2}, {2, 2}} {
		if m, _ := diff(d[0], d[1]); m <= zero {
			t.Errorf("the live map matches the poster better when shifted by %v (%.1f) than in place (%.1f): it jumps", d, m, zero)
		}
	}
	if zero > 8 {
		t.Errorf("the poster and the live map differ by %.1f on average per pixel: not the same picture", zero)
	}
	t.Logf("mean difference poster/live %.2f per pixel (on %d land pixels)", zero, land)
}

// TestPosterOnlyForTheDefaultView: a view the poster does not show gets none,
// so nothing changes shape when the live map arrives.
func TestPosterOnlyForTheDefaultView(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, query string
		shown       bool
	}{
		{"default", "", true},
		{"embedded", "?embed=1", true},
		{"selected country", "?country=CHN", true},
		{"zoomed", "?zoom=4&lon=10&lat=50", false},
		{"mineral", "?mineral=gallium", false},
		{"network", "?view=network", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := newOwnTab(t, viewportW, viewportH)
			err := chromedp.Run(ctx,
				fetch.Enable().WithPatterns([]*fetch.RequestPattern{{URLPattern: "*.wasm"}}),
				chromedp.Navigate(siteURL+tc.query))
			if err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `document.readyState !== "loading"`, "the page")
			var display string
			eval(t, ctx, `getComputedStyle(document.getElementById("poster")).display`, &display)
			if (display != "none") != tc.shown {
				t.Errorf("poster display %q, want shown=%v", display, tc.shown)
			}
			if strings.Contains(tc.query, "embed") {
				var embed bool
				eval(t, ctx, `document.documentElement.classList.contains("embed")`, &embed)
				if !embed {
					t.Error("the embedded layout is not set before the program runs: the poster would move")
				}
			}
		})
	}
}

// colourDistance is the mean absolute difference of two colours' channels.
func colourDistance(a, b color.Color) float64 {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	d := func(x, y uint32) float64 { return math.Abs(float64(x>>8) - float64(y>>8)) }
	return (d(ar, br) + d(ag, bg) + d(ab, bb)) / 3
}
