package scene

import (
	"image/color"

	"paxsilica/internal/dataset"
	"paxsilica/internal/style"
)

// Outlined is a country the bloc layer outlines, and how.
type Outlined struct {
	Code   string
	Width  float64 // CSS pixels
	Colour color.RGBA
}

// Outlines lists the bloc layer's outlines as of date at, in drawing order
// (style.Outlines): each signed member of each bloc, then China.
func Outlines(ds *dataset.Dataset, at string) []Outlined {
	var out []Outlined
	for _, o := range style.Outlines {
		if o.Bloc == "" {
			out = append(out, Outlined{Code: o.Country, Width: o.Width, Colour: o.Colour})
			continue
		}
		for _, c := range ds.Countries {
			if dataset.Signed(ds.MemberStatus(o.Bloc, c.Code, at)) {
				out = append(out, Outlined{Code: c.Code, Width: o.Width, Colour: o.Colour})
			}
		}
	}
	return out
}
