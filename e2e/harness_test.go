// Package e2e drives the real explorer in Debian's headless Chromium against
// the real serve binary on a free loopback port: it clicks, types, reads the
// page and looks at pixels, as a reader would.
//
// All tests share one browser (started in TestMain) and one server; each
// test takes a tab (newTab: a finished test's, blanked, or a new one) and
// runs in parallel with the others:
//
//	func TestSomething(t *testing.T) {
//		t.Parallel()
//		ctx := newTab(t, 390, 844)            // a tab of the shared browser, 390×844
//		openExplorer(t, ctx, "?country=CHN")  // navigate, wait for paxsilica:ready
//		waitFor(t, ctx, `document.title !== ""`, "a title") // a JavaScript condition
//		waitCountryPixel(t, ctx, "CHN", style.Selected, 40, "China in the selection colour")
//	}
//
// Tabs share the browser's cache and storage, and a reused tab its renderer
// process, but no page: a test that needs the whole browser to itself (one
// that changes a browser-wide setting) must not call t.Parallel. Tests wait on conditions, never on
// fixed sleeps: waitFor, waitCountryPixel, waitConsole and waitUntil poll
// until what they wait for holds or waitLimit passes (10 minutes, E2E_WAIT=20m
// to change it), so a busy machine makes a test slower, never red.
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Shared across the package's tests.
var (
	repoRoot  string
	siteURL   string // the real server over dist/, ending in "/"
	browser   context.Context
	serveBin  string
	viewportW = 1280
	viewportH = 720
	// waitLimit bounds every wait on a condition: generous, so that only a
	// condition that does not come fails, however busy the machine.
	waitLimit = 10 * time.Minute
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	root, err := filepath.Abs("..")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	repoRoot = root
	if v := os.Getenv("E2E_WAIT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			fmt.Fprintf(os.Stderr, "e2e: E2E_WAIT=%q: want a duration such as 10m\n", v)
			return 1
		}
		waitLimit = d
	}
	if m, _ := filepath.Glob(filepath.Join(root, "dist", "explorer.*.wasm")); len(m) == 0 {
		fmt.Fprintln(os.Stderr, "e2e: dist/ holds no built explorer.<hash>.wasm: run `make test` (it builds the site first)")
		return 1
	}
	chrome, err := exec.LookPath("chromium")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: Debian's chromium is not installed: run `make test` as root (it installs it) or `sudo apt-get install chromium`")
		return 1
	}
	tmp, err := os.MkdirTemp("", "paxsilica-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmp)
	serveBin = filepath.Join(tmp, "serve")
	if out, err := exec.Command("go", "build", "-o", serveBin, filepath.Join(root, "serve")).CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: building serve: %v\n%s", err, out)
		return 1
	}
	url, stop, err := startServer(filepath.Join(root, "dist"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer stop()
	siteURL = url

	profileDir = filepath.Join(tmp, "profile")
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.UserDataDir(profileDir),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		// Cross-origin iframes stay in the page's process, so tests can read
		// an embedded explorer's panel; origins and postMessage are unchanged.
		chromedp.Flag("disable-site-isolation-trials", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		// Tabs run side by side: none is throttled for being in the
		// background.
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
		chromedp.WindowSize(viewportW, viewportH),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	b, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	if err := chromedp.Run(b); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: starting chromium:", err)
		return 1
	}
	browser = b
	return m.Run()
}

// startServer runs the real serve binary over dir on a free loopback port
// and returns its URL, read from the line it prints on start.
func startServer(dir string, extra ...string) (string, func(), error) {
	args := append([]string{"-dir", dir, "-addr", "127.0.0.1:0"}, extra...)
	cmd := exec.Command(serveBin, args...)
	dieWithTests(cmd)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	stop := func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		stop()
		return "", nil, fmt.Errorf("serve printed no URL: %v", err)
	}
	i := strings.Index(line, "http://")
	if i < 0 {
		stop()
		return "", nil, fmt.Errorf("serve printed no URL: %q", line)
	}
	go func() { bufio.NewReader(out).WriteTo(devNull{}) }()
	return strings.TrimSpace(line[i:]), stop, nil
}

type devNull struct{}

func (devNull) Write(p []byte) (int, error) { return len(p), nil }

// recordMessages makes every page opened in ctx collect the messages posted
// to its window in window.__msgs, from before any script runs.
// It also records Content-Security-Policy violations in window.__csp.
const recordMessages = `window.__msgs = []; window.addEventListener("message", function (e) { window.__msgs.push(e.data); });
window.__csp = []; document.addEventListener("securitypolicyviolation", function (e) { window.__csp.push(e.violatedDirective + " " + e.blockedURI); });`

// openExplorer navigates to the explorer at path (e.g. "?country=USA") and
// waits for the paxsilica:ready message and then for the dataset to be
// taken in (or its failure said).
func openExplorer(t testing.TB, ctx context.Context, path string) {
	t.Helper()
	if err := chromedp.Run(ctx, chromedp.Navigate(siteURL+path)); err != nil {
		t.Fatalf("navigate %s: %v", path, err)
	}
	waitFor(t, ctx, `window.__msgs.some(m => m && m.type === "paxsilica:ready")`, "the paxsilica:ready message")
	waitDataset(t, ctx)
}

// waitUntil calls check every 100 ms until it reports true, the tab (ctx)
// closes or waitLimit passes; then it fails the test with what and the
// last state check described.
func waitUntil(t testing.TB, ctx context.Context, what string, check func() (ok bool, state string)) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		ok, state := check()
		if ok {
			return
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			t.Fatalf("waiting for %s: not seen in %v; %s", what, waitLimit, state)
		}
		select {
		case <-ctx.Done():
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// waitFor polls a JavaScript condition until it is true; on failure it
// reports what the page shows.
func waitFor(t testing.TB, ctx context.Context, cond, what string) {
	t.Helper()
	waitUntil(t, ctx, what, func() (bool, string) {
		var ok bool
		err := chromedp.Run(ctx, chromedp.Evaluate(`!!(`+cond+`)`, &ok))
		if err == nil && ok {
			return true, ""
		}
		return false, fmt.Sprintf("(err %v); page says: %q", err, pageText(ctx))
	})
}

// pageText returns the page's visible text, for failure messages.
func pageText(ctx context.Context) string {
	var s string
	c, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	chromedp.Run(c, chromedp.Evaluate(`document.body ? document.body.innerText : ""`, &s))
	return s
}

// eval evaluates a JavaScript expression into out.
func eval(t testing.TB, ctx context.Context, expr string, out any) {
	t.Helper()
	if err := chromedp.Run(ctx, chromedp.Evaluate(expr, out)); err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
}

// text returns the textContent of the element matching selector.
func text(t testing.TB, ctx context.Context, selector string) string {
	t.Helper()
	var s string
	eval(t, ctx, fmt.Sprintf(`(document.querySelector(%q) || {}).textContent || ""`, selector), &s)
	return s
}

// screenshot captures the viewport as an image.
func screenshot(t testing.TB, ctx context.Context) image.Image {
	t.Helper()
	var buf []byte
	if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&buf)); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		t.Fatalf("decoding screenshot: %v", err)
	}
	if dir := os.Getenv("E2E_SHOTS"); dir != "" {
		os.WriteFile(filepath.Join(dir, strings.ReplaceAll(t.Name(), "/", "_")+".png"), buf, 0o644)
	}
	return img
}

// near reports whether two colours differ by at most tol in every channel.
func near(a, b color.Color, tol int) bool {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	d := func(x, y uint32) bool { return abs(int(x>>8)-int(y>>8)) <= tol }
	return d(ar, br) && d(ag, bg) && d(ab, bb)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// evalAwait evaluates a JavaScript expression that yields a promise and
// stores its result in out.
func evalAwait(ctx context.Context, expr string, out any) error {
	return chromedp.Run(ctx, chromedp.Evaluate(expr, out, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	}))
}

// console collects what a tab's pages (frames included) log to the console.
type console struct {
	mu   sync.Mutex
	msgs []string
}

// recordConsole starts collecting the console messages of the tab ctx, each
// as "level: text" (e.g. "warning: paxsilica: ignored …").
func recordConsole(ctx context.Context) *console {
	c := &console{}
	chromedp.ListenTarget(ctx, func(ev any) {
		e, ok := ev.(*runtime.EventConsoleAPICalled)
		if !ok {
			return
		}
		var parts []string
		for _, a := range e.Args {
			if a.Value != nil {
				var s string
				if json.Unmarshal(a.Value, &s) == nil {
					parts = append(parts, s)
					continue
				}
				parts = append(parts, string(a.Value))
			} else {
				parts = append(parts, a.Description)
			}
		}
		c.mu.Lock()
		c.msgs = append(c.msgs, string(e.Type)+": "+strings.Join(parts, " "))
		c.mu.Unlock()
	})
	return c
}

// has reports whether a message containing s was logged.
func (c *console) has(s string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, m := range c.msgs {
		if strings.Contains(m, s) {
			return true
		}
	}
	return false
}

// String lists the messages, for failure reports.
func (c *console) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprintf("%q", c.msgs)
}

// waitConsole waits until the tab logs a message containing s.
func waitConsole(t testing.TB, ctx context.Context, c *console, s string) {
	t.Helper()
	waitUntil(t, ctx, "a console message with "+strconv.Quote(s), func() (bool, string) {
		return c.has(s), "console: " + c.String()
	})
}

// waitDataset waits until the explorer in ctx has taken in its dataset or
// said why it could not (<html data-dataset="settled">). paxsilica:ready
// comes first, at the first frame; the dataset's panel, lists, timeline and
// colours follow in a task of their own.
func waitDataset(t testing.TB, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, datasetSettled, "the dataset taken in")
}

// datasetSettled is true once the explorer has taken in its dataset or
// said why it could not.
const datasetSettled = `document.documentElement.dataset.dataset === "settled"`
