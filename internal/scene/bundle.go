package scene

import (
	"math"
	"slices"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/arcs"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/style"
)

// BundleOptions say when arcs that share an end are drawn as one trunk.
// The zero value gives the defaults.
type BundleOptions struct {
	// MinArcs is how many arcs of one layer must leave (or reach) a country
	// for them to be bundled. The default (zero) value is 4.
	MinArcs int
	// Radius, in degrees of great circle, is how close the far ends must be
	// to a group's first member to share its trunk. The default (zero)
	// value is 35.
	Radius float64
	// Split is the fraction of the way from the shared end to the group's
	// centre at which the trunk splits into branches. The default (zero)
	// value is 0.72.
	Split float64
	// Except is a country whose own arcs are never bundled (the selection:
	// its ties are drawn whole). It can still be the shared end of a bundle.
	Except string
}

func (o BundleOptions) withDefaults() BundleOptions {
	if o.MinArcs <= 0 {
		o.MinArcs = 4
	}
	if o.Radius <= 0 {
		o.Radius = 35
	}
	if o.Split <= 0 || o.Split >= 1 {
		o.Split = 0.72
	}
	return o
}

// Bundle aggregates fans of arcs, as flow maps do: where a country has at
// least MinArcs arcs of one type going out (or coming in), their far ends
// are grouped by place, and each group of two or more is drawn as one trunk
// from the shared end to a split point near the group, then one short
// branch to each far end. What it returns replaces arcs: arcs that are not
// bundled unchanged, then per group a trunk (Trunk set: From is the shared
// end and To is empty for a fan out, the other way round for a fan in; Ties
// are all the group's ties; no arrowhead) and a branch per member (the
// member's type, ends and ties, drawn from the split point). Widths are
// capped (style.ArcWidthMax, style.TrunkWidthMax) so no arc hides a country.
// The result depends only on its inputs, in their order.
func Bundle(in []Arc, w *mapdata.World, o BundleOptions) []Arc {
	o = o.withDefaults()
	type fan struct {
		layer, hub string
		out        bool
	}
	members := map[fan][]int{}
	var fans []fan
	for i, a := range in {
		l := LayerOf(a.Type) // agreements and corridors share a layer and a colour
		for _, f := range []fan{{l, a.From, true}, {l, a.To, false}} {
			if len(members[f]) == 0 {
				fans = append(fans, f)
			}
			members[f] = append(members[f], i)
		}
	}
	// The largest fans claim their arcs first; ties broken by first seen.
	slices.SortStableFunc(fans, func(a, b fan) int { return len(members[b]) - len(members[a]) })
	claimed := make([]bool, len(in))
	var trunks []Arc
	for _, f := range fans {
		var free []int
		for _, i := range members[f] {
			a := in[i]
			if !claimed[i] && a.From != o.Except && a.To != o.Except && len(a.Pieces) > 0 {
				free = append(free, i)
			}
		}
		if len(free) < o.MinArcs {
			continue
		}
		hub, ok := place(w, f.hub)
		if !ok {
			continue
		}
		for _, group := range groupByPlace(in, w, free, f.out, o.Radius) {
			if len(group) < 2 {
				continue
			}
			for _, i := range group {
				claimed[i] = true
			}
			trunks = append(trunks, fanArcs(in, w, group, hub, f.hub, f.out, o.Split)...)
		}
	}
	out := make([]Arc, 0, len(in)+len(trunks))
	for i, a := range in {
		if !claimed[i] {
			out = append(out, a)
		}
	}
	return append(out, trunks...)
}

// place returns a country's label point in degrees.
func place(w *mapdata.World, code string) (geo.Point, bool) {
	i := w.Index(code)
	if i < 0 {
		return geo.Point{}, false
	}
	return projection.EqualEarthInverse(w.Countries[i].Label), true
}

// far returns the end of arc a that is not the fan's shared end.
func far(a Arc, out bool) string {
	if out {
		return a.To
	}
	return a.From
}

// groupByPlace groups arcs by where their far ends are: each joins the
// group whose centre is nearest, if within radius degrees (the centre then
// moves to take it in), or starts a group.
func groupByPlace(in []Arc, w *mapdata.World, idx []int, out bool, radius float64) [][]int {
	var groups [][]int
	var ends [][]geo.Point
	var centres []geo.Point
	for _, i := range idx {
		p, ok := place(w, far(in[i], out))
		if !ok {
			continue
		}
		best, bestD := -1, radius
		for g, c := range centres {
			if d := angle(p, c); d <= bestD {
				best, bestD = g, d
			}
		}
		if best < 0 {
			groups = append(groups, []int{i})
			ends = append(ends, []geo.Point{p})
			centres = append(centres, p)
			continue
		}
		groups[best] = append(groups[best], i)
		ends[best] = append(ends[best], p)
		centres[best] = centre(ends[best])
	}
	return groups
}

// angle is the great-circle distance between two points, in degrees.
func angle(a, b geo.Point) float64 {
	va, vb := unitVec(a), unitVec(b)
	d := va[0]*vb[0] + va[1]*vb[1] + va[2]*vb[2]
	return math.Acos(math.Max(-1, math.Min(1, d))) / deg
}

const deg = math.Pi / 180

func unitVec(p geo.Point) [3]float64 {
	lon, lat := p.X*deg, p.Y*deg
	return [3]float64{math.Cos(lat) * math.Cos(lon), math.Cos(lat) * math.Sin(lon), math.Sin(lat)}
}

// centre is the spherical mean of points (degrees).
func centre(ps []geo.Point) geo.Point {
	var v [3]float64
	for _, p := range ps {
		u := unitVec(p)
		v[0], v[1], v[2] = v[0]+u[0], v[1]+u[1], v[2]+u[2]
	}
	n := math.Sqrt(v[0]*v[0] + v[1]*v[1] + v[2]*v[2])
	if n == 0 {
		return ps[0]
	}
	return geo.Point{X: math.Atan2(v[1], v[0]) / deg, Y: math.Asin(v[2]/n) / deg}
}

// fanArcs makes the trunk and the branches of one group.
func fanArcs(in []Arc, w *mapdata.World, group []int, hub geo.Point, hubCode string, out bool, split float64) []Arc {
	var ends []geo.Point
	var ties []int
	for _, i := range group {
		p, _ := place(w, far(in[i], out))
		ends = append(ends, p)
		ties = append(ties, in[i].Ties...)
	}
	c := centre(ends)
	// The split point: on the great circle from the shared end to the
	// group's centre, most of the way.
	path := arcs.GreatCircle(hub, c, 64)
	j := path[int(math.Round(split*64))]
	j.X = math.Mod(j.X+540, 360) - 180
	first := in[group[0]]
	trunk := Arc{Type: first.Type, Ties: ties, Colour: first.Colour, Trunk: true,
		Width: TrunkWidth(len(group))}
	if out {
		trunk.From = hubCode
		trunk.Pieces = project(arcs.Split(arcs.GreatCircle(hub, j, 48)))
	} else {
		trunk.To = hubCode
		trunk.Pieces = project(arcs.Split(arcs.GreatCircle(j, hub, 48)))
	}
	res := []Arc{trunk}
	for k, i := range group {
		b := in[i]
		n := int(math.Max(6, math.Min(32, angle(j, ends[k])/2)))
		if out {
			b.Pieces = project(arcs.Split(arcs.GreatCircle(j, ends[k], n)))
		} else {
			b.Pieces = project(arcs.Split(arcs.GreatCircle(ends[k], j, n)))
		}
		b.Branch = true
		res = append(res, b)
	}
	return res
}

// project turns pieces in degrees into plane units.
func project(pieces [][]geo.Point) [][]geo.Point {
	out := make([][]geo.Point, len(pieces))
	for i, piece := range pieces {
		out[i] = make([]geo.Point, len(piece))
		for k, p := range piece {
			out[i][k] = projection.EqualEarth(p)
		}
	}
	return out
}

// TrunkWidth is the width in CSS px of a trunk carrying n arcs: it grows
// with the square root of n, up to style.TrunkWidthMax.
func TrunkWidth(n int) float64 {
	return math.Min(style.TrunkWidthMax, style.ArcWidth+style.TrunkWidthStep*math.Sqrt(float64(max(0, n-1))))
}
