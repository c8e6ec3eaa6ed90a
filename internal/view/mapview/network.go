package mapview

import (
	"time"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
)

// NetworkDuration is how long the change between map and network takes.
const NetworkDuration = 500 * time.Millisecond

// Ease is smoothstep: the network transition's progress at time t (0–1).
func Ease(t float64) float64 { return t * t * (3 - 2*t) }

// ShowNetwork starts the animation to the network (on) or back to the map.
func (m *Map) ShowNetwork(on bool, now time.Time) {
	target := 0.0
	if on {
		target = 1
	}
	if target != m.Net.Target {
		m.Net.from, m.Net.start, m.Net.Target = m.Net.T, now, target
	}
}

// JumpToNetwork shows the network at once, without the animation (a URL
// that opens in it).
func (m *Map) JumpToNetwork() { m.Net.T, m.Net.Target = 1, 1 }

// Layout lays the network out for ds when it is wanted and not yet laid out
// for it. Laying it out takes 70 ms in the browser: not at start-up, for a
// view most readers never open.
func (m *Map) Layout(ds *dataset.Dataset) {
	if m.Net.Target > 0 && ds != nil && (m.Net.Graph == nil || m.Net.of != ds) {
		m.Net.Graph, m.Net.of = scene.Network(ds), ds
	}
}

// Step advances the animation to now; it reports whether it is still
// under way (another frame is wanted).
func (m *Map) Step(now time.Time) bool {
	if m.Net.T == m.Net.Target {
		return false
	}
	k := min(1, float64(now.Sub(m.Net.start))/float64(NetworkDuration))
	m.Net.T = m.Net.from + (m.Net.Target-m.Net.from)*k
	return true
}

// Eased is the animation's eased progress: 0 map … 1 network.
func (m *Map) Eased() float64 { return Ease(m.Net.T) }

// NodeAt returns node i's screen position at t: between its country on
// the map and its place in the network, by the eased progress e.
func (m *Map) NodeAt(i int, t projection.Transform, e float64) geo.Point {
	n := m.Net.Graph.Nodes[i]
	var at geo.Point
	if ci := m.World.Index(n.Code); ci >= 0 {
		at = t.Apply(m.World.Countries[ci].Label)
	}
	pad := 48 * m.DPR
	c := m.VP.Center()
	net := geo.Point{X: c.X + n.Pos.X*(m.VP.Dx()/2-pad), Y: c.Y + n.Pos.Y*(m.VP.Dy()/2-pad)}
	return geo.Point{X: at.X + (net.X-at.X)*e, Y: at.Y + (net.Y-at.Y)*e}
}

// NodeRadius is node i's radius in device pixels.
func (m *Map) NodeRadius(i int) float64 {
	return style.NodeRadius(m.Net.Graph.Nodes[i].Degree) * m.DPR
}
