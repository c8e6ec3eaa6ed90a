// Package scale maps a share of world output to a colour class for the
// choropleth, with a colour-blind-safe sequential palette (ColorBrewer
// YlOrBr) and a distinct grey for countries with no recorded output.
package scale

import (
	"fmt"
	"image/color"
)

// Breaks are the upper bounds (%) of each class but the last.
var Breaks = []float64{1, 5, 10, 25, 50}

// Colours of the classes, light to dark; len(Colours) == len(Breaks)+1.
var Colours = []color.RGBA{
	{0xff, 0xff, 0xd4, 0xff},
	{0xfe, 0xe3, 0x91, 0xff},
	{0xfe, 0xc4, 0x4f, 0xff},
	{0xfe, 0x99, 0x29, 0xff},
	{0xd9, 0x5f, 0x0e, 0xff},
	{0x99, 0x34, 0x04, 0xff},
}

// NoData is the fill of countries with no recorded output: a cool grey that
// no class of the warm scale comes near.
var NoData = color.RGBA{0xdd, 0xe1, 0xe6, 0xff}

// Class returns the class of a share in percent: 0 for under 1%, up to
// len(Breaks) for 50% and more.
func Class(share float64) int {
	for i, b := range Breaks {
		if share < b {
			return i
		}
	}
	return len(Breaks)
}

// Colour returns the fill for a share.
func Colour(share float64) color.RGBA { return Colours[Class(share)] }

// Labels returns the legend text of each class: "under 1%", "1–5%", … "50% and more".
func Labels() []string {
	out := make([]string, len(Colours))
	for i := range out {
		switch {
		case i == 0:
			out[i] = fmt.Sprintf("under %g%%", Breaks[0])
		case i == len(Breaks):
			out[i] = fmt.Sprintf("%g%% and more", Breaks[i-1])
		default:
			out[i] = fmt.Sprintf("%g–%g%%", Breaks[i-1], Breaks[i])
		}
	}
	return out
}
