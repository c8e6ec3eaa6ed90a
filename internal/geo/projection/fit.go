package projection

import "paxsilica/internal/geo"

// Transform maps plane coordinates to screen pixels: screen = plane*Scale + Offset.
type Transform struct {
	Scale  float64
	Offset geo.Point
}

// Fit returns the Transform that shows the whole of world inside the
// viewport, centred, keeping the aspect ratio, with pad pixels left free on
// every side.
func Fit(world, viewport geo.Rect, pad float64) Transform {
	vw, vh := viewport.Dx()-2*pad, viewport.Dy()-2*pad
	if vw <= 0 || vh <= 0 || world.Dx() <= 0 || world.Dy() <= 0 {
		return Transform{Scale: 1}
	}
	s := min(vw/world.Dx(), vh/world.Dy())
	c, w := viewport.Center(), world.Center()
	return Transform{Scale: s, Offset: geo.Point{X: c.X - w.X*s, Y: c.Y - w.Y*s}}
}

// Apply maps a plane point to the screen.
func (t Transform) Apply(p geo.Point) geo.Point {
	return geo.Point{X: p.X*t.Scale + t.Offset.X, Y: p.Y*t.Scale + t.Offset.Y}
}

// Invert maps a screen point back to the plane.
func (t Transform) Invert(p geo.Point) geo.Point {
	return geo.Point{X: (p.X - t.Offset.X) / t.Scale, Y: (p.Y - t.Offset.Y) / t.Scale}
}
