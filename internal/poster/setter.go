package poster

import (
	"github.com/fogleman/gg"
)

// Shaper sets text with complex shaping (package typeset is one): what
// gg's rune-by-rune FreeType path gets wrong for scripts such as Hindi's
// Devanagari (conjuncts, vowel signs drawn before their consonant). The
// figure takes one in FigureOptions, so that only programs that draw such
// languages link a shaper and its fonts.
type Shaper interface {
	// Wrap breaks text into lines no wider than width.
	Wrap(text string, bold bool, size, width float64) []string
	// Width is the advance of text.
	Width(text string, bold bool, size float64) float64
	// Draw draws text with its baseline's left end at (x, y).
	Draw(dc *gg.Context, text string, bold bool, size, x, y float64)
}

// setter sets the figure's words: through gg's FreeType path in the Go
// fonts for English, as the figure always has, or through a Shaper for
// languages whose scripts need complex shaping.
type setter struct {
	shaper Shaper // nil: gg's path
}

// font makes dc's font face the regular or bold one at size, for the gg
// path (a shaper chooses its fonts run by run).
func (s setter) font(dc *gg.Context, isBold bool, size float64) {
	if s.shaper == nil {
		dc.SetFontFace(face(isBold, size))
	}
}

// wrap breaks text into lines no wider than width.
func (s setter) wrap(dc *gg.Context, text string, isBold bool, size, width float64) []string {
	if s.shaper != nil {
		return s.shaper.Wrap(text, isBold, size, width)
	}
	dc.SetFontFace(face(isBold, size))
	return dc.WordWrap(text, width)
}

// width is text's advance; on the gg path in dc's current face.
func (s setter) width(dc *gg.Context, text string, isBold bool, size float64) float64 {
	if s.shaper != nil {
		return s.shaper.Width(text, isBold, size)
	}
	w, _ := dc.MeasureString(text)
	return w
}

// draw draws text with its baseline's left end at (x, y); on the gg path
// in dc's current face.
func (s setter) draw(dc *gg.Context, text string, isBold bool, size, x, y float64) {
	if s.shaper != nil {
		s.shaper.Draw(dc, text, isBold, size, x, y)
		return
	}
	dc.DrawString(text, x, y)
}

// drawMiddle draws regular text from x, centred on y as gg's
// DrawStringAnchored(text, x, y, 0, 0.35) places it (the baseline 0.35
// of the font's height below y).
func (s setter) drawMiddle(dc *gg.Context, text string, size, x, y float64) {
	if s.shaper != nil {
		s.shaper.Draw(dc, text, false, size, x, y+0.35*dc.FontHeight())
		return
	}
	dc.DrawStringAnchored(text, x, y, 0, 0.35)
}
