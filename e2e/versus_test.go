package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"

	"paxsilica/internal/kit/sitefiles"
)

// subject is one page the comparison benchmark measures: the explorer, the
// Canvas2D reference or the floor (the reference in Go and Ebiten). The
// expressions read what each page publishes.
type subject struct {
	name       string
	url        string
	mapID      string // the element the world is fitted in
	ready      string // ms since navigation when interactive, or 0
	firstPaint string // ms when the first map was painted (the poster, for the explorer)
	firstFrame string // ms when the first live frame was drawn
	frames     string // frames drawn so far
	frameAt    string // performance.now() of the last frames drawn
	wasmBytes  string // bytes of wasm memory
}

// benchProbe runs before any script of the page: it records when the poster
// is painted (Element Timing), when paxsilica:ready arrives, when the pointer
// is released and when the details title then shows the clicked country.
const benchProbe = `(function () {
  var b = window.__bench = {paint: 0, ready: 0, up: 0, shown: 0, want: ""};
  try {
    new PerformanceObserver(function (l) {
      l.getEntries().forEach(function (e) { if (e.identifier === "poster" && !b.paint) b.paint = e.renderTime || e.loadTime; });
    }).observe({type: "element", buffered: true});
  } catch (e) {}
  addEventListener("message", function (e) {
    if (e.data && e.data.type === "paxsilica:ready" && !b.ready) b.ready = performance.now();
  });
  addEventListener("pointerup", function () { b.up = performance.now(); b.shown = 0; }, true);
  document.addEventListener("DOMContentLoaded", function () {
    new MutationObserver(function () {
      var t = document.getElementById("details-title");
      if (b.want && !b.shown && t && t.textContent.indexOf(b.want) >= 0) {
        // Shown means painted: the frame after the change.
        requestAnimationFrame(function () { b.shown = performance.now(); });
      }
    }).observe(document.body, {subtree: true, childList: true, characterData: true});
  });
})()`

// runFigures are one run's figures for one subject.
type runFigures map[string]float64

// referenceSite lays out e2e/reference with the explorer's geometry,
// dataset and style (style.js, from internal/style), compressed as the build compresses dist/, so both pages are served
// alike by the same server.
func referenceSite(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	copyFile := func(src, dst string) {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, dst), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ref := filepath.Join(repoRoot, "e2e", "reference")
	entries, err := os.ReadDir(ref)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() { // floor/: the floor's source, laid out by addFloor
			continue
		}
		copyFile(filepath.Join(ref, e.Name()), e.Name())
	}
	if err := os.WriteFile(filepath.Join(dir, "style.js"), referenceStyleJS(t), 0o644); err != nil {
		t.Fatal(err)
	}
	copyFile(filepath.Join(repoRoot, "dist", distFile(t, "world-50m")), "world-50m.bin")
	copyFile(filepath.Join(repoRoot, "dist", "dataset.json"), "dataset.json")
	files, _ := os.ReadDir(dir)
	for _, e := range files {
		if !sitefiles.Compressible(filepath.Ext(e.Name())) {
			continue
		}
		if _, _, err := sitefiles.Precompress(filepath.Join(dir, e.Name()), sitefiles.Compression{}); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// startupMarks reads the start-up steps the explorer marks on the
// performance timeline (paxsilica:<step>, from app.js and Go) and when the
// wasm's request started and its last byte came, all in ms since navigation.
const startupMarks = `(() => {
  const m = {};
  performance.getEntriesByType("mark").forEach(e => {
    const k = e.name.slice("paxsilica:".length);
    if (e.name.startsWith("paxsilica:") && !(k in m)) m[k] = e.startTime;
  });
  const w = performance.getEntriesByType("resource").find(e => /\/explorer\.[0-9a-f]+\.wasm$/.test(e.name));
  if (w) { m["wasm-request"] = w.startTime; m["wasm-last-byte"] = w.responseEnd; }
  return m;
})()`

// startupSteps are the rows of the start-up breakdown: each the time
// between two marks (startupMarks; "" is navigation).
var startupSteps = []struct{ key, label, from, to string }{
	{"st-wasm-fetch", "wasm request to last byte (starts at once, in parallel)", "wasm-request", "wasm-last-byte"},
	{"st-poster", "navigation to the poster's paint, and the frame after (the compile waits for it)", "", "poster-shown"},
	{"st-compile", "compile (streaming: from the poster's paint to compiled, reading what is left)", "wasm-compile-start", "wasm-compiled"},
	{"st-instantiate", "instantiate", "wasm-compiled", "wasm-instantiated"},
	{"st-go-start", "Go runtime start and package initialisation", "wasm-instantiated", "go-main"},
	{"st-geometry", "map geometry decoded", "go-main", "geometry-decoded"},
	{"st-wiring", "page wired (controls, panel, URL state, explorer)", "geometry-decoded", "page-wired"},
	{"st-ebiten", "Ebiten's start to its first Update (WebGL context)", "page-wired", "first-update"},
	{"st-render", "first render of the map (in the first Draw)", "first-draw", "first-render"},
	{"st-first-frame", "first frame drawn (since navigation)", "", "first-frame"},
	{"st-ready", "ready (since navigation)", "", "ready"},
	{"st-dataset", "dataset decode and validation (a goroutine, alongside)", "dataset-decode-start", "dataset-decoded"},
	{"st-dataset-shown", "dataset's panel, mineral list and timeline filled (since navigation)", "", "dataset-shown"},
	{"st-data-drawn", "first frame drawn with the dataset (since navigation)", "", "data-drawn"},
}

// measure loads s in a fresh tab and takes every figure of the comparison,
// in the order a reader meets them. A first visit starts from an empty
// browser cache; a repeat visit (repeat) comes after one, with the HTTP
// cache and the compiled-code cache warm, and takes only the start-up
// figures.
func measure(b *testing.B, s subject, repeat bool) runFigures {
	f := runFigures{}
	ctx := newOwnTab(b, viewportW, viewportH)
	// Closed when measured, and the next visit waits until the browser is
	// quiet again: the visit after a tab that had just panned and zoomed
	// took seconds longer while the browser tore it down.
	defer func() {
		chromedp.Run(ctx, page.Close())
		waitBrowserQuiet(b)
	}()
	var transferred atomic.Int64
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventLoadingFinished); ok {
			transferred.Add(int64(e.EncodedDataLength))
		}
	})
	var clear chromedp.Action = chromedp.ActionFunc(func(context.Context) error { return nil })
	if !repeat {
		clear = network.ClearBrowserCache()
	}
	err := chromedp.Run(ctx,
		network.Enable(),
		clear,
		performance.Enable(),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(benchProbe).Do(ctx)
			return err
		}),
		chromedp.Navigate(s.url))
	if err != nil {
		b.Fatalf("%s: %v", s.name, err)
	}
	waitFor(b, ctx, s.ready+" > 0", s.name+" ready")
	num := func(expr string) float64 {
		var v float64
		eval(b, ctx, "Number("+expr+") || 0", &v)
		return v
	}
	f["tti"] = num(s.ready)
	f["first-live"] = num(s.firstFrame)
	f["first-map"] = f["first-live"]
	if p := num(s.firstPaint); p > 0 && p < f["first-map"] {
		f["first-map"] = p
	}
	time.Sleep(time.Second) // late resources (the dataset panel, labels) settle
	f["bytes"] = float64(transferred.Load())
	var marks map[string]float64
	eval(b, ctx, startupMarks, &marks)
	for _, st := range startupSteps {
		to, ok := marks[st.to]
		from, ok2 := marks[st.from]
		if st.from == "" {
			from, ok2 = 0, true
		}
		if ok && ok2 {
			f[st.key] = to - from
		}
	}
	if repeat {
		return f
	}

	metrics := func() map[string]float64 {
		m := map[string]float64{}
		err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
			ms, err := performance.GetMetrics().Do(ctx)
			for _, x := range ms {
				m[x.Name] = x.Value
			}
			return err
		}))
		if err != nil {
			b.Fatalf("%s: performance metrics: %v", s.name, err)
		}
		return m
	}
	if err := chromedp.Run(ctx, heapprofiler.CollectGarbage()); err != nil {
		b.Fatal(err)
	}
	f["heap"] = metrics()["JSHeapUsedSize"]
	f["wasm-mem"] = num(s.wasmBytes)
	// The dataset decoded and validated again, alone on the event loop (at
	// start-up it shares the loop with the first frames).
	if s.name == "explorer" {
		var ms []float64
		eval(b, ctx, `[1, 2, 3, 4, 5].map(() => window.paxsilica.decodeDataset())`, &ms)
		f["dataset-ms"] = quantile(ms, 0.5)
	}

	// Idle: nothing happens for 5 s.
	m0, n0 := metrics(), num(s.frames)
	time.Sleep(5 * time.Second)
	m1, n1 := metrics(), num(s.frames)
	f["idle-frames"] = n1 - n0
	f["idle-cpu"] = (m1["TaskDuration"] - m0["TaskDuration"]) * 1000

	// Click on Brazil until the details title says so.
	p := fitIn(b, ctx, s.mapID).Apply(loadWorld(b).Countries[loadWorld(b).Index("BRA")].Label)
	eval(b, ctx, `window.__bench.want = "Brazil"`, nil)
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		b.Fatal(err)
	}
	waitFor(b, ctx, "window.__bench.shown > 0", s.name+" details for Brazil")
	f["click"] = num("window.__bench.shown - window.__bench.up")

	// 5 s of wheel zooms and drags through the DevTools protocol, every
	// 16 ms, without waiting for the page: a hand on a wheel does not wait.
	// While two events are still unhandled, wheel and move events are
	// dropped, as the browser coalesces them; presses and releases always go.
	t0, nf, m0 := num("performance.now()"), num(s.frames), metrics()
	var sent sync.WaitGroup
	var failed atomic.Value
	var inFlight, delivered atomic.Int32
	start := time.Now()
	for i := 0; time.Since(start) < 5*time.Second; i++ {
		var ev *input.DispatchMouseEventParams
		switch phase, k := (i/30)%3, i%30; {
		case phase < 2:
			dy := -40.0
			if phase == 1 {
				dy = 40
			}
			ev = input.DispatchMouseEvent(input.MouseWheel, p.X, p.Y).WithDeltaX(0).WithDeltaY(dy)
		case k == 0:
			ev = input.DispatchMouseEvent(input.MousePressed, p.X, p.Y).WithButton(input.Left).WithButtons(1).WithClickCount(1)
		case k == 29:
			ev = input.DispatchMouseEvent(input.MouseReleased, p.X+float64(k)*4, p.Y).WithButton(input.Left).WithClickCount(1)
		default:
			ev = input.DispatchMouseEvent(input.MouseMoved, p.X+float64(k)*4, p.Y).WithButton(input.Left).WithButtons(1)
		}
		if ev.Type == input.MousePressed || ev.Type == input.MouseReleased || inFlight.Load() < 2 {
			sent.Add(1)
			inFlight.Add(1)
			go func() {
				defer sent.Done()
				defer inFlight.Add(-1)
				if err := chromedp.Run(ctx, ev); err != nil {
					failed.Store(err)
				}
				delivered.Add(1)
			}()
		}
		if d := time.Until(start.Add(time.Duration(i+1) * 16 * time.Millisecond)); d > 0 {
			time.Sleep(d)
		}
	}
	handled := float64(delivered.Load())
	sent.Wait()
	if err, ok := failed.Load().(error); ok {
		b.Fatalf("%s: pan and zoom: %v", s.name, err)
	}
	f["events"] = handled
	f["pan-cpu"] = (metrics()["TaskDuration"] - m0["TaskDuration"]) * 1000
	// Frame time: between one update of the map on screen and the next,
	// from the page's own record of the frames it drew.
	var at []float64
	eval(b, ctx, s.frameAt, &at)
	var gaps []float64
	for i := 1; i < len(at); i++ {
		if at[i-1] >= t0 && at[i] <= t0+5000 {
			gaps = append(gaps, at[i]-at[i-1])
		}
	}
	f["frame-p50"] = quantile(gaps, 0.5)
	f["frame-p95"] = quantile(gaps, 0.95)
	// Frames drawn within 12 ms of the one before: two in one display
	// frame (60 Hz), so the first was never shown. A page that draws inside
	// input events as well as on animation frames has many; their short
	// gaps pull the p50 down without anything shown sooner.
	f["pan-twice"] = 0
	for _, g := range gaps {
		if g < 12 {
			f["pan-twice"]++
		}
	}
	f["pan-frames"] = num(s.frames) - nf
	return f
}

// BenchmarkVersusReference measures the explorer, the plain Canvas2D
// reference (e2e/reference) and the floor (e2e/reference/floor: the
// reference's job done with Go and Ebiten, drawing less than the reference)
// in the same browser, in alternation, and prints one table of medians with
// the ratios explorer/reference, floor/reference and explorer/floor.
// Figures, not pass/fail: `make bench`.
func BenchmarkVersusReference(b *testing.B) {
	site := referenceSite(b)
	// The floor's wasm is compressed as the explorer's is for make bench.
	floorRaw, floorBr := addFloor(b, site, sitefiles.Compression{Best: true, CacheDir: filepath.Join(repoRoot, ".cache", "precompress")})
	refURL, stop, err := startServer(site)
	if err != nil {
		b.Fatal(err)
	}
	defer stop()
	subjects := []subject{{
		name: "explorer", url: siteURL, mapID: "map-area",
		ready: "window.__bench.ready", firstPaint: "window.__bench.paint", firstFrame: "(window.paxsilica || {}).firstFrame",
		frames: "window.paxsilica.frames", frameAt: "window.paxsilica.frameAt", wasmBytes: "window.paxsilicaBoot.instance.exports.mem.buffer.byteLength",
	}, {
		name: "reference", url: refURL, mapID: "map",
		ready: "(window.reference || {}).ready", firstPaint: "0", firstFrame: "window.reference.firstFrame",
		frames: "window.reference.frames", frameAt: "window.reference.frameAt", wasmBytes: "0",
	}, {
		name: "floor", url: refURL + "floor/index.html", mapID: "map",
		ready: "(window.floor || {}).ready", firstPaint: "0", firstFrame: "window.floor.firstFrame",
		frames: "window.floor.frames", frameAt: "window.floor.frameAt", wasmBytes: "window.floorWasm.exports.mem.buffer.byteLength",
	}}
	const runs = 5 // each: the three pages, about 25 s each; -benchtime 1x
	all := map[string][]runFigures{}
	for range runs {
		for _, s := range subjects {
			all[s.name] = append(all[s.name], measure(b, s, false))
			all[s.name+" repeat"] = append(all[s.name+" repeat"], measure(b, s, true))
		}
	}
	// median of the runs that have the figure (the reference and the floor
	// mark no steps).
	median := func(name, key string) float64 {
		var xs []float64
		for _, f := range all[name] {
			if v, ok := f[key]; ok {
				xs = append(xs, v)
			}
		}
		return quantile(xs, 0.5)
	}
	rows := []struct{ key, label, unit string }{
		{"first-map", "first painted map (explorer: the poster)", "ms"},
		{"first-live", "first live frame", "ms"},
		{"tti", "time to interactive", "ms"},
		{"pan-cpu", "main-thread time, 5 s pan and zoom", "ms"},
		{"frame-p50", "frame time p50, 5 s pan and zoom", "ms"},
		{"frame-p95", "frame time p95, 5 s pan and zoom", "ms"},
		{"pan-frames", "frames drawn in the 5 s pan and zoom", ""},
		{"pan-twice", "of which within 12 ms of the one before (two in a display frame)", ""},
		{"events", "input events handled in the 5 s (310 offered)", ""},
		{"idle-frames", "frames drawn in 5 s idle", ""},
		{"idle-cpu", "main-thread CPU in 5 s idle", "ms"},
		{"click", "click (release) to details painted", "ms"},
		{"heap", "JavaScript heap after load", "MB"},
		{"wasm-mem", "wasm memory after load", "MB"},
		{"bytes", "bytes transferred, first load", "KB"},
		{"dataset-ms", "dataset decode and validation in the browser", "ms"},
	}
	// ratios are the pairs of pages compared, numerator first.
	ratios := [][2]string{{"explorer", "reference"}, {"floor", "reference"}, {"explorer", "floor"}}
	// none: figures a page has not (no dataset, no wasm).
	none := func(name, key string) bool {
		return key == "dataset-ms" && name != "explorer" || key == "wasm-mem" && name == "reference"
	}
	var out strings.Builder
	fmt.Fprintf(&out, "\nMedians of %d runs, headless Chromium %dx%d, explorer, reference and floor alternating.\n\n", runs, viewportW, viewportH)
	fmt.Fprintf(&out, "| figure | explorer | reference | floor | explorer/reference | floor/reference | explorer/floor |\n|---|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range rows {
		scale := 1.0
		switch r.unit {
		case "MB":
			scale = 1 << 20
		case "KB":
			scale = 1000
		}
		v := map[string]float64{}
		cells := []string{}
		for _, s := range subjects {
			v[s.name] = median(s.name, r.key)
			c := fmt.Sprintf("%.1f", v[s.name]/scale)
			if none(s.name, r.key) {
				c = "—"
			}
			cells = append(cells, c)
		}
		for _, q := range ratios {
			c := "—"
			if !none(q[0], r.key) && !none(q[1], r.key) && v[q[1]] > 0 {
				c = fmt.Sprintf("%.2f", v[q[0]]/v[q[1]])
			}
			cells = append(cells, c)
		}
		label := r.label
		if r.unit != "" {
			label += " (" + r.unit + ")"
		}
		fmt.Fprintf(&out, "| %s | %s |\n", label, strings.Join(cells, " | "))
		unit := r.key
		if r.unit != "" {
			unit += "-" + strings.ToLower(r.unit)
		}
		b.ReportMetric(v["explorer"]/scale, unit)
	}
	fmt.Fprintf(&out, "\nThe floor's wasm: %d bytes raw, %d with brotli (quality 11, as make bench ships the explorer's).\n", floorRaw, floorBr)
	fmt.Fprintf(&out, "\nStart-up, first visit (empty cache) and repeat visit (same profile, HTTP and compiled-code caches warm), ms; medians of %d.\n\n", runs)
	fmt.Fprintf(&out, "| step | explorer first | explorer repeat | reference first | reference repeat | floor first | floor repeat |\n|---|---:|---:|---:|---:|---:|---:|\n")
	cell := func(name, key string) string {
		for _, f := range all[name] {
			if _, ok := f[key]; ok {
				return fmt.Sprintf("%.0f", median(name, key))
			}
		}
		return "—"
	}
	for _, st := range startupSteps {
		fmt.Fprintf(&out, "| %s | %s | %s | — | — | — | — |\n", st.label, cell("explorer", st.key), cell("explorer repeat", st.key))
	}
	for _, r := range []struct{ key, label string }{{"first-map", "first painted map"}, {"first-live", "first live frame"}, {"tti", "time to interactive"}} {
		fmt.Fprintf(&out, "| %s |", r.label)
		for _, s := range subjects {
			fmt.Fprintf(&out, " %s | %s |", cell(s.name, r.key), cell(s.name+" repeat", r.key))
		}
		fmt.Fprintln(&out)
	}
	tti := func(name string) float64 { return median(name, "tti") }
	for _, s := range subjects {
		for _, name := range []string{s.name, s.name + " repeat"} {
			var xs []string
			for _, f := range all[name] {
				xs = append(xs, fmt.Sprintf("%.0f", f["tti"]))
			}
			fmt.Fprintf(&out, "\nTime to interactive, %s, each run (ms): %s.", name, strings.Join(xs, ", "))
		}
	}
	// The click is the first of a visit, where most of its spread is: each
	// run is shown, as the time to interactive is.
	for _, s := range subjects {
		var xs []string
		for _, f := range all[s.name] {
			xs = append(xs, fmt.Sprintf("%.1f", f["click"]))
		}
		fmt.Fprintf(&out, "\nClick to details painted, %s, each run (ms): %s.", s.name, strings.Join(xs, ", "))
	}
	fmt.Fprintln(&out)
	for _, q := range ratios {
		fmt.Fprintf(&out, "\nTime to interactive, %s/%s: first visit %.2f, repeat visit %.2f.", q[0], q[1], tti(q[0])/tti(q[1]), tti(q[0]+" repeat")/tti(q[1]+" repeat"))
	}
	fmt.Fprintln(&out)
	b.ReportMetric(tti("explorer repeat"), "tti-repeat-ms")
	b.ReportMetric(tti("floor"), "floor-tti-ms")
	b.ReportMetric(tti("floor repeat"), "floor-tti-repeat-ms")
	fmt.Print(out.String())
}
