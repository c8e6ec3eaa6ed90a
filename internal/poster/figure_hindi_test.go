package poster

import (
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/poster/typeset"
	"paxsilica/internal/view/urlstate"
)

// TestFigureInHindi draws figures with lang=hi: the caption is Hindi,
// the title is set shaped (the title band is inked across the width the
// shaped title takes), and the PNG's text is the Hindi
// title. POSTER_OUT=dir keeps the PNGs to look at.
func TestFigureInHindi(t *testing.T) {
	w, ds := fixtures.World(t), fixtures.Dataset(t)
	loc := fixtures.Catalog(t, "hi")
	for _, q := range []string{"mineral=gallium&country=CHN", "scenario=cut&mineral=rare-earths&target=paxsilica", "country=IND"} {
		t.Run(q, func(t *testing.T) {
			st, _ := urlstate.Parse(q, urlstate.Checks{Country: func(c string) bool { return w.Index(c) >= 0 }})
			img, c := Figure(w, ds, FigureOptions{Width: 1200, At: "2026-11-28", View: st, URL: "https://explorer.example/?" + q + "&lang=hi", Loc: loc, Shaper: typeset.Shaper{}})
			if !typeset.NeedsShaping(c.Title) || strings.Contains(c.Title, "share of world") || strings.Contains(c.Title, "Scenario") {
				t.Errorf("title %q is not Hindi", c.Title)
			}
			b, err := EncodeFigure(img, c, "https://explorer.example/?"+q+"&lang=hi")
			if err != nil {
				t.Fatal(err)
			}
			if text, err := ReadText(b); err != nil || text["Title"] != c.Title {
				t.Errorf("PNG title %q (%v), want %q", text["Title"], err, c.Title)
			}
			if dir := os.Getenv("POSTER_OUT"); dir != "" {
				name := strings.NewReplacer("=", "-", "&", "_").Replace(q) + ".hi.png"
				if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			// The first title line: from the left margin (32 px at 1200)
			// over the width the shaped line takes, at 26 px bold.
			k := 1.0
			first := typeset.Wrap(c.Title, true, 26*k, 1200-64*k)[0]
			tw := typeset.Width(first, true, 26*k)
			band := image.Rect(32, 32, 32+int(tw), 32+int(26*1.35*k))
			inked := func(r image.Rectangle) (n int) {
				for y := r.Min.Y; y < r.Max.Y; y++ {
					for x := r.Min.X; x < r.Max.X; x++ {
						if cr, _, _, _ := img.At(x, y).RGBA(); cr < 0x8000 {
							n++
						}
					}
				}
				return n
			}
			if n := inked(band); n < int(tw)*2 {
				t.Errorf("%d dark pixels in the title's band %v, want at least %d", n, band, int(tw)*2)
			}
			for i := 0; i < 8; i++ {
				x0 := band.Min.X + band.Dx()*i/8
				if inked(image.Rect(x0, band.Min.Y, x0+band.Dx()/8, band.Max.Y)) == 0 {
					t.Errorf("eighth %d of the title is blank", i)
				}
			}
		})
	}
}

// TestFigureWithoutShaper: a Hindi view drawn by a program without a
// shaper comes out in English, never as broken Devanagari.
func TestFigureWithoutShaper(t *testing.T) {
	w, ds := fixtures.World(t), fixtures.Dataset(t)
	st, _ := urlstate.Parse("mineral=gallium&country=CHN", urlstate.Checks{Country: func(c string) bool { return w.Index(c) >= 0 }})
	_, c := Figure(w, ds, FigureOptions{Width: 600, At: "2026-01-10", View: st, Loc: fixtures.Catalog(t, "hi")})
	if !strings.HasPrefix(c.Title, "China in gallium") {
		t.Errorf("title %q, want the English one", c.Title)
	}
}
