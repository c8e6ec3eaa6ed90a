package main

import (
	"github.com/hajimehoshi/ebiten/v2"
)

// updateHover finds what is under the pointer; the explorer highlights it
// and explains it in the tooltip.
func (g *game) updateHover() {
	pos, inside := g.ui.pointerState()
	h, ha := -1, -1
	if inside {
		if ha = g.m.Arc(g.ex.Arcs(), pos); ha < 0 {
			h = g.m.Country(pos)
		}
	}
	changed := false
	if code := g.ui.panelHovered(); !inside && code != "" {
		changed = g.ex.HoverFromPanel(g.world().Index(code)) // a bar in the panel
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
