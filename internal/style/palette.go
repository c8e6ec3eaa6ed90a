// Package style holds every colour the map draws with, so that the
// renderer, the HTML legend and the pixel tests agree. Tie and bloc colours
// come from the Okabe–Ito palette, which colour-blind readers can tell apart.
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

// Hex formats a colour as #rrggbb for CSS.
func Hex(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
