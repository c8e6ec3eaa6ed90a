package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

var testSite = site{fsys: fstest.MapFS{
	"index.html":     {Data: []byte("<!doctype html><title>x</title>")},
	"explorer.wasm":  {Data: []byte("\x00asm\x01\x00\x00\x00")},
	"app.js":         {Data: []byte("console.log(1)")},
	"world-50m.bin":  {Data: []byte("PSXWORLD")},
	".env":           {Data: []byte("SECRET=1")},
	"sub/file.css":   {Data: []byte("body{}")},
	"sub/.git/HEAD":  {Data: []byte("ref")},
	"emptydir/a.txt": {Data: []byte("a")},
}}

func TestServe(t *testing.T) {
	for _, tc := range []struct {
		name, method, path string
		status             int
		contentType        string
		body               string
	}{
		{"root is index.html", "GET", "/", 200, "text/html; charset=utf-8", "<!doctype html>"},
		{"wasm type", "GET", "/explorer.wasm", 200, "application/wasm", "\x00asm"},
		{"javascript type", "GET", "/app.js", 200, "text/javascript; charset=utf-8", "console"},
		{"css in a folder", "GET", "/sub/file.css", 200, "text/css; charset=utf-8", "body"},
		{"HEAD", "HEAD", "/app.js", 200, "text/javascript; charset=utf-8", ""},
		{"missing file", "GET", "/nope.js", 404, "", "404 not found: /nope.js"},
		{"directory", "GET", "/sub", 404, "", "not found"},
		{"directory slash", "GET", "/sub/", 404, "", "not found"},
		{"dot-file", "GET", "/.env", 404, "", "not found"},
		{"dot folder", "GET", "/sub/.git/HEAD", 404, "", "not found"},
		{"parent reference", "GET", "/sub/../.env", 404, "", "not found"},
		{"backslash", "GET", "/sub\\file.css", 404, "", "not found"},
		{"POST refused", "POST", "/", 405, "", "405 method not allowed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, "http://x/", nil)
			req.URL.Path = tc.path // as sent, not cleaned by the test client
			rec := httptest.NewRecorder()
			testSite.ServeHTTP(rec, req)
			if rec.Code != tc.status {
				t.Errorf("status %d, want %d", rec.Code, tc.status)
			}
			if tc.contentType != "" && rec.Header().Get("Content-Type") != tc.contentType {
				t.Errorf("Content-Type %q, want %q", rec.Header().Get("Content-Type"), tc.contentType)
			}
			if !strings.Contains(rec.Body.String(), tc.body) {
				t.Errorf("body %q does not contain %q", rec.Body.String(), tc.body)
			}
			if tc.status == 405 && rec.Header().Get("Allow") != "GET, HEAD" {
				t.Errorf("405 without Allow: GET, HEAD")
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
	for _, s := range []string{"/", "/a/b", "/../x", "/%2e%2e/x", "/a\\b", "/.git"} {
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

func TestRequestThroughServer(t *testing.T) {
	srv := httptest.NewServer(testSite)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/%2e%2e/.env")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("encoded traversal gave %d", resp.StatusCode)
	}
}
