package main

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/mapdata/hittest"
	"paxsilica/internal/style"
)

// d3-zoom's defaults, as the reference uses them: a wheel event zooms by
// 2^(−deltaY·wheelRate), the scale stays within [1, maxZoom], and a release
// that moved less than clickSlop CSS pixels since the press is a click.
const (
	wheelRate = 0.002
	maxZoom   = 40
	clickSlop = 3
)

// zoom is d3-zoom's transform, applied after the fit:
// screen = plane·fit.Scale·k + fit.Offset·k + (x, y), in CSS pixels.
type zoom struct{ k, x, y float64 }

// game draws the world and follows the pointer. All its state is here;
// Update and Draw run on the same goroutine.
type game struct {
	w        *mapdata.World
	hits     *hittest.Index
	rep      *report
	vertices []ebiten.Vertex // one per world point; colours per country
	white    *ebiten.Image   // the source of every triangle

	cssW, cssH, dpr float64 // the canvas in CSS pixels and device pixels per CSS pixel
	fit             projection.Transform
	view            zoom
	drag            struct {
		on    bool
		at    geo.Point
		moved float64
	}
	input    inputQueue
	selected int  // country index, or -1
	dirty    bool // the screen no longer shows the state
	updated  bool // Update has run once
}

func newGame(w *mapdata.World) *game {
	g := &game{w: w, hits: hittest.New(w), rep: newReport(), view: zoom{k: 1}, selected: -1, dirty: true}
	g.white = ebiten.NewImage(3, 3)
	g.white.Fill(color.White)
	g.vertices = make([]ebiten.Vertex, len(w.Points))
	for i := range w.Countries {
		g.paint(i, style.Land)
	}
	return g
}

// paint colours country i's vertices.
func (g *game) paint(i int, c color.RGBA) {
	s := g.w.Countries[i].Vertices
	for k := s.Start; k < s.End; k++ {
		v := &g.vertices[k]
		v.SrcX, v.SrcY = 1.5, 1.5
		v.ColorR, v.ColorG, v.ColorB, v.ColorA = float32(c.R)/255, float32(c.G)/255, float32(c.B)/255, 1
	}
}

// transform maps the plane to CSS pixels of the canvas.
func (g *game) transform() projection.Transform {
	return projection.Transform{Scale: g.fit.Scale * g.view.k, Offset: geo.Point{
		X: g.fit.Offset.X*g.view.k + g.view.x, Y: g.fit.Offset.Y*g.view.k + g.view.y}}
}

// Layout is not called by Ebiten when LayoutF exists; it satisfies
// ebiten.Game.
func (g *game) Layout(outsideW, outsideH int) (int, int) {
	w, h := g.LayoutF(float64(outsideW), float64(outsideH))
	return int(w), int(h)
}

// LayoutF takes the canvas's size in CSS pixels (the page makes the body,
// which Ebiten's canvas fills, the map's box) and answers in device pixels.
// A new size refits the world, as the reference's resize does.
func (g *game) LayoutF(outsideW, outsideH float64) (float64, float64) {
	dpr := ebiten.Monitor().DeviceScaleFactor()
	if outsideW != g.cssW || outsideH != g.cssH || dpr != g.dpr {
		g.cssW, g.cssH, g.dpr = outsideW, outsideH, dpr
		g.fit = projection.Fit(g.w.Bounds, geo.Rect{Max: geo.Point{X: outsideW, Y: outsideH}}, 8)
		g.dirty = true
	}
	return outsideW * dpr, outsideH * dpr
}

// Update follows the canvas's events since the last frame: the wheel
// zooms about the pointer, a drag pans, a release that barely moved clicks.
func (g *game) Update() error {
	if !g.updated {
		g.updated = true
		mark("first-update")
	}
	for _, e := range g.input.drain() {
		switch e.kind {
		case "wheel":
			g.zoomAt(e.at, math.Pow(2, -e.dy*wheelRate))
		case "down":
			g.drag.on, g.drag.at, g.drag.moved = true, e.at, 0
		case "move":
			if g.drag.on {
				dx, dy := e.at.X-g.drag.at.X, e.at.Y-g.drag.at.Y
				g.drag.moved += math.Abs(dx) + math.Abs(dy)
				g.drag.at = e.at
				g.view.x += dx
				g.view.y += dy
				g.dirty = true
			}
		case "up":
			click := g.drag.on && g.drag.moved < clickSlop
			g.drag.on = false
			if click {
				g.click(e.at)
			}
		}
	}
	return nil
}

// zoomAt scales the view by f about CSS point p, within [1, maxZoom].
func (g *game) zoomAt(p geo.Point, f float64) {
	k := max(1, min(maxZoom, g.view.k*f))
	f = k / g.view.k
	g.view = zoom{k: k, x: p.X - (p.X-g.view.x)*f, y: p.Y - (p.Y-g.view.y)*f}
	g.dirty = true
}

// click selects the country under CSS point p, or none, and names it in the
// details panel.
func (g *game) click(p geo.Point) {
	hit := g.hits.At(g.transform().Invert(p))
	if g.selected >= 0 {
		g.paint(g.selected, style.Land)
	}
	g.selected = hit
	if hit < 0 {
		setDetails("No country selected", "Click a country.")
	} else {
		g.paint(hit, style.Selected)
		setDetails(g.w.Countries[hit].Name, g.w.Countries[hit].Code)
	}
	g.dirty = true
}

// Draw redraws the whole world, in one DrawTriangles32 call, when something
// changed; otherwise the screen keeps the last frame.
func (g *game) Draw(screen *ebiten.Image) {
	if !g.dirty {
		return
	}
	g.dirty = false
	t := g.transform()
	s, ox, oy := t.Scale*g.dpr, t.Offset.X*g.dpr, t.Offset.Y*g.dpr
	for i, p := range g.w.Points {
		g.vertices[i].DstX = float32(p.X*s + ox)
		g.vertices[i].DstY = float32(p.Y*s + oy)
	}
	screen.Fill(style.Sea)
	screen.DrawTriangles32(g.vertices, g.w.Indices, g.white, &ebiten.DrawTrianglesOptions{})
	g.rep.frame()
}
