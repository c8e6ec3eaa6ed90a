// Package typeset sets text for the rasters the explorer draws in Go (the
// PNG figure and the link previews) in any script the catalogs use. gg's
// FreeType path maps one rune to one glyph, which is wrong for Devanagari:
// conjuncts (क्ष, ष्ट्र), vowel signs placed before their consonant (ि) and
// marks stacked above or below need complex shaping. Here runs of text are
// split by script and font (go-text's segmenter), shaped by go-text's
// HarfBuzz port with the font's OpenType tables (GSUB, GPOS), and the shaped
// glyphs' outlines are filled with gg.
//
// Fonts: the Go fonts (golang.org/x/image/font/gofont, BSD) for Latin,
// digits and punctuation, as the English figure uses; Noto Sans Devanagari
// (SIL OFL 1.1, fonts/OFL.txt), subsetted, for Devanagari. Only the
// exporter built for languages that need shaping imports it (as the
// poster.Shaper of its figures), never the explorer's wasm.
package typeset

import (
	"bytes"
	_ "embed"
	"strings"
	"sync"

	"github.com/fogleman/gg"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/math/fixed"
)

var (
	//go:embed fonts/NotoSansDevanagari-Regular.ttf
	devaRegularTTF []byte
	//go:embed fonts/NotoSansDevanagari-Bold.ttf
	devaBoldTTF []byte
)

// faces are the parsed fonts: Latin and Devanagari, regular and bold.
type faces struct {
	latin, deva *font.Face
}

var (
	mu       sync.Mutex // guards the shaper, segmenter and fonts: go-text's are not safe for concurrent use
	loaded   bool
	regular  faces
	bold     faces
	shaper   shaping.HarfbuzzShaper
	splitter shaping.Segmenter
)

// load parses the embedded fonts once; callers hold mu.
func load() {
	if loaded {
		return
	}
	parse := func(name string, b []byte) *font.Face {
		f, err := font.ParseTTF(bytes.NewReader(b))
		if err != nil { // embedded and known good: a broken build
			panic("typeset: the font " + name + " does not parse: " + err.Error())
		}
		return f
	}
	regular = faces{latin: parse("Go Regular", goregular.TTF), deva: parse("Noto Sans Devanagari", devaRegularTTF)}
	bold = faces{latin: parse("Go Bold", gobold.TTF), deva: parse("Noto Sans Devanagari Bold", devaBoldTTF)}
	loaded = true
}

// Devanagari reports whether r is in one of the Devanagari blocks (or is
// a joiner, which only matters inside them).
func Devanagari(r rune) bool {
	return (r >= 0x0900 && r <= 0x097F) || (r >= 0xA8E0 && r <= 0xA8FF) || (r >= 0x1CD0 && r <= 0x1CFF) ||
		r == 0x200C || r == 0x200D
}

// NeedsShaping reports whether s holds text that gg's rune-by-rune drawing
// gets wrong (any Devanagari).
func NeedsShaping(s string) bool {
	return strings.IndexFunc(s, Devanagari) >= 0
}

// ResolveFace picks the font of a rune: Noto Sans Devanagari for the
// Devanagari blocks, the Go font for the rest (the segmenter keeps spaces,
// digits and punctuation in the run around them).
func (f faces) ResolveFace(r rune) *font.Face {
	if Devanagari(r) {
		return f.deva
	}
	if _, ok := f.latin.NominalGlyph(r); !ok {
		if _, ok := f.deva.NominalGlyph(r); ok {
			return f.deva
		}
	}
	return f.latin
}

// Line is one shaped line of text at one size: runs of glyphs in their
// fonts, left to right.
type Line struct {
	Runs []shaping.Output
	// Width is the advance of the whole line in pixels.
	Width float64
	size  float64
}

// Glyphs counts the line's glyphs (a conjunct is one glyph, or a few,
// for several runes).
func (l Line) Glyphs() int {
	n := 0
	for _, r := range l.Runs {
		n += len(r.Glyphs)
	}
	return n
}

// Shape shapes text at size pixels, bold or regular, as one line.
func Shape(text string, isBold bool, size float64) Line {
	mu.Lock()
	defer mu.Unlock()
	load()
	fs := regular
	if isBold {
		fs = bold
	}
	runes := []rune(text)
	l := Line{size: size}
	if len(runes) == 0 {
		return l
	}
	in := shaping.Input{
		Text: runes, RunStart: 0, RunEnd: len(runes),
		Direction: di.DirectionLTR, Face: fs.latin, Size: fixed.Int26_6(size*64 + 0.5),
		Script: language.Latin, Language: language.NewLanguage("hi"),
	}
	for _, run := range splitter.Split(in, fs) {
		out := shaper.Shape(run)
		l.Runs = append(l.Runs, out)
		l.Width += float64(out.Advance) / 64
	}
	return l
}

// Width is the advance of text shaped at size.
func Width(text string, isBold bool, size float64) float64 {
	return Shape(text, isBold, size).Width
}

// Draw fills the line's glyphs in dc's current colour with the left end
// of its baseline at (x, y).
func (l Line) Draw(dc *gg.Context, x, y float64) {
	mu.Lock()
	defer mu.Unlock()
	dot := x
	for _, run := range l.Runs {
		scale := l.size / float64(run.Face.Upem())
		for _, g := range run.Glyphs {
			gx := dot + float64(g.XOffset)/64
			gy := y - float64(g.YOffset)/64
			if o, ok := run.Face.GlyphData(g.GlyphID).(font.GlyphOutline); ok {
				pt := func(p ot.SegmentPoint) (float64, float64) {
					return gx + float64(p.X)*scale, gy - float64(p.Y)*scale
				}
				for _, s := range o.Segments {
					switch s.Op {
					case ot.SegmentOpMoveTo:
						dc.MoveTo(pt(s.Args[0]))
					case ot.SegmentOpLineTo:
						dc.LineTo(pt(s.Args[0]))
					case ot.SegmentOpQuadTo:
						x1, y1 := pt(s.Args[0])
						x2, y2 := pt(s.Args[1])
						dc.QuadraticTo(x1, y1, x2, y2)
					case ot.SegmentOpCubeTo:
						x1, y1 := pt(s.Args[0])
						x2, y2 := pt(s.Args[1])
						x3, y3 := pt(s.Args[2])
						dc.CubicTo(x1, y1, x2, y2, x3, y3)
					}
				}
				dc.ClosePath()
			}
			dot += float64(g.Advance) / 64
		}
	}
	dc.Fill()
}

// DrawString shapes text and draws it with its baseline's left end at
// (x, y).
func DrawString(dc *gg.Context, text string, isBold bool, size, x, y float64) {
	Shape(text, isBold, size).Draw(dc, x, y)
}

// Shaper is the package as a poster.Shaper.
type Shaper struct{}

// Wrap is Wrap.
func (Shaper) Wrap(text string, bold bool, size, width float64) []string {
	return Wrap(text, bold, size, width)
}

// Width is Width.
func (Shaper) Width(text string, bold bool, size float64) float64 { return Width(text, bold, size) }

// Draw is DrawString.
func (Shaper) Draw(dc *gg.Context, text string, bold bool, size, x, y float64) {
	DrawString(dc, text, bold, size, x, y)
}

// Wrap breaks text at spaces into lines no wider than width (a word wider
// than width gets a line of its own), measuring each shaped.
func Wrap(text string, isBold bool, size, width float64) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		words := strings.Fields(para)
		cur := ""
		for _, w := range words {
			next := w
			if cur != "" {
				next = cur + " " + w
			}
			if cur != "" && Width(next, isBold, size) > width {
				lines = append(lines, cur)
				next = w
			}
			cur = next
		}
		lines = append(lines, cur)
	}
	return lines
}
