package poster

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/style"
)

func TestRenderDrawsTheDefaultView(t *testing.T) {
	w := fixtures.World(t)
	ds := fixtures.Dataset(t)
	img := Render(w, ds, Options{Width: 800, PxPerCSS: 1, At: "2026-11-27"})
	wd, ht := Size(w, 800)
	if b := img.Bounds(); b.Dx() != wd || b.Dy() != ht {
		t.Fatalf("size %v, want %dx%d", b, wd, ht)
	}
	tr := projection.Fit(w.Bounds, geo.Rect{Max: geo.Point{X: float64(wd), Y: float64(ht)}}, 0)
	at := func(code string) color.Color {
		p := tr.Apply(w.Countries[w.Index(code)].Label)
		return img.At(int(p.X), int(p.Y))
	}
	for _, tc := range []struct {
		name string
		got  color.Color
		want color.RGBA
	}{
		{"sea in a corner", img.At(2, ht/2), style.Sea},
		{"land inside Algeria", at("DZA"), style.Land},
		{"land inside Russia", at("RUS"), style.Land},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !similar(tc.got, tc.want) {
				t.Errorf("%v, want %v", tc.got, tc.want)
			}
		})
	}
	// Layers: China's outline and the arcs put their colours on the map.
	found := map[color.RGBA]bool{}
	b := img.Bounds()
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			for _, c := range []color.RGBA{style.China, style.PaxSilica, style.MSP} {
				if similar(img.At(x, y), c) {
					found[c] = true
				}
			}
		}
	}
	if len(found) != 3 {
		t.Errorf("bloc and tie colours found: %v, want China, Pax Silica and MSP", found)
	}
}

func TestRenderWithoutDatasetIsPlainMap(t *testing.T) {
	w := fixtures.World(t)
	img := Render(w, nil, Options{Width: 400})
	b := img.Bounds()
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			if similar(img.At(x, y), style.China) {
				t.Fatalf("China's outline at %d,%d without a dataset", x, y)
			}
		}
	}
}

func TestEncodePNGIsSixteenColours(t *testing.T) {
	w := fixtures.World(t)
	img := Render(w, fixtures.Dataset(t), Options{Width: 600, PxPerCSS: 1, At: "2026-11-27"})
	b, err := EncodePNG(img)
	if err != nil {
		t.Fatal(err)
	}
	got, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	p, ok := got.(*image.Paletted)
	if !ok || len(p.Palette) > 16 {
		t.Fatalf("decoded as %T with %d colours, want a palette of at most 16", got, len(p.Palette))
	}
	if got.Bounds() != img.Bounds() {
		t.Errorf("bounds %v, want %v", got.Bounds(), img.Bounds())
	}
	// The flat colours survive exactly.
	for _, c := range []color.RGBA{style.Sea, style.Land, style.Border} {
		if _, exact := paletteHas(p.Palette, c); !exact {
			t.Errorf("palette lacks %v", c)
		}
	}
}

func paletteHas(p color.Palette, c color.RGBA) (int, bool) {
	i := p.Index(c)
	r, g, b, a := p[i].RGBA()
	cr, cg, cb, ca := c.RGBA()
	return i, r == cr && g == cg && b == cb && a == ca
}

func similar(a color.Color, b color.RGBA) bool {
	ar, ag, ab, _ := a.RGBA()
	d := func(x uint32, y uint8) bool { v := int(x>>8) - int(y); return v > -8 && v < 8 }
	return d(ar, b.R) && d(ag, b.G) && d(ab, b.B)
}
