package e2e

import (
	"context"
	"encoding/json"
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
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
)

// hostPage serves examples/ from another origin (127.0.0.2), as a newsroom's
// site would, and returns the URL of the example page embedding the real
// explorer (siteURL, on 127.0.0.1) with extra explorer parameters.
func hostPage(t *testing.T, params string) string {
	t.Helper()
	return hostPageWith(t, func(string) string { return params })
}

// hostPageWith is hostPage with parameters that may name the host page's
// own origin ("http://127.0.0.2:port").
func hostPageWith(t *testing.T, params func(hostOrigin string) string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Fatalf("a second loopback origin is needed: %v", err)
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(filepath.Join(repoRoot, "docs", "examples")))}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	q := url.Values{"explorer": {siteURL}}
	if p := params("http://" + ln.Addr().String()); p != "" {
		q.Set("params", p)
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
	var s string
	waitUntil(t, ctx, "the iframe's "+sel, func() (bool, string) {
		var err error
		s, err = tryFrameText(ctx, sel)
		return err == nil, fmt.Sprintf("reading %s in the iframe: %v", sel, err)
	})
	return s
}

// waitFrameText polls an element's text in the iframe until it has want.
func waitFrameText(t *testing.T, ctx context.Context, sel, want string) {
	t.Helper()
	waitUntil(t, ctx, fmt.Sprintf("%q in the iframe's %s", want, sel), func() (bool, string) {
		got, err := tryFrameText(ctx, sel)
		return err == nil && strings.Contains(got, want), fmt.Sprintf("it says %q (%v)", got, err)
	})
}

// frameEval evaluates a JavaScript expression in the explorer iframe's
// document (in a world of its own: the DOM, location and history are the
// frame's, its script variables are not) into out.
func frameEval(t *testing.T, ctx context.Context, expr string, out any) error {
	t.Helper()
	return chromedp.Run(ctx, chromedp.ActionFunc(func(c context.Context) error {
		tree, err := page.GetFrameTree().Do(c)
		if err != nil {
			return err
		}
		for _, f := range tree.ChildFrames {
			if !strings.HasPrefix(f.Frame.URL, siteURL) {
				continue
			}
			world, err := page.CreateIsolatedWorld(f.Frame.ID).Do(c)
			if err != nil {
				return err
			}
			res, exc, err := runtime.Evaluate(expr).WithContextID(world).WithReturnByValue(true).Do(c)
			if err != nil {
				return err
			}
			if exc != nil {
				return exc
			}
			return json.Unmarshal(res.Value, out)
		}
		return fmt.Errorf("no explorer iframe in %d frames", len(tree.ChildFrames))
	}))
}

// waitFrame polls a JavaScript condition in the explorer iframe (see
// frameEval) until it is true.
func waitFrame(t *testing.T, ctx context.Context, cond, what string) {
	t.Helper()
	waitUntil(t, ctx, what, func() (bool, string) {
		var ok bool
		err := frameEval(t, ctx, `!!(`+cond+`)`, &ok)
		return err == nil && ok, fmt.Sprintf("in the iframe (err %v)", err)
	})
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
	t.Parallel()
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
	logged := recordConsole(ctx)
	eval(t, ctx, `(function(){var f = document.getElementById("explorer").contentWindow, o = new URL(document.getElementById("explorer").src).origin;
		["hello", null, 42, {type: 7}, {type: "paxsilica:select", country: 42}, {type: "paxsilica:select", country: "XXA"},
		 {type: "paxsilica:setView", view: "globe"}, {type: "paxsilica:setDate", date: "tomorrow"}, {type: "paxsilica:bogus"},
		 {type: "paxsilica:setMineral", mineral: "unobtainium"}, {nottype: 1}].forEach(m => f.postMessage(m, o)); return true;})()`, new(bool))
	// The last of them is refused only once the explorer has checked it
	// against the dataset, in the frame that would answer the others.
	waitConsole(t, ctx, logged, `no mineral "unobtainium"`)
	if got := frameText(t, ctx, "#details-title"); got != "China" {
		t.Errorf("after malformed messages the panel shows %q, want China still", got)
	}
	// And the explorer still obeys a good one. Its answer comes after any
	// the malformed ones drew, as they were handled in an earlier frame.
	if err := chromedp.Run(ctx, chromedp.Click(`button[data-msg*="network"]`)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:view" && e.view === "network")`, "the network view after the malformed messages")
	var after []map[string]any
	eval(t, ctx, fmt.Sprintf(`window.__events.slice(%d)`, n), &after)
	for _, e := range after {
		if e["type"] == "paxsilica:view" && e["view"] == "network" {
			break
		}
		if e["type"] == "paxsilica:select" || e["type"] == "paxsilica:view" {
			t.Errorf("a malformed message produced %v", e)
		}
	}
}

func TestEmbedOriginRestriction(t *testing.T) {
	t.Parallel()
	// The explorer accepts only http://127.0.0.9 as parent: the host page on
	// 127.0.0.2 hears nothing and its commands are ignored.
	ctx := openHost(t, "origin=http://127.0.0.9")
	logged := recordConsole(ctx)
	waitFrame(t, ctx, `document.documentElement.classList.contains("ready")`, "the explorer running in the iframe")
	waitFrameText(t, ctx, "#details-title", "No country selected")
	if err := chromedp.Run(ctx, chromedp.Click(`button[data-msg*="JPN"]`)); err != nil {
		t.Fatal(err)
	}
	waitConsole(t, ctx, logged, "ignored a message from http://127.0.0.2")
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
	t.Parallel()
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
	wheel := func(dy float64) {
		if err := chromedp.Run(ctx, chromedp.ActionFunc(func(c context.Context) error {
			return input.DispatchMouseEvent(input.MouseWheel, box[0], box[1]).WithDeltaX(0).WithDeltaY(dy).Do(c)
		})); err != nil {
			t.Fatal(err)
		}
	}
	// The hint shows for a moment only: note when it does.
	if err := frameEval(t, ctx, `(function(){var h = document.getElementById("scroll-hint");
		new MutationObserver(function(){ if (!h.hidden) h.dataset.shown = h.textContent; }).observe(h, {attributes: true, attributeFilter: ["hidden"]});
		return true;})()`, new(bool)); err != nil {
		t.Fatal(err)
	}
	wheel(300)
	waitFor(t, ctx, `window.scrollY > 0`, "the host page to scroll under the wheel")
	waitFrame(t, ctx, `(document.getElementById("scroll-hint").dataset.shown || "").includes("Click the map")`, "the hint to click the map")
	// After a click the wheel zooms the map and the page stays.
	eval(t, ctx, `(function(){window.scrollTo(0, 0); return true;})()`, new(bool))
	eval(t, ctx, `(function(){var r = document.getElementById("explorer").getBoundingClientRect(); return [r.left + r.width/3, r.top + r.height/2];})()`, &box)
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(box[0], box[1])); err != nil {
		t.Fatal(err)
	}
	waitFrame(t, ctx, `document.activeElement && document.activeElement.tagName === "CANVAS"`, "the click to give the map the keyboard")
	wheel(-300)
	waitFrame(t, ctx, `new URLSearchParams(location.search).has("zoom")`, "the wheel to zoom the map in")
	wheel(300) // what would scroll the page down
	waitFrame(t, ctx, `!new URLSearchParams(location.search).has("zoom")`, "the wheel to zoom the map out")
	var y float64
	eval(t, ctx, `window.scrollY`, &y)
	if y != 0 {
		t.Errorf("after clicking into the map the wheel scrolled the page to %v", y)
	}
}

func TestShareGivesLinkAndSnippet(t *testing.T) {
	t.Parallel()
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
