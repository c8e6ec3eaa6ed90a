package e2e

import (
	"testing"
)

// BenchmarkDatasetDecode measures, in headless Chromium, how long the
// explorer takes to decode and validate dataset.json (dataset.Load in the
// wasm, through window.paxsilica.decodeDataset), alone on the event loop:
// eleven runs after the page is interactive, the first dropped as a
// warm-up; the median is reported with the fastest and slowest. The target
// is 20 ms. Beside it, in the same minutes, the browser's own JSON.parse of
// the same file, also eleven times: the ratio of the two medians is what to
// compare when the shared machine is loaded (both slow down alike).
// Figures, not pass/fail: run with `make bench`, or alone with
//
//	go test -run '^$' -bench DatasetDecode -benchtime 1x ./e2e
func BenchmarkDatasetDecode(b *testing.B) {
	var med, lo, hi, parse []float64
	for range b.N {
		ctx := newTab(b, viewportW, viewportH)
		openExplorer(b, ctx, "")
		waitFor(b, ctx, `window.paxsilica && typeof window.paxsilica.decodeDataset === "function"`, "the dataset decoder")
		var r struct{ Decode, Parse []float64 }
		if err := evalAwait(ctx, `fetch("dataset.json").then(r => r.text()).then(text => {
			const decode = [], parse = [];
			for (let i = 0; i < 11; i++) {
				decode.push(window.paxsilica.decodeDataset());
				const t0 = performance.now();
				JSON.parse(text);
				parse.push(performance.now() - t0);
			}
			return {decode: decode.slice(1), parse: parse.slice(1)};
		})`, &r); err != nil {
			b.Fatal(err)
		}
		if len(r.Decode) != 10 || len(r.Parse) != 10 {
			b.Fatalf("%d and %d timings, want 10 of each", len(r.Decode), len(r.Parse))
		}
		med = append(med, quantile(r.Decode, 0.5))
		lo = append(lo, quantile(r.Decode, 0))
		hi = append(hi, quantile(r.Decode, 1))
		parse = append(parse, quantile(r.Parse, 0.5))
	}
	m, p := quantile(med, 0.5), quantile(parse, 0.5)
	b.ReportMetric(m, "decode-ms")
	b.ReportMetric(quantile(lo, 0.5), "fastest-ms")
	b.ReportMetric(quantile(hi, 0.5), "slowest-ms")
	b.ReportMetric(p, "json-parse-ms")
	if p > 0 {
		b.ReportMetric(m/p, "x-json-parse")
	}
}
