package scene

import (
	"image/color"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/mapdata"
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

// OutlineRings returns the rings of country c worth outlining when a plane
// unit is pxPerUnit CSS pixels: those at least style.OutlineMinRing across.
// The outline of a speck of an island is a blot that hides the coast.
func OutlineRings(w *mapdata.World, c *mapdata.Country, pxPerUnit float64) []mapdata.Span {
	out := make([]mapdata.Span, 0, len(c.Rings))
	for _, r := range c.Rings {
		pts := w.Points[r.Start:r.End]
		if len(pts) == 0 {
			continue
		}
		b := geo.Rect{Min: pts[0], Max: pts[0]}
		for _, p := range pts[1:] {
			b = b.Extend(p)
		}
		if max(b.Dx(), b.Dy())*pxPerUnit >= style.OutlineMinRing {
			out = append(out, r)
		}
	}
	return out
}
