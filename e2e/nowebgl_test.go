package e2e

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestNoWebGLIsExplained: in a browser that gives no WebGL 2 context the
// page says so in words (the poster stays), rather than a blank map or
// Ebiten's own error.
func TestNoWebGLIsExplained(t *testing.T) {
	t.Parallel()
	ctx := newOwnTab(t, viewportW, viewportH)
	const noWebGL = `(function () {
  var get = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind) {
    return /^(webgl2?|experimental-webgl)$/.test(kind) ? null : get.apply(this, arguments);
  };
})();`
	if err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(noWebGL).Do(ctx)
		return err
	}), chromedp.Navigate(siteURL)); err != nil {
		t.Fatal(err)
	}
	const want = "This browser does not provide WebGL 2"
	waitFor(t, ctx, `document.getElementById("status-text").textContent.startsWith("`+want+`") && document.getElementById("status").classList.contains("error")`, "the message "+want)
	if !visible(t, ctx, "#status") {
		t.Error("the message is not visible")
	}
}
