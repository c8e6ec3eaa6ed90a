package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// A host origin for embeds: a page on 127.0.0.2 (another origin than the
// explorer's 127.0.0.1) whose only content is the explorer's iframe, at the
// top left, sized as the query asks: /frame?w=600&h=450&q=country=IND, or
// w=0 for the full width.
var (
	framesOnce sync.Once
	framesURL  string
	framesErr  error
)

func frameHost(t testing.TB) string {
	t.Helper()
	framesOnce.Do(func() {
		ln, err := net.Listen("tcp", "127.0.0.2:0")
		if err != nil {
			framesErr = fmt.Errorf("a second loopback origin is needed: %v", err)
			return
		}
		mux := http.NewServeMux()
		mux.HandleFunc("/frame", func(w http.ResponseWriter, r *http.Request) {
			q := r.URL.Query()
			width := q.Get("w") + "px"
			if q.Get("w") == "0" {
				width = "100%"
			}
			src := siteURL + "?embed=1"
			if extra := q.Get("q"); extra != "" {
				src += "&" + extra
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>host</title>
<style>html,body{margin:0;background:#fff}iframe{display:block;border:0}</style></head><body>
<iframe id="explorer" title="Pax Silica Explorer" src="%s" style="width:%s;height:%spx"></iframe></body></html>`,
				strings.ReplaceAll(src, `"`, "%22"), width, q.Get("h"))
		})
		go http.Serve(ln, mux)
		framesURL = "http://" + ln.Addr().String()
	})
	if framesErr != nil {
		t.Fatal(framesErr)
	}
	return framesURL
}

// doc evaluates JavaScript in the explorer's document: the page itself, or
// the cross-origin iframe's (in an isolated world of that frame: the DOM is
// shared, the page's script globals are not).
type doc struct {
	ctx     context.Context
	frameID cdp.FrameID // "" for the top page
	world   runtime.ExecutionContextID
}

// explorerDoc finds the explorer's document in the tab.
func explorerDoc(t testing.TB, ctx context.Context, embedded bool) *doc {
	t.Helper()
	d := &doc{ctx: ctx}
	if !embedded {
		return d
	}
	var tree *page.FrameTree
	if err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) (err error) {
		tree, err = page.GetFrameTree().Do(ctx)
		return err
	})); err != nil {
		t.Fatalf("frame tree: %v", err)
	}
	if len(tree.ChildFrames) == 0 {
		t.Fatal("the host page has no iframe")
	}
	d.frameID = tree.ChildFrames[0].Frame.ID
	return d
}

// eval evaluates expr (a JSON-able value) into out.
func (d *doc) eval(expr string, out any) error {
	if d.frameID == "" {
		return chromedp.Run(d.ctx, chromedp.Evaluate(expr, out))
	}
	return chromedp.Run(d.ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		if d.world == 0 {
			id, err := page.CreateIsolatedWorld(d.frameID).WithWorldName("sizes").Do(ctx)
			if err != nil {
				return err
			}
			d.world = id
		}
		res, exc, err := runtime.Evaluate(expr).WithContextID(d.world).WithReturnByValue(true).Do(ctx)
		if err != nil {
			d.world = 0 // the frame navigated: make a new world next time
			return err
		}
		if exc != nil {
			return fmt.Errorf("%s", exc.Text+" "+exceptionText(exc))
		}
		return json.Unmarshal(res.Value, out)
	}))
}

func exceptionText(e *runtime.ExceptionDetails) string {
	if e.Exception != nil {
		return e.Exception.Description
	}
	return ""
}

// must is eval that fails the test on error.
func (d *doc) must(t testing.TB, expr string, out any) {
	t.Helper()
	if err := d.eval(expr, out); err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
}

// wait polls a condition in the document until it holds.
func (d *doc) wait(t *testing.T, cond, what string) {
	t.Helper()
	waitUntil(t, d.ctx, what, func() (bool, string) {
		var ok bool
		err := d.eval(`!!(`+cond+`)`, &ok)
		return ok, fmt.Sprintf("error %v", err)
	})
}
