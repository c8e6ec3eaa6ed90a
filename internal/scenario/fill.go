package scenario

import (
	"image/color"

	"paxsilica/internal/style"
)

// Fill is code's fill on the scenario map, for every renderer: China as
// the supplier, each country cut off by its exposure, the others plain land.
func (r *Result) Fill(code string) color.RGBA {
	if code == "CHN" {
		return style.China
	}
	return style.Exposure[r.Level(code)]
}
