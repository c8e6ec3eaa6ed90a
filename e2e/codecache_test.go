package e2e

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// traceEvent is one event of a Chromium trace, as much of it as the tests
// and the benchmark read.
type traceEvent struct {
	Name string         `json:"name"`
	Ph   string         `json:"ph"`
	Ts   float64        `json:"ts"`  // µs
	Dur  float64        `json:"dur"` // µs
	Args map[string]any `json:"args"`
}

// traceWasm runs do in ctx's tab while Chromium traces what DevTools'
// Performance panel records (devtools.timeline, where the WebAssembly code
// cache reports itself: v8.wasm.cachedModule when compiled code is stored,
// v8.wasm.moduleCacheHit when it is used), and returns the events whose
// names start with "v8.wasm.".
func traceWasm(t testing.TB, ctx context.Context, do func()) []traceEvent {
	t.Helper()
	var mu sync.Mutex
	var events []traceEvent
	done := make(chan struct{})
	var once sync.Once
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chromedp.ListenTarget(lctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, raw := range e.Value {
				var te traceEvent
				if json.Unmarshal(raw, &te) == nil && strings.HasPrefix(te.Name, "v8.wasm.") {
					events = append(events, te)
				}
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			once.Do(func() { close(done) })
		}
	})
	cfg := &tracing.TraceConfig{IncludedCategories: []string{"disabled-by-default-devtools.timeline"}, ExcludedCategories: []string{"*"}}
	if err := chromedp.Run(ctx, tracing.Start().WithTransferMode(tracing.TransferModeReportEvents).WithTraceConfig(cfg)); err != nil {
		t.Fatalf("starting a trace: %v", err)
	}
	do()
	if err := chromedp.Run(ctx, tracing.End()); err != nil {
		t.Fatalf("ending the trace: %v", err)
	}
	select {
	case <-done:
	case <-ctx.Done():
		t.Fatal("the trace did not complete")
	}
	mu.Lock()
	defer mu.Unlock()
	return events
}

// cacheEvent says whether events hold one named name for the explorer's
// wasm (by its URL where the event names one).
func cacheEvent(events []traceEvent, name, wasm string) bool {
	for _, e := range events {
		if e.Name != name {
			continue
		}
		if u, ok := e.Args["url"].(string); ok && !strings.HasSuffix(u, "/"+wasm) {
			continue
		}
		return true
	}
	return false
}

// TestWasmCompiledCodeIsCached: the program is compiled as it streams in,
// from the Response fetch returned, so Chromium keeps its compiled code; a
// repeat visit in the same profile takes the module from that cache instead
// of compiling it again (the trace says so: v8.wasm.moduleCacheHit, and no
// entry found invalid). Tracing is browser-wide: the test has the browser
// to itself (not parallel).
func TestWasmCompiledCodeIsCached(t *testing.T) {
	wasm := distFile(t, "explorer")
	ctx := newOwnTab(t, viewportW, viewportH)
	first := traceWasm(t, ctx, func() { openExplorer(t, ctx, "") })
	var by string
	eval(t, ctx, `paxsilicaBoot.compiledBy`, &by)
	if by != "streaming" {
		t.Fatalf("the program was compiled by %q, want streaming (WebAssembly.compileStreaming on the fetched Response)", by)
	}
	// V8 stores the code once enough of it has been optimised, some
	// seconds after start: wait until it has (or another tab's visit
	// already had, and this one used it).
	stored := cacheEvent(first, "v8.wasm.cachedModule", wasm) || cacheEvent(first, "v8.wasm.moduleCacheHit", wasm)
	waitUntil(t, ctx, "the compiled program stored in the code cache", func() (bool, string) {
		if stored {
			return true, ""
		}
		stored = cacheEvent(traceWasm(t, ctx, func() { chromedp.Run(ctx, chromedp.Sleep(500e6)) }), "v8.wasm.cachedModule", wasm)
		return stored, "no v8.wasm.cachedModule in the trace"
	})
	again := traceWasm(t, ctx, func() { openExplorer(t, ctx, "?country=BRA") })
	if !cacheEvent(again, "v8.wasm.moduleCacheHit", wasm) {
		t.Errorf("the repeat visit compiled the program again: no v8.wasm.moduleCacheHit for %s in the trace (%d wasm events)", wasm, len(again))
	}
	for _, bad := range []string{"v8.wasm.moduleCacheInvalid", "v8.wasm.moduleCacheInvalidDigest"} {
		if cacheEvent(again, bad, wasm) {
			t.Errorf("the repeat visit found the cached program unusable: %s", bad)
		}
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "Brazil"`, "Brazil in the panel on the repeat visit")
}

// TestWasmWrongTypeStillStarts: a server that sends the program with
// another type than application/wasm (streaming compilation refuses it)
// still gets a working explorer: the bytes are read whole and compiled, as
// before streaming, with the progress bar counting them.
func TestWasmWrongTypeStillStarts(t *testing.T) {
	t.Parallel()
	ctx := newOwnTab(t, viewportW, viewportH)
	var failed atomic.Value
	chromedp.ListenTarget(ctx, func(ev any) {
		e, ok := ev.(*fetch.EventRequestPaused)
		if !ok {
			return
		}
		var hs []*fetch.HeaderEntry
		for _, h := range e.ResponseHeaders {
			if !strings.EqualFold(h.Name, "Content-Type") {
				hs = append(hs, h)
			}
		}
		hs = append(hs, &fetch.HeaderEntry{Name: "Content-Type", Value: "application/octet-stream"})
		go func() {
			if err := chromedp.Run(ctx, fetch.ContinueResponse(e.RequestID).WithResponseCode(e.ResponseStatusCode).WithResponseHeaders(hs)); err != nil {
				failed.Store(err)
			}
		}()
	})
	if err := chromedp.Run(ctx, fetch.Enable().WithPatterns([]*fetch.RequestPattern{{URLPattern: "*.wasm", RequestStage: fetch.RequestStageResponse}})); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Run(ctx, chromedp.Navigate(siteURL+"?country=JPN")); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, ctx, "the paxsilica:ready message", func() (bool, string) {
		if err, ok := failed.Load().(error); ok {
			t.Fatalf("changing the wasm's type: %v", err)
		}
		var ok bool
		err := chromedp.Run(ctx, chromedp.Evaluate(`window.__msgs.some(m => m && m.type === "paxsilica:ready")`, &ok))
		return err == nil && ok, "page says: " + pageText(ctx)
	})
	var by string
	eval(t, ctx, `paxsilicaBoot.compiledBy`, &by)
	if by != "bytes" {
		t.Errorf("with the wasm sent as application/octet-stream the program was compiled by %q, want bytes (the fallback)", by)
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "Japan"`, "Japan in the panel")
}
