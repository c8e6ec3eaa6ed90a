// Package projection turns longitude and latitude into plane coordinates
// (Equal Earth) and fits the projected world into a viewport.
package projection

import (
	"math"

	"paxsilica/internal/geo"
)

// Equal Earth coefficients (Šavrič, Patterson, Jenny 2018).
const (
	a1 = 1.340264
	a2 = -0.081106
	a3 = 0.000893
	a4 = 0.003796
)

var m = math.Sqrt(3) / 2

// EqualEarth projects a geographic point (degrees) onto the Equal Earth
// plane. X grows eastwards; Y grows southwards (screen orientation), so the
// north pole has the smallest Y. The world spans about ±2.7066 in X and
// ±1.3173 in Y.
func EqualEarth(p geo.Point) geo.Point {
	lam := p.X * math.Pi / 180
	phi := p.Y * math.Pi / 180
	th := math.Asin(m * math.Sin(phi))
	t2 := th * th
	t6 := t2 * t2 * t2
	x := lam * math.Cos(th) / (m * (a1 + 3*a2*t2 + t6*(7*a3+9*a4*t2)))
	y := th * (a1 + a2*t2 + t6*(a3+a4*t2))
	return geo.Point{X: x, Y: -y}
}

// EqualEarthInverse returns the geographic point (degrees) whose projection is
// p, by Newton iteration. It is the inverse of EqualEarth within the map.
func EqualEarthInverse(p geo.Point) geo.Point {
	y := -p.Y
	th := y / a1
	for range 12 {
		t2 := th * th
		t6 := t2 * t2 * t2
		f := th*(a1+a2*t2+t6*(a3+a4*t2)) - y
		df := a1 + 3*a2*t2 + t6*(7*a3+9*a4*t2)
		d := f / df
		th -= d
		if math.Abs(d) < 1e-12 {
			break
		}
	}
	t2 := th * th
	t6 := t2 * t2 * t2
	lam := m * p.X * (a1 + 3*a2*t2 + t6*(7*a3+9*a4*t2)) / math.Cos(th)
	phi := math.Asin(math.Sin(th) / m)
	return geo.Point{X: lam * 180 / math.Pi, Y: phi * 180 / math.Pi}
}
