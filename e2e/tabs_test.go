package e2e

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// tab is one tab of the shared browser. Its chromedp context lives as long
// as the tab; each test that uses it gets a context derived from it, so that
// what the test listens to ends with the test.
type tab struct {
	ctx   context.Context
	close context.CancelFunc
}

// freeTabs holds the tabs of finished tests, on a blank page, for the next
// tests. A tab reused costs the browser far less than a new one: closing a
// tab of the explorer made the GPU process draw and read back several
// frames (about a second of CPU), and a page in a reused tab reached ready
// in 3.0 s of CPU where one in a new tab took 3.6–3.8 s
// (docs/BENCHMARKS.md, "The inner loop").
var freeTabs struct {
	sync.Mutex
	tabs []*tab
}

// newTab gives the test a tab of the shared browser with a viewport of w×h
// CSS pixels (opts can add chromedp.EmulateScale(2), chromedp.EmulateMobile,
// …) that records posted messages in window.__msgs; each tab behaves as the
// focused one, so tabs can run in parallel. The tab is a finished test's,
// on a blank page, when one is free: a page's state never outlives its
// test, but the renderer process and its caches may. When the test ends
// the tab is blanked for the next test. A test that changes how a tab
// behaves beyond its size (scripts added to every document, intercepted or
// blocked requests, tracing) or that reads what a first visit does (its
// requests, its compiling) takes newOwnTab instead.
func newTab(t testing.TB, w, h int, opts ...chromedp.EmulateViewportOption) context.Context {
	t.Helper()
	return useTab(t, true, w, h, opts...)
}

// newOwnTab is newTab with a tab opened for the test alone and closed when
// it ends.
func newOwnTab(t testing.TB, w, h int, opts ...chromedp.EmulateViewportOption) context.Context {
	t.Helper()
	return useTab(t, false, w, h, opts...)
}

// useTab gives the test a free tab (shared) or a new one, sized, and hands
// it back blanked, or closes it, when the test ends.
func useTab(t testing.TB, shared bool, w, h int, opts ...chromedp.EmulateViewportOption) context.Context {
	t.Helper()
	var tb *tab
	if shared {
		tb = takeFreeTab()
	}
	if tb == nil {
		var err error
		if tb, err = openTab(); err != nil {
			t.Fatalf("opening a tab: %v", err)
		}
	}
	ctx, cancel := context.WithCancel(tb.ctx)
	t.Cleanup(func() {
		cancel()
		if shared && blank(tb) {
			freeTabs.Lock()
			freeTabs.tabs = append(freeTabs.tabs, tb)
			freeTabs.Unlock()
			return
		}
		tb.close()
	})
	// Past the test binary's own deadline, fail with a message rather than
	// a panic that names no condition.
	if d, ok := t.(interface{ Deadline() (time.Time, bool) }); ok {
		if end, ok := d.Deadline(); ok {
			c, cancelT := context.WithDeadline(ctx, end.Add(-30*time.Second))
			t.Cleanup(cancelT)
			ctx = c
		}
	}
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(int64(w), int64(h), opts...)); err != nil {
		t.Fatalf("sizing the tab to %d×%d: %v", w, h, err)
	}
	return ctx
}

// takeFreeTab returns a free tab, or nil when there is none.
func takeFreeTab() *tab {
	freeTabs.Lock()
	defer freeTabs.Unlock()
	n := len(freeTabs.tabs)
	if n == 0 {
		return nil
	}
	tb := freeTabs.tabs[n-1]
	freeTabs.tabs = freeTabs.tabs[:n-1]
	return tb
}

// openTab opens a new tab, in a window of its own, that records posted
// messages from before any script of a page runs and behaves as the
// focused tab. In a window of its own the tab is never a background tab
// (which draws no frames, so a screenshot of it waits for ever), however
// many tabs were opened or used after it.
func openTab() (*tab, error) {
	id, err := target.CreateTarget("about:blank").WithNewWindow(true).
		Do(cdp.WithExecutor(browser, chromedp.FromContext(browser).Browser))
	if err != nil {
		return nil, err
	}
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithTargetID(id))
	err = chromedp.Run(ctx,
		emulation.SetFocusEmulationEnabled(true),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(recordMessages).Do(ctx)
			return err
		}))
	if err != nil {
		cancel()
		return nil, err
	}
	return &tab{ctx: ctx, close: cancel}, nil
}

// blank readies a finished test's tab for the next test: no emulated media,
// no request log, no interception, and a blank page in place of the
// test's. It reports whether the tab is fit for reuse.
func blank(tb *tab) bool {
	if tb.ctx.Err() != nil {
		return false
	}
	ctx, cancel := context.WithTimeout(tb.ctx, time.Minute)
	defer cancel()
	return chromedp.Run(ctx,
		emulation.SetEmulatedMedia(),
		network.Disable(),
		fetch.Disable(),
		chromedp.Navigate("about:blank"),
	) == nil
}
