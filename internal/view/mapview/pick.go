package mapview

import (
	"math"

	"paxsilica/internal/geo"
	"paxsilica/internal/scene"
)

// Country returns the country under a point given in CSS pixels, or -1:
// in the network, the country of the node within reach.
func (m *Map) Country(css geo.Point) int {
	p := geo.Point{X: css.X * m.DPR, Y: css.Y * m.DPR}
	if m.Net.Target == 1 && m.Net.Graph != nil {
		t, e := m.Transform(), m.Eased()
		best, bestD := -1, math.Inf(1)
		for i := range m.Net.Graph.Nodes {
			q := m.NodeAt(i, t, e)
			if d := math.Hypot(q.X-p.X, q.Y-p.Y); d <= m.NodeRadius(i)+5*m.DPR && d < bestD {
				best, bestD = i, d
			}
		}
		if best < 0 {
			return -1
		}
		return m.World.Index(m.Net.Graph.Nodes[best].Code)
	}
	return m.index.Pick(m.Transform(), p, m.PickOptions())
}

// Arc returns the arc of arcs under a point (CSS pixels) in the map view,
// or -1; the network has none.
func (m *Map) Arc(arcs []scene.Arc, css geo.Point) int {
	if m.Net.Target == 1 {
		return -1
	}
	return scene.ArcAt(arcs, m.Transform(), geo.Point{X: css.X * m.DPR, Y: css.Y * m.DPR}, m.DPR)
}

// At is what a click at a point (CSS pixels) picks: an arc, else a country
// (or a node's), else nothing (both -1).
func (m *Map) At(arcs []scene.Arc, css geo.Point) (country, arc int) {
	if a := m.Arc(arcs, css); a >= 0 {
		return -1, a
	}
	return m.Country(css), -1
}

// Centre is the map area's centre in CSS pixels: where the keyboard's
// cross selects.
func (m *Map) Centre() geo.Point {
	c := m.VP.Center()
	return geo.Point{X: c.X / m.DPR, Y: c.Y / m.DPR}
}
