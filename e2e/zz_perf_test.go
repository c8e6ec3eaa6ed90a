package e2e

import (
	"fmt"
	"sort"
	"testing"
	"time"
)

func TestZZPerf(t *testing.T) {
	for _, q := range []string{"?layers=", ""} {
		ctx := newTab(t, viewportW, viewportH)
		openExplorer(t, ctx, q)
		time.Sleep(1500 * time.Millisecond)
		p := countryPoint(t, ctx, "BRA")
		js := fmt.Sprintf(`new Promise(resolve => {
  const c = document.querySelector("canvas"); const raf = []; const t0 = performance.now(); let i = 0;
  window.paxsilica.frameMs = [];
  const f0 = window.paxsilica.frames;
  (function loop(ts){ raf.push(ts); if (ts - t0 < 5000) requestAnimationFrame(loop); })(t0);
  const id = setInterval(() => {
    i++;
    const phase = Math.floor(i / 30) %% 3;
    if (phase < 2) c.dispatchEvent(new WheelEvent("wheel", {deltaY: phase === 0 ? -40 : 40, clientX: %f, clientY: %f, bubbles: true, cancelable: true}));
    else {
      const k = i %% 30;
      const ev = (type) => c.dispatchEvent(new PointerEvent(type, {pointerId: 1, isPrimary: true, button: 0, buttons: 1, clientX: %f + k*4, clientY: %f, bubbles: true}));
      ev(k === 0 ? "pointerdown" : k === 29 ? "pointerup" : "pointermove");
    }
    if (performance.now() - t0 > 5000) { clearInterval(id);
      const d = raf.slice(1).map((v, j) => v - raf[j]).sort((a, b) => a - b);
      const q = x => d[Math.floor(x * (d.length - 1))];
      const fm = window.paxsilica.frameMs.slice().sort((a, b) => a - b);
      const g = x => fm[Math.floor(x * (fm.length - 1))];
      resolve({events: i, rafN: d.length, p50: q(0.5), p95: q(0.95), drawn: window.paxsilica.frames - f0, go50: g(0.5), go95: g(0.95)});
    }
  }, 16);
})`, p.X, p.Y, p.X, p.Y)
		var r struct {
			Events, RafN, Drawn int
			P50, P95, Go50, Go95 float64
		}
		if err := evalAwait(ctx, js, &r); err != nil {
			t.Fatal(err)
		}
		var renderMs float64
		eval(t, ctx, `window.paxsilica.renderMs`, &renderMs)
		t.Logf("%q: %d events in 5 s, %d frames drawn; rAF interval p50 %.1f ms p95 %.1f ms; Go-side Draw p50 %.1f p95 %.1f ms; last map re-render %.1f ms", q, r.Events, r.Drawn, r.P50, r.P95, r.Go50, r.Go95, renderMs)
		_ = sort.Float64s
	}
}
