// Command poster renders the explorer's default view into a PNG that
// index.html shows at once, before the WebAssembly has loaded.
//
//	go run ./cmd/poster -out dist/poster.png
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"paxsilica/internal/dataset"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/poster"
)

func main() {
	geometry := flag.String("geometry", "data/world-50m.bin", "the world geometry")
	data := flag.String("dataset", "data/dataset.json", "the dataset")
	out := flag.String("out", "dist/poster.png", "where to write the PNG")
	width := flag.Int("width", 1200, "image width in pixels")
	scale := flag.Float64("px-per-css", 1, "image pixels per CSS pixel of the live map (line widths)")
	at := flag.String("at", time.Now().UTC().Format(time.DateOnly), "the date shown, as the live map shows today")
	flag.Parse()
	n, err := render(*geometry, *data, *out, poster.Options{Width: *width, PxPerCSS: *scale, At: *at})
	if err != nil {
		log.Fatalf("poster: %v", err)
	}
	fmt.Printf("poster: %s, %d bytes\n", *out, n)
}

func render(geometry, data, out string, o poster.Options) (int, error) {
	gb, err := os.ReadFile(geometry)
	if err != nil {
		return 0, err
	}
	w, err := mapdata.Decode(gb)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", geometry, err)
	}
	db, err := os.ReadFile(data)
	if err != nil {
		return 0, err
	}
	ds, err := dataset.Load(db)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", data, err)
	}
	b, err := poster.EncodePNG(poster.Render(w, ds, o))
	if err != nil {
		return 0, err
	}
	return len(b), os.WriteFile(out, b, 0o644)
}
