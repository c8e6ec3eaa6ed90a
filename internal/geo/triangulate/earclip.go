// Package triangulate cuts simple polygons into triangles by ear clipping, so
// that the map can be filled with one batched triangle draw.
package triangulate

import "paxsilica/internal/geo"

// Ring triangulates one ring and returns triangles as triples of indices into
// r. Orientation does not matter. Rings that are not quite simple (touching
// vertices, as real coastlines have) still produce a full covering: when no
// clean ear is left, the vertex with the most convex corner is clipped.
// The result has 3·(n−2) indices for n ≥ 3 points without duplicates.
func Ring(r geo.Ring) []int {
	n := len(r)
	if n < 3 {
		return nil
	}
	// Orient counter-clockwise in a Y-up sense (positive area) so that a
	// convex corner has a positive cross product.
	sign := 1.0
	if r.SignedArea() < 0 {
		sign = -1
	}
	prev := make([]int, n)
	next := make([]int, n)
	for i := range n {
		prev[i] = (i + n - 1) % n
		next[i] = (i + 1) % n
	}
	cross := func(a, b, c int) float64 {
		p, q, s := r[a], r[b], r[c]
		return sign * ((q.X-p.X)*(s.Y-p.Y) - (q.Y-p.Y)*(s.X-p.X))
	}
	isEar := func(v int) bool {
		a, c := prev[v], next[v]
		if cross(a, v, c) <= 0 {
			return false
		}
		for w := next[c]; w != a; w = next[w] {
			if r[w] == r[a] || r[w] == r[v] || r[w] == r[c] {
				continue
			}
			if inTriangle(r[w], r[a], r[v], r[c], sign) {
				return false
			}
		}
		return true
	}
	out := make([]int, 0, 3*(n-2))
	left, v, stalled := n, 0, 0
	for left > 3 {
		if isEar(v) {
			out = append(out, prev[v], v, next[v])
			next[prev[v]], prev[next[v]] = next[v], prev[v]
			left--
			v, stalled = next[v], 0
			continue
		}
		v = next[v]
		if stalled++; stalled < left {
			continue
		}
		// No clean ear: clip the most convex corner (or a degenerate one).
		best, bestC := v, -1e300
		for i, w := 0, v; i < left; i, w = i+1, next[w] {
			if c := cross(prev[w], w, next[w]); c > bestC {
				best, bestC = w, c
			}
		}
		if bestC > 0 {
			out = append(out, prev[best], best, next[best])
		}
		next[prev[best]], prev[next[best]] = next[best], prev[best]
		left--
		v, stalled = next[best], 0
	}
	if cross(prev[v], v, next[v]) != 0 {
		out = append(out, prev[v], v, next[v])
	}
	return out
}

// inTriangle reports whether p lies inside or on triangle abc, given the
// orientation sign used for the ring.
func inTriangle(p, a, b, c geo.Point, sign float64) bool {
	d1 := sign * ((b.X-a.X)*(p.Y-a.Y) - (b.Y-a.Y)*(p.X-a.X))
	d2 := sign * ((c.X-b.X)*(p.Y-b.Y) - (c.Y-b.Y)*(p.X-b.X))
	d3 := sign * ((a.X-c.X)*(p.Y-c.Y) - (a.Y-c.Y)*(p.X-c.X))
	return d1 >= 0 && d2 >= 0 && d3 >= 0
}

// Area returns the total unsigned area of the triangles idx over pts; it lets
// callers check a triangulation against the ring's own area.
func Area(pts geo.Ring, idx []int) float64 {
	var a float64
	for i := 0; i+2 < len(idx); i += 3 {
		p, q, s := pts[idx[i]], pts[idx[i+1]], pts[idx[i+2]]
		t := ((q.X-p.X)*(s.Y-p.Y) - (q.Y-p.Y)*(s.X-p.X)) / 2
		if t < 0 {
			t = -t
		}
		a += t
	}
	return a
}
