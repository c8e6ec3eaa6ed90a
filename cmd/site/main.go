// Command site finishes the built site in a directory (dist/): it gives the
// large assets content-hashed names (so they can be cached for a year),
// points index.html at them, and writes brotli and gzip copies of every
// compressible file, so no server compresses on the fly.
//
//	go run ./cmd/site -dir dist
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/andybalholm/brotli"

	"paxsilica/sitefiles"
)

// hashed are the files renamed to name.<hash>.ext. index.html and the
// dataset keep their names: they are revalidated, so updates show at once.
var hashed = []string{"explorer.wasm", "wasm_exec.js", "app.js", "app.css", "world-50m.bin"}

func main() {
	dir := flag.String("dir", "dist", "the built site to finish")
	flag.Parse()
	report, err := finish(*dir)
	if err != nil {
		log.Fatalf("site: %v", err)
	}
	fmt.Print(report)
}

// finish hashes, rewrites and compresses the site in dir, and returns a
// table of the sizes.
func finish(dir string) (string, error) {
	names := map[string]string{}
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
	}
	index := filepath.Join(dir, "index.html")
	html, err := os.ReadFile(index)
	if err != nil {
		return "", err
	}
	out, err := rewriteIndex(string(html), names)
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(index, []byte(out), 0o644); err != nil {
		return "", err
	}
	return compressAll(dir)
}

// rewriteIndex points index.html at the hashed files: the stylesheet and
// scripts by name, and the wasm and geometry through data attributes of the
// app script, which app.js reads.
func rewriteIndex(html string, names map[string]string) (string, error) {
	repl := []struct{ old, new string }{
		{`href="app.css"`, `href="` + names["app.css"] + `"`},
		{`src="wasm_exec.js"`, `src="` + names["wasm_exec.js"] + `"`},
		{`<script src="app.js"></script>`, `<script src="` + names["app.js"] + `" data-wasm="` + names["explorer.wasm"] + `" data-geometry="` + names["world-50m.bin"] + `"></script>`},
	}
	for _, r := range repl {
		if !strings.Contains(html, r.old) {
			return "", fmt.Errorf("index.html has no %s to rewrite", r.old)
		}
		html = strings.Replace(html, r.old, r.new, 1)
	}
	return html, nil
}

// compressAll writes name.br and name.gz beside each compressible file and
// reports the sizes.
func compressAll(dir string) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	var rows []string
	var total, totalBr int
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !sitefiles.Compressible(filepath.Ext(n)) {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return "", err
		}
		var br, gz bytes.Buffer
		bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
		bw.Write(raw)
		if err := bw.Close(); err != nil {
			return "", err
		}
		gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		gw.Write(raw)
		if err := gw.Close(); err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, n+".br"), br.Bytes(), 0o644); err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, n+".gz"), gz.Bytes(), 0o644); err != nil {
			return "", err
		}
		rows = append(rows, fmt.Sprintf("%-32s %10d %10d %10d", n, len(raw), gz.Len(), br.Len()))
		total += len(raw)
		totalBr += br.Len()
	}
	sort.Strings(rows)
	return fmt.Sprintf("%-32s %10s %10s %10s\n%s\n%-32s %10d %10s %10d\n", "file", "raw", "gzip -9", "brotli 11",
		strings.Join(rows, "\n"), "total", total, "", totalBr), nil
}
