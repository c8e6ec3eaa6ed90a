package poster

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/view/caption"
	"paxsilica/internal/view/urlstate"
)

func TestFigure(t *testing.T) {
	w, ds := fixtures.World(t), fixtures.Dataset(t)
	render := func(q string) (image.Image, []byte, caption.Caption) {
		st, _ := urlstate.Parse(q, urlstate.Checks{Country: func(c string) bool { return w.Index(c) >= 0 }})
		img, c := Figure(w, ds, FigureOptions{At: "2026-01-10", View: st, URL: "https://explorer.example/?" + q})
		b, err := EncodeFigure(img, c, "https://explorer.example/?"+q)
		if err != nil {
			t.Fatal(err)
		}
		return img, b, c
	}
	a, ab, ac := render("mineral=gallium&country=CHN")
	b, _, _ := render("country=JPN&center=135,35&zoom=4")
	if a.Bounds().Dx() != FigureWidth || a.Bounds().Dy() < FigureWidth/2 {
		t.Errorf("figure is %v, want %d wide and at least half as high", a.Bounds(), FigureWidth)
	}
	dec, err := png.Decode(bytes.NewReader(ab))
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	if dec.Bounds() != a.Bounds() {
		t.Errorf("decoded %v, drew %v", dec.Bounds(), a.Bounds())
	}
	text, err := ReadText(ab)
	if err != nil {
		t.Fatal(err)
	}
	if text["Title"] != ac.Title || !strings.Contains(text["Title"], "gallium") {
		t.Errorf("PNG title %q, want %q", text["Title"], ac.Title)
	}
	if !strings.HasSuffix(text["Source"], "mineral=gallium&country=CHN") {
		t.Errorf("PNG source %q", text["Source"])
	}
	// The map regions of the two views differ in most of their pixels.
	diff, n := 0, 0
	for y := 300; y < 1200; y += 7 {
		for x := 64; x < FigureWidth-64; x += 7 {
			n++
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				diff++
			}
		}
	}
	if diff < n/4 {
		t.Errorf("only %d of %d map pixels differ between a world view and a zoom on Japan", diff, n)
	}
}

func TestWithTextRefusesNonPNG(t *testing.T) {
	if _, err := WithText([]byte("GIF89a not a png at all, no no no"), [][2]string{{"Title", "x"}}); err == nil {
		t.Error("no error for a GIF")
	}
}
