// Package style is the one source of how the map looks: every colour, line
// width, opacity, ring and marker size and arrow proportion that the live
// map (wasm/), the poster (internal/poster), the HTML legend and the
// benchmark's reference page draw with. Sizes are in CSS pixels; a renderer
// multiplies them by its pixels per CSS pixel. Tie and bloc colours come
// from the Okabe–Ito palette, which colour-blind readers can tell apart;
// the mineral scale is in style/scale.
package style

import (
	"fmt"
	"image/color"
)

// Base map colours.
var (
	Sea      = color.RGBA{0xe8, 0xef, 0xf5, 0xff}
	Land     = color.RGBA{0xc9, 0xd1, 0xd9, 0xff}
	Border   = color.RGBA{0xff, 0xff, 0xff, 0xff}
	Hover    = color.RGBA{0x8f, 0x9c, 0xab, 0xff}
	Selected = color.RGBA{0x56, 0xb4, 0xe9, 0xff} // fill when no mineral colours the map
	SelEdge  = color.RGBA{0x11, 0x18, 0x27, 0xff}
	Marker   = color.RGBA{0x5b, 0x6b, 0x7c, 0xff}
	Focus    = color.RGBA{0x11, 0x18, 0x27, 0xff}
	// Accent marks keyboard focus: the ring around the map area, and the
	// page's own focus outlines (app.css's --accent).
	Accent = color.RGBA{0x00, 0x72, 0xb2, 0xff}
)

// Bloc outlines.
var (
	PaxSilica = color.RGBA{0x00, 0x72, 0xb2, 0xff} // blue
	MSP       = color.RGBA{0x00, 0x9e, 0x73, 0xff} // bluish green
	China     = color.RGBA{0xd5, 0x5e, 0x00, 0xff} // vermillion
)

// Tie colours, by dataset tie type.
var Ties = map[string]color.RGBA{
	"import":         {0xcc, 0x79, 0xa7, 0xff}, // reddish purple
	"agreement":      {0x00, 0x72, 0xb2, 0xff}, // blue
	"corridor":       {0x00, 0x72, 0xb2, 0xff},
	"export-control": {0xd5, 0x5e, 0x00, 0xff}, // vermillion
	"equity-stake":   {0xe6, 0x9f, 0x00, 0xff}, // orange
	"production":     {0x99, 0x99, 0x99, 0xff},
}

// Groups are the network view's group colours, in the order of
// scene.GroupNames: China, other partners, MSP Forum, MSP partners, Pax
// Silica signatories, the United States.
var Groups = []color.RGBA{China, Hover, {0x8f, 0xd3, 0xb6, 0xff}, MSP, PaxSilica, SelEdge}

// Hex formats a colour as #rrggbb for CSS.
func Hex(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// WithAlpha returns c with opacity a (0–1), straight (not premultiplied).
func WithAlpha(c color.RGBA, a float64) color.RGBA {
	c.A = uint8(min(1, max(0, a))*255 + 0.5)
	return c
}

// Darker scales c's red, green and blue by k (0–1).
func Darker(c color.RGBA, k float64) color.RGBA {
	return color.RGBA{R: uint8(float64(c.R) * k), G: uint8(float64(c.G) * k), B: uint8(float64(c.B) * k), A: c.A}
}
