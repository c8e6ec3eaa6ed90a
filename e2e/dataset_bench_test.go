package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
)

// BenchmarkDatasetDecode measures, in headless Chromium, how long the
// explorer takes to decode and validate dataset.json (dataset.Load in the
// wasm, through window.paxsilica.decodeDataset), alone on the event loop:
// eleven runs after the page is interactive, the first dropped as a
// warm-up; the median is reported with the fastest and slowest. The target
// is 20 ms. On this shared machine the wall-clock times grow with the load,
// so the benchmark also reports the CPU time the page's main thread spent
// per decode (DevTools' ThreadTime over the ten runs), which the load
// changes much less, and the browser's own JSON.parse of the same file.
// Right after start-up V8 is still compiling the 15 MB module's hot
// functions in the background, on the same two cores: the decode is timed
// then (startup-ms) and again once that has settled, 8 s later (the other
// figures), as a reader's later reloads of the data would meet it.
// Figures, not pass/fail: run with `make bench`, or alone with
//
//	go test -run '^$' -bench DatasetDecode -benchtime 1x ./e2e
func BenchmarkDatasetDecode(b *testing.B) {
	var med, lo, hi, cpu, parse, startup []float64
	for range b.N {
		ctx := newOwnTab(b, viewportW, viewportH)
		if err := chromedp.Run(ctx, performance.Enable()); err != nil {
			b.Fatal(err)
		}
		openExplorer(b, ctx, "")
		waitFor(b, ctx, `window.paxsilica && typeof window.paxsilica.decodeDataset === "function"`, "the dataset decoder")
		var text string
		if err := evalAwait(ctx, `fetch("dataset.json").then(r => r.text()).then(t => (window.__datasetText = t, "ok"))`, &text); err != nil {
			b.Fatal(err)
		}
		var early []float64
		eval(b, ctx, `Array.from({length: 5}, () => window.paxsilica.decodeDataset())`, &early)
		startup = append(startup, quantile(early, 0.5))
		time.Sleep(8 * time.Second) // V8's background compilation settles
		var warm float64
		eval(b, ctx, `window.paxsilica.decodeDataset()`, &warm)
		t0 := threadTime(b, ctx)
		var ms []float64
		eval(b, ctx, `Array.from({length: 10}, () => window.paxsilica.decodeDataset())`, &ms)
		t1 := threadTime(b, ctx)
		var pm []float64
		eval(b, ctx, `Array.from({length: 10}, () => { const t = performance.now(); JSON.parse(window.__datasetText); return performance.now() - t; })`, &pm)
		if len(ms) != 10 || len(pm) != 10 {
			b.Fatalf("%d and %d timings, want 10 of each", len(ms), len(pm))
		}
		med = append(med, quantile(ms, 0.5))
		lo = append(lo, quantile(ms, 0))
		hi = append(hi, quantile(ms, 1))
		cpu = append(cpu, (t1-t0)*1000/10)
		parse = append(parse, quantile(pm, 0.5))
	}
	b.ReportMetric(quantile(startup, 0.5), "startup-ms")
	b.ReportMetric(quantile(med, 0.5), "decode-ms")
	b.ReportMetric(quantile(lo, 0.5), "fastest-ms")
	b.ReportMetric(quantile(hi, 0.5), "slowest-ms")
	b.ReportMetric(quantile(cpu, 0.5), "cpu-ms/decode")
	b.ReportMetric(quantile(parse, 0.5), "json-parse-ms")
}

// threadTime is the CPU time (s) the page's main thread has used, from
// DevTools' Performance.getMetrics.
func threadTime(b *testing.B, ctx context.Context) float64 {
	b.Helper()
	var v float64
	err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		ms, err := performance.GetMetrics().Do(ctx)
		for _, m := range ms {
			if m.Name == "ThreadTime" {
				v = m.Value
			}
		}
		return err
	}))
	if err != nil {
		b.Fatal(err)
	}
	if v == 0 {
		b.Fatal("DevTools reports no ThreadTime")
	}
	return v
}
