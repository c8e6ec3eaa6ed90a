package main

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/view"
	"paxsilica/internal/view/mapview"
	"paxsilica/internal/view/urlstate"
)

// game is the Ebiten side of the explorer, as thin as Ebiten's
// examples/2048: it turns the page's input into events for the explorer's
// state machine (ex) and moves for the map's geometry (m), and draws what
// they hold (r keeps what drawing reuses between frames). Everything the
// reader chose lives in ex; where things are on screen lives in m.
type game struct {
	ex *view.Explorer
	ui *page
	m  *mapview.Map
	r  renderer
}

// renderer holds what Draw keeps between frames.
type renderer struct {
	base    *ebiten.Image // countries, borders, blocs; re-rendered on change
	baseT   projection.Transform
	baseKey string
	overlay mesh
	scratch mesh
	frames  int // frames drawn; the first one makes the explorer ready
}

func newGame(w *mapdata.World, ui *page) *game {
	return &game{m: mapview.New(w), ui: ui}
}

// world is the map's geometry.
func (g *game) world() *mapdata.World { return g.m.World }

// clickNow applies a click at once, in the pointer event's own task, so the
// panel shows the country in the frame the click lands in, not the one
// after: the next Update would come a frame later, and the panel would show
// a frame after that. The map's frame that draws the selection waits for
// the frame after the panel's paint (bootPaintFirst), and the address is
// written after it too (WriteURL). JavaScript runs one thing at a time, and
// the game loop is waiting for its animation frame meanwhile, so the state
// is not shared.
func (g *game) clickNow(at geo.Point) {
	bootPaintFirst.call()
	g.ui.clicking = true
	defer func() { g.ui.clicking = false }()
	if g.ex.Handle(g.pickAt(at)) {
		g.stateChanged()
	}
	scheduleFrame()
}

// warmUp runs, while idle, what a reader's first click will run, without
// its effects: the browser compiles each function of the program the first
// time it is called, some of them for milliseconds here. It picks at the
// map's centre (an arc and a country), runs the clicks on a copy of the
// explorer and builds and lays out their panels unseen (page.warmUp),
// writes a click's query without writing the address, and shows the toolbar
// and the map's text alternative the state they already show. Those last
// are skipped when input waits for the next frame: the controls would be
// set back to the state it is about to change.
func (g *game) warmUp() {
	centre := g.m.Centre()
	g.pickAt(centre)
	g.m.Country(centre) // pickAt stops at an arc there, if any
	g.ui.warmUp(g.ex)
	st := g.ex.State()
	click := st
	click.Country = warmUpCountries[0]
	click.Query(g.ui.query()) // the address a click writes, not written
	if !g.ui.inputPending() {
		g.ui.ShowControls(st, g.ex.Data())
		g.ui.showMapText(g.ex.Data(), st, g.ex.At())
	}
}

// warmUps is how many times warmUp runs, each in an idle period of its
// own. Run once, it left the browser's optimising compiler to start on the
// click's functions during the reader's first click: 35–71 ms of it on
// the other threads, on the 2 cores here, beside that click. Run ten times,
// 6–35 ms were left, and the first click took 18–38 ms (median 28) where it
// took 31–48 (median 37). Each run after the first takes 25–100 ms here.
const warmUps = 10

// warmUpTimes runs warmUp up to n times, each when the browser is next
// idle, until the reader clicks the map (the first click is then past, and
// it compiled what it ran), and then marks the page's timeline
// "warmed-up".
func (g *game) warmUpTimes(n int) {
	g.ui.whenIdle("running a click ahead of the first", func() {
		if n == 0 || g.ui.hasClicked() {
			mark("warmed-up")
			return
		}
		g.warmUp()
		g.warmUpTimes(n - 1)
	})
}

// pickAt is what a click at a point (CSS pixels) picks.
func (g *game) pickAt(css geo.Point) view.Pick {
	c, a := g.m.At(g.ex.Arcs(), css)
	return view.Pick{Country: c, Arc: a}
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
// The Draw of the same tick re-renders the map at the new fit: a resize is
// drawn in the frame it is seen in, without asking for another.
func (g *game) LayoutF(outsideW, outsideH float64) (float64, float64) {
	w, h, resized, refitted := g.m.Resize(outsideW, outsideH, ebiten.Monitor().DeviceScaleFactor(), g.ui.mapArea())
	if refitted {
		g.r.baseKey = "" // the base image must be re-rendered at the new size
		g.ui.mapFitted(g.r.frames + 1)
	}
	if resized {
		g.ex.Resized(outsideW)
	}
	return float64(w), float64(h)
}

// areaMoved says whether the page's map area is no longer the one the map
// is fitted to (the page's ResizeObserver asks, and wakes the loop if so).
func (g *game) areaMoved() bool { return g.m.Moved(g.ui.mapArea()) }

// Update turns the input queued since the last frame into camera moves and
// explorer events, and advances the animations.
func (g *game) Update() error {
	markOnce("first-update") // Ebiten runs: its WebGL context is made
	frameBegins()
	now := time.Now()
	queued, dx, dy, zooms := g.ui.drain()
	var evs []view.Event
	moved, loaded := false, false
	// Events are applied in the order they came: a pick is made against
	// the state the input queued before it made (a layer turned on and an
	// arc clicked within one frame picks the arc).
	apply := func() {
		if g.ex.Handle(evs...) {
			g.stateChanged()
		}
		evs = nil
	}
	for _, q := range queued {
		switch q := q.(type) {
		case view.Event:
			evs = append(evs, q)
			if _, ok := q.(view.DatasetLoaded); ok {
				loaded = true
			}
		case clickAt:
			apply()
			evs = append(evs, g.pickAt(q.pos))
		case enterKey:
			// Select what is under the cross at the map area's centre.
			apply()
			evs = append(evs, view.Pick{Country: g.m.Country(g.m.Centre()), Arc: -1})
		case zoomBy:
			g.m.ZoomBy(q.factor, now)
			moved = true
		case resetView:
			g.m.Home(now)
			moved = true
		}
	}
	if g.m.Gesture(dx, dy, zooms, now) {
		moved = true
	}
	if moved {
		g.viewMoved()
	}
	apply()
	if loaded {
		g.ui.datasetSettled() // shown, or its failure said
		g.warmUpTimes(warmUps)
	}
	g.m.Layout(g.ex.Data())
	g.ex.TellParent()
	g.updateHover()
	if c, zoom, ok := g.m.Settled(now, g.ui.pointerDown()); ok {
		g.ex.SetCamera(c.X, c.Y, zoom)
		scheduleFrame()
	}
	if g.m.Step(now) {
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
	g.m.ShowNetwork(g.ex.State().View == urlstate.ViewNetwork, time.Now())
	g.m.ResetLabels()
	scheduleFrame()
}

// viewMoved notes a pan or zoom: the cached map is moved now and rendered
// sharp once the view has settled.
func (g *game) viewMoved() {
	g.ui.wakeAfter(int(mapview.Settle/time.Millisecond) + 10)
	scheduleFrame()
}
