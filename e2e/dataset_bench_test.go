package e2e

import (
	"testing"
)

// BenchmarkDatasetDecode measures, in headless Chromium, how long the
// explorer takes to decode and validate dataset.json (dataset.Load in the
// wasm, through window.paxsilica.decodeDataset), alone on the event loop:
// eleven runs after the page is interactive, the first dropped as a
// warm-up, the median reported with the fastest and slowest. The target is
// 20 ms. Figures, not pass/fail: run with `make bench`, or alone with
// go test -run '^$' -bench DatasetDecode -benchtime 1x ./e2e
func BenchmarkDatasetDecode(b *testing.B) {
	var med, lo, hi []float64
	for range b.N {
		ctx := newTab(b, viewportW, viewportH)
		openExplorer(b, ctx, "")
		waitFor(b, ctx, `window.paxsilica && typeof window.paxsilica.decodeDataset === "function"`, "the dataset decoder")
		var ms []float64
		eval(b, ctx, `Array.from({length: 11}, () => window.paxsilica.decodeDataset()).slice(1)`, &ms)
		if len(ms) != 10 {
			b.Fatalf("%d timings, want 10", len(ms))
		}
		med = append(med, quantile(ms, 0.5))
		lo = append(lo, quantile(ms, 0))
		hi = append(hi, quantile(ms, 1))
	}
	b.ReportMetric(quantile(med, 0.5), "decode-ms")
	b.ReportMetric(quantile(lo, 0.5), "fastest-ms")
	b.ReportMetric(quantile(hi, 0.5), "slowest-ms")
}
