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
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"paxsilica/internal/kit/sitefiles"
)

// hashed are the files renamed to name.<hash>.ext. index.html and the
// dataset keep their names: they are revalidated, so updates show at once.
var hashed = []string{"explorer.wasm", "wasm_exec.js", "app.js", "app.css", "world-50m.bin", "poster.png", "exporter.wasm", "download.js"}

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
	out, err := rewriteIndex(string(html), names, sizes["explorer.wasm"])
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(index, []byte(out), 0o644); err != nil {
		return "", err
	}
	return compressAll(dir, c)
}

// rewriteIndex points index.html at the hashed files: the stylesheet, the
// poster and the scripts by name, and the wasm and geometry through data
// attributes of the app script, which app.js reads. wasmSize is the wasm's
// uncompressed size, for the progress bar: with brotli the Content-Length is
// the compressed size, not the bytes the browser counts.
func rewriteIndex(html string, names map[string]string, wasmSize int) (string, error) {
	repl := []struct{ old, new string }{
		{`href="app.css"`, `href="` + names["app.css"] + `"`},
		{`src="wasm_exec.js"`, `src="` + names["wasm_exec.js"] + `"`},
		{`src="poster.png"`, `src="` + names["poster.png"] + `"`},
		{`<script src="app.js"></script>`, fmt.Sprintf(`<script src="%s" data-wasm="%s" data-wasm-bytes="%d" data-geometry="%s"></script>`,
			names["app.js"], names["explorer.wasm"], wasmSize, names["world-50m.bin"])},
		{`<script src="download.js"></script>`, fmt.Sprintf(`<script src="%s" data-exporter="%s"></script>`, names["download.js"], names["exporter.wasm"])},
	}
	for _, r := range repl {
		if !strings.Contains(html, r.old) {
			return "", fmt.Errorf("index.html has no %s to rewrite", r.old)
		}
		html = strings.Replace(html, r.old, r.new, 1)
	}
	// The link-preview tags fall back to the poster (serve answers them per
	// view; a static host serves them as they are).
	html = strings.ReplaceAll(html, `content="poster.png"`, `content="`+names["poster.png"]+`"`)
	return html, nil
}

// compressAll writes name.br and name.gz beside each compressible file and
// reports the sizes of every file as sent: compressed where it can be, as it
// is otherwise (the poster). The first-load total leaves out what the page
// does not load by itself (see onDemand).
func compressAll(dir string, c sitefiles.Compression) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	var rows []string
	var total, firstLoad int
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || filepath.Ext(n) == ".br" || filepath.Ext(n) == ".gz" {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return "", err
		}
		sent, gzLen := len(raw), len(raw)
		if sitefiles.Compressible(filepath.Ext(n)) {
			if sent, gzLen, err = sitefiles.Precompress(filepath.Join(dir, n), c); err != nil {
				return "", err
			}
		}
		rows = append(rows, fmt.Sprintf("%-32s %10d %10d %10d", n, len(raw), gzLen, sent))
		total += len(raw)
		if !onDemand(n) {
			firstLoad += sent
		}
	}
	sort.Strings(rows)
	bq, gl := c.Quality()
	return fmt.Sprintf("%-32s %10s %10s %10s\n%s\n%-32s %10d\n%-32s %10s %10s %10d\n", "file", "raw", fmt.Sprintf("gzip -%d", gl), fmt.Sprintf("brotli %d", bq),
		strings.Join(rows, "\n"), "total", total, "first load, as sent (brotli)", "", "", firstLoad), nil
}

// onDemand reports whether a file of the site is left out of the first
// load: embed.js (only host pages load it), the exporter's wasm (loaded when
// the reader asks for a download), the data archive and the changelog (a
// link in the panel).
func onDemand(name string) bool {
	return name == "embed.js" || strings.HasPrefix(name, "exporter.") || strings.HasSuffix(name, ".zip") || strings.HasSuffix(name, ".md")
}
