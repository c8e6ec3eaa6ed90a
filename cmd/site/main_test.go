package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"

	"paxsilica/internal/kit/sitefiles"
)

const page = `<link rel="stylesheet" href="app.css">
<img id="poster" src="poster.png" alt="">
<script src="wasm_exec.js"></script>
<script src="app.js"></script>
<script src="download.js"></script>`

func TestFinish(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html": page, "explorer.wasm": "\x00asm wasm", "wasm_exec.js": "go", "app.js": "app",
		"app.css": "body{}", "world-50m.bin": "PSXWORLD", "poster.png": "\x89PNG", "dataset.json": `{"version":"x"}`,
		"exporter.wasm": "\x00asm exporter", "download.js": "dl",
	}
	for n, c := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	report, err := finish(dir, sitefiles.Compression{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(report, "first load") || !strings.Contains(report, "poster.") {
		t.Errorf("no size report: %q", report)
	}
	html, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	for _, n := range hashed {
		matches, _ := filepath.Glob(filepath.Join(dir, strings.TrimSuffix(n, filepath.Ext(n))+".??????????"+filepath.Ext(n)))
		if len(matches) != 1 {
			t.Fatalf("%s: hashed copies %v", n, matches)
		}
		if _, err := os.Stat(filepath.Join(dir, n)); err == nil {
			t.Errorf("%s left under its plain name", n)
		}
		if !strings.Contains(string(html), filepath.Base(matches[0])) {
			t.Errorf("index.html does not refer to %s:\n%s", filepath.Base(matches[0]), html)
		}
	}
	if !strings.Contains(string(html), `data-exporter="exporter.`) {
		t.Errorf("index.html does not hand the exporter's name to download.js:\n%s", html)
	}
	if !strings.Contains(string(html), `data-wasm="explorer.`) || !strings.Contains(string(html), `data-geometry="world-50m.`) ||
		!strings.Contains(string(html), `data-wasm-bytes="9"`) {
		t.Errorf("index.html does not hand the wasm and geometry names to app.js:\n%s", html)
	}
	// Every compressible file has copies that decompress to it.
	for _, n := range []string{"index.html", "dataset.json"} {
		want, _ := os.ReadFile(filepath.Join(dir, n))
		brb, err := os.ReadFile(filepath.Join(dir, n+".br"))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(brotli.NewReader(bytes.NewReader(brb)))
		if !bytes.Equal(got, want) {
			t.Errorf("%s.br does not decompress to %s", n, n)
		}
		gzb, _ := os.ReadFile(filepath.Join(dir, n+".gz"))
		zr, err := gzip.NewReader(bytes.NewReader(gzb))
		if err != nil {
			t.Fatal(err)
		}
		got, _ = io.ReadAll(zr)
		if !bytes.Equal(got, want) {
			t.Errorf("%s.gz does not decompress to %s", n, n)
		}
	}
}

func TestRewriteIndexNeedsItsAnchors(t *testing.T) {
	if _, err := rewriteIndex("<html></html>", map[string]string{}, 0); err == nil {
		t.Error("an index.html without the expected references was accepted")
	}
}

func TestOnDemand(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"explorer.0123456789.wasm", false},
		{"app.0123456789.js", false},
		{"download.0123456789.js", false},
		{"dataset.json", false},
		{"poster.0123456789.png", false},
		{"embed.js", true},
		{"exporter.0123456789.wasm", true},
		{"paxsilica-data.zip", true},
		{"CHANGELOG.md", true},
	} {
		if got := onDemand(c.name); got != c.want {
			t.Errorf("onDemand(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
