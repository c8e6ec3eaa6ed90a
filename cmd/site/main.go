// Command site finishes the built site in a directory (dist/): it gives the
// large assets content-hashed names (so they can be cached for a year),
// points index.html at them, and writes brotli and gzip copies of every
// compressible file, so no server compresses on the fly.
//
//	go run ./cmd/site -dir dist
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"paxsilica/internal/kit/sitefiles"
)

// hashed are the files renamed to name.<hash>.ext. index.html and the
// dataset keep their names: they are revalidated, so updates show at once.
var hashed = []string{"explorer.wasm", "wasm_exec.js", "app.js", "app.css", "world-50m.bin", "poster.png", "exporter.wasm", "exporter-shaping.wasm", "download.js"}

func main() {
	dir := flag.String("dir", "dist", "the built site to finish")
	best := flag.Bool("best", false, "compress as shipped (brotli 11, gzip 9) instead of fast (brotli 3, gzip 1)")
	cache := flag.String("cache", "", "keep compressed copies here, keyed by content, so unchanged files are not compressed again")
	flag.Parse()
	report, err := finish(*dir, sitefiles.Compression{Best: *best, CacheDir: *cache})
	if err != nil {
		log.Fatalf("site: %v", err)
	}
	fmt.Print(report)
}

// finish hashes, rewrites and compresses the site in dir, and returns a
// table of the sizes.
func finish(dir string, c sitefiles.Compression) (string, error) {
	cats, err := writeCatalogs(dir, "world-50m.bin", "dataset.json")
	if err != nil {
		return "", err
	}
	if err := hashFonts(dir, "app.css"); err != nil {
		return "", err
	}
	names := map[string]string{}
	sizes := map[string]int{}
	for _, n := range hashed {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return "", err
		}
		h := sitefiles.Hashed(n, b)
		if err := os.Rename(filepath.Join(dir, n), filepath.Join(dir, h)); err != nil {
			return "", err
		}
		names[n] = h
		sizes[n] = len(b)
	}
	index := filepath.Join(dir, "index.html")
	html, err := os.ReadFile(index)
	if err != nil {
		return "", err
	}
	out, err := rewriteIndex(string(html), names, sizes["explorer.wasm"], cats)
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(index, []byte(out), 0o644); err != nil {
		return "", err
	}
	return compressAll(dir, c)
}

// rewriteIndex points index.html at the hashed files: the stylesheet, the
// poster and the scripts by name, and the wasm, the geometry and the
// languages' catalogs through data attributes of the app script, which
// app.js reads, with the scripts' English texts (scriptTexts). wasmSize is the wasm's uncompressed size, for the progress
// bar: with brotli the Content-Length is the compressed size, not the bytes
// the browser counts.
func rewriteIndex(html string, names map[string]string, wasmSize int, cats []catalog) (string, error) {
	english, err := scriptTexts()
	if err != nil {
		return "", err
	}
	repl := []struct{ old, new string }{
		{`href="app.css"`, `href="` + names["app.css"] + `"`},
		{`src="wasm_exec.js"`, `src="` + names["wasm_exec.js"] + `"`},
		{`src="poster.png"`, `src="` + names["poster.png"] + `"`},
		{`<script src="app.js"></script>`, fmt.Sprintf(`<script src="%s" data-wasm="%s" data-wasm-bytes="%d" data-geometry="%s" data-catalogs="%s" data-english="%s"></script>`,
			names["app.js"], names["explorer.wasm"], wasmSize, names["world-50m.bin"], catalogsAttr(cats), english)},
		{`<script src="download.js"></script>`, fmt.Sprintf(`<script src="%s" data-exporter="%s" data-exporter-shaping="%s"></script>`,
			names["download.js"], names["exporter.wasm"], names["exporter-shaping.wasm"])},
	}
	for _, r := range repl {
		if !strings.Contains(html, r.old) {
			return "", fmt.Errorf("index.html has no %s to rewrite", r.old)
		}
		html = strings.Replace(html, r.old, r.new, 1)
	}
	// The language switch: a link for each language with a catalog.
	if !strings.Contains(html, langLinkAnchor) {
		return "", fmt.Errorf("index.html has no %s to rewrite into the language switch", langLinkAnchor)
	}
	html = strings.ReplaceAll(html, langLinkAnchor, langLinks(cats))
	// The link-preview tags fall back to the poster (serve answers them per
	// view; a static host serves them as they are).
	html = strings.ReplaceAll(html, `content="poster.png"`, `content="`+names["poster.png"]+`"`)
	return html, nil
}

// compressAll writes name.br and name.gz beside each compressible file, in
// dir and its folders (lang/, fonts/), and reports the sizes of every file as
// sent: compressed where it can be, as it is otherwise (the poster, the
// fonts). The first-load total leaves out what the page does not load by
// itself (see sitefiles.OnDemand); a second total says what a reader of
// another language loads on top (see sitefiles.ByLanguage).
func compressAll(dir string, c sitefiles.Compression) (string, error) {
	var rows []string
	var total, firstLoad, languages int
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		n := filepath.ToSlash(rel)
		if filepath.Ext(n) == ".br" || filepath.Ext(n) == ".gz" {
			return nil
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sent, gzLen := len(raw), len(raw)
		if sitefiles.Compressible(filepath.Ext(n)) {
			if sent, gzLen, err = sitefiles.Precompress(p, c); err != nil {
				return err
			}
		}
		rows = append(rows, fmt.Sprintf("%-48s %10d %10d %10d", n, len(raw), gzLen, sent))
		total += len(raw)
		switch {
		case sitefiles.ByLanguage(n):
			languages += sent
		case !sitefiles.OnDemand(n):
			firstLoad += sent
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(rows)
	bq, gl := c.Quality()
	return fmt.Sprintf("%-48s %10s %10s %10s\n%s\n%-48s %10d\n%-48s %10s %10s %10d\n%-48s %10s %10s %10d\n", "file", "raw", fmt.Sprintf("gzip -%d", gl), fmt.Sprintf("brotli %d", bq),
		strings.Join(rows, "\n"), "total", total, "first load, as sent (brotli)", "", "", firstLoad,
		"other languages, all (not in first load)", "", "", languages), nil
}
