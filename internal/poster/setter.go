package poster

import (
	"github.com/fogleman/gg"

	"paxsilica/internal/poster/typeset"
)

// setter sets the figure's words: through gg's FreeType path in the Go
// fonts for English, as the figure always has, or shaped (package
// typeset) for languages whose scripts need complex shaping (Hindi's
// Devanagari: conjuncts, vowel signs drawn before their consonant).
type setter struct {
	shaped bool
}

// font makes dc's font face the regular or bold one at size, for the gg
// path (the shaped path chooses its fonts run by run).
func (s setter) font(dc *gg.Context, isBold bool, size float64) {
	if !s.shaped {
		dc.SetFontFace(face(isBold, size))
	}
}

// wrap breaks text into lines no wider than width.
func (s setter) wrap(dc *gg.Context, text string, isBold bool, size, width float64) []string {
	if s.shaped {
		return typeset.Wrap(text, isBold, size, width)
	}
	dc.SetFontFace(face(isBold, size))
	return dc.WordWrap(text, width)
}

// width is text's advance; on the gg path in dc's current face.
func (s setter) width(dc *gg.Context, text string, isBold bool, size float64) float64 {
	if s.shaped {
		return typeset.Width(text, isBold, size)
	}
	w, _ := dc.MeasureString(text)
	return w
}

// draw draws text with its baseline's left end at (x, y); on the gg path
// in dc's current face.
func (s setter) draw(dc *gg.Context, text string, isBold bool, size, x, y float64) {
	if s.shaped {
		typeset.DrawString(dc, text, isBold, size, x, y)
		return
	}
	dc.DrawString(text, x, y)
}

// drawMiddle draws regular text from x, centred on y as gg's
// DrawStringAnchored(text, x, y, 0, 0.35) places it (the baseline 0.35
// of the font's height below y).
func (s setter) drawMiddle(dc *gg.Context, text string, size, x, y float64) {
	if s.shaped {
		typeset.DrawString(dc, text, false, size, x, y+0.35*dc.FontHeight())
		return
	}
	dc.DrawStringAnchored(text, x, y, 0, 0.35)
}
