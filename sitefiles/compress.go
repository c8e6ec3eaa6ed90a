package sitefiles

import (
	"bytes"
	"compress/gzip"
	"os"

	"github.com/andybalholm/brotli"
)

// Precompress writes path.br (brotli, quality 11) and path.gz (gzip, level
// 9) beside the file at path and returns their sizes. Brotli uses the
// largest window browsers accept (16 MiB): the wasm is 13 MB, and the
// default 4 MiB window makes it 26 KB larger.
func Precompress(path string) (brLen, gzLen int, err error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, err
	}
	var br, gz bytes.Buffer
	bw := brotli.NewWriterOptions(&br, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
	bw.Write(raw)
	if err := bw.Close(); err != nil {
		return 0, 0, err
	}
	gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	gw.Write(raw)
	if err := gw.Close(); err != nil {
		return 0, 0, err
	}
	if err := os.WriteFile(path+".br", br.Bytes(), 0o644); err != nil {
		return 0, 0, err
	}
	if err := os.WriteFile(path+".gz", gz.Bytes(), 0o644); err != nil {
		return 0, 0, err
	}
	return br.Len(), gz.Len(), nil
}
