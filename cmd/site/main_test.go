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

	"paxsilica/internal/i18n"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/kit/sitefiles"
)

const page = `<link rel="stylesheet" href="app.css">
<img id="poster" src="poster.png" alt="">
<script src="wasm_exec.js"></script>
<script src="app.js"></script>
<script src="download.js"></script>
<header><a class="lang" href="./" hreflang="en" lang="en" data-lang="en">English</a></header>`

func TestFinish(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html": page, "explorer.wasm": "\x00asm wasm", "wasm_exec.js": "go", "app.js": "app",
		"app.css": `@font-face { src: url("fonts/deva-400.woff2") format("woff2"); }`, "poster.png": "\x89PNG",
		"fonts/deva-400.woff2": "wOF2 font",
		"exporter.wasm":        "\x00asm exporter", "exporter-shaping.wasm": "\x00asm exporter with shaping", "download.js": "dl",
	}
	// The catalogs name the countries of the real map and dataset.
	for _, n := range []string{"world-50m.bin", "dataset.json"} {
		b, err := os.ReadFile(fixtures.Path(n))
		if err != nil {
			t.Fatal(err)
		}
		files[n] = string(b)
	}
	os.Mkdir(filepath.Join(dir, "fonts"), 0o755)
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
	// The font has a hashed name, which the (hashed) stylesheet uses.
	fonts, _ := filepath.Glob(filepath.Join(dir, "fonts", "deva-400.??????????.woff2"))
	sheets, _ := filepath.Glob(filepath.Join(dir, "app.??????????.css"))
	if len(fonts) != 1 || len(sheets) != 1 {
		t.Fatalf("fonts %v, stylesheets %v", fonts, sheets)
	}
	if css, _ := os.ReadFile(sheets[0]); !strings.Contains(string(css), `url("fonts/`+filepath.Base(fonts[0])+`")`) {
		t.Errorf("the stylesheet does not name the hashed font %s: %s", fonts[0], css)
	}
	if !strings.Contains(report, "fonts/deva-400.") {
		t.Errorf("the size report leaves out the font: %q", report)
	}
	// The language switch links every language, each in its own name.
	if !strings.Contains(string(html), `<a class="lang" href="./?lang=hi" hreflang="hi" lang="hi" data-lang="hi">हिन्दी</a>`) ||
		!strings.Contains(string(html), `data-lang="en">English</a>`) {
		t.Errorf("index.html has no language switch:\n%s", html)
	}
	if !strings.Contains(string(html), `data-catalogs="hi:ltr:lang/hi.`) {
		t.Errorf("index.html does not hand the Hindi catalog's name to app.js:\n%s", html)
	}
	if !strings.Contains(report, "lang/hi.") || !strings.Contains(report, "other languages") {
		t.Errorf("the size report leaves out the catalogs: %q", report)
	}
	if _, err := os.Stat(filepath.Join(dir, "lang")); err != nil {
		t.Error(err)
	}
	if !strings.Contains(string(html), `data-exporter="exporter.`) || !strings.Contains(string(html), `data-exporter-shaping="exporter-shaping.`) {
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

// TestFontsMustBeUsed: a font the stylesheet does not name is an error.
func TestFontsMustBeUsed(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "fonts"), 0o755)
	os.WriteFile(filepath.Join(dir, "fonts", "x.woff2"), []byte("wOF2"), 0o644)
	os.WriteFile(filepath.Join(dir, "app.css"), []byte(`body{}`), 0o644)
	if err := hashFonts(dir, "app.css"); err == nil || !strings.Contains(err.Error(), "fonts/x.woff2") {
		t.Errorf("an unused font gave %v", err)
	}
}

func TestRewriteIndexNeedsItsAnchors(t *testing.T) {
	if _, err := rewriteIndex("<html></html>", map[string]string{}, 0, nil); err == nil {
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
		{"exporter-shaping.0123456789.wasm", true},
		{"paxsilica-data.zip", true},
		{"CHANGELOG.md", true},
		{"lang/hi.0123456789.json", true},
		{"fonts/noto-sans-devanagari-400.0123456789.woff2", true},
	} {
		if got := sitefiles.OnDemand(c.name); got != c.want {
			t.Errorf("OnDemand(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCatalogs checks the Hindi catalog the site writes: under a hashed
// name in lang/, named in the app script's data-catalogs, readable by
// i18n.Parse, with CLDR's Hindi names of the map's and the dataset's
// countries, and left out of the first load.
func TestCatalogs(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"world-50m.bin", "dataset.json"} {
		b, err := os.ReadFile(fixtures.Path(n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cats, err := writeCatalogs(dir, "world-50m.bin", "dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(cats) != len(i18n.Languages)-1 {
		t.Fatalf("catalogs %v for languages %v", cats, i18n.Languages)
	}
	hi := cats[0]
	if hi.Tag != "hi" || hi.Dir != "ltr" || !strings.HasPrefix(hi.File, "lang/hi.") || !sitefiles.IsHashed(hi.File) {
		t.Fatalf("Hindi catalog %+v", hi)
	}
	b, err := os.ReadFile(filepath.Join(dir, hi.File))
	if err != nil {
		t.Fatal(err)
	}
	if want := sitefiles.Hashed("hi.json", b); filepath.Base(hi.File) != want {
		t.Errorf("catalog named %s, its content hashes to %s", hi.File, want)
	}
	c, err := i18n.Parse(b)
	if err != nil {
		t.Fatalf("the site's catalog does not parse: %v", err)
	}
	for code, want := range map[string]string{"IND": "भारत", "CHN": "चीन", "USA": "संयुक्त राज्य"} {
		if got := c.Country(code, "?"); got != want {
			t.Errorf("Country(%s) = %q, want %q", code, got, want)
		}
	}
	if got := catalogsAttr(cats); got != "hi:ltr:"+hi.File {
		t.Errorf("data-catalogs = %q", got)
	}
	if !sitefiles.OnDemand(hi.File) {
		t.Errorf("%s counted in the first load", hi.File)
	}
}

// TestCatalogsNeedTheData: without the geometry or the dataset the site
// cannot name the countries, and says which file is wrong.
func TestCatalogsNeedTheData(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "world-50m.bin"), []byte("PSXWORLD"), 0o644)
	os.WriteFile(filepath.Join(dir, "dataset.json"), []byte(`{}`), 0o644)
	if _, err := writeCatalogs(dir, "world-50m.bin", "dataset.json"); err == nil || !strings.Contains(err.Error(), "world-50m.bin") {
		t.Errorf("a broken geometry gave %v", err)
	}
}
