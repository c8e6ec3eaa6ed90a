package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
)

// hostPage serves examples/ from another origin (127.0.0.2), as a newsroom's
// site would, and returns the URL of the example page embedding the real
// explorer (siteURL, on 127.0.0.1) with extra explorer parameters.
func hostPage(t *testing.T, params string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Fatalf("a second loopback origin is needed: %v", err)
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(filepath.Join(repoRoot, "docs", "examples")))}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	q := url.Values{"explorer": {siteURL}}
	if params != "" {
		q.Set("params", params)
	}
	return "http://" + ln.Addr().String() + "/embed.html?" + q.Encode()
}

// frameNode returns the explorer iframe's node, for queries inside it.
func frameNode(t *testing.T, ctx context.Context) *cdp.Node {
	t.Helper()
	var nodes []*cdp.Node
	if err := chromedp.Run(ctx, chromedp.Nodes("#explorer", &nodes, chromedp.ByQuery)); err != nil || len(nodes) == 0 {
		t.Fatalf("no iframe: %v", err)
	}
	return nodes[0]
}

// tryFrameText reads an element's text inside the explorer iframe, finding
// the iframe afresh (its document changes as it loads) and giving up after
// a few seconds rather than waiting on a stale node.
func tryFrameText(ctx context.Context, sel string) (string, error) {
	c, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	var nodes []*cdp.Node
	if err := chromedp.Run(c, chromedp.Nodes("#explorer", &nodes, chromedp.ByQuery)); err != nil || len(nodes) == 0 {
		return "", fmt.Errorf("no iframe: %v", err)
	}
	var s string
	err := chromedp.Run(c, chromedp.Text(sel, &s, chromedp.ByQuery, chromedp.FromNode(nodes[0])))
	return s, err
}

// frameText reads an element's text in the iframe, retrying while it loads.
func frameText(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	var err error
	for range 10 {
		var s string
		if s, err = tryFrameText(ctx, sel); err == nil {
			return s
		}
	}
	t.Fatalf("reading %s in the iframe: %v", sel, err)
	return ""
}

// waitFrameText polls an element's text in the iframe until it has want.
func waitFrameText(t *testing.T, ctx context.Context, sel, want string) {
	t.Helper()
	var got string
	var err error
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if got, err = tryFrameText(ctx, sel); err == nil && strings.Contains(got, want) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("iframe %s says %q (%v), want %q", sel, got, err, want)
}

func openHost(t *testing.T, params string) context.Context {
	t.Helper()
	ctx := newTab(t, 1100, 800)
	if err := chromedp.Run(ctx, chromedp.Navigate(hostPage(t, params))); err != nil {
		t.Fatal(err)
	}
	return ctx
}

func TestEmbedMessageAPI(t *testing.T) {
	ctx := openHost(t, "")
	waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:ready" && e.version)`, "paxsilica:ready at the host")
	// The explorer asks for a height and embed.js applies it to its iframe.
	waitFor(t, ctx, `(function(){var r = window.__events.filter(e => e.type === "paxsilica:resize").pop(); return r && document.getElementById("explorer").style.height === r.height + "px";})()`, "the resize applied by embed.js")
	waitFor(t, ctx, `window.__events.some(e => e.type === "embed-size" && e.sentinel === "amp")`, "the AMP embed-size message")

	// The parent selects Japan: the panel shows it and a select event answers.
	if err := chromedp.Run(ctx, chromedp.Click(`button[data-msg*="JPN"]`)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:select" && e.country === "JPN" && e.name === "Japan")`, "the select event for Japan")
	waitFrameText(t, ctx, "#details-title", "Japan")

	// The parent colours by gallium: a view event answers.
	if err := chromedp.Run(ctx, chromedp.Click(`button[data-msg*="gallium"]`)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:view" && e.mineral === "gallium" && e.view === "map")`, "the view event for gallium")

	// A click inside the iframe on China sends select with CHN. (Clicking the
	// buttons scrolled the host page; bring the map back into view.)
	eval(t, ctx, `(function(){window.scrollTo(0, 0); return true;})()`, new(bool))
	var area []*cdp.Node
	if err := chromedp.Run(ctx, chromedp.Nodes("#map-area", &area, chromedp.ByQuery, chromedp.FromNode(frameNode(t, ctx)))); err != nil || len(area) == 0 {
		t.Fatalf("no map area in the iframe: %v", err)
	}
	var box *dom.BoxModel
	if err := chromedp.Run(ctx, chromedp.ActionFunc(func(c context.Context) (err error) {
		box, err = dom.GetBoxModel().WithNodeID(area[0].NodeID).Do(c)
		return err
	})); err != nil {
		t.Fatal(err)
	}
	q := box.Content
	rect := geo.Rect{Min: geo.Point{X: q[0], Y: q[1]}, Max: geo.Point{X: q[4], Y: q[5]}}
	w := loadWorld(t)
	p := projection.Fit(w.Bounds, rect, 8).Apply(w.Countries[w.Index("CHN")].Label)
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:select" && e.country === "CHN")`, "the select event for a click on China in the iframe")

	// Malformed and unknown messages change nothing and break nothing.
	n := 0
	eval(t, ctx, `window.__events.length`, &n)
	eval(t, ctx, `(function(){var f = document.getElementById("explorer").contentWindow, o = new URL(document.getElementById("explorer").src).origin;
		["hello", null, 42, {type: 7}, {type: "paxsilica:select", country: 42}, {type: "paxsilica:select", country: "XXA"},
		 {type: "paxsilica:setView", view: "globe"}, {type: "paxsilica:setDate", date: "tomorrow"}, {type: "paxsilica:bogus"},
		 {type: "paxsilica:setMineral", mineral: "unobtainium"}, {nottype: 1}].forEach(m => f.postMessage(m, o)); return true;})()`, new(bool))
	time.Sleep(time.Second)
	var after []map[string]any
	eval(t, ctx, fmt.Sprintf(`window.__events.slice(%d)`, n), &after)
	for _, e := range after {
		if e["type"] == "paxsilica:select" || e["type"] == "paxsilica:view" {
			t.Errorf("a malformed message produced %v", e)
		}
	}
	if got := frameText(t, ctx, "#details-title"); got != "China" {
		t.Errorf("after malformed messages the panel shows %q, want China still", got)
	}
	// And the explorer still obeys a good one.
	if err := chromedp.Run(ctx, chromedp.Click(`button[data-msg*="network"]`)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:view" && e.view === "network")`, "the network view after the malformed messages")
}

func TestEmbedOriginRestriction(t *testing.T) {
	// The explorer accepts only http://127.0.0.9 as parent: the host page on
	// 127.0.0.2 hears nothing and its commands are ignored.
	ctx := openHost(t, "origin=http://127.0.0.9")
	waitFrameText(t, ctx, "#details-title", "No country selected")
	if err := chromedp.Run(ctx, chromedp.Click(`button[data-msg*="JPN"]`)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond)
	if got := frameText(t, ctx, "#details-title"); got != "No country selected" {
		t.Errorf("a command from a refused origin selected %q", got)
	}
	var heard int
	eval(t, ctx, `window.__events.length`, &heard)
	if heard != 0 {
		t.Errorf("the host heard %d events meant for another origin", heard)
	}
}

func TestEmbedModeAndScroll(t *testing.T) {
	ctx := openHost(t, "country=QAT")
	waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:ready")`, "ready")
	waitFrameText(t, ctx, "#details-title", "Qatar")
	// Compact layout: no page header; a link to the full explorer with the view.
	var href string
	if err := chromedp.Run(ctx, chromedp.AttributeValue("#full-link", "href", &href, nil, chromedp.ByQuery, chromedp.FromNode(frameNode(t, ctx)))); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(href, siteURL+"?") || !strings.Contains(href, "country=QAT") || strings.Contains(href, "embed=1") {
		t.Errorf("full-explorer link %q", href)
	}
	var headerShown bool
	if err := chromedp.Run(ctx, chromedp.Evaluate(`document.getElementById("explorer").contentDocument.getElementById("header").getClientRects().length > 0`, &headerShown)); err == nil && headerShown {
		t.Error("the page header shows in embed mode")
	}
	// Before any click, the wheel over the map scrolls the host page.
	var box []float64
	eval(t, ctx, `(function(){var r = document.getElementById("explorer").getBoundingClientRect(); return [r.left + r.width/3, r.top + r.height/2];})()`, &box)
	wheel := func() {
		if err := chromedp.Run(ctx, chromedp.ActionFunc(func(c context.Context) error {
			return input.DispatchMouseEvent(input.MouseWheel, box[0], box[1]).WithDeltaX(0).WithDeltaY(300).Do(c)
		})); err != nil {
			t.Fatal(err)
		}
	}
	wheel()
	waitFor(t, ctx, `window.scrollY > 0`, "the host page to scroll under the wheel")
	waitFrameText(t, ctx, "#scroll-hint", "Click the map")
	// After a click the wheel zooms the map and the page stays.
	eval(t, ctx, `(function(){window.scrollTo(0, 0); return true;})()`, new(bool))
	eval(t, ctx, `(function(){var r = document.getElementById("explorer").getBoundingClientRect(); return [r.left + r.width/3, r.top + r.height/2];})()`, &box)
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(box[0], box[1])); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	wheel()
	time.Sleep(800 * time.Millisecond)
	var y float64
	eval(t, ctx, `window.scrollY`, &y)
	if y != 0 {
		t.Errorf("after clicking into the map the wheel scrolled the page to %v", y)
	}
}

func TestShareGivesLinkAndSnippet(t *testing.T) {
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?country=QAT&mineral=gallium")
	waitDetails(t, ctx, "Qatar")
	if err := chromedp.Run(ctx, chromedp.Click("#share")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("share-dialog").open`, "the share dialog")
	var link, snippet string
	eval(t, ctx, `document.getElementById("share-link").value`, &link)
	eval(t, ctx, `document.getElementById("share-embed").value`, &snippet)
	if !strings.HasPrefix(link, siteURL+"?") || !strings.Contains(link, "country=QAT") || !strings.Contains(link, "mineral=gallium") || strings.Contains(link, "embed") {
		t.Errorf("share link %q", link)
	}
	for _, w := range []string{`<iframe src="` + siteURL + `?`, `country=QAT`, `embed=1`, `title="Pax Silica Explorer`, `loading="lazy"`, `width:100%`, `height:560px`, `allow="fullscreen"`, `embed.js`} {
		if !strings.Contains(snippet, w) {
			t.Errorf("embed snippet lacks %s:\n%s", w, snippet)
		}
	}
	// The snippet's iframe URL opens the same view, embedded.
	src := snippet[strings.Index(snippet, `src="`)+5:]
	src = strings.ReplaceAll(src[:strings.Index(src, `"`)], "&amp;", "&")
	u, err := url.Parse(src)
	if err != nil || u.Query().Get("embed") != "1" || u.Query().Get("country") != "QAT" {
		t.Errorf("iframe src %q", src)
	}
	if err := chromedp.Run(ctx, chromedp.Click("#copy-link")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `/Link (copied|selected)/.test(document.getElementById("copy-status").textContent)`, "the copy button's report")
}
