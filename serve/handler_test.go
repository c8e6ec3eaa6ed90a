package main

import (
	"crypto/rand"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"paxsilica/internal/kit/loadgen"
)

var wasmBytes = []byte("\x00asm\x01\x00\x00\x00 the program")

func testFS() fstest.MapFS {
	return fstest.MapFS{
		"index.html":                  {Data: []byte("<!doctype html><title>x</title>")},
		"index.html.br":               {Data: []byte("BR-INDEX")},
		"index.html.gz":               {Data: []byte("GZ-INDEX")},
		"explorer.0123456789.wasm":    {Data: wasmBytes},
		"explorer.0123456789.wasm.br": {Data: []byte("BR-WASM")},
		"app.abcdef0123.js":           {Data: []byte("console.log(1)")},
		"dataset.json":                {Data: []byte(`{"version":"x"}`)},
		"dataset.json.gz":             {Data: []byte("GZ-DATA")},
		"world-50m.9876543210.bin":    {Data: []byte("PSXWORLD")},
		".env":                        {Data: []byte("SECRET=1")},
		"sub/file.css":                {Data: []byte("body{}")},
		"sub/.git/HEAD":               {Data: []byte("ref")},
	}
}

// testOptions are the server's options in these tests: the site answers
// /oembed for the host httptest gives its requests.
func testOptions(frameAncestors string) options {
	return options{frameAncestors: frameAncestors, public: publicSite{hosts: map[string]bool{"explorer.test": true}}}
}

func do(h http.Handler, method, path string, hdr map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, "http://explorer.test/", nil)
	req.URL.Path = path // as sent, not cleaned by a client
	if i := strings.IndexByte(path, '?'); i >= 0 {
		req.URL.Path, req.URL.RawQuery = path[:i], path[i+1:]
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	if h := hdr["Host"]; h != "" {
		req.Host = h
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestServe(t *testing.T) {
	h := routes(testFS(), testOptions("*"))
	for _, tc := range []struct {
		name, method, path string
		hdr                map[string]string
		status             int
		want               map[string]string // headers; "" means absent
		body               string
	}{
		{"root is index.html", "GET", "/", nil, 200, map[string]string{"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache", "Content-Encoding": ""}, "<!doctype html>"},
		{"brotli preferred", "GET", "/", map[string]string{"Accept-Encoding": "gzip, deflate, br"}, 200, map[string]string{"Content-Encoding": "br", "Vary": "Accept-Encoding", "Content-Type": "text/html; charset=utf-8"}, "BR-INDEX"},
		{"gzip when br is refused", "GET", "/", map[string]string{"Accept-Encoding": "br;q=0, gzip"}, 200, map[string]string{"Content-Encoding": "gzip"}, "GZ-INDEX"},
		{"identity when nothing fits", "GET", "/", map[string]string{"Accept-Encoding": "deflate"}, 200, map[string]string{"Content-Encoding": ""}, "<!doctype"},
		{"star allows br", "GET", "/", map[string]string{"Accept-Encoding": "*"}, 200, map[string]string{"Content-Encoding": "br"}, "BR-INDEX"},
		{"gzip only where no br copy", "GET", "/dataset.json", map[string]string{"Accept-Encoding": "br, gzip"}, 200, map[string]string{"Content-Encoding": "gzip", "Content-Type": "application/json", "Cache-Control": "no-cache"}, "GZ-DATA"},
		{"hashed wasm is immutable", "GET", "/explorer.0123456789.wasm", nil, 200, map[string]string{"Content-Type": "application/wasm", "Cache-Control": "public, max-age=31536000, immutable"}, "\x00asm"},
		{"hashed wasm in brotli", "GET", "/explorer.0123456789.wasm", map[string]string{"Accept-Encoding": "br"}, 200, map[string]string{"Content-Type": "application/wasm", "Content-Encoding": "br"}, "BR-WASM"},
		{"javascript type", "GET", "/app.abcdef0123.js", nil, 200, map[string]string{"Content-Type": "text/javascript; charset=utf-8"}, "console"},
		{"binary geometry", "GET", "/world-50m.9876543210.bin", nil, 200, map[string]string{"Content-Type": "application/octet-stream"}, "PSXWORLD"},
		{"HEAD has headers, no body", "HEAD", "/dataset.json", nil, 200, map[string]string{"Content-Type": "application/json", "Content-Length": "15"}, ""},
		{"range", "GET", "/explorer.0123456789.wasm", map[string]string{"Range": "bytes=0-3"}, 206, map[string]string{"Content-Range": fmt.Sprintf("bytes 0-3/%d", len(wasmBytes))}, "\x00asm"},
		{"unsatisfiable range", "GET", "/dataset.json", map[string]string{"Range": "bytes=900-"}, 416, nil, ""},
		{"missing file", "GET", "/nope.js", nil, 404, map[string]string{"Content-Type": "text/plain; charset=utf-8"}, "404 not found: /nope.js"},
		{"directory is not listed", "GET", "/sub", nil, 404, nil, "not found"},
		{"directory slash", "GET", "/sub/", nil, 404, nil, "not found"},
		{"dot-file", "GET", "/.env", nil, 404, nil, "not found"},
		{"dot folder", "GET", "/sub/.git/HEAD", nil, 404, nil, "not found"},
		{"parent reference", "GET", "/sub/../.env", nil, 404, nil, "not found"},
		{"parent escaping the root", "GET", "/../etc/passwd", nil, 404, nil, "not found"},
		{"backslash", "GET", "/sub\\file.css", nil, 404, nil, "not found"},
		{"NUL", "GET", "/index.html\x00.png", nil, 404, nil, "not found"},
		{"POST refused", "POST", "/", nil, 405, map[string]string{"Allow": "GET, HEAD"}, "405 method not allowed"},
		{"DELETE refused", "DELETE", "/dataset.json", nil, 405, map[string]string{"Allow": "GET, HEAD"}, "405"},
		{"healthz", "GET", "/healthz", nil, 200, map[string]string{"Cache-Control": "no-store"}, "ok"},
		{"healthz HEAD", "HEAD", "/healthz", nil, 200, map[string]string{"Cache-Control": "no-store"}, ""},
		{"healthz PUT refused", "PUT", "/healthz", nil, 405, map[string]string{"Allow": "GET, HEAD"}, "405"},
		{"healthz DELETE refused", "DELETE", "/healthz", nil, 405, map[string]string{"Allow": "GET, HEAD"}, "405"},
		{"healthz TRACE refused", "TRACE", "/healthz", nil, 405, map[string]string{"Allow": "GET, HEAD"}, "405"},
		{"segment too long", "GET", "/" + strings.Repeat("a", 256), nil, 404, nil, "not found"},
		{"path too long", "GET", strings.Repeat("/abc", 1100), nil, 404, nil, "not found"},
		{"file as a folder", "GET", "/index.html/x", nil, 404, nil, "not found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(h, tc.method, tc.path, tc.hdr)
			if rec.Code != tc.status {
				t.Errorf("status %d, want %d (%q)", rec.Code, tc.status, rec.Body.String())
			}
			for k, v := range tc.want {
				if got := rec.Header().Get(k); got != v {
					t.Errorf("%s: %q, want %q", k, got, v)
				}
			}
			if !strings.Contains(rec.Body.String(), tc.body) {
				t.Errorf("body %q does not contain %q", rec.Body.String(), tc.body)
			}
			if tc.method == "HEAD" && rec.Body.Len() != 0 {
				t.Errorf("HEAD sent a body")
			}
			// Security headers on every answer, errors included.
			hd := rec.Header()
			if c := hd.Get("Content-Security-Policy"); !strings.Contains(c, "'wasm-unsafe-eval'") || !strings.Contains(c, "frame-ancestors *") || !strings.Contains(c, "font-src 'self' data:;") || strings.Contains(c, "unsafe-inline") {
				t.Errorf("CSP %q", c)
			}
			if hd.Get("X-Content-Type-Options") != "nosniff" || hd.Get("Referrer-Policy") != "strict-origin-when-cross-origin" {
				t.Errorf("missing nosniff or Referrer-Policy: %v", hd)
			}
		})
	}
}

func TestETagAndNotModified(t *testing.T) {
	h := routes(testFS(), testOptions("*"))
	for _, tc := range []struct{ name, path, enc string }{
		{"index", "/", ""}, {"index in brotli", "/", "br"}, {"dataset", "/dataset.json", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := do(h, "GET", tc.path, map[string]string{"Accept-Encoding": tc.enc})
			tag := first.Header().Get("ETag")
			if !strings.HasPrefix(tag, `"`) || strings.HasPrefix(tag, "W/") {
				t.Fatalf("ETag %q is not strong", tag)
			}
			again := do(h, "GET", tc.path, map[string]string{"Accept-Encoding": tc.enc, "If-None-Match": tag})
			if again.Code != 304 || again.Body.Len() != 0 {
				t.Errorf("If-None-Match gave %d with %d bytes, want 304 and none", again.Code, again.Body.Len())
			}
			stale := do(h, "GET", tc.path, map[string]string{"Accept-Encoding": tc.enc, "If-None-Match": `"other"`})
			if stale.Code != 200 {
				t.Errorf("a stale ETag gave %d", stale.Code)
			}
		})
	}
	// Different representations have different tags.
	a := do(h, "GET", "/", nil).Header().Get("ETag")
	b := do(h, "GET", "/", map[string]string{"Accept-Encoding": "br"}).Header().Get("ETag")
	if a == b {
		t.Error("identity and brotli share an ETag")
	}
}

func TestFrameAncestorsFlag(t *testing.T) {
	h := routes(testFS(), testOptions("'self' https://news.example"))
	if c := do(h, "GET", "/", nil).Header().Get("Content-Security-Policy"); !strings.Contains(c, "frame-ancestors 'self' https://news.example") {
		t.Errorf("CSP %q", c)
	}
}

func TestOEmbed(t *testing.T) {
	h := routes(testFS(), testOptions("*"))
	for _, tc := range []struct {
		name, query string
		status      int
		want        []string
	}{
		{"page with view", "url=http://explorer.test/%3Fcountry%3DCHN%26mineral%3Dgallium%26bogus%3D1&maxwidth=600&maxheight=400", 200,
			[]string{`"type":"rich"`, `"version":"1.0"`, `"width":600`, `"height":400`, `country=CHN`, `mineral=gallium`, `embed=1`, `loading=\"lazy\"`, `allow=\"fullscreen\"`, `title=\"Pax Silica Explorer`}},
		{"relative url", "url=%2F%3Fcountry%3DQAT", 200, []string{`country=QAT`, `"provider_url":"http://explorer.test/"`}},
		{"defaults", "url=http://explorer.test/", 200, []string{`"width":800`, `"height":600`}},
		{"missing url", "", 400, []string{"the url parameter is missing"}},
		{"foreign site", "url=https://evil.example/", 404, []string{"is not on this site"}},
		{"other page", "url=http://explorer.test/admin", 404, []string{"is not the explorer's page"}},
		{"javascript url", "url=javascript:alert(1)", 400, []string{"is not an http(s) URL"}},
		{"bad maxwidth", "url=http://explorer.test/&maxwidth=wide", 400, []string{`maxwidth="wide" is not a positive whole number`}},
		{"xml format", "url=http://explorer.test/&format=xml", 501, []string{"only json"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(h, "GET", "/oembed?"+tc.query, nil)
			if rec.Code != tc.status {
				t.Errorf("status %d, want %d: %s", rec.Code, tc.status, rec.Body.String())
			}
			for _, w := range tc.want {
				if !strings.Contains(rec.Body.String(), w) {
					t.Errorf("body %s lacks %s", rec.Body.String(), w)
				}
			}
			if strings.Contains(rec.Body.String(), "bogus") {
				t.Error("an unknown parameter was carried into the embed")
			}
		})
	}
}

func TestSiteFile(t *testing.T) {
	for _, tc := range []struct {
		path string
		want string
		ok   bool
	}{
		{"/", "index.html", true},
		{"/a/b.js", "a/b.js", true},
		{"/../etc/passwd", "", false},
		{"/a//b", "", false},
		{"/a/./b", "", false},
		{"/.hidden", "", false},
		{"/a\x00b", "", false},
		{"relative", "", false},
	} {
		got, ok := siteFile(tc.path)
		if got != tc.want || ok != tc.ok {
			t.Errorf("siteFile(%q) = %q, %v; want %q, %v", tc.path, got, ok, tc.want, tc.ok)
		}
	}
}

func FuzzSiteFile(f *testing.F) {
	for _, s := range []string{"/", "/a/b", "/../x", "/%2e%2e/x", "/a\\b", "/.git", "/a/../../b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		name, ok := siteFile(p)
		if !ok {
			return
		}
		for _, seg := range strings.Split(name, "/") {
			if seg == ".." || seg == "" || strings.HasPrefix(seg, ".") {
				t.Fatalf("siteFile(%q) = %q escapes or exposes a dot-file", p, name)
			}
		}
		if strings.ContainsAny(name, "\\\x00") {
			t.Fatalf("siteFile(%q) = %q", p, name)
		}
	})
}

// Through a real connection: encoded traversal and oversized headers.
func TestOverTheWire(t *testing.T) {
	srv := httptest.NewUnstartedServer(routes(testFS(), testOptions("*")))
	srv.Config.MaxHeaderBytes = 32 << 10
	srv.Start()
	defer srv.Close()
	for _, p := range []string{"/%2e%2e/.env", "/sub/%2e%2e/.env", "/%2Eenv", "/sub%5cfile.css"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 404 {
			t.Errorf("%s gave %d", p, resp.StatusCode)
		}
	}
	req, _ := http.NewRequest("GET", srv.URL+"/", nil)
	req.Header.Set("X-Huge", strings.Repeat("a", 64<<10))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("64 KiB of headers gave %d, want 431", resp.StatusCode)
	}
}

// loadFS is a site with a 256 KiB asset, standing in for the large wasm.
func loadFS() (fstest.MapFS, map[string][]byte) {
	big := make([]byte, 256<<10)
	rand.Read(big)
	fs := testFS()
	fs["explorer.0123456789.wasm"] = &fstest.MapFile{Data: big}
	delete(fs, "explorer.0123456789.wasm.br")
	want := map[string][]byte{
		"/explorer.0123456789.wasm": big, "/dataset.json": fs["dataset.json"].Data,
		"/app.abcdef0123.js": fs["app.abcdef0123.js"].Data, "/": fs["index.html"].Data,
	}
	return fs, want
}

// A bounded load test: 20,000 requests over 64 connections on loopback,
// every answer checked. It asserts correctness, not speed (see the
// benchmark for throughput).
func TestLoad(t *testing.T) {
	fs, want := loadFS()
	srv := httptest.NewServer(routes(fs, testOptions("*")))
	defer srv.Close()
	r := loadgen.Run(srv.URL, want, 20000, 64)
	if r.Errors != 0 {
		t.Errorf("%d of 20,000 requests failed or returned wrong bytes", r.Errors)
	}
	t.Logf("20,000 requests in %v", r.Elapsed.Round(time.Millisecond))
}

// With -dir the names reach the operating system, whose errors for names
// that cannot be files (ENOTDIR, ENAMETOOLONG) are 404 like a missing file.
func TestNotAFileOnDisk(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	h := routes(os.DirFS(dir), testOptions("*"))
	for _, p := range []string{
		"/index.html/x", "/index.html/x/y", "/" + strings.Repeat("a", 256), "/" + strings.Repeat("a", 255),
		"/" + strings.Repeat("abcdefgh/", 500) + "x", strings.Repeat("/b", 2100),
	} {
		if rec := do(h, "GET", p, nil); rec.Code != 404 {
			t.Errorf("%.40s… (%d bytes) gave %d %q, want 404", p, len(p), rec.Code, rec.Body.String())
		}
	}
	if rec := do(h, "GET", "/", nil); rec.Code != 200 {
		t.Errorf("/ gave %d", rec.Code)
	}
}

// The embedded site's folder holds a README for developers; it is not a
// page of the site.
func TestEmbeddedSiteHidesReadme(t *testing.T) {
	fsys := siteIn(fstest.MapFS{
		"site/index.html":   {Data: []byte("<!doctype html>")},
		"site/README.md":    {Data: []byte("make serve-bin copies")},
		"site/app.0123.js":  {Data: []byte("1")},
		"site/data/x.json":  {Data: []byte("{}")},
		"other/README.md":   {Data: []byte("x")},
		"site/docs/note.md": {Data: []byte("x")},
	})
	if fsys == nil {
		t.Fatal("siteIn found no site")
	}
	h := routes(fsys, testOptions("*"))
	for path, want := range map[string]int{"/": 200, "/app.0123.js": 200, "/README.md": 404, "/docs/note.md": 200} {
		if rec := do(h, "GET", path, nil); rec.Code != want {
			t.Errorf("%s gave %d, want %d", path, rec.Code, want)
		}
	}
	if siteIn(fstest.MapFS{"site/README.md": {Data: []byte("x")}}) != nil {
		t.Error("a folder with only the README counts as a site")
	}
}

func TestCheckFrameAncestors(t *testing.T) {
	for _, tc := range []struct {
		v  string
		ok bool
	}{
		{"*", true},
		{"'self'", true},
		{"'none'", true},
		{"'self' https://news.example", true},
		{"https://news.example:8443 *.example.org https:", true},
		{"https://news.example/path/", true},
		{"http://localhost:*", true},
		{"", false},
		{"*; script-src *", false},
		{"'self';", false},
		{"https://a.example, https://b.example", false},
		{"'none' 'self'", false},
		{"'unsafe-inline'", false},
		{"https://a.example\thttps://b.example", false},
		{"https://a.example  'self'", false},
		{"https://a.example\nX: y", false},
		{"\"https://a.example\"", false},
	} {
		err := checkFrameAncestors(tc.v)
		if (err == nil) != tc.ok {
			t.Errorf("checkFrameAncestors(%q) = %v, want ok=%v", tc.v, err, tc.ok)
		}
	}
}

func TestConnBudget(t *testing.T) {
	for _, tc := range []struct {
		wanted        int
		limit         uint64
		limited       bool
		perConn       int
		conns, refuse int
	}{
		{1024, 0, false, 2, 1024, maxRefusing},
		{1024, 1 << 20, true, 2, 1024, maxRefusing},
		{1024, 300, true, 2, (300 - baseFiles - maxRefusing) / 2, maxRefusing},
		{1024, 300, true, 1, 300 - baseFiles - maxRefusing, maxRefusing},
		// A small limit: the refusals take a quarter of what is free. With
		// 64 refusals beside 30 connections, 150 clients at once under a
		// limit of 120 ran serve out of descriptors (500s, accept4 errors).
		{1024, 120, true, 2, 39, 26},
		{10, 300, true, 2, 10, maxRefusing},
		{1024, 20, true, 2, 1, 1},
		{1024, 1, true, 2, 1, 0},
	} {
		conns, refusing := connBudget(tc.wanted, tc.limit, tc.limited, tc.perConn)
		if conns != tc.conns || refusing != tc.refuse {
			t.Errorf("connBudget(%d, %d, %v, %d) = %d, %d; want %d, %d", tc.wanted, tc.limit, tc.limited, tc.perConn, conns, refusing, tc.conns, tc.refuse)
		}
	}
	// Whatever the limit, the budget fits in it.
	for limit := uint64(baseFiles + 3); limit < 5000; limit++ {
		for _, per := range []int{1, 2} {
			conns, refusing := connBudget(1<<20, limit, true, per)
			if need := baseFiles + conns*per + refusing; uint64(need) > limit {
				t.Fatalf("limit %d, %d files a connection: %d connections and %d refusals need %d descriptors", limit, per, conns, refusing, need)
			}
		}
	}
}
