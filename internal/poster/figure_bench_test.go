package poster

import (
	"testing"

	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/view/urlstate"
)

// BenchmarkFigure draws and encodes the 2400 px figure of a view natively
// (the exporter runs the same code as wasm in the browser).
func BenchmarkFigure(b *testing.B) {
	w, ds := fixtures.World(b), fixtures.Dataset(b)
	st, _ := urlstate.Parse("mineral=gallium&country=CHN", urlstate.Checks{Country: func(c string) bool { return w.Index(c) >= 0 }})
	for range b.N {
		img, c := Figure(w, ds, FigureOptions{At: "2026-01-10", View: st, URL: "https://explorer.example/"})
		if _, err := EncodeFigure(img, c, "https://explorer.example/"); err != nil {
			b.Fatal(err)
		}
	}
}
