package sitefiles

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// Compression says how hard Precompress works. The zero value is the
// fastest setting, for development builds.
type Compression struct {
	// Best asks for brotli quality 11 and gzip level 9, what ships; the
	// default (false) is brotli 3 and gzip 1, for builds run and tested at
	// once: on the 13.9 MB wasm about 1 s each (brotli 5 takes 6 times as
	// long for 13 % less, quality 4 and up use a slower matcher) and some
	// 35 % larger than brotli 11.
	Best bool
	// CacheDir, when set, keeps every compressed copy under the SHA-256 of
	// the input and its settings, so that an unchanged file is never
	// compressed twice (brotli 11 takes over a minute on the wasm).
	CacheDir string
}

// Quality returns the brotli quality and gzip level of c.
func (c Compression) Quality() (brotliQuality, gzipLevel int) {
	if c.Best {
		return brotli.BestCompression, gzip.BestCompression
	}
	return 3, gzip.BestSpeed
}

// Precompress writes path.br (brotli) and path.gz (gzip) beside the file at
// path and returns their sizes. Brotli uses the largest window browsers
// accept (16 MiB): the wasm is 13 MB, and the default 4 MiB window makes it
// 26 KB larger.
func Precompress(path string, c Compression) (brLen, gzLen int, err error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, err
	}
	bq, gl := c.Quality()
	// The two compress side by side, one core each.
	var gz []byte
	gzDone := make(chan error, 1)
	go func() {
		var err error
		gz, err = c.cached(raw, fmt.Sprintf("l%d.gz", gl), func(w *bytes.Buffer) error {
			gw, _ := gzip.NewWriterLevel(w, gl)
			gw.Write(raw)
			return gw.Close()
		})
		gzDone <- err
	}()
	br, err := c.cached(raw, fmt.Sprintf("q%d.br", bq), func(w *bytes.Buffer) error {
		bw := brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: bq, LGWin: 24})
		bw.Write(raw)
		return bw.Close()
	})
	if gzErr := <-gzDone; err == nil {
		err = gzErr
	}
	if err != nil {
		return 0, 0, err
	}
	if err := os.WriteFile(path+".br", br, 0o644); err != nil {
		return 0, 0, err
	}
	if err := os.WriteFile(path+".gz", gz, 0o644); err != nil {
		return 0, 0, err
	}
	return len(br), len(gz), nil
}

// cached returns the compressed form of raw made by compress, from the
// cache when c has one and it holds it. A cache that cannot be written is
// no error: the result is only not kept.
func (c Compression) cached(raw []byte, suffix string, compress func(*bytes.Buffer) error) ([]byte, error) {
	var file string
	if c.CacheDir != "" {
		sum := sha256.Sum256(raw)
		file = filepath.Join(c.CacheDir, hex.EncodeToString(sum[:])+"."+suffix)
		if b, err := os.ReadFile(file); err == nil {
			return b, nil
		}
	}
	var buf bytes.Buffer
	if err := compress(&buf); err != nil {
		return nil, err
	}
	if file != "" && os.MkdirAll(c.CacheDir, 0o755) == nil {
		tmp := file + ".tmp"
		if os.WriteFile(tmp, buf.Bytes(), 0o644) == nil {
			os.Rename(tmp, file)
		}
	}
	return buf.Bytes(), nil
}
