package e2e

import (
	"fmt"
	"sort"
	"testing"
	"time"
)

// panZoomScript drives 5 s of wheel zooms and drags over the map from inside
// the page (synthetic events every 16 ms, so DevTools round trips do not
// pace it) and reports frame intervals from requestAnimationFrame and the Go
// side of each Draw.
const panZoomScript = `new Promise(resolve => {
  const c = document.querySelector("canvas"); const raf = []; const t0 = performance.now(); let i = 0;
  window.paxsilica.frameMs = [];
  const f0 = window.paxsilica.frames;
  (function loop(ts){ raf.push(ts); if (ts - t0 < 5000) requestAnimationFrame(loop); })(t0);
  const id = setInterval(() => {
    i++;
    const phase = Math.floor(i / 30) %% 3;
    if (phase < 2) c.dispatchEvent(new WheelEvent("wheel", {deltaY: phase === 0 ? -40 : 40, clientX: %[1]f, clientY: %[2]f, bubbles: true, cancelable: true}));
    else {
      const k = i %% 30;
      c.dispatchEvent(new PointerEvent(k === 0 ? "pointerdown" : k === 29 ? "pointerup" : "pointermove",
        {pointerId: 1, isPrimary: true, button: 0, buttons: 1, clientX: %[1]f + k*4, clientY: %[2]f, bubbles: true}));
    }
    if (performance.now() - t0 > 5000) {
      clearInterval(id);
      const d = raf.slice(1).map((v, j) => v - raf[j]);
      resolve({events: i, drawn: window.paxsilica.frames - f0, raf: d, draw: window.paxsilica.frameMs, render: window.paxsilica.renderMs || 0});
    }
  }, 16);
})`

func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[int(q*float64(len(s)-1))]
}

// BenchmarkPanZoom measures interaction in headless Chromium, with the layers
// off and on. Figures, not pass/fail: run with `make bench`.
func BenchmarkPanZoom(b *testing.B) {
	for _, tc := range []struct{ name, query string }{{"base map", "?layers="}, {"all layers", ""}} {
		b.Run(tc.name, func(b *testing.B) {
			var frameP50, frameP95, drawP50, render, drawn []float64
			for range b.N {
				ctx := newOwnTab(b, viewportW, viewportH)
				openExplorer(b, ctx, tc.query)
				time.Sleep(time.Second)
				p := countryPoint(b, ctx, "BRA")
				var r struct {
					Events, Drawn int
					Raf, Draw     []float64
					Render        float64
				}
				if err := evalAwait(ctx, fmt.Sprintf(panZoomScript, p.X, p.Y), &r); err != nil {
					b.Fatal(err)
				}
				frameP50 = append(frameP50, quantile(r.Raf, 0.5))
				frameP95 = append(frameP95, quantile(r.Raf, 0.95))
				drawP50 = append(drawP50, quantile(r.Draw, 0.5))
				render = append(render, r.Render)
				drawn = append(drawn, float64(r.Drawn))
			}
			b.ReportMetric(quantile(frameP50, 0.5), "frame-p50-ms")
			b.ReportMetric(quantile(frameP95, 0.5), "frame-p95-ms")
			b.ReportMetric(quantile(drawP50, 0.5), "go-draw-p50-ms")
			b.ReportMetric(quantile(render, 0.5), "map-render-ms")
			b.ReportMetric(quantile(drawn, 0.5)/5, "frames/s")
		})
	}
}

// BenchmarkIdle counts the frames drawn in 5 s of idling: the target is zero.
func BenchmarkIdle(b *testing.B) {
	var frames []float64
	for range b.N {
		ctx := newOwnTab(b, viewportW, viewportH)
		openExplorer(b, ctx, "")
		time.Sleep(time.Second)
		var f0, f1 int
		eval(b, ctx, `window.paxsilica.frames`, &f0)
		time.Sleep(5 * time.Second)
		eval(b, ctx, `window.paxsilica.frames`, &f1)
		frames = append(frames, float64(f1-f0))
	}
	b.ReportMetric(quantile(frames, 0.5), "idle-frames/5s")
}
