package e2e

import (
	"context"
	"fmt"
	"image"
	"image/color"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// requests records the URLs a tab asks for, through the DevTools
// protocol's network log (the browser's own record: cached or not, every
// request is in it).
type requests struct {
	mu   sync.Mutex
	urls []string
}

// logRequests starts recording the tab's requests; call it before
// navigating. The tab must be the test's own (newOwnTab), for what a first
// visit asks for: a reused tab's renderer keeps its memory cache, and a
// page's stylesheet then takes from it the fonts an earlier page used
// (after a Hindi page, an English page's log shows the Devanagari fonts).
func logRequests(t *testing.T, ctx context.Context) *requests {
	t.Helper()
	r := &requests{}
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			r.mu.Lock()
			r.urls = append(r.urls, e.Request.URL)
			r.mu.Unlock()
		}
	})
	if err := chromedp.Run(ctx, network.Enable()); err != nil {
		t.Fatal(err)
	}
	return r
}

// matching returns the recorded URLs whose path contains part.
func (r *requests) matching(part string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, u := range r.urls {
		if strings.Contains(u, part) {
			out = append(out, u)
		}
	}
	return out
}

// checkLangCatalog: at ?lang=hi the page says it is Hindi before the
// program runs, fetches the Hindi catalog the build wrote
// (lang/hi.<hash>.json), and hands the program its JSON text as
// window.paxsilica.catalog. ctx holds the Hindi page, reqs its requests.
func checkLangCatalog(t *testing.T, ctx context.Context, reqs *requests) {
	var got struct {
		Lang, Dir, Tag, Name string
	}
	eval(t, ctx, `(() => { const c = JSON.parse(window.paxsilica.catalog);
		return {lang: document.documentElement.lang, dir: document.documentElement.dir, tag: c.tag, name: c.countries.IND}; })()`, &got)
	if got.Lang != "hi" || got.Dir != "ltr" || got.Tag != "hi" || got.Name != "भारत" {
		t.Errorf("at ?lang=hi: %+v", got)
	}
	if m := reqs.matching("/lang/hi."); len(m) != 1 {
		t.Errorf("Hindi catalog requests: %v", m)
	}
}

// checkEnglishLoadsNoLanguage: an English reader's page asks for no
// catalog and no font of another script: Hindi costs it nothing. ctx holds
// the English page at ?country=IND&mineral=graphite, reqs its requests.
func checkEnglishLoadsNoLanguage(t *testing.T, ctx context.Context, reqs *requests) {
	// The panel has drawn its texts (the fonts they need are asked for by
	// then).
	waitFor(t, ctx, `document.getElementById("details-title").textContent.includes("India")`, "India's panel")
	if m := reqs.matching("/lang/"); len(m) != 0 {
		t.Errorf("the English page fetched catalogs: %v", m)
	}
	if m := reqs.matching("/fonts/"); len(m) != 0 {
		t.Errorf("the English page fetched fonts: %v", m)
	}
	if n := len(reqs.matching("/explorer.")); n != 1 {
		t.Errorf("the network log saw %d requests for the wasm, want 1: is it recording?", n)
	}
	var lang string
	eval(t, ctx, `document.documentElement.lang + "|" + String(window.paxsilica.catalog)`, &lang)
	if lang != "en|undefined" {
		t.Errorf("English page: lang|catalog = %q", lang)
	}
	// The switch's "हिन्दी" is drawn, shaped, in the small face app.css
	// carries (this browser has no Devanagari font of its own: without it,
	// six empty boxes), and that face cost no request either.
	const hindiLink = `#header .lang-switch a[data-lang="hi"]`
	waitFor(t, ctx, `Array.from(document.fonts).some(f => f.family.includes("Pax Switch Devanagari") && f.status === "loaded") && document.fonts.check('16px "Pax Switch Devanagari"', "हिन्दी")`, "the switch's face loaded")
	fonts := fontsFor(t, ctx, hindiLink)
	glyphs := 0
	for name, f := range fonts {
		if !f.IsCustomFont {
			t.Errorf("the switch's हिन्दी drew %v glyphs in the system font %q (empty boxes): %+v", f.GlyphCount, name, fonts)
		}
		glyphs += int(f.GlyphCount)
	}
	if glyphs <= 0 || glyphs >= len([]rune("हिन्दी")) {
		t.Errorf("the switch's हिन्दी drew %d glyphs for %d letters: not shaped (%+v)", glyphs, len([]rune("हिन्दी")), fonts)
	}
	// Measured on a canvas in the link's font, the word is not six boxes of
	// one width.
	var widths [2]float64
	eval(t, ctx, `(() => { const c = document.createElement("canvas").getContext("2d");
		c.font = getComputedStyle(document.querySelector(`+strconv.Quote(hindiLink)+`)).font;
		return [c.measureText("हिन्दी").width, c.measureText("ह").width]; })()`, &widths)
	if widths[0] <= 0 || widths[0] > 5.5*widths[1] {
		t.Errorf("हिन्दी measures %.1f px in the switch's font, ह %.1f px: boxes, not a shaped word", widths[0], widths[1])
	}
	if m := reqs.matching("/fonts/"); len(m) != 0 {
		t.Errorf("the English page fetched fonts for the switch: %v", m)
	}
}

// fontsFor returns the fonts the browser used to draw the text of the
// element matching selector (the DevTools protocol's record of each
// platform font and how many glyphs it drew), by family name.
func fontsFor(t *testing.T, ctx context.Context, selector string) map[string]*css.PlatformFontUsage {
	t.Helper()
	var nodes []*cdp.Node
	if err := chromedp.Run(ctx, chromedp.Nodes(selector, &nodes, chromedp.ByQuery)); err != nil || len(nodes) == 0 {
		t.Fatalf("%s: %v", selector, err)
	}
	var fonts []*css.PlatformFontUsage
	err := chromedp.Run(ctx, css.Enable(), chromedp.ActionFunc(func(ctx context.Context) (err error) {
		fonts, err = css.GetPlatformFontsForNode(nodes[0].NodeID).Do(ctx)
		return err
	}))
	if err != nil {
		t.Fatalf("fonts of %s: %v", selector, err)
	}
	out := map[string]*css.PlatformFontUsage{}
	for _, f := range fonts {
		out[f.FamilyName] = f
	}
	return out
}

// inkIn counts the pixels of img inside the CSS-pixel rectangle r that are
// much darker than the white or light background: drawn text.
func inkIn(img image.Image, r [4]float64) int {
	n := 0
	for y := int(r[1]); y < int(r[3]); y++ {
		for x := int(r[0]); x < int(r[2]); x++ {
			c := color.GrayModel.Convert(img.At(x, y)).(color.Gray)
			if c.Y < 140 {
				n++
			}
		}
	}
	return n
}

// rectOf returns an element's box in CSS pixels: left, top, right, bottom.
func rectOf(t *testing.T, ctx context.Context, selector string) [4]float64 {
	t.Helper()
	var r [4]float64
	eval(t, ctx, `(() => { const r = document.querySelector(`+strconv.Quote(selector)+`).getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })()`, &r)
	return r
}

// TestHindiPage: at ?lang=hi the page around the map is Hindi: <html lang>,
// the title, the header, the controls, their accessible names; the header
// is drawn in Noto Sans Devanagari, shaped (fewer glyphs than letters: the
// conjuncts), with ink on the screen, and wider or narrower than the
// English header, not the same box; words quoted from elsewhere (the map's
// source, Natural Earth) stay as they are.
//
// The same Hindi page then serves the catalog's checks (LangCatalog) and
// the panel's (HindiPanel), and the English page the header is measured on
// serves EnglishLoadsNoLanguage: one page load each for what were five.
func TestHindiPage(t *testing.T) {
	t.Parallel()
	ctx := newOwnTab(t, 1280, 720)
	reqs := logRequests(t, ctx)
	openExplorer(t, ctx, "?lang=hi&layers=")
	t.Run("LangCatalog", func(t *testing.T) { checkLangCatalog(t, ctx, reqs) })
	var h1 [4]float64
	t.Run("HindiHeader", func(t *testing.T) { h1 = checkHindiHeader(t, ctx) })
	t.Run("HindiPanel", func(t *testing.T) { checkHindiPanel(t, ctx) })
	en := newOwnTab(t, 1280, 720)
	enReqs := logRequests(t, en)
	openExplorer(t, en, "?country=IND&mineral=graphite")
	t.Run("EnglishLoadsNoLanguage", func(t *testing.T) { checkEnglishLoadsNoLanguage(t, en, enReqs) })
	t.Run("HeaderWidths", func(t *testing.T) {
		enH1 := rectOf(t, en, "#header h1")
		if w, ew := h1[2]-h1[0], enH1[2]-enH1[0]; w < 50 || w == ew {
			t.Errorf("the header is %.1f px wide in Hindi, %.1f px in English", w, ew)
		}
	})
}

// checkHindiHeader checks the Hindi page's texts and its header's drawing
// (see TestHindiPage) and returns the header's box.
func checkHindiHeader(t *testing.T, ctx context.Context) [4]float64 {
	var got struct {
		Lang, Title, H1, Find, Placeholder, ZoomIn, Key, Switch, Current string
		Wait                                                             bool
	}
	eval(t, ctx, `(() => { const q = s => document.querySelector(s); return {
		lang: document.documentElement.lang, title: document.title, h1: q("#header h1").textContent,
		find: q("label[for=search]").textContent, placeholder: q("#search").placeholder,
		zoomIn: q("#zoom-in").getAttribute("aria-label"), key: q("#legend-toggle").textContent,
		switch: q("#header .lang-label").textContent, current: q("#header .lang-switch a[aria-current]").textContent,
		wait: document.documentElement.classList.contains("i18n-wait") }; })()`, &got)
	want := struct {
		Lang, Title, H1, Find, Placeholder, ZoomIn, Key, Switch, Current string
		Wait                                                             bool
	}{"hi", "पैक्स सिलिका एक्सप्लोरर: चीन, अमेरिका और साझेदार देशों के बीच महत्वपूर्ण खनिजों के संबंध", "पैक्स सिलिका एक्सप्लोरर",
		"खोजें", "देश या खनिज", "ज़ूम इन करें", "संकेत", "भाषा", "हिन्दी", false}
	if got != want {
		t.Errorf("at ?lang=hi:\n got %+v\nwant %+v", got, want)
	}
	if s := text(t, ctx, "#attribution a"); s != "Natural Earth" {
		t.Errorf("the map's source reads %q", s)
	}
	// Drawn in the Devanagari font, shaped.
	fonts := fontsFor(t, ctx, "#header h1")
	noto := fonts["Noto Sans Devanagari"]
	if noto == nil || !noto.IsCustomFont {
		t.Fatalf("the Hindi header is not drawn in the web font: %+v", fonts)
	}
	runes := 0
	for _, r := range got.H1 {
		if r != ' ' {
			runes++
		}
	}
	if noto.GlyphCount <= 0 || int(noto.GlyphCount) >= runes {
		t.Errorf("the header drew %v Devanagari glyphs for %d letters: no conjuncts formed", noto.GlyphCount, runes)
	}
	h1 := rectOf(t, ctx, "#header h1")
	if ink := inkIn(screenshot(t, ctx), h1); ink < 200 {
		t.Errorf("the Hindi header has %d dark pixels: not drawn", ink)
	}
	return h1
}

// TestHindiBoot: the boot page speaks Hindi while the program loads (the
// loading text, and what an early click says), then the explorer starts.
func TestHindiBoot(t *testing.T) {
	t.Parallel()
	ctx, release := holdWasm(t, "?lang=hi")
	waitFor(t, ctx, `!document.documentElement.classList.contains("i18n-wait") && document.getElementById("status-text").textContent === "नक्शा लोड हो रहा है…"`,
		"the Hindi loading text")
	// The page before the program: Hindi texts over the poster, no English
	// left in the header.
	img := screenshot(t, ctx)
	if ink := inkIn(img, rectOf(t, ctx, "#status-text")); ink < 50 {
		t.Errorf("the loading text has %d dark pixels", ink)
	}
	var english string
	eval(t, ctx, `Array.from(document.querySelectorAll("#header [data-i18n], #toolbar [data-i18n]")).map(e => e.textContent).filter(s => /[A-Za-z]{3}/.test(s)).join(" | ")`, &english)
	if english != "" {
		t.Errorf("English left in the header and toolbar before the program runs: %s", english)
	}
	p := countryPoint(t, ctx, "IND")
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
	if s := text(t, ctx, "#details-title"); s != "आपका चुना हुआ देश लोड हो रहा है…" {
		var dbg string
		eval(t, ctx, fmt.Sprintf(`(() => { const e = document.elementFromPoint(%f, %f); return e.tagName + "#" + e.id + " ready=" + document.documentElement.className; })()`, p.X, p.Y), &dbg)
		t.Errorf("after an early click at %v the panel says %q (%s)", p, s, dbg)
	}
	release()
	waitFor(t, ctx, `window.__msgs.some(m => m && m.type === "paxsilica:ready")`, "the explorer ready")
	waitFor(t, ctx, `new URLSearchParams(location.search).get("country") === "IND" && new URLSearchParams(location.search).get("lang") === "hi"`, "country=IND and lang=hi in the URL")
}

// TestHindiBootFailure: a failure before the program runs is said in Hindi.
func TestHindiBootFailure(t *testing.T) {
	t.Parallel()
	ctx := newOwnTab(t, viewportW, viewportH)
	if err := chromedp.Run(ctx, network.Enable(), network.SetBlockedURLs([]string{"*explorer.*.wasm"}), chromedp.Navigate(siteURL+"?lang=hi")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("status").classList.contains("error") && document.getElementById("status-text").textContent.startsWith("एक्सप्लोरर शुरू नहीं हो सका: ")`,
		"the Hindi failure message")
}

// TestCatalogFailureIsEnglish: when the catalog cannot be fetched the boot
// says so in English, the page is English (<html lang="en">), and the
// explorer works, with a notice.
func TestCatalogFailureIsEnglish(t *testing.T) {
	t.Parallel()
	ctx := newOwnTab(t, viewportW, viewportH)
	if err := chromedp.Run(ctx, network.Enable(), network.SetBlockedURLs([]string{"*/lang/*"})); err != nil {
		t.Fatal(err)
	}
	openExplorer(t, ctx, "?lang=hi&country=IND")
	var got struct {
		Lang, H1, Note string
		NoteShown      bool
	}
	eval(t, ctx, `({lang: document.documentElement.lang, h1: document.querySelector("#header h1").textContent,
		note: document.getElementById("status-note").textContent, noteShown: !document.getElementById("status-note").hidden})`, &got)
	if got.Lang != "en" || got.H1 != "Pax Silica Explorer" || !got.NoteShown || !strings.Contains(got.Note, "could not be loaded") || !strings.Contains(got.Note, "shown in English") {
		t.Errorf("with the catalog blocked: %+v", got)
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "India"`, "India's panel, in English")
	waitFor(t, ctx, `Array.from(document.querySelectorAll("#notices li")).some(li => li.textContent.includes("shown in English"))`, "a notice that the page is English")
}

// TestLangSwitchKeepsTheView: the switch goes from Hindi to English (a
// click) and back (the keyboard), each time to the same view.
func TestLangSwitchKeepsTheView(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, 1280, 720)
	openExplorer(t, ctx, "?lang=hi&country=IND&mineral=graphite")
	waitFor(t, ctx, `document.getElementById("mineral").value === "graphite"`, "graphite picked")
	// Keyboard and touch: the links are at least 24 px each way.
	var sizes [][2]float64
	eval(t, ctx, `Array.from(document.querySelectorAll("#header .lang-switch a")).map(a => { const r = a.getBoundingClientRect(); return [r.width, r.height]; })`, &sizes)
	if len(sizes) != 2 {
		t.Fatalf("language links: %v", sizes)
	}
	for _, s := range sizes {
		if s[0] < 24 || s[1] < 24 {
			t.Errorf("a language link is %v px: under 24", s)
		}
	}
	view := func(lang string) string {
		return `new URLSearchParams(location.search).get("country") === "IND" && new URLSearchParams(location.search).get("mineral") === "graphite" && ` +
			`new URLSearchParams(location.search).get("lang") === ` + lang + ` && document.documentElement.classList.contains("ready")`
	}
	if err := chromedp.Run(ctx, chromedp.Click(`#header .lang-switch a[data-lang="en"]`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, view("null")+` && document.documentElement.lang === "en" && document.querySelector("#header h1").textContent === "Pax Silica Explorer"`, "the same view in English")
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "India" && document.getElementById("mineral").value === "graphite"`, "India and graphite, in English")
	if err := chromedp.Run(ctx, chromedp.Focus(`#header .lang-switch a[data-lang="hi"]`, chromedp.ByQuery), chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, view(`"hi"`)+` && document.documentElement.lang === "hi" && document.querySelector("#header h1").textContent === "पैक्स सिलिका एक्सप्लोरर"`, "the same view in Hindi")
	waitFor(t, ctx, `document.getElementById("mineral").value === "graphite"`, "graphite still picked")
}

// TestHindiEmbed: ?embed=1&lang=hi in a cross-origin iframe is Hindi, draws
// the map, and offers the language switch under More controls.
func TestHindiEmbed(t *testing.T) {
	t.Parallel()
	ctx, d := openSize(t, sizeCase{w: 600, h: 450, dpr: 1, embed: true, query: "lang=hi"})
	var got struct {
		Lang, Link, More string
		Font             bool
	}
	d.wait(t, `document.fonts.check('16px "Noto Sans Devanagari"', "क") && Array.from(document.fonts).some(f => f.family.includes("Noto Sans Devanagari") && f.status === "loaded")`, "the Devanagari font loaded in the frame")
	d.must(t, `({lang: document.documentElement.lang, link: document.getElementById("full-link").textContent, more: document.getElementById("menu-toggle").textContent, font: true})`, &got)
	if got.Lang != "hi" || got.Link != "पूरा एक्सप्लोरर खोलें ↗" || got.More != "और विकल्प" {
		t.Errorf("the Hindi embed: %+v", got)
	}
	// The map: land and sea in the map area.
	var area [4]float64
	d.must(t, `(() => { const r = document.getElementById("map-area").getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })()`, &area)
	img := screenshot(t, ctx)
	land, all := 0, 0
	for y := int(area[1]); y < int(area[3]); y += 2 {
		for x := int(area[0]); x < int(area[2]); x += 2 {
			all++
			if !isSea(img.At(x, y)) {
				land++
			}
		}
	}
	if all == 0 || float64(land)/float64(all) < 0.1 || float64(land)/float64(all) > 0.8 {
		t.Errorf("the embed's map area is %d of %d not sea: no map drawn", land, all)
	}
	// The link to the full explorer has Devanagari ink.
	var link [4]float64
	d.must(t, `(() => { const r = document.getElementById("full-link").getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })()`, &link)
	if ink := inkIn(img, link); ink < 80 {
		t.Errorf("the Hindi link has %d dark pixels", ink)
	}
	// The switch is under More controls.
	tap(t, ctx, center(t, d, "#menu-toggle"))
	d.wait(t, `document.querySelector("#toolbar .lang-switch a[data-lang=en]").getBoundingClientRect().height >= 24`, "the language switch in the open menu")
}

// TestHindiEmbedOnAHostPage: a host page on another origin embeds the
// explorer with lang=hi and embed.js: the explorer speaks Hindi, embed.js
// still sizes its iframe and marks the iframe's language.
func TestHindiEmbedOnAHostPage(t *testing.T) {
	t.Parallel()
	ctx := openHost(t, "lang=hi&country=IND")
	waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:ready")`, "paxsilica:ready at the host")
	waitFor(t, ctx, `(function(){var r = window.__events.filter(e => e.type === "paxsilica:resize").pop(); var f = document.getElementById("explorer"); return r && f.style.height === r.height + "px" && f.lang === "hi";})()`,
		"the resize applied by embed.js, and the iframe marked Hindi")
	waitFor(t, ctx, `window.__events.some(e => e.type === "paxsilica:view" && e.lang === "hi")`, "the view message naming Hindi")
}

// TestLangSwitchInTheEmbed: in the compact embed the switch is under More
// controls, and it keeps the embed and its view.
func TestLangSwitchInTheEmbed(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, 600, 450)
	openExplorer(t, ctx, "?embed=1&lang=hi&country=IND")
	if err := chromedp.Run(ctx, chromedp.Click("#menu-toggle", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelector("#toolbar .lang-switch a[data-lang=en]").getBoundingClientRect().height >= 24`, "the switch in the open menu")
	var header float64
	eval(t, ctx, `document.querySelector("#header .lang-switch").getBoundingClientRect().height`, &header)
	if header != 0 {
		t.Errorf("the header's switch shows in the embed (%v px)", header)
	}
	if err := chromedp.Run(ctx, chromedp.Click(`#toolbar .lang-switch a[data-lang="en"]`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.documentElement.classList.contains("ready") && document.documentElement.lang === "en" && `+
		`new URLSearchParams(location.search).get("embed") === "1" && new URLSearchParams(location.search).get("country") === "IND" && !new URLSearchParams(location.search).has("lang")`,
		"the same embedded view in English")
}

// checkUnknownLangLoadsNoCatalog: ?lang=xx is English: no catalog is
// fetched, the page says lang="en", and the switch marks English. ctx holds
// the page at ?lang=xx, reqs its requests.
func checkUnknownLangLoadsNoCatalog(t *testing.T, ctx context.Context, reqs *requests) {
	var got string
	eval(t, ctx, `document.documentElement.lang + "|" + document.querySelector("#header h1").textContent + "|" + document.querySelector("#header .lang-switch a[aria-current]").textContent`, &got)
	if got != "en|Pax Silica Explorer|English" {
		t.Errorf("at ?lang=xx: %q", got)
	}
	if m := reqs.matching("/lang/"); len(m) != 0 {
		t.Errorf("?lang=xx fetched %v", m)
	}
}
