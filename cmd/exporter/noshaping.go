//go:build !shaping

package main

import "paxsilica/internal/poster"

// shaper is nil in the exporter English readers fetch: it links no shaper
// and no Devanagari font, and draws a figure in English (see shaping.go
// for the build that draws Hindi).
var shaper poster.Shaper
