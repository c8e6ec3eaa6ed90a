package geo

import "math"

// CutAntimeridian splits a geographic ring (X=longitude, Y=latitude, in
// degrees) whose edges cross the ±180° meridian into rings that each lie
// within [-180, 180], so that a flat projection draws no streak across the
// map. A ring that winds around a pole (Antarctica) is closed along that
// pole first, and polar is true: such a ring bounds the land between it and
// the pole whatever its winding (in spherical data, as world-atlas ships
// Antarctica, it may be stored as a hole). Rings that do not cross are
// returned unchanged.
func CutAntimeridian(r Ring) (pieces []Ring, polar bool) {
	r = r.Dedup()
	if len(r) < 3 {
		return nil, false
	}
	// Unwrap longitudes so that no edge spans more than 180°.
	u := make(Ring, len(r))
	u[0] = r[0]
	crosses := false
	for i := 1; i < len(r); i++ {
		x := r[i].X
		for x-u[i-1].X > 180 {
			x -= 360
			crosses = true
		}
		for x-u[i-1].X < -180 {
			x += 360
			crosses = true
		}
		u[i] = Point{x, r[i].Y}
	}
	// The closing edge: if it jumps by a full turn, the ring encircles a pole.
	last := u[len(u)-1]
	wind := math.Abs(u[0].X - last.X)
	if !crosses && wind <= 180 {
		return []Ring{r}, false
	}
	if wind > 180 {
		pole := -90.0
		var sum float64
		for _, p := range u {
			sum += p.Y
		}
		if sum > 0 {
			pole = 90
		}
		u = append(u, Point{last.X, pole}, Point{u[0].X, pole})
		polar = true
	}
	b := u.Bounds()
	for k := math.Floor((b.Min.X + 180) / 360); k*360-180 < b.Max.X; k++ {
		shift := k * 360
		s := make(Ring, len(u))
		for i, p := range u {
			s[i] = Point{p.X - shift, p.Y}
		}
		s = clipX(s, -180, true)
		s = clipX(s, 180, false)
		s = s.Dedup()
		if len(s) >= 3 && math.Abs(s.SignedArea()) > 1e-9 {
			pieces = append(pieces, s)
		}
	}
	return pieces, polar
}

// clipX clips the ring against the half-plane X ≥ x (keepAbove) or X ≤ x,
// one step of Sutherland–Hodgman.
func clipX(r Ring, x float64, keepAbove bool) Ring {
	inside := func(p Point) bool {
		if keepAbove {
			return p.X >= x
		}
		return p.X <= x
	}
	var out Ring
	for i := range r {
		cur, prev := r[i], r[(i+len(r)-1)%len(r)]
		ci, pi := inside(cur), inside(prev)
		if ci != pi {
			t := (x - prev.X) / (cur.X - prev.X)
			out = append(out, Point{x, prev.Y + t*(cur.Y-prev.Y)})
		}
		if ci {
			out = append(out, cur)
		}
	}
	return out
}
