package main

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"paxsilica/internal/geo"
	"paxsilica/internal/scene"
	"paxsilica/internal/view"
)

// pick returns the country under a point given in CSS pixels, or -1: in the
// network, the node within reach.
func (g *game) pick(css geo.Point) int {
	p := geo.Point{X: css.X * g.scr.dpr, Y: css.Y * g.scr.dpr}
	if g.net.target == 1 && g.net.graph != nil {
		t, e := g.transform(), ease(g.net.t)
		best, bestD := -1, math.Inf(1)
		for i := range g.net.graph.Nodes {
			q := g.nodeAt(i, t, e)
			if d := math.Hypot(q.X-p.X, q.Y-p.Y); d <= g.nodeRadius(i)+5*g.scr.dpr && d < bestD {
				best, bestD = i, d
			}
		}
		if best < 0 {
			return -1
		}
		return g.world.Index(g.net.graph.Nodes[best].Code)
	}
	return g.index.Pick(g.transform(), p, g.pickOptions())
}

// arcAt returns the arc under a point (CSS pixels) in the map view, or -1.
func (g *game) arcAt(css geo.Point) int {
	if g.net.target == 1 {
		return -1
	}
	d := g.scr.dpr
	return scene.ArcAt(g.ex.Arcs(), g.transform(), geo.Point{X: css.X * d, Y: css.Y * d}, d)
}

// pickAt is what a click at a point (CSS pixels) picks: an arc, else a
// country (or a node's), else nothing.
func (g *game) pickAt(css geo.Point) view.Pick {
	if a := g.arcAt(css); a >= 0 {
		return view.Pick{Country: -1, Arc: a}
	}
	return view.Pick{Country: g.pick(css), Arc: -1}
}

// updateHover finds what is under the pointer; the explorer highlights it
// and explains it in the tooltip.
func (g *game) updateHover() {
	pos, inside := g.ui.pointerState()
	h, ha := -1, -1
	if inside {
		if ha = g.arcAt(pos); ha < 0 {
			h = g.pick(pos)
		}
	}
	changed := false
	if code := g.ui.panelHovered(); !inside && code != "" {
		changed = g.ex.HoverFromPanel(g.world.Index(code)) // a bar in the panel
	} else {
		changed = g.ex.Hover(h, ha, pos, inside)
	}
	if changed {
		if h >= 0 || ha >= 0 {
			ebiten.SetCursorShape(ebiten.CursorShapePointer)
		} else {
			ebiten.SetCursorShape(ebiten.CursorShapeDefault)
		}
		scheduleFrame()
	}
}
