package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	"math/rand/v2"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"paxsilica/internal/view/guard"
)

// chaosSeed is the chaos tests' seed: fixed, so a failure is reproducible;
// PAXSILICA_CHAOS_SEED=n runs another sequence.
func chaosSeed(t *testing.T) uint64 {
	seed := uint64(18)
	if s := os.Getenv("PAXSILICA_CHAOS_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("PAXSILICA_CHAOS_SEED=%q is not a number", s)
		}
		seed = n
	}
	t.Logf("chaos seed %d (set PAXSILICA_CHAOS_SEED to change it)", seed)
	return seed
}

// boundaryJS are field values a host page might send, as JavaScript
// expressions: wrong types, edge cases, hostile text.
var boundaryJS = []string{
	`null`, `undefined`, `0`, `-1`, `NaN`, `Infinity`, `true`, `""`, `" "`, `[]`, `{}`, `[1,2]`, `{toString: 1}`,
	`"CHN"`, `"chn"`, `"JPN"`, `"XXA"`, `"ALL"`, `"USA "`, `"gallium"`, `"GALLIUM"`, `"unobtainium"`, `"rare-earths"`,
	`"map"`, `"network"`, `"table"`, `"globe"`, `"2026-01-10"`, `"2026-02-30"`, `"2026-13-45"`, `"0000-00-00"`, `"9999-12-31"`,
	`"1900-02-29"`, `"2024-02-29"`, `"2026-1-1"`, `"<img src=x onerror=alert(1)>"`, `"\u202eSIHT"`, `"\u0000"`,
	`"javascript:alert(1)"`, `"x".repeat(300)`, `"x".repeat(100000)`, `new Date()`, `[[[[[[[[[[]]]]]]]]]]`,
	`JSON.parse("[".repeat(5000) + "]".repeat(5000))`, `"cut"`, `"all"`, `"paxsilica"`,
}

// chaosTypes are message types, ours and near misses. New commands (such
// as paxsilica:setScenario) are in view.HostCommand's list and get chaos too.
var chaosTypes = []string{"paxsilica:select", "paxsilica:setMineral", "paxsilica:setView", "paxsilica:setDate",
	"paxsilica:setScenario", "paxsilica:ready", "paxsilica:view", "paxsilica:resize", "paxsilica:", "paxsilica:bogus",
	"PAXSILICA:select", "embed-size", "", "paxsilica:select ", "paxsilica:" + strings.Repeat("x", 300)}

var chaosFields = []string{"country", "mineral", "view", "date", "scenario", "target", "height", "type", "sentinel", "__proto__", "constructor"}

// chaosMessage returns one random message as a JavaScript expression.
func chaosMessage(r *rand.Rand) string {
	switch r.IntN(10) {
	case 0: // not an object at all
		return boundaryJS[r.IntN(len(boundaryJS))]
	case 1: // a type that is not a string
		return fmt.Sprintf(`{type: %s}`, boundaryJS[r.IntN(len(boundaryJS))])
	}
	var b strings.Builder
	fmt.Fprintf(&b, `{type: %q`, chaosTypes[r.IntN(len(chaosTypes))])
	for _, k := range r.Perm(len(chaosFields))[:r.IntN(4)] { // distinct keys: JavaScript refuses two __proto__
		fmt.Fprintf(&b, `, %q: %s`, chaosFields[k], boundaryJS[r.IntN(len(boundaryJS))])
	}
	b.WriteString("}")
	return b.String()
}

// postToFrame is a host page's script that posts each message the
// functions make to the explorer iframe, and answers how many could be
// sent (some values cannot be cloned).
const postToFrame = `(function(){var f = document.getElementById("explorer"), w = f.contentWindow, o = new URL(f.src).origin, sent = 0;
	%s.forEach(function (make) { try { w.postMessage(make(), o); sent++; } catch (e) {} }); return sent;})()`

// hostSends posts msg (a JavaScript expression) from the host page to the
// explorer.
func hostSends(t *testing.T, ctx context.Context, msg string) {
	t.Helper()
	var sent int
	eval(t, ctx, fmt.Sprintf(postToFrame, "[function(){return "+msg+";}]"), &sent)
	if sent != 1 {
		t.Fatalf("could not post %s", msg)
	}
}

// stillAnswers checks, after chaos, that the explorer in the host page
// answers normal commands and that its map still draws: back to the map,
// no mineral nor scenario, the whole world, nothing selected, then Brazil selected by a
// paxsilica:select, answered with the event, named in the panel and drawn
// in the selection colour.
func stillAnswers(t *testing.T, ctx context.Context) {
	t.Helper()
	var n int
	eval(t, ctx, `window.__events.length`, &n)
	hostSends(t, ctx, `{type: "paxsilica:setView", view: "map"}`)
	hostSends(t, ctx, `{type: "paxsilica:setMineral", mineral: null}`)
	hostSends(t, ctx, `{type: "paxsilica:setScenario", scenario: null}`)
	hostSends(t, ctx, `{type: "paxsilica:select", country: null}`)
	waitFor(t, ctx, fmt.Sprintf(`window.__events.slice(%d).some(e => e.type === "paxsilica:select" && e.country === null)`, n), "the selection cleared")
	if err := frameEval(t, ctx, `(document.getElementById("zoom-reset").click(), true)`, new(bool)); err != nil {
		t.Fatalf("pressing ⌂ in the iframe: %v", err)
	}
	eval(t, ctx, `(document.getElementById("explorer").scrollIntoView(), true)`, new(bool))
	waitFrame(t, ctx, `document.documentElement.classList.contains("ready") && !new URLSearchParams(location.search).has("zoom")`, "the whole world shown")
	eval(t, ctx, `window.__events.length`, &n)
	var before int
	waitUntil(t, ctx, "the map drawn with nothing selected", func() (bool, string) {
		before = frameColourPixels(t, ctx)
		return before < 200, fmt.Sprintf("%d pixels in the selection colour", before)
	})
	hostSends(t, ctx, `{type: "paxsilica:select", country: "BRA"}`)
	waitFor(t, ctx, fmt.Sprintf(`window.__events.slice(%d).some(e => e.type === "paxsilica:select" && e.country === "BRA" && e.name === "Brazil")`, n), "the select event for Brazil after the chaos")
	waitFrameText(t, ctx, "#details-title", "Brazil")
	waitUntil(t, ctx, "Brazil drawn in the selection colour", func() (bool, string) {
		after := frameColourPixels(t, ctx)
		return after > before+500, fmt.Sprintf("%d pixels in the selection colour, %d before", after, before)
	})
	if got := frameText(t, ctx, "#status-text"); strings.Contains(got, "stopped") {
		t.Fatalf("the explorer says %q", got)
	}
}

// frameColourPixels counts the pixels of the explorer iframe, as shown in
// the viewport, drawn in the selection colour.
func frameColourPixels(t *testing.T, ctx context.Context) int {
	t.Helper()
	var r rect
	eval(t, ctx, `(function(){var r=document.getElementById("explorer").getBoundingClientRect();return {left:r.left,top:r.top,right:r.right,bottom:r.bottom};})()`, &r)
	img := screenshot(t, ctx)
	in := image.Rect(int(r.Left), int(r.Top), int(r.Right), int(r.Bottom)).Intersect(img.Bounds())
	n := 0
	for y := in.Min.Y; y < in.Max.Y; y++ {
		for x := in.Min.X; x < in.Max.X; x++ {
			if near(img.At(x, y), selectedColour, 12) {
				n++
			}
		}
	}
	return n
}

// A host page sends a few hundred random and boundary messages, then three
// strings of 32 million characters; the explorer ignores what it must,
// grows its memory by little, still answers a normal paxsilica:select and
// still draws its map.
func TestChaosMessages(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(chaosSeed(t), 1))
	ctx := openHost(t, "")
	waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:ready")`, "ready")
	waitFrameText(t, ctx, "#details-title", "No country selected")
	fns := make([]string, 400)
	for i := range fns {
		fns[i] = "function(){return " + chaosMessage(r) + ";}"
	}
	var sent int
	eval(t, ctx, fmt.Sprintf(postToFrame, "["+strings.Join(fns, ",\n")+"]"), &sent)
	t.Logf("%d random messages sent (of %d; the others cannot be cloned)", sent, len(fns))

	before := frameMemoryMB(t, ctx)
	eval(t, ctx, fmt.Sprintf(postToFrame, `[function(){return {type: "paxsilica:select", country: "x".repeat(32e6)};},
		function(){return {type: "paxsilica:setMineral", mineral: "y".repeat(32e6)};},
		function(){return {type: "paxsilica:" + "z".repeat(32e6)};}]`), &sent)

	stillAnswers(t, ctx)
	after := frameMemoryMB(t, ctx)
	t.Logf("wasm memory %.0f MB before the long strings, %.0f MB after", before, after)
	if after-before > 64 {
		t.Errorf("three refused 32M-character strings grew the explorer's memory by %.0f MB", after-before)
	}
}

// chaosValues are URL parameter values, per known parameter and for any.
var chaosValues = map[string][]string{
	"country":  {"CHN", "chn", "XXA", "", "C", strings.Repeat("A", 5000), "<b>x</b>"},
	"mineral":  {"gallium", "Gallium", "unobtainium", "rare-earths", "--", strings.Repeat("m", 3000)},
	"view":     {"map", "network", "table", "globe", "NETWORK", ""},
	"layers":   {"", "blocs", "blocs,imports,blocs", ",,,", "x,y,z", strings.Repeat("blocs,", 500)},
	"date":     {"2026-01-10", "2026-02-30", "2026-13-45", "0000-00-00", "9999-12-31", "20260110", "tomorrow"},
	"center":   {"110,30", "181,0", "0,91", "NaN,NaN", "1e999,0", "0", ",", "1,2,3"},
	"zoom":     {"2.5", "0", "-1", "1e308", "NaN", "Infinity", "64", "65"},
	"scenario": {"cut", "CUT", "", "nuke"},
	"target":   {"USA", "all", "paxsilica", "XXA", ""},
	"embed":    {"1"},
	"lang":     {"fr", "", "zz-ZZ"},
	"origin":   {"news.example", "garbage", "null", "javascript:alert(1)", "https://", "*", "https://a.example/path"},
	"":         {"", "x", "%", "%%zz", "\u0000", strings.Repeat("junk", 200), "a=b=c", "<script>"},
}

var chaosKeys = []string{"country", "mineral", "view", "layers", "date", "center", "zoom", "scenario", "target", "lang", "origin",
	"Country", "COUNTRY", "x", "", "__proto__", "constructor", "utm_source", "fbclid", "a[b]", strings.Repeat("k", 300)}

// chaosQuery returns n random parameters as a query string.
func chaosQuery(r *rand.Rand, n int) string {
	var parts []string
	for range n {
		k := chaosKeys[r.IntN(len(chaosKeys))]
		if r.IntN(5) == 0 {
			k = fmt.Sprintf("junk%d", r.IntN(1000))
		}
		vals := chaosValues[k]
		if vals == nil || r.IntN(4) == 0 {
			vals = chaosValues[""]
		}
		parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(vals[r.IntN(len(vals))]))
	}
	return strings.Join(parts, "&")
}

// Embedded explorers opened with hundreds of random and boundary URL
// parameters (four pages of 75): each starts, lists a bounded number of
// notices, answers a normal paxsilica:select from its host page and draws
// it.
func TestChaosURLParameters(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(chaosSeed(t), 2))
	for i := range 4 {
		q := chaosQuery(r, 75)
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			ctx := openHost(t, q)
			waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:ready")`, "ready with "+q[:min(len(q), 200)])
			stillAnswers(t, ctx)
			var items int
			if err := frameEval(t, ctx, `document.querySelectorAll("#notices li").length`, &items); err != nil {
				t.Fatal(err)
			}
			if items == 0 || items > 12 {
				t.Errorf("%d notices listed for 75 parameters, want 1 to 12", items)
			}
		})
	}
}

// ?origin= with a trailing slash or in capitals names the same origin: the
// host's commands are accepted and its events reach it. Values that are not
// origins are refused with a notice, and the parent is still heard.
func TestOriginParameter(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		origin func(host string) string
		notice string
	}{
		// Each case is a page load: the spellings of an origin, good and
		// bad, are covered natively (internal/view/guard's TestParseOrigin
		// and TestOriginParam); here, that one normalised good origin and
		// two bad ones reach the page as they should.
		{"upper case and a trailing slash", func(h string) string { return strings.ToUpper(h) + "/" }, ""},
		{"no scheme", func(h string) string { return strings.TrimPrefix(h, "http://") }, "not an origin such as https://news.example"},
		{"javascript", func(string) string { return "javascript:alert(1)" }, "not an origin"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t, 1100, 800)
			page := hostPageWith(t, func(h string) string { return "origin=" + url.QueryEscape(tc.origin(h)) })
			if err := chromedp.Run(ctx, chromedp.Navigate(page)); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:ready")`, "ready at the host")
			hostSends(t, ctx, `{type: "paxsilica:select", country: "JPN"}`)
			waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:select" && e.country === "JPN")`, "the select event for Japan")
			waitFrameText(t, ctx, "#details-title", "Japan")
			if tc.notice != "" {
				waitFrameText(t, ctx, "#notices", tc.notice)
			} else if s, _ := tryFrameText(ctx, "#notices"); strings.Contains(s, "origin") {
				t.Errorf("a good origin got a notice: %q", s)
			}
			if got := frameText(t, ctx, "#status-text"); strings.Contains(got, "stopped") {
				t.Fatalf("the explorer says %q", got)
			}
		})
	}
}

// TestHostCommands opens the example host page once and runs, in turn,
// what three tests each did on a page of their own; each counts only the
// events that come after it starts.
func TestHostCommands(t *testing.T) {
	t.Parallel()
	ctx := openHost(t, "")
	waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:ready")`, "ready")
	t.Run("CommandsOnlyFromTheParent", func(t *testing.T) { checkCommandsOnlyFromTheParent(t, ctx) })
	t.Run("ImpossibleDatesByMessage", func(t *testing.T) { checkImpossibleDatesByMessage(t, ctx) })
	t.Run("ScenarioByHostMessage", func(t *testing.T) { checkScenarioByHostMessage(t, ctx) })
}

// checkCommandsOnlyFromTheParent: only the embedding page commands the
// explorer: a command from another window of the host's own origin (a
// sibling frame) is ignored, and the parent's next command is the first
// one answered.
func checkCommandsOnlyFromTheParent(t *testing.T, ctx context.Context) {
	var n int
	eval(t, ctx, `window.__events.length`, &n)
	// The sibling's own script posts, so the message's source is the sibling.
	eval(t, ctx, `(function(){var s = document.createElement("iframe"); document.body.appendChild(s);
		s.contentWindow.eval('parent.document.getElementById("explorer").contentWindow.postMessage({type: "paxsilica:select", country: "JPN"}, "*")'); return true;})()`, new(bool))
	hostSends(t, ctx, `{type: "paxsilica:select", country: "BRA"}`)
	waitFor(t, ctx, fmt.Sprintf(`window.__events.slice(%d).some(e => e.type === "paxsilica:select" && e.country === "BRA")`, n), "the parent's select for Brazil")
	var sibling bool
	eval(t, ctx, fmt.Sprintf(`window.__events.slice(%d).some(e => e.type === "paxsilica:select" && e.country === "JPN")`, n), &sibling)
	if sibling {
		t.Error("the explorer obeyed a sibling frame's paxsilica:select")
	}
	waitFrameText(t, ctx, "#details-title", "Brazil")
}

// Clicking from country to country faster than a frame (pointer events
// dispatched on the map in one go; a click is applied in its own event)
// rewrites the address at most guard.URLBurst times at once and then once
// per guard.URLInterval (Safari throws after 100 rewrites in 30 s); the
// last click is written. (Unthrottled, every click is a rewrite: 150 in
// 18 s on a busy 2-core machine, where 56 are allowed.)
func TestURLRewritesThrottled(t *testing.T) {
	t.Parallel()
	const clicks = 150
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, baseMap)
	bra, aus := countryPoint(t, ctx, "BRA"), countryPoint(t, ctx, "AUS")
	var got struct {
		Rewrites []float64 `json:"rewrites"`
		Ms       float64   `json:"ms"`
	}
	err := evalAwait(ctx, fmt.Sprintf(`(async function(){
		var rewrites = [], own = history.replaceState, c = document.querySelector("canvas"), r = c.getBoundingClientRect(), t0 = performance.now();
		var pts = [[%f, %f], [%f, %f]];
		history.replaceState = function () { rewrites.push(performance.now()); return own.apply(history, arguments); };
		for (var i = 0; i < %d; i++) {
			var p = pts[i %% 2], o = {pointerId: 1, pointerType: "mouse", isPrimary: true, button: 0, buttons: 1, clientX: p[0], clientY: p[1], bubbles: true};
			c.dispatchEvent(new PointerEvent("pointerdown", o));
			o.buttons = 0;
			c.dispatchEvent(new PointerEvent("pointerup", o));
			await new Promise(r => setTimeout(r, 0));
		}
		return {rewrites: rewrites, ms: performance.now() - t0};
	})()`, bra.X, bra.Y, aus.X, aus.Y, clicks), &got)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `new URLSearchParams(location.search).get("country") === "AUS"`, "the last click written into the address")
	if len(got.Rewrites) == 0 {
		t.Fatal("the address was never rewritten")
	}
	span := got.Rewrites[len(got.Rewrites)-1] - got.Rewrites[0]
	allowed := guard.URLBurst + int(span/float64(guard.URLInterval.Milliseconds())) + 1
	t.Logf("%d clicks in %.1f s: %d rewrites (at most %d allowed)", clicks, got.Ms/1000, len(got.Rewrites), allowed)
	if len(got.Rewrites) > allowed {
		t.Errorf("%d rewrites of the address in %.1f s: not throttled (at most %d)", len(got.Rewrites), span/1000, allowed)
	}
	var faults int
	eval(t, ctx, `document.querySelectorAll("#notices li.fault").length`, &faults)
	if faults > 0 {
		t.Errorf("the clicks caused %d failures: %s", faults, text(t, ctx, "#notices"))
	}
}

// frameMemoryMB returns the size of the embedded explorer's WebAssembly
// memory in MB, read in the iframe's own JavaScript context (the host page
// may not look into a frame of another origin).
func frameMemoryMB(t *testing.T, ctx context.Context) float64 {
	t.Helper()
	origin := strings.TrimSuffix(siteURL, "/")
	ids := make(chan runtime.ExecutionContextID, 16)
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chromedp.ListenTarget(lctx, func(ev any) {
		if e, ok := ev.(*runtime.EventExecutionContextCreated); ok && e.Context.Origin == origin {
			select {
			case ids <- e.Context.ID:
			default:
			}
		}
	})
	if err := chromedp.Run(ctx, runtime.Disable(), runtime.Enable()); err != nil {
		t.Fatal(err)
	}
	deadline := time.After(waitLimit)
	for {
		select {
		case id := <-ids:
			var mb float64
			err := chromedp.Run(ctx, chromedp.ActionFunc(func(c context.Context) error {
				v, exc, err := runtime.Evaluate(`paxsilicaBoot.instance.exports.mem.buffer.byteLength / 1048576`).WithContextID(id).WithReturnByValue(true).Do(c)
				if err != nil || exc != nil {
					return fmt.Errorf("%v %v", err, exc)
				}
				return json.Unmarshal(v.Value, &mb)
			}))
			if err == nil {
				return mb
			}
		case <-deadline:
			t.Fatal("the explorer's JavaScript context in the iframe was not found")
		}
	}
}
