package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// BenchmarkExporter measures the Download path in headless Chromium: from
// opening the dialog to the exporter (a separate wasm, not part of the first
// load) being ready, then the time the exporter takes to draw and encode the
// 2400 px PNG of a view, and to compose a CSV. Figures, not pass/fail: run
// with `make bench`.
func BenchmarkExporter(b *testing.B) {
	var load, pngMs, pngKB, csvMs []float64
	for range b.N {
		ctx := newOwnTab(b, viewportW, viewportH)
		openExplorer(b, ctx, "?mineral=gallium&country=CHN&date=2026-01-10")
		if err := chromedp.Run(ctx, chromedp.Click("#download", chromedp.ByQuery)); err != nil {
			b.Fatal(err)
		}
		waitFor(b, ctx, `window.paxsilica && window.paxsilica.exporterLoadMs > 0 && window.paxsilicaExporter`, "the exporter")
		var r struct {
			Load, Png, Bytes, CSV float64
		}
		eval(b, ctx, `(function(){
			var q = location.search.slice(1), p = paxsilicaExporter.make("png", q, location.href), c = paxsilicaExporter.make("producers", q, location.href);
			return {load: window.paxsilica.exporterLoadMs, png: p.ms, bytes: p.data.length, csv: c.ms};
		})()`, &r)
		load = append(load, r.Load)
		pngMs = append(pngMs, r.Png)
		pngKB = append(pngKB, r.Bytes/1024)
		csvMs = append(csvMs, r.CSV)
	}
	b.ReportMetric(quantile(load, 0.5), "exporter-load-ms")
	b.ReportMetric(quantile(pngMs, 0.5), "png-ms")
	b.ReportMetric(quantile(pngKB, 0.5), "png-KB")
	b.ReportMetric(quantile(csvMs, 0.5), "csv-ms")
}
