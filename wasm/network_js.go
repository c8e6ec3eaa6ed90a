package main

import (
	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
)

// drawNetwork draws the countries as nodes and the ties as edges.
func (g *game) drawNetwork(t projection.Transform, e float64) {
	if g.m.Net.Graph == nil {
		return
	}
	at := g.ex.At()
	sel := -1
	if g.ex.Selected() >= 0 {
		sel = g.m.Net.Graph.Node(g.world().Countries[g.ex.Selected()].Code)
	}
	for _, ed := range g.m.Net.Graph.Edges {
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
		g.r.overlay.polyline([]geo.Point{g.m.NodeAt(ed.A, t, e), g.m.NodeAt(ed.B, t, e)}, style.EdgeWidth*g.m.DPR, style.WithAlpha(style.Ties[ed.Type], op*e))
	}
	cols := style.Groups
	hover, _ := g.ex.Hovered()
	for i, n := range g.m.Net.Graph.Nodes {
		p, r := g.m.NodeAt(i, t, e), g.m.NodeRadius(i)
		fill, rim := cols[n.Group], style.Border
		if ci := g.world().Index(n.Code); ci >= 0 && g.ex.State().Mineral != "" {
			// The chosen mineral colours the nodes as it does the map; the
			// group shows as the rim.
			fill, rim = g.fillOf(ci), cols[n.Group]
		}
		g.r.overlay.disc(p, r+style.NodeRim*g.m.DPR, style.WithAlpha(rim, e))
		g.r.overlay.disc(p, r, style.WithAlpha(fill, e))
		if i == sel {
			g.r.overlay.circle(p, r+style.SelectedNodeGap*g.m.DPR, style.SelectedNodeWidth*g.m.DPR, style.WithAlpha(style.SelEdge, e))
		} else if ci := g.world().Index(n.Code); ci >= 0 && ci == hover {
			g.r.overlay.circle(p, r+style.HoverNodeGap*g.m.DPR, style.HoverNodeWidth*g.m.DPR, style.WithAlpha(style.Marker, e))
		}
	}
}
