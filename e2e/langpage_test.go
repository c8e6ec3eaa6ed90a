package e2e

import (
	"context"
	"strings"
	"sync"
	"testing"

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
// navigating.
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

// TestLangCatalog: at ?lang=hi the page says it is Hindi before the program
// runs, fetches the Hindi catalog the build wrote (lang/hi.<hash>.json),
// and hands the program its JSON text as window.paxsilica.catalog.
func TestLangCatalog(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	reqs := logRequests(t, ctx)
	openExplorer(t, ctx, "?lang=hi")
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

// TestEnglishLoadsNoLanguage: an English reader's page asks for no catalog
// and no font of another script: Hindi costs it nothing.
func TestEnglishLoadsNoLanguage(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	reqs := logRequests(t, ctx)
	openExplorer(t, ctx, "?country=IND&mineral=graphite")
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
}
