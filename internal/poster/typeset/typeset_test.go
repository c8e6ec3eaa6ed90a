package typeset

import (
	"bytes"
	"image"
	"image/color"
	"testing"
	"unicode/utf8"

	"github.com/fogleman/gg"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// TestConjuncts shapes Hindi words with conjuncts and vowel signs: the
// line holds exactly the glyphs HarfBuzz gives for the word in Noto Sans
// Devanagari (shaped here on its own, without the segmenter), and fewer
// glyphs than runes, which is what drawing rune by rune gets wrong.
func TestConjuncts(t *testing.T) {
	face, err := font.ParseTTF(bytes.NewReader(devaRegularTTF))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word      string
		maxGlyphs int // at most (the conjuncts' ligatures)
	}{
		{"क्ष", 1},             // क + ् + ष: one ligature
		{"राष्ट्र", 4},         // र ा ष ् ट ् र: 7 runes
		{"हस्ताक्षरकर्ता", 10}, // "signatory": 14 runes
	} {
		t.Run(c.word, func(t *testing.T) {
			runes := []rune(c.word)
			want := (&shaping.HarfbuzzShaper{}).Shape(shaping.Input{
				Text: runes, RunEnd: len(runes), Direction: di.DirectionLTR, Face: face,
				Size: fixed.I(40), Script: language.Devanagari, Language: language.NewLanguage("hi"),
			})
			l := Shape(c.word, false, 40)
			if len(l.Runs) != 1 || l.Runs[0].Face != regular.deva {
				t.Fatalf("%d runs, want one in Noto Sans Devanagari", len(l.Runs))
			}
			if got := l.Glyphs(); got != len(want.Glyphs) {
				t.Errorf("%d glyphs, the shaper gives %d", got, len(want.Glyphs))
			}
			for i, g := range l.Runs[0].Glyphs {
				if i < len(want.Glyphs) && g.GlyphID != want.Glyphs[i].GlyphID {
					t.Errorf("glyph %d is %d, the shaper's is %d", i, g.GlyphID, want.Glyphs[i].GlyphID)
				}
				if g.GlyphID == 0 {
					t.Errorf("glyph %d is .notdef: the font lacks a character", i)
				}
			}
			if n := l.Glyphs(); n >= utf8.RuneCountInString(c.word) || n > c.maxGlyphs {
				t.Errorf("%d glyphs for %d runes, want fewer than the runes and at most %d", n, utf8.RuneCountInString(c.word), c.maxGlyphs)
			}
		})
	}
}

// TestVowelSignBefore: the i-sign of कि follows क in the text but is
// drawn before it.
func TestVowelSignBefore(t *testing.T) {
	l := Shape("कि", false, 40)
	ka, _ := regular.deva.NominalGlyph('क')
	if g := l.Runs[0].Glyphs; len(g) != 2 || g[0].GlyphID == ka || g[1].GlyphID != ka {
		t.Errorf("glyphs %v, want the i-sign first, then क (%d)", g, ka)
	}
}

// TestMixedScripts: Latin and digits go to the Go font, Devanagari to
// Noto, in order, and none is .notdef.
func TestMixedScripts(t *testing.T) {
	l := Shape("गैलियम, 2024 (USGS MCS 2026)।", true, 20)
	if len(l.Runs) < 2 {
		t.Fatalf("%d runs, want Devanagari and Latin apart", len(l.Runs))
	}
	deva, latin := 0, 0
	for _, r := range l.Runs {
		switch r.Face {
		case bold.deva:
			deva++
		case bold.latin:
			latin++
		default:
			t.Errorf("a run in an unexpected face")
		}
		for _, g := range r.Glyphs {
			if g.GlyphID == 0 {
				t.Errorf(".notdef in a run of %d glyphs", len(r.Glyphs))
			}
		}
	}
	if deva == 0 || latin == 0 {
		t.Errorf("runs: %d Devanagari, %d Latin", deva, latin)
	}
	if l.Width <= 0 {
		t.Error("no width")
	}
}

// TestDrawInks draws a Hindi figure title and checks that ink falls where
// the text is (inside its advance, between ascender and descender) and
// nowhere else, and that a word with a conjunct is drawn narrower than
// its runes' glyphs side by side.
func TestDrawInks(t *testing.T) {
	size, x, y := 32.0, 20.0, 60.0
	title := "महत्वपूर्ण खनिजों पर चीन, अमेरिका और साझेदारों के संबंध"
	l := Shape(title, true, size)
	dc := gg.NewContext(int(l.Width+2*x), 100)
	dc.SetColor(color.White)
	dc.Clear()
	dc.SetColor(color.Black)
	l.Draw(dc, x, y)
	img := dc.Image()
	inside := image.Rect(int(x)-2, int(y-size*1.2), int(x+l.Width)+2, int(y+size*0.6))
	in, out := 0, 0
	b := img.Bounds()
	for py := b.Min.Y; py < b.Max.Y; py++ {
		for px := b.Min.X; px < b.Max.X; px++ {
			r, _, _, _ := img.At(px, py).RGBA()
			if r < 0x8000 {
				if image.Pt(px, py).In(inside) {
					in++
				} else {
					out++
				}
			}
		}
	}
	if in < int(l.Width*size/20) || out != 0 {
		t.Errorf("%d dark pixels inside the text's box, %d outside", in, out)
	}
	// Every tenth of the advance holds ink (no word went missing).
	for i := 0; i < 10; i++ {
		x0, x1 := int(x+l.Width*float64(i)/10), int(x+l.Width*float64(i+1)/10)
		found := false
		for px := x0; px < x1 && !found; px++ {
			for py := inside.Min.Y; py < inside.Max.Y; py++ {
				if r, _, _, _ := img.At(px, py).RGBA(); r < 0x8000 {
					found = true
					break
				}
			}
		}
		if !found {
			t.Errorf("no ink in tenth %d of the title", i)
		}
	}
	whole := Width("राष्ट्र", false, size)
	var parts float64
	for _, r := range "राष्ट्र" {
		parts += Width(string(r), false, size)
	}
	if whole >= parts {
		t.Errorf("राष्ट्र is %.1f px wide shaped, %.1f rune by rune: no conjunct formed", whole, parts)
	}
}

func TestWrap(t *testing.T) {
	text := "चीन के बिना संयुक्त राज्य को 2024 में विश्व गैलियम उत्पादन का 1.3% रूस, जापान और दक्षिण कोरिया से मिल सकता है।"
	lines := Wrap(text, false, 15, 200)
	if len(lines) < 3 {
		t.Fatalf("%d lines", len(lines))
	}
	for _, l := range lines {
		if w := Width(l, false, 15); w > 200 {
			t.Errorf("line %q is %.0f px wide, more than 200", l, w)
		}
	}
}
