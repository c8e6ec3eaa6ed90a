package main

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"paxsilica/dataset"
	"paxsilica/geo"
	"paxsilica/hittest"
	"paxsilica/mapdata"
	"paxsilica/projection"
)

// game is the Ebiten side of the explorer: it fits the world to the map
// area, draws it into a cached base image when the size changes, and draws
// the hover and selection on top only when something changed.
type game struct {
	world *mapdata.World
	index *hittest.Index
	ui    *page

	w, h   int     // screen size in device pixels
	dpr    float64 // device pixels per CSS pixel
	fit    projection.Transform
	screen []geo.Point // world.Points on screen, refreshed on refit

	base     *ebiten.Image // countries, borders, markers; redrawn on refit
	baseOK   bool
	overlay  mesh
	scratch  mesh
	hover    int
	selected int
	data     *dataset.Dataset // nil until loaded, or when broken
	dataErr  bool

	frames int
	ready  bool
}

func newGame(w *mapdata.World, ui *page) *game {
	return &game{world: w, index: hittest.New(w), ui: ui, hover: -1, selected: -1, dpr: 1}
}

// pickOptions: countries under 6 CSS px across are picked within 8 px of
// their label point.
func (g *game) pickOptions() hittest.Options {
	return hittest.Options{TinyPx: 6 * g.dpr, RadiusPx: 8 * g.dpr}
}

// hasMarker: countries under 3 CSS px across are drawn as a small ring.
func (g *game) hasMarker(i int) bool {
	return g.index.Tiny(i, g.fit, hittest.Options{TinyPx: 3 * g.dpr})
}

// Layout is not called by Ebiten when LayoutF exists; it is here to satisfy
// ebiten.Game.
func (g *game) Layout(outsideW, outsideH int) (int, int) {
	w, h := g.LayoutF(float64(outsideW), float64(outsideH))
	return int(w), int(h)
}

// LayoutF is called with the canvas size in CSS pixels and answers in device
// pixels, so that the map is crisp at any device pixel ratio.
func (g *game) LayoutF(outsideW, outsideH float64) (float64, float64) {
	dpr := ebiten.Monitor().DeviceScaleFactor()
	w, h := int(math.Ceil(outsideW*dpr)), int(math.Ceil(outsideH*dpr))
	if w != g.w || h != g.h || dpr != g.dpr {
		g.w, g.h, g.dpr = w, h, dpr
		g.refit()
	}
	return float64(w), float64(h)
}

// refit fits the world into the page's map area and schedules a redraw.
func (g *game) refit() {
	area := g.ui.mapArea() // CSS px
	vp := geo.Rect{
		Min: geo.Point{X: area.Min.X * g.dpr, Y: area.Min.Y * g.dpr},
		Max: geo.Point{X: area.Max.X * g.dpr, Y: area.Max.Y * g.dpr},
	}
	if vp.Dx() < 16 || vp.Dy() < 16 {
		vp = geo.Rect{Max: geo.Point{X: float64(g.w), Y: float64(g.h)}}
	}
	g.fit = projection.Fit(g.world.Bounds, vp, 8*g.dpr)
	if cap(g.screen) < len(g.world.Points) {
		g.screen = make([]geo.Point, len(g.world.Points))
	}
	for i, p := range g.world.Points {
		g.screen[i] = g.fit.Apply(p)
	}
	g.baseOK = false
	ebiten.ScheduleFrame()
}

func (g *game) Update() error {
	for _, ev := range g.ui.drain() {
		switch ev.kind {
		case evClear:
			g.setSelected(-1)
		case evSelect:
			g.setSelected(g.world.Index(ev.code))
		case evClick:
			g.setSelected(g.pick(ev.pos))
		case evDataset:
			g.data, g.dataErr = ev.ds, ev.err != nil
			g.showSelected()
		}
	}
	if inpututil.IsKeyJustPressed(ebiten.KeyEscape) {
		g.setSelected(-1)
	}
	h := -1
	if ptr := g.ui.pointerState(); ptr.inside {
		h = g.pick(ptr.pos)
	}
	if h != g.hover {
		g.hover = h
		if h >= 0 {
			ebiten.SetCursorShape(ebiten.CursorShapePointer)
		} else {
			ebiten.SetCursorShape(ebiten.CursorShapeDefault)
		}
	}
	return nil
}

// pick returns the country under a point given in CSS pixels, or -1.
func (g *game) pick(css geo.Point) int {
	return g.index.Pick(g.fit, geo.Point{X: css.X * g.dpr, Y: css.Y * g.dpr}, g.pickOptions())
}

func (g *game) setSelected(i int) {
	if i == g.selected {
		return
	}
	g.selected = i
	g.showSelected()
	ebiten.ScheduleFrame()
}

// showSelected fills the panel for the selection with what is known now.
func (g *game) showSelected() {
	var c *mapdata.Country
	if g.selected >= 0 {
		c = &g.world.Countries[g.selected]
	}
	g.ui.showCountry(c, g.data, g.dataErr)
}

func (g *game) Draw(screen *ebiten.Image) {
	if !g.baseOK {
		g.drawBase()
	}
	screen.DrawImage(g.base, nil)
	g.overlay.reset()
	if g.hover >= 0 && g.hover != g.selected {
		g.drawCountry(g.hover, colHover, colMarker)
	}
	if g.selected >= 0 {
		g.drawCountry(g.selected, colSelected, colMarkerSel)
		c := &g.world.Countries[g.selected]
		for _, r := range c.Rings {
			g.overlay.stroke(g.screen[r.Start:r.End], 1.5*g.dpr, colSelEdge)
		}
	}
	g.overlay.draw(screen)
	g.frames++
	g.ui.frameDrawn(g.frames)
	if !g.ready {
		g.ready = true
		g.ui.announceReady()
	}
}

// drawCountry adds country i, filled with fill, to the overlay; tiny
// countries get their marker in the marker colour.
func (g *game) drawCountry(i int, fill, marker color.RGBA) {
	c := &g.world.Countries[i]
	idx := g.world.Indices[c.Triangles.Start:c.Triangles.End]
	g.overlay.fill(g.screen, c.Vertices.Start, c.Vertices.End, idx, fill)
	if g.index.Tiny(i, g.fit, g.pickOptions()) {
		g.overlay.disc(g.fit.Apply(c.Label), 3.5*g.dpr, marker)
	}
}

// drawBase renders every country, the borders and the markers of tiny
// countries into the cached base image. It runs once per size change.
func (g *game) drawBase() {
	if g.base == nil || g.base.Bounds().Dx() != g.w || g.base.Bounds().Dy() != g.h {
		if g.base != nil {
			g.base.Deallocate()
		}
		g.base = ebiten.NewImage(max(1, g.w), max(1, g.h))
	}
	g.base.Fill(colSea)
	m := &g.scratch
	m.reset()
	for i := range g.world.Countries {
		c := &g.world.Countries[i]
		m.fill(g.screen, c.Vertices.Start, c.Vertices.End, g.world.Indices[c.Triangles.Start:c.Triangles.End], colLand)
	}
	m.draw(g.base)
	m.reset()
	bw := 0.6 * g.dpr
	for i := range g.world.Countries {
		for _, r := range g.world.Countries[i].Rings {
			m.stroke(g.screen[r.Start:r.End], bw, colBorder)
		}
	}
	for i := range g.world.Countries {
		if g.hasMarker(i) {
			m.circle(g.fit.Apply(g.world.Countries[i].Label), 2.5*g.dpr, 1*g.dpr, colMarker)
		}
	}
	m.draw(g.base)
	m.reset()
	g.baseOK = true
}
