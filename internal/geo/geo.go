// Package geo holds plain geometry types and the operations the explorer
// needs on them: bounding boxes, areas, point-in-polygon tests, line
// simplification and cutting rings at the antimeridian.
//
// Coordinates are float64 pairs. For geographic rings X is longitude and Y
// latitude in degrees; for projected rings they are plane units. Nothing here
// depends on a browser or a graphics library.
package geo

import "math"

// Point is a position in the plane or on the globe (X=lon, Y=lat).
type Point struct{ X, Y float64 }

// Ring is a closed sequence of points; the closing edge from the last point
// back to the first is implied, so the first point is not repeated.
type Ring []Point

// Polygon is an outer ring followed by zero or more holes.
type Polygon []Ring

// Rect is an axis-aligned box. The zero Rect is empty.
type Rect struct{ Min, Max Point }

// EmptyRect returns a Rect that contains nothing and grows with Extend.
func EmptyRect() Rect {
	inf := math.Inf(1)
	return Rect{Point{inf, inf}, Point{-inf, -inf}}
}

// Extend returns r grown to include p.
func (r Rect) Extend(p Point) Rect {
	r.Min.X = math.Min(r.Min.X, p.X)
	r.Min.Y = math.Min(r.Min.Y, p.Y)
	r.Max.X = math.Max(r.Max.X, p.X)
	r.Max.Y = math.Max(r.Max.Y, p.Y)
	return r
}

// Union returns the smallest Rect holding r and o.
func (r Rect) Union(o Rect) Rect { return r.Extend(o.Min).Extend(o.Max) }

// Contains reports whether p lies in r (edges included).
func (r Rect) Contains(p Point) bool {
	return p.X >= r.Min.X && p.X <= r.Max.X && p.Y >= r.Min.Y && p.Y <= r.Max.Y
}

// Dx is the width of r.
func (r Rect) Dx() float64 { return r.Max.X - r.Min.X }

// Dy is the height of r.
func (r Rect) Dy() float64 { return r.Max.Y - r.Min.Y }

// Center is the middle of r.
func (r Rect) Center() Point { return Point{X: (r.Min.X + r.Max.X) / 2, Y: (r.Min.Y + r.Max.Y) / 2} }

// Bounds returns the bounding box of the ring.
func (r Ring) Bounds() Rect {
	b := EmptyRect()
	for _, p := range r {
		b = b.Extend(p)
	}
	return b
}

// SignedArea returns the shoelace area of the ring: positive when the ring
// turns counter-clockwise in a Y-up plane (clockwise on a Y-down screen).
func (r Ring) SignedArea() float64 {
	var a float64
	for i := range r {
		p, q := r[i], r[(i+1)%len(r)]
		a += p.X*q.Y - q.X*p.Y
	}
	return a / 2
}

// Centroid returns the area-weighted centroid of the ring, or its first point
// when the area is zero.
func (r Ring) Centroid() Point {
	var cx, cy, a float64
	for i := range r {
		p, q := r[i], r[(i+1)%len(r)]
		c := p.X*q.Y - q.X*p.Y
		a += c
		cx += (p.X + q.X) * c
		cy += (p.Y + q.Y) * c
	}
	if a == 0 {
		if len(r) == 0 {
			return Point{}
		}
		return r[0]
	}
	return Point{cx / (3 * a), cy / (3 * a)}
}

// Contains reports whether p is inside the ring (even-odd rule).
func (r Ring) Contains(p Point) bool {
	in := false
	for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
		a, b := r[i], r[j]
		if (a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X-a.X)*(p.Y-a.Y)/(b.Y-a.Y)+a.X {
			in = !in
		}
	}
	return in
}

// Contains reports whether p is inside the polygon: inside the outer ring and
// outside every hole.
func (pg Polygon) Contains(p Point) bool {
	if len(pg) == 0 || !pg[0].Contains(p) {
		return false
	}
	for _, h := range pg[1:] {
		if h.Contains(p) {
			return false
		}
	}
	return true
}

// Dedup returns the ring without consecutive duplicate points and without a
// closing point equal to the first.
func (r Ring) Dedup() Ring {
	out := make(Ring, 0, len(r))
	for _, p := range r {
		if len(out) > 0 && out[len(out)-1] == p {
			continue
		}
		out = append(out, p)
	}
	for len(out) > 1 && out[0] == out[len(out)-1] {
		out = out[:len(out)-1]
	}
	return out
}
