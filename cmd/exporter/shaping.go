//go:build shaping

package main

import (
	"paxsilica/internal/poster"
	"paxsilica/internal/poster/typeset"
)

// shaper sets the figures of languages whose scripts need complex shaping
// (Hindi). Only this build (-tags shaping, exporter-shaping.wasm, which the
// page fetches for such a language) links go-text and the Devanagari fonts.
var shaper poster.Shaper = typeset.Shaper{}
