// Package mapview is the live map's geometry, apart from drawing: the
// screen the map is drawn on and how it is fitted to the page's map area,
// the camera and how pans and zooms move it, the network view's layout and
// its animation, what lies under a point, and which names are placed as
// labels. It needs neither Ebiten nor a browser: the wasm program's game
// hands these decisions to it and only draws, as Ebiten's examples/2048
// hands its rules to a tested Board.
package mapview

import (
	"time"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/mapdata/hittest"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
)

// Settle is how long a view must stay still before the map is re-rendered
// sharp at the new scale; until then the cached image is moved and scaled.
const Settle = 250 * time.Millisecond

// Map is the map's geometry state.
type Map struct {
	World *mapdata.World
	index *hittest.Index

	// W and H are the screen's size in device pixels, DPR the device
	// pixels per CSS pixel.
	W, H int
	DPR  float64
	// VP is the map area in device pixels, Fit the transform that fits the
	// world into it at home zoom, Cam where the reader has moved the view.
	VP  geo.Rect
	Fit projection.Transform
	Cam projection.Camera
	// lastMove is when the camera last moved (zero once settled).
	lastMove time.Time

	Net Network

	labelsFor   labelInputs // what the labels were last placed for
	labelsValid bool
}

// Network is the network view: its layout and the animation to and from it.
type Network struct {
	Graph  *scene.Graph
	of     *dataset.Dataset // the dataset Graph was laid out for
	T      float64          // 0 map … 1 network
	Target float64
	start  time.Time
	from   float64
}

// New returns the map of world at home zoom, at device pixel ratio 1 until
// the first Resize.
func New(w *mapdata.World) *Map {
	return &Map{World: w, index: hittest.New(w), DPR: 1, Cam: projection.Home(w.Bounds)}
}

// Transform is the screen transform the map is drawn with now.
func (m *Map) Transform() projection.Transform { return m.Cam.Transform(m.Fit, m.VP) }

// Resize takes the canvas's size in CSS pixels, the device pixel ratio and
// the page's map area in CSS pixels. It returns the screen size in device
// pixels, whether that size changed, and whether the world was fitted again
// (the size or the map area moved: the base image must be re-rendered).
func (m *Map) Resize(cssW, cssH, dpr float64, area geo.Rect) (w, h int, resized, refitted bool) {
	w, h = ceil(cssW*dpr), ceil(cssH*dpr)
	resized = w != m.W || h != m.H || dpr != m.DPR
	m.W, m.H, m.DPR = w, h, dpr
	if vp := m.Viewport(area); resized || vp != m.VP {
		m.VP = vp
		m.Fit = projection.Fit(m.World.Bounds, vp, 8*dpr)
		m.labelsValid = false
		refitted = true
	}
	return w, h, resized, refitted
}

func ceil(v float64) int {
	i := int(v)
	if float64(i) < v {
		i++
	}
	return i
}

// Viewport is the page's map area (CSS pixels) in device pixels, or the
// whole screen if the page leaves the map no room.
func (m *Map) Viewport(area geo.Rect) geo.Rect {
	vp := geo.Rect{
		Min: geo.Point{X: area.Min.X * m.DPR, Y: area.Min.Y * m.DPR},
		Max: geo.Point{X: area.Max.X * m.DPR, Y: area.Max.Y * m.DPR},
	}
	if vp.Dx() < 16 || vp.Dy() < 16 {
		vp = geo.Rect{Max: geo.Point{X: float64(m.W), Y: float64(m.H)}}
	}
	return vp
}

// Moved reports whether the page's map area is no longer the one the map
// is fitted to.
func (m *Map) Moved(area geo.Rect) bool { return m.Viewport(area) != m.VP }

// Moving reports whether the camera has moved and not yet settled.
func (m *Map) Moving() bool { return !m.lastMove.IsZero() }

// ZoomBy zooms by factor about the map area's centre.
func (m *Map) ZoomBy(factor float64, now time.Time) {
	m.Cam = m.Cam.ZoomAt(m.Fit, m.VP, m.VP.Center(), factor).Clamp(m.World.Bounds)
	m.lastMove = now
}

// Home returns the camera to the whole world.
func (m *Map) Home(now time.Time) {
	m.Cam = projection.Home(m.World.Bounds)
	m.lastMove = now
}

// Zoom is a zoom by Factor about a point At in CSS pixels (a wheel turn or
// a pinch).
type Zoom struct {
	At     geo.Point
	Factor float64
}

// Gesture applies the zooms and then a pan by dx, dy CSS pixels, as the
// pointer moved them since the last frame. It reports whether the camera
// moved.
func (m *Map) Gesture(dx, dy float64, zooms []Zoom, now time.Time) bool {
	if dx == 0 && dy == 0 && len(zooms) == 0 {
		return false
	}
	for _, z := range zooms {
		m.Cam = m.Cam.ZoomAt(m.Fit, m.VP, geo.Point{X: z.At.X * m.DPR, Y: z.At.Y * m.DPR}, z.Factor)
	}
	m.Cam = m.Cam.Pan(m.Fit, dx*m.DPR, dy*m.DPR).Clamp(m.World.Bounds)
	m.lastMove = now
	return true
}

// Settled reports, once the camera has been still for Settle and no
// pointer is down, that the move is over, with the view's centre in
// longitude and latitude and its zoom (for the URL). It reports it once
// per move.
func (m *Map) Settled(now time.Time, pointerDown bool) (lonLat geo.Point, zoom float64, ok bool) {
	if m.lastMove.IsZero() || now.Sub(m.lastMove) < Settle || pointerDown {
		return geo.Point{}, 0, false
	}
	m.lastMove = time.Time{}
	return projection.EqualEarthInverse(m.Cam.Centre), m.Cam.Zoom, true
}

// SetCamera places the view at a longitude and latitude and zoom (from the
// URL), within the world.
func (m *Map) SetCamera(lon, lat, zoom float64) {
	m.Cam = projection.Camera{Centre: projection.EqualEarth(geo.Point{X: lon, Y: lat}), Zoom: max(1, zoom)}.Clamp(m.World.Bounds)
}

// PickOptions are the hit-testing rules: countries too small to click are
// picked near their label point (style.PickTinyPx, style.PickRadius).
func (m *Map) PickOptions() hittest.Options {
	return hittest.Options{TinyPx: style.PickTinyPx * m.DPR, RadiusPx: style.PickRadius * m.DPR}
}

// HasMarker reports whether country i is narrower than style.MarkerTinyPx
// at t, and so gets a marker.
func (m *Map) HasMarker(i int, t projection.Transform) bool {
	return m.index.Tiny(i, t, hittest.Options{TinyPx: style.MarkerTinyPx * m.DPR})
}

// Tiny reports whether country i is too small to click at t.
func (m *Map) Tiny(i int, t projection.Transform) bool { return m.index.Tiny(i, t, m.PickOptions()) }
