// Package arcs draws ties between countries as great-circle arcs on the
// flat map: they take the shorter way round (across the Pacific from the
// United States to China), are cut where they leave one edge of the map and
// re-enter at the other, and can be bowed sideways so arcs that share ends
// stay apart.
package arcs

import (
	"math"

	"paxsilica/internal/geo"
)

const rad = math.Pi / 180

// GreatCircle returns n+1 points from a to b (longitude, latitude in
// degrees) along the shorter great circle. Longitudes are unwrapped: they
// change continuously and may leave [-180, 180]; Split puts them back.
func GreatCircle(a, b geo.Point, n int) []geo.Point {
	if n < 1 {
		n = 1
	}
	va, vb := unit(a), unit(b)
	dot := math.Max(-1, math.Min(1, va[0]*vb[0]+va[1]*vb[1]+va[2]*vb[2]))
	omega := math.Acos(dot)
	out := make([]geo.Point, n+1)
	for i := 0; i <= n; i++ {
		t := float64(i) / float64(n)
		var v [3]float64
		if omega < 1e-9 {
			v = va
		} else {
			s1 := math.Sin((1-t)*omega) / math.Sin(omega)
			s2 := math.Sin(t*omega) / math.Sin(omega)
			for k := range 3 {
				v[k] = s1*va[k] + s2*vb[k]
			}
		}
		p := geo.Point{X: math.Atan2(v[1], v[0]) / rad, Y: math.Asin(math.Max(-1, math.Min(1, v[2]))) / rad}
		if i > 0 {
			for p.X-out[i-1].X > 180 {
				p.X -= 360
			}
			for p.X-out[i-1].X < -180 {
				p.X += 360
			}
		}
		out[i] = p
	}
	return out
}

func unit(p geo.Point) [3]float64 {
	lon, lat := p.X*rad, p.Y*rad
	return [3]float64{math.Cos(lat) * math.Cos(lon), math.Cos(lat) * math.Sin(lon), math.Sin(lat)}
}

// Bow offsets an unwrapped polyline sideways, most in the middle and not at
// the ends, by amount degrees (positive to the left of the direction of
// travel). Arcs between the same places get different amounts.
func Bow(pts []geo.Point, amount float64) []geo.Point {
	if amount == 0 || len(pts) < 3 {
		return pts
	}
	a, b := pts[0], pts[len(pts)-1]
	dx, dy := b.X-a.X, b.Y-a.Y
	l := math.Hypot(dx, dy)
	if l == 0 {
		return pts
	}
	nx, ny := -dy/l, dx/l
	out := make([]geo.Point, len(pts))
	for i, p := range pts {
		t := float64(i) / float64(len(pts)-1)
		k := amount * math.Sin(math.Pi*t)
		out[i] = geo.Point{X: p.X + nx*k, Y: math.Max(-89.9, math.Min(89.9, p.Y+ny*k))}
	}
	return out
}

// Split cuts an unwrapped polyline into pieces within [-180, 180], adding
// the points where it crosses the map's edge, so that no segment spans the
// map.
func Split(pts []geo.Point) [][]geo.Point {
	if len(pts) == 0 {
		return nil
	}
	wrap := func(x float64) (float64, float64) { // wrapped x, shift applied
		s := 360 * math.Floor((x+180)/360)
		return x - s, s
	}
	var out [][]geo.Point
	x0, _ := wrap(pts[0].X)
	cur := []geo.Point{{X: x0, Y: pts[0].Y}}
	for i := 1; i < len(pts); i++ {
		p, q := pts[i-1], pts[i]
		_, sp := wrap(p.X)
		xq, sq := wrap(q.X)
		if sq != sp {
			// Crossing at the edge between the two shifts.
			edge := sp + 180
			if sq < sp {
				edge = sp - 180
			}
			t := (edge - p.X) / (q.X - p.X)
			y := p.Y + t*(q.Y-p.Y)
			cur = append(cur, geo.Point{X: edge - sp, Y: y})
			out = append(out, cur)
			cur = []geo.Point{{X: edge - sq, Y: y}}
		}
		cur = append(cur, geo.Point{X: xq, Y: q.Y})
	}
	return append(out, cur)
}

// Distance returns the shortest distance from p to the polyline.
func Distance(p geo.Point, line []geo.Point) float64 {
	best := math.Inf(1)
	for i := 1; i < len(line); i++ {
		best = min(best, geo.SegmentDist2(p, line[i-1], line[i]))
	}
	if len(line) == 1 {
		best = geo.SegmentDist2(p, line[0], line[0])
	}
	return math.Sqrt(best)
}
