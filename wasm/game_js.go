package main

import (
	"math"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/mapdata/hittest"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
	"paxsilica/internal/view"
	"paxsilica/internal/view/urlstate"
)

// settle is how long a view must stay still before the map is re-rendered
// sharp at the new scale; until then the cached image is moved and scaled.
const settle = 250 * time.Millisecond

// game is the Ebiten side of the explorer: it turns the page's input into
// events for the explorer's state machine (ex), moves the camera, and draws
// what ex holds. Everything the reader chose lives in ex.
type game struct {
	ex    *view.Explorer
	ui    *page
	world *mapdata.World
	index *hittest.Index

	scr   screen
	r     renderer
	net   network
	ready bool // the first frame has been drawn
}

// screen is where the map is drawn and how it is seen.
type screen struct {
	w, h int     // size in device pixels
	dpr  float64 // device pixels per CSS pixel
	vp   geo.Rect
	fit  projection.Transform
	cam  projection.Camera
	// lastMove is when the camera last moved (zero once settled).
	lastMove time.Time
}

// renderer holds what Draw keeps between frames.
type renderer struct {
	base      *ebiten.Image // countries, borders, blocs; re-rendered on change
	baseT     projection.Transform
	baseKey   string
	overlay   mesh
	scratch   mesh
	labelsKey string
	frames    int
}

// network is the network view: its layout and the animation to and from it.
type network struct {
	graph  *scene.Graph
	of     *dataset.Dataset // the dataset graph was laid out for
	t      float64          // 0 map … 1 network
	target float64
	start  time.Time
	from   float64
}

func newGame(w *mapdata.World, ui *page) *game {
	return &game{world: w, index: hittest.New(w), ui: ui, scr: screen{dpr: 1, cam: projection.Home(w.Bounds)}}
}

// clickNow applies a click at once, in the pointer event's own task, so the
// panel shows the country in the frame the click lands in, not the one
// after: the next Update would come a frame later, and the panel would show
// a frame after that. JavaScript runs one thing at a time, and the game loop
// is waiting for its animation frame meanwhile, so the state is not shared.
func (g *game) clickNow(at geo.Point) {
	if g.ex.Handle(g.pickAt(at)) {
		g.stateChanged()
	}
	scheduleFrame()
}

func (g *game) transform() projection.Transform { return g.scr.cam.Transform(g.scr.fit, g.scr.vp) }

// pickOptions: countries too small to click are picked near their label
// point (style.PickTinyPx, style.PickRadius).
func (g *game) pickOptions() hittest.Options {
	return hittest.Options{TinyPx: style.PickTinyPx * g.scr.dpr, RadiusPx: style.PickRadius * g.scr.dpr}
}

// hasMarker: countries narrower than style.MarkerTinyPx get a marker.
func (g *game) hasMarker(i int, t projection.Transform) bool {
	return g.index.Tiny(i, t, hittest.Options{TinyPx: style.MarkerTinyPx * g.scr.dpr})
}

// Layout is not called by Ebiten when LayoutF exists; it is here to satisfy
// ebiten.Game.
func (g *game) Layout(outsideW, outsideH int) (int, int) {
	w, h := g.LayoutF(float64(outsideW), float64(outsideH))
	return int(w), int(h)
}

// LayoutF is called every frame with the canvas size in CSS pixels and
// answers in device pixels, so that the map is crisp at any device pixel
// ratio. The map is fitted to the page's map area as it is laid out now:
// that area changes without the canvas changing (the toolbar wraps, the
// panel moves under the map, an embed's frame is resized), and a fit kept
// from an earlier layout draws the world where the page no longer shows it.
func (g *game) LayoutF(outsideW, outsideH float64) (float64, float64) {
	s := &g.scr
	dpr := ebiten.Monitor().DeviceScaleFactor()
	w, h := int(math.Ceil(outsideW*dpr)), int(math.Ceil(outsideH*dpr))
	resized := w != s.w || h != s.h || dpr != s.dpr
	s.w, s.h, s.dpr = w, h, dpr
	if vp := g.viewport(); resized || vp != s.vp {
		g.refit(vp)
	}
	if resized {
		g.ex.Resized(outsideW)
	}
	return float64(w), float64(h)
}

// viewport is the page's map area in device pixels, or the whole screen if
// the page leaves the map no room.
func (g *game) viewport() geo.Rect {
	s := &g.scr
	area := g.ui.mapArea() // CSS px
	vp := geo.Rect{
		Min: geo.Point{X: area.Min.X * s.dpr, Y: area.Min.Y * s.dpr},
		Max: geo.Point{X: area.Max.X * s.dpr, Y: area.Max.Y * s.dpr},
	}
	if vp.Dx() < 16 || vp.Dy() < 16 {
		vp = geo.Rect{Max: geo.Point{X: float64(s.w), Y: float64(s.h)}}
	}
	return vp
}

// refit fits the world into viewport vp; the camera keeps its centre and
// zoom. It runs in LayoutF, and the Draw of the same tick re-renders the
// map at the new fit: a resize is drawn in the frame it is seen in, without
// asking for another.
func (g *game) refit(vp geo.Rect) {
	g.scr.vp = vp
	g.scr.fit = projection.Fit(g.world.Bounds, vp, 8*g.scr.dpr)
	g.r.baseKey = "" // the base image must be re-rendered at the new size
	g.r.labelsKey = ""
	g.ui.mapFitted(g.r.frames + 1)
}

// areaMoved says whether the page's map area is no longer the one the map
// is fitted to (the page's ResizeObserver asks, and wakes the loop if so).
func (g *game) areaMoved() bool { return g.viewport() != g.scr.vp }

// Update turns the input queued since the last frame into camera moves and
// explorer events, and advances the animations.
func (g *game) Update() error {
	frameBegins()
	s := &g.scr
	queued, dx, dy, zooms := g.ui.drain()
	var evs []view.Event
	for _, q := range queued {
		switch q := q.(type) {
		case view.Event:
			evs = append(evs, q)
		case clickAt:
			evs = append(evs, g.pickAt(q.pos))
		case enterKey:
			// Select what is under the cross at the map area's centre.
			c := s.vp.Center()
			evs = append(evs, view.Pick{Country: g.pick(geo.Point{X: c.X / s.dpr, Y: c.Y / s.dpr}), Arc: -1})
		case zoomBy:
			s.cam = s.cam.ZoomAt(s.fit, s.vp, s.vp.Center(), q.factor).Clamp(g.world.Bounds)
			g.viewMoved()
		case resetView:
			s.cam = projection.Home(g.world.Bounds)
			g.viewMoved()
		}
	}
	if dx != 0 || dy != 0 || len(zooms) > 0 {
		for _, z := range zooms {
			s.cam = s.cam.ZoomAt(s.fit, s.vp, geo.Point{X: z.at.X * s.dpr, Y: z.at.Y * s.dpr}, z.factor)
		}
		s.cam = s.cam.Pan(s.fit, dx*s.dpr, dy*s.dpr).Clamp(g.world.Bounds)
		g.viewMoved()
	}
	if g.ex.Handle(evs...) {
		g.stateChanged()
	}
	if g.net.target > 0 && (g.net.graph == nil || g.net.of != g.ex.Data()) && g.ex.Data() != nil {
		// Laying out the network takes 70 ms in the browser: not at start-up
		// for a view most readers never open.
		g.net.graph, g.net.of = scene.Network(g.ex.Data()), g.ex.Data()
	}
	g.ex.TellParent()
	g.updateHover()
	if !s.lastMove.IsZero() && time.Since(s.lastMove) >= settle && !g.ui.pointerDown() {
		s.lastMove = time.Time{}
		c := projection.EqualEarthInverse(s.cam.Centre)
		g.ex.SetCamera(c.X, c.Y, s.cam.Zoom)
		scheduleFrame()
	}
	if g.net.t != g.net.target {
		k := math.Min(1, float64(time.Since(g.net.start))/float64(500*time.Millisecond))
		g.net.t = g.net.from + (g.net.target-g.net.from)*k
		scheduleFrame()
	}
	return nil
}

// stateChanged follows a change of the explorer's state: the switch to or
// from the network is animated, the Table view and the map's text
// alternative are brought up to date, labels are placed again, a frame is
// drawn.
func (g *game) stateChanged() {
	g.ui.showTables(g.ex.Data(), g.ex.State(), g.ex.At())
	g.ui.showMapText(g.ex.Data(), g.ex.State(), g.ex.At())
	target := 0.0
	if g.ex.State().View == urlstate.ViewNetwork {
		target = 1
	}
	if target != g.net.target {
		g.net.from, g.net.start, g.net.target = g.net.t, time.Now(), target
	}
	g.r.labelsKey = ""
	scheduleFrame()
}

// viewMoved notes a pan or zoom: the cached map is moved now and rendered
// sharp once the view has settled.
func (g *game) viewMoved() {
	g.scr.lastMove = time.Now()
	g.ui.wakeAfter(int(settle/time.Millisecond) + 10)
	scheduleFrame()
}
