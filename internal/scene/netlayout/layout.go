// Package netlayout places the countries of the network view: a force
// layout in which ties pull countries together, every pair pushes apart and
// each bloc's members are drawn towards their bloc's place on a ring, so
// blocs form visible groups. It is deterministic: the same input gives the
// same picture.
package netlayout

import (
	"math"

	"paxsilica/internal/geo"
)

// Node is a country in the network; Group is its bloc (0 … groups-1).
type Node struct {
	ID    string
	Group int
}

// Edge joins nodes A and B (indices).
type Edge struct{ A, B int }

// Options tune the layout. The zero value gives the defaults.
type Options struct {
	// Iterations of the simulation. The default (zero) is 300.
	Iterations int
	// GroupPull is how strongly members are drawn to their group's place.
	// The default (zero) is 0.12.
	GroupPull float64
}

// Layout returns one position per node within the unit square [-1, 1]².
// Group g's place is on a ring, at angle 2πg/groups from the left.
func Layout(nodes []Node, edges []Edge, groups int, o Options) []geo.Point {
	iters := o.Iterations
	if iters <= 0 {
		iters = 300
	}
	pull := o.GroupPull
	if pull <= 0 {
		pull = 0.12
	}
	if groups < 1 {
		groups = 1
	}
	centre := func(g int) geo.Point {
		a := math.Pi + 2*math.Pi*float64(g)/float64(groups)
		return geo.Point{X: 0.62 * math.Cos(a), Y: 0.62 * math.Sin(a)}
	}
	pos := make([]geo.Point, len(nodes))
	for i, n := range nodes {
		// Start around the group's place on a golden-angle spiral.
		c := centre(n.Group)
		a := float64(i) * 2.399963
		r := 0.05 * math.Sqrt(float64(i%13+1))
		pos[i] = geo.Point{X: c.X + r*math.Cos(a), Y: c.Y + r*math.Sin(a)}
	}
	if len(nodes) == 0 {
		return pos
	}
	k := 1.2 / math.Sqrt(float64(len(nodes))) // ideal distance
	disp := make([]geo.Point, len(nodes))
	for it := range iters {
		temp := 0.08 * (1 - float64(it)/float64(iters))
		for i := range disp {
			disp[i] = geo.Point{}
		}
		for i := range pos {
			for j := i + 1; j < len(pos); j++ {
				dx, dy := pos[i].X-pos[j].X, pos[i].Y-pos[j].Y
				d2 := math.Max(dx*dx+dy*dy, 1e-6)
				f := k * k / d2 * 0.02
				disp[i].X += dx * f
				disp[i].Y += dy * f
				disp[j].X -= dx * f
				disp[j].Y -= dy * f
			}
		}
		for _, e := range edges {
			dx, dy := pos[e.A].X-pos[e.B].X, pos[e.A].Y-pos[e.B].Y
			d := math.Max(math.Hypot(dx, dy), 1e-6)
			f := d / k * 0.02
			disp[e.A].X -= dx * f
			disp[e.A].Y -= dy * f
			disp[e.B].X += dx * f
			disp[e.B].Y += dy * f
		}
		for i, n := range nodes {
			c := centre(n.Group)
			disp[i].X += (c.X - pos[i].X) * pull
			disp[i].Y += (c.Y - pos[i].Y) * pull
			l := math.Hypot(disp[i].X, disp[i].Y)
			if l > temp {
				disp[i].X *= temp / l
				disp[i].Y *= temp / l
			}
			pos[i].X += disp[i].X
			pos[i].Y += disp[i].Y
		}
	}
	// Fill the unit square, keeping proportions.
	var ext float64
	for _, p := range pos {
		ext = math.Max(ext, math.Max(math.Abs(p.X), math.Abs(p.Y)))
	}
	if ext > 0 {
		for i := range pos {
			pos[i].X /= ext
			pos[i].Y /= ext
		}
	}
	return pos
}
