package sitefiles

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/andybalholm/brotli"
)

func TestHashed(t *testing.T) {
	a := Hashed("explorer.wasm", []byte("one"))
	b := Hashed("explorer.wasm", []byte("two"))
	if a == b || !IsHashed(a) || !IsHashed(b) || len(a) != len("explorer.wasm")+hashLen+1 {
		t.Errorf("Hashed gave %q and %q", a, b)
	}
	for _, tc := range []struct {
		name string
		want bool
	}{{"explorer.wasm", false}, {"index.html", false}, {"dataset.json", false}, {"app.0123456789.js", true}, {"app.0123456789.js.br", false}, {"app.01234567.js", false}} {
		if got := IsHashed(tc.name); got != tc.want {
			t.Errorf("IsHashed(%q) = %v", tc.name, got)
		}
	}
	if !Compressible(".wasm") || Compressible(".png") {
		t.Error("Compressible")
	}
}

func TestPrecompressWritesCopiesThatDecompress(t *testing.T) {
	want := bytes.Repeat([]byte("var x = 1;\n"), 500)
	cache := t.TempDir()
	for _, c := range []Compression{{}, {Best: true}, {CacheDir: cache}, {CacheDir: cache} /* a hit */, {Best: true, CacheDir: cache}} {
		path := filepath.Join(t.TempDir(), "app.js")
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		brLen, gzLen, err := Precompress(path, c)
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			name string
			size int
			open func(io.Reader) (io.Reader, error)
		}{
			{".br", brLen, func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }},
			{".gz", gzLen, func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }},
		} {
			t.Run(fmt.Sprintf("%+v%s", c, tc.name), func(t *testing.T) {
				b, err := os.ReadFile(path + tc.name)
				if err != nil {
					t.Fatal(err)
				}
				if len(b) != tc.size || tc.size >= len(want) {
					t.Errorf("%d bytes on disk, reported %d, from %d", len(b), tc.size, len(want))
				}
				r, err := tc.open(bytes.NewReader(b))
				if err != nil {
					t.Fatal(err)
				}
				if got, _ := io.ReadAll(r); !bytes.Equal(got, want) {
					t.Error("does not decompress to the file")
				}
			})
		}
	}
	// Four entries: fast and best, brotli and gzip; the repeated settings
	// found theirs in the cache.
	if entries, _ := os.ReadDir(cache); len(entries) != 4 {
		t.Errorf("cache holds %d files, want 4", len(entries))
	}
	if _, _, err := Precompress(filepath.Join(t.TempDir(), "missing.js"), Compression{}); err == nil {
		t.Error("a missing file gave no error")
	}
}
