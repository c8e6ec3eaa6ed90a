package e2e

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
)

// holdWasm opens the explorer at path with the program's download held
// back, so the page shows only its poster and the reader acts before the
// program runs; it returns the tab and a function that lets the download go.
func holdWasm(t *testing.T, path string) (context.Context, func()) {
	t.Helper()
	ctx := newOwnTab(t, viewportW, viewportH)
	var mu sync.Mutex
	var held []fetch.RequestID
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			mu.Lock()
			held = append(held, e.RequestID)
			mu.Unlock()
		}
	})
	if err := chromedp.Run(ctx,
		fetch.Enable().WithPatterns([]*fetch.RequestPattern{{URLPattern: "*.wasm"}}),
		chromedp.Navigate(siteURL+path)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `(() => { const p = document.getElementById("poster"); return p && p.complete && p.naturalWidth > 0; })()`, "the poster image")
	waitUntil(t, ctx, "the program's download held", func() (bool, string) {
		mu.Lock()
		defer mu.Unlock()
		return len(held) > 0, "no request paused"
	})
	release := func() {
		mu.Lock()
		ids := held
		held = nil
		mu.Unlock()
		for _, id := range ids {
			if err := chromedp.Run(ctx, fetch.ContinueRequest(id)); err != nil {
				t.Fatalf("letting the program load: %v", err)
			}
		}
	}
	return ctx, release
}

// TestClickBeforeReadyIsKept: a click on the poster while the program is
// still loading is not lost. The panel says at once that the country is
// coming, and once the explorer runs it shows that country, draws it
// selected and writes it into the URL.
func TestClickBeforeReadyIsKept(t *testing.T) {
	t.Parallel()
	ctx, release := holdWasm(t, "")
	p := countryPoint(t, ctx, "RUS")
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
	var state struct {
		Ready bool
		Title string
	}
	eval(t, ctx, `({ready: document.documentElement.classList.contains("ready"), title: document.getElementById("details-title").textContent})`, &state)
	if state.Ready {
		t.Fatal("the explorer was ready although its program was held back")
	}
	if !strings.Contains(state.Title, "Loading the country") {
		t.Errorf("the panel says %q right after the early click, want that the country is loading", state.Title)
	}
	release()
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "Russia"`, `"Russia" in the panel after the early click`)
	waitFor(t, ctx, `new URLSearchParams(location.search).get("country") === "RUS"`, "country=RUS in the URL")
	waitCountryPixel(t, ctx, "RUS", selectedColour, 40, "Russia drawn in the selection colour")
}

// TestSearchAndControlsBeforeReadyAreKept: Enter in the search box and a
// click on a view button before the program runs are applied once it does.
func TestSearchAndControlsBeforeReadyAreKept(t *testing.T) {
	t.Parallel()
	ctx, release := holdWasm(t, "")
	if err := chromedp.Run(ctx,
		chromedp.SendKeys("#search", "India\r", chromedp.ByID),
		chromedp.Click("#view-network", chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	if title := text(t, ctx, "#details-title"); !strings.Contains(title, "India") {
		t.Errorf("the panel says %q right after the early search, want that it is searching for India", title)
	}
	release()
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "India"`, `"India" in the panel after the early search`)
	waitFor(t, ctx, `document.getElementById("view-network").getAttribute("aria-pressed") === "true" && new URLSearchParams(location.search).get("view") === "network"`, "the network view chosen before the program ran")
}
