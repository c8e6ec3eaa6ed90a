package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"paxsilica/internal/kit/loadgen"
)

// startNginx runs Debian's nginx over dist/ on a free loopback port with the
// repository's serve/nginx.conf, and returns its URL.
func startNginx(t testing.TB) string {
	t.Helper()
	bin, err := exec.LookPath("nginx")
	if err != nil {
		t.Fatal("nginx is not installed: run `make test` as root (it installs nginx and libnginx-mod-http-brotli-static) or apt-get install them")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	tmp := t.TempDir()
	tmpl, err := os.ReadFile(filepath.Join(repoRoot, "serve", "nginx.conf"))
	if err != nil {
		t.Fatal(err)
	}
	conf := strings.NewReplacer("@TMP@", tmp, "@LISTEN@", addr, "@ROOT@", filepath.Join(repoRoot, "dist")).Replace(string(tmpl))
	if os.Geteuid() == 0 {
		// Started as root, nginx hands its workers to www-data, which may not
		// enter the checkout (one under a private directory, as mktemp -d
		// makes, answers 403 for every file). Its workers run as whoever runs
		// the tests, as serve does.
		conf = "user root;\n" + conf
	}
	path := filepath.Join(tmp, "nginx.conf")
	if err := os.WriteFile(path, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-p", tmp, "-c", path, "-g", "daemon off;")
	dieWithTests(cmd)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() })
	url := "http://" + addr + "/"
	waitUntil(t, context.Background(), "nginx to answer", func() (bool, string) {
		resp, err := http.Get(url + "healthz-probe")
		if err == nil {
			resp.Body.Close()
			return true, ""
		}
		log, _ := os.ReadFile(filepath.Join(tmp, "error.log"))
		return false, fmt.Sprintf("%v; error.log: %s", err, log)
	})
	return url
}

// The same dist/ behind nginx, as a CDN or static host would serve it: the
// explorer loads and works, and the headers match serve's.
func TestExplorerThroughNginx(t *testing.T) {
	t.Parallel()
	url := startNginx(t)
	wasm := distFile(t, "explorer")
	req, _ := http.NewRequest("GET", url+wasm, nil)
	req.Header.Set("Accept-Encoding", "br")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	for k, v := range map[string]string{"Content-Type": "application/wasm", "Content-Encoding": "br", "Cache-Control": "public, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff"} {
		if got := resp.Header.Get(k); got != v {
			t.Errorf("nginx %s: %s = %q, want %q", wasm, k, got, v)
		}
	}
	// The language switch's face is a data: URL inside app.css.
	if c := resp.Header.Get("Content-Security-Policy"); !strings.Contains(c, "'wasm-unsafe-eval'") || !strings.Contains(c, "font-src 'self' data:;") {
		t.Errorf("nginx CSP %q", c)
	}
	ctx := newTab(t, viewportW, viewportH)
	if err := chromedp.Run(ctx, chromedp.Navigate(url+"?layers=")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.__msgs.some(m => m && m.type === "paxsilica:ready")`, "ready through nginx")
	p := countryPoint(t, ctx, "CHN")
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
	body := waitDetails(t, ctx, "China")
	if !strings.Contains(body, "Gallium") {
		t.Errorf("China's panel through nginx lacks gallium:\n%s", body)
	}
}

// BenchmarkThroughput compares serve and nginx on the same dist/: 5,000
// requests over 64 loopback connections, mixed assets and encodings, every
// answer checked. Medians of the runs.
func BenchmarkThroughput(b *testing.B) {
	want := map[string][]byte{}
	for _, stem := range []string{"index.html", "dataset.json", "app", "explorer"} {
		name := distFile(b, stem)
		data, err := os.ReadFile(filepath.Join(repoRoot, "dist", name))
		if err != nil {
			b.Fatal(err)
		}
		if name == "index.html" {
			name = ""
		}
		want["/"+name] = data
	}
	for _, srv := range []struct {
		name  string
		start func(testing.TB) string
	}{{"serve", func(t testing.TB) string { return siteURL }}, {"nginx", startNginx}} {
		b.Run(srv.name, func(b *testing.B) {
			base := strings.TrimSuffix(srv.start(b), "/")
			var rates []float64
			for range b.N {
				r := loadgen.Run(base, want, 5000, 64)
				if r.Errors != 0 {
					b.Fatalf("%d errors", r.Errors)
				}
				rates = append(rates, r.PerSecond())
			}
			b.ReportMetric(quantile(rates, 0.5), "req/s")
		})
	}
}
