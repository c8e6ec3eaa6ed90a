package main

import (
	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
)

// nodeAt returns node i's screen position: between its country on the map
// and its place in the network, by the eased transition e.
func (g *game) nodeAt(i int, t projection.Transform, e float64) geo.Point {
	n := g.net.graph.Nodes[i]
	var m geo.Point
	if ci := g.world.Index(n.Code); ci >= 0 {
		m = t.Apply(g.world.Countries[ci].Label)
	}
	pad := 48 * g.scr.dpr
	c := g.scr.vp.Center()
	net := geo.Point{X: c.X + n.Pos.X*(g.scr.vp.Dx()/2-pad), Y: c.Y + n.Pos.Y*(g.scr.vp.Dy()/2-pad)}
	return geo.Point{X: m.X + (net.X-m.X)*e, Y: m.Y + (net.Y-m.Y)*e}
}

func (g *game) nodeRadius(i int) float64 {
	return style.NodeRadius(g.net.graph.Nodes[i].Degree) * g.scr.dpr
}

// drawNetwork draws the countries as nodes and the ties as edges.
func (g *game) drawNetwork(t projection.Transform, e float64) {
	if g.net.graph == nil {
		return
	}
	at := g.ex.At()
	sel := -1
	if g.ex.Selected() >= 0 {
		sel = g.net.graph.Node(g.world.Countries[g.ex.Selected()].Code)
	}
	for _, ed := range g.net.graph.Edges {
		tie := g.ex.Data().Ties[ed.Tie]
		if !dataset.On(tie.Date, at) || !g.ex.State().LayerOn(scene.LayerOf(ed.Type)) {
			continue
		}
		op := style.EdgeOpacity
		if sel >= 0 {
			op = style.EdgeDimmed
			if ed.A == sel || ed.B == sel {
				op = style.EdgeSelected
			}
		}
		g.r.overlay.polyline([]geo.Point{g.nodeAt(ed.A, t, e), g.nodeAt(ed.B, t, e)}, style.EdgeWidth*g.scr.dpr, style.WithAlpha(style.Ties[ed.Type], op*e))
	}
	cols := style.Groups
	hover, _ := g.ex.Hovered()
	for i, n := range g.net.graph.Nodes {
		p, r := g.nodeAt(i, t, e), g.nodeRadius(i)
		fill, rim := cols[n.Group], style.Border
		if ci := g.world.Index(n.Code); ci >= 0 && g.ex.State().Mineral != "" {
			// The chosen mineral colours the nodes as it does the map; the
			// group shows as the rim.
			fill, rim = g.fillOf(ci), cols[n.Group]
		}
		g.r.overlay.disc(p, r+style.NodeRim*g.scr.dpr, style.WithAlpha(rim, e))
		g.r.overlay.disc(p, r, style.WithAlpha(fill, e))
		if i == sel {
			g.r.overlay.circle(p, r+style.SelectedNodeGap*g.scr.dpr, style.SelectedNodeWidth*g.scr.dpr, style.WithAlpha(style.SelEdge, e))
		} else if ci := g.world.Index(n.Code); ci >= 0 && ci == hover {
			g.r.overlay.circle(p, r+style.HoverNodeGap*g.scr.dpr, style.HoverNodeWidth*g.scr.dpr, style.WithAlpha(style.Marker, e))
		}
	}
}
