package geo

// Simplify returns the polyline pts reduced with the Douglas–Peucker
// algorithm: every removed point lies within tol of the kept line. The first
// and last points are always kept, so simplifying the shared arcs of a
// topology keeps neighbouring borders identical.
func Simplify(pts []Point, tol float64) []Point {
	if len(pts) < 3 || tol <= 0 {
		return append([]Point(nil), pts...)
	}
	keep := make([]bool, len(pts))
	keep[0], keep[len(pts)-1] = true, true
	type span struct{ a, b int }
	stack := []span{{0, len(pts) - 1}}
	tol2 := tol * tol
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		maxD, maxI := -1.0, -1
		for i := s.a + 1; i < s.b; i++ {
			if d := SegmentDist2(pts[i], pts[s.a], pts[s.b]); d > maxD {
				maxD, maxI = d, i
			}
		}
		if maxI >= 0 && maxD > tol2 {
			keep[maxI] = true
			stack = append(stack, span{s.a, maxI}, span{maxI, s.b})
		}
	}
	out := make([]Point, 0, len(pts)/2)
	for i, k := range keep {
		if k {
			out = append(out, pts[i])
		}
	}
	return out
}

// SegmentDist2 is the squared distance from p to the segment ab.
func SegmentDist2(p, a, b Point) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = ((p.X-a.X)*dx + (p.Y-a.Y)*dy) / l2
		t = max(0, min(1, t))
	}
	ex, ey := a.X+t*dx-p.X, a.Y+t*dy-p.Y
	return ex*ex + ey*ey
}
