package main

import (
	"fmt"
	"math"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/scene/labels"
)

// updateLabels places country (or node) names that do not overlap, when the
// view has changed.
func (g *game) updateLabels(t projection.Transform) {
	key := fmt.Sprintf("%v|%.3f|%d|%d", t, g.net.t, g.ex.Selected(), g.scr.w)
	if key == g.r.labelsKey {
		return
	}
	g.r.labelsKey = key
	d := g.scr.dpr
	view := geo.Rect{Min: geo.Point{X: g.scr.vp.Min.X / d, Y: g.scr.vp.Min.Y / d}, Max: geo.Point{X: g.scr.vp.Max.X / d, Y: g.scr.vp.Max.Y / d}}
	var cands []labels.Candidate
	textW := func(s string) float64 { return float64(len([]rune(s)))*6.6 + 4 }
	selCode := ""
	if g.ex.Selected() >= 0 {
		selCode = g.world.Countries[g.ex.Selected()].Code
	}
	if g.net.t < 0.5 {
		for i := range g.world.Countries {
			c := &g.world.Countries[i]
			// Label countries whose land (not their islands' spread) is
			// large enough on screen to carry the name.
			side := math.Sqrt(c.Area) * t.Scale / d
			name := g.ui.loc.Country(c.Code, c.Name)
			tw := textW(name)
			if i != g.ex.Selected() && (side < 40 || tw > side*2) {
				continue
			}
			p := t.Apply(c.Label)
			cands = append(cands, labels.Candidate{ID: c.Code, Text: name, At: geo.Point{X: p.X / d, Y: p.Y / d},
				W: tw, H: 14, Priority: c.Area, Force: i == g.ex.Selected()})
		}
	} else if g.net.graph != nil {
		e := ease(g.net.t)
		for i, n := range g.net.graph.Nodes {
			if n.Degree < 6 && n.Code != selCode {
				continue
			}
			name := n.Code
			if ci := g.world.Index(n.Code); ci >= 0 {
				name = g.ui.loc.Country(n.Code, g.world.Countries[ci].Name)
			}
			p, r := g.nodeAt(i, t, e), g.nodeRadius(i)
			tw := textW(name)
			cands = append(cands, labels.Candidate{ID: n.Code, Text: name,
				At: geo.Point{X: (p.X+r)/d + tw/2 + 3, Y: p.Y / d}, W: tw, H: 14, Priority: float64(n.Degree), Force: n.Code == selCode})
		}
	}
	g.ui.showLabels(labels.Place(cands, view, 2), selCode)
}
