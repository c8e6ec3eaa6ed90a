package projection

import (
	"math"

	"paxsilica/internal/geo"
)

// Camera is the reader's view on top of the fitted map: the plane point
// shown at the viewport's centre and a zoom factor (1 shows the whole fit).
type Camera struct {
	Centre geo.Point
	Zoom   float64
}

// Home is the camera that shows exactly the fit of world.
func Home(world geo.Rect) Camera {
	return Camera{Centre: world.Center(), Zoom: 1}
}

// Transform returns the plane-to-screen transform for the camera, given the
// fit (zoom 1) and the viewport it was fitted to.
func (c Camera) Transform(fit Transform, vp geo.Rect) Transform {
	s := fit.Scale * c.Zoom
	vc := vp.Center()
	return Transform{Scale: s, Offset: geo.Point{X: vc.X - c.Centre.X*s, Y: vc.Y - c.Centre.Y*s}}
}

// ZoomAt returns the camera zoomed by factor f around screen point p, so the
// place under p stays under p (as wheel and pinch zoom do).
func (c Camera) ZoomAt(fit Transform, vp geo.Rect, p geo.Point, f float64) Camera {
	t := c.Transform(fit, vp)
	under := t.Invert(p)
	n := c
	n.Zoom = c.Zoom * f
	n = n.clampZoom()
	// Keep `under` at p: centre moves towards it by (1 - old/new).
	k := 1 - c.Zoom/n.Zoom
	n.Centre = geo.Point{X: c.Centre.X + (under.X-c.Centre.X)*k, Y: c.Centre.Y + (under.Y-c.Centre.Y)*k}
	return n
}

// Pan returns the camera moved so that the map follows a drag of (dx, dy)
// screen pixels.
func (c Camera) Pan(fit Transform, dx, dy float64) Camera {
	s := fit.Scale * c.Zoom
	c.Centre.X -= dx / s
	c.Centre.Y -= dy / s
	return c
}

// MaxZoom is the deepest zoom allowed.
const MaxZoom = 40

func (c Camera) clampZoom() Camera {
	if math.IsNaN(c.Zoom) || c.Zoom < 1 {
		c.Zoom = 1
	}
	c.Zoom = math.Min(c.Zoom, MaxZoom)
	return c
}

// Clamp keeps the zoom within [1, MaxZoom] and the centre on the map, so the
// world can never be panned out of sight.
func (c Camera) Clamp(world geo.Rect) Camera {
	c = c.clampZoom()
	c.Centre.X = math.Max(world.Min.X, math.Min(world.Max.X, c.Centre.X))
	c.Centre.Y = math.Max(world.Min.Y, math.Min(world.Max.Y, c.Centre.Y))
	return c
}
