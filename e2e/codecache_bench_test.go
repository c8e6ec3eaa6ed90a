package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// noStreaming hides WebAssembly.compileStreaming from the page, so that the
// boot takes its fallback: the wasm read whole, then compiled, which gets
// no compiled-code cache (the boot before #14).
const noStreaming = `WebAssembly.compileStreaming = undefined;`

// BenchmarkCodeCache measures what the compiled-code cache buys a repeat
// visit: the explorer opened again in the same profile (HTTP cache warm),
// compiled by streaming (its code from Chromium's cache) and, in turn,
// from the bytes (compiled again). Figures, not pass/fail: `make bench`.
func BenchmarkCodeCache(b *testing.B) {
	visit := func(streaming bool) map[string]float64 {
		ctx := newOwnTab(b, viewportW, viewportH)
		defer chromedp.Run(ctx, page.Close())
		scripts := []string{benchProbe}
		if !streaming {
			scripts = append(scripts, noStreaming)
		}
		for _, s := range scripts {
			if err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
				_, err := page.AddScriptToEvaluateOnNewDocument(s).Do(ctx)
				return err
			})); err != nil {
				b.Fatal(err)
			}
		}
		if err := chromedp.Run(ctx, chromedp.Navigate(siteURL)); err != nil {
			b.Fatal(err)
		}
		waitFor(b, ctx, "window.__bench.ready > 0", "the explorer ready")
		var m map[string]float64
		eval(b, ctx, startupMarks, &m)
		var tti float64
		eval(b, ctx, "window.__bench.ready", &tti)
		var by string
		eval(b, ctx, "paxsilicaBoot.compiledBy", &by)
		if want := map[bool]string{true: "streaming", false: "bytes"}[streaming]; by != want {
			b.Fatalf("compiled by %q, want %q", by, want)
		}
		return map[string]float64{
			"compile":     m["wasm-compiled"] - m["wasm-compile-start"],
			"go-start":    m["go-main"] - m["wasm-instantiated"],
			"first-frame": m["first-frame"],
			"tti":         tti,
		}
	}
	// A first visit fills the caches; V8 stores the code some seconds on.
	visit(true)
	time.Sleep(5 * time.Second)
	runs := map[bool][]map[string]float64{}
	for range b.N {
		for _, streaming := range []bool{true, false} {
			runs[streaming] = append(runs[streaming], visit(streaming))
		}
	}
	for _, k := range []string{"compile", "go-start", "first-frame", "tti"} {
		for _, streaming := range []bool{true, false} {
			var xs []float64
			for _, r := range runs[streaming] {
				xs = append(xs, r[k])
			}
			name := map[bool]string{true: "streamed", false: "bytes"}[streaming]
			b.ReportMetric(quantile(xs, 0.5), k+"-"+name+"-ms")
		}
	}
}
