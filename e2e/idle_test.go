package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestIdleAsksForNoFrames: once the map is drawn and nothing happens, the
// explorer stops asking the browser for animation frames (each one would be
// a call into Go), and the first pointer move wakes it again.
func TestIdleAsksForNoFrames(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "")
	waitFor(t, ctx, `document.querySelectorAll("#mineral option").length > 20 && paxsilicaBoot.asleep()`, "the dataset shown and the loop asleep")
	// The page may still settle once the data is shown (the filled mineral
	// list widens its select, the toolbar wraps, the map area moves and the
	// map is fitted again in one more frame): idling is measured from when
	// the loop has slept through half a second without a frame.
	waitUntil(t, ctx, "the loop asleep for half a second", func() (bool, string) {
		var before, after float64
		var asleep bool
		eval(t, ctx, `paxsilica.frames`, &before)
		time.Sleep(500 * time.Millisecond)
		eval(t, ctx, `paxsilica.frames`, &after)
		eval(t, ctx, `paxsilicaBoot.asleep()`, &asleep)
		return asleep && after == before, fmt.Sprintf("asleep %v, %v frames in 0.5 s", asleep, after-before)
	})
	var r0, f0, r1, f1 float64
	eval(t, ctx, `paxsilicaBoot.frameRequests`, &r0)
	eval(t, ctx, `paxsilica.frames`, &f0)
	time.Sleep(2 * time.Second) // what is measured: 2 s of idling
	eval(t, ctx, `paxsilicaBoot.frameRequests`, &r1)
	eval(t, ctx, `paxsilica.frames`, &f1)
	// At 60 frames a second, an unparked loop asks about 120 times in 2 s.
	if r1-r0 > 1 || f1 != f0 {
		t.Fatalf("in 2 s of idling the explorer asked for %v animation frames and drew %v", r1-r0, f1-f0)
	}
	p := countryPoint(t, ctx, "BRA")
	if err := chromedp.Run(ctx, chromedp.MouseEvent("mouseMoved", p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("tooltip").textContent.indexOf("Brazil") >= 0`, "the hover tooltip for Brazil")
	var r2, f2 float64
	eval(t, ctx, `paxsilicaBoot.frameRequests`, &r2)
	eval(t, ctx, `paxsilica.frames`, &f2)
	if r2 <= r1 || f2 <= f1 {
		t.Errorf("a pointer move did not wake the loop: %v frame requests, %v frames drawn since", r2-r1, f2-f1)
	}
}
