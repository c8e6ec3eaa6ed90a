package main

import "image/color"

// The map's colours. Land is neutral so that later layers can speak; the
// selection uses a strong accent that reads for colour-blind readers too.
var (
	colSea       = color.RGBA{0xe8, 0xef, 0xf5, 0xff}
	colLand      = color.RGBA{0xc9, 0xd1, 0xd9, 0xff}
	colBorder    = color.RGBA{0xff, 0xff, 0xff, 0xff}
	colHover     = color.RGBA{0x8f, 0x9c, 0xab, 0xff}
	colSelected  = color.RGBA{0xd9, 0x5f, 0x02, 0xff}
	colSelEdge   = color.RGBA{0x5a, 0x27, 0x00, 0xff}
	colMarker    = color.RGBA{0x5b, 0x6b, 0x7c, 0xff}
	colMarkerSel = colSelected
)
