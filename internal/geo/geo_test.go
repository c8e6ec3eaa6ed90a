package geo

import (
	"math"
	"testing"
)

var square = Ring{{0, 0}, {4, 0}, {4, 4}, {0, 4}}

func TestRingContains(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    Point
		want bool
	}{
		{"centre", Point{2, 2}, true},
		{"outside right", Point{5, 2}, false},
		{"outside below", Point{2, -1}, false},
		{"near corner inside", Point{0.01, 3.99}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := square.Contains(tc.p); got != tc.want {
				t.Errorf("Contains(%v) = %v, want %v", tc.p, got, tc.want)
			}
		})
	}
}

func TestPolygonHoles(t *testing.T) {
	pg := Polygon{square, Ring{{1, 1}, {3, 1}, {3, 3}, {1, 3}}}
	for _, tc := range []struct {
		name string
		p    Point
		want bool
	}{
		{"in the hole", Point{2, 2}, false},
		{"between ring and hole", Point{0.5, 2}, true},
		{"outside", Point{-1, 2}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pg.Contains(tc.p); got != tc.want {
				t.Errorf("Contains(%v) = %v, want %v", tc.p, got, tc.want)
			}
		})
	}
}

func TestAreaCentroidBounds(t *testing.T) {
	if a := square.SignedArea(); a != 16 {
		t.Errorf("area %v, want 16", a)
	}
	rev := Ring{{0, 4}, {4, 4}, {4, 0}, {0, 0}}
	if a := rev.SignedArea(); a != -16 {
		t.Errorf("reversed area %v, want -16", a)
	}
	if c := square.Centroid(); c != (Point{2, 2}) {
		t.Errorf("centroid %v, want (2,2)", c)
	}
	if b := square.Bounds(); b != (Rect{Point{0, 0}, Point{4, 4}}) {
		t.Errorf("bounds %v", b)
	}
}

func TestDedup(t *testing.T) {
	r := Ring{{0, 0}, {0, 0}, {1, 0}, {1, 1}, {1, 1}, {0, 0}}
	if got := r.Dedup(); len(got) != 3 {
		t.Errorf("Dedup = %v, want 3 points", got)
	}
}

func TestSimplify(t *testing.T) {
	line := []Point{{0, 0}, {1, 0.01}, {2, -0.01}, {3, 0}, {4, 2}, {5, 0}}
	for _, tc := range []struct {
		name string
		tol  float64
		want int
	}{
		{"zero tolerance keeps all", 0, 6},
		{"small wiggles go, the peak stays", 0.1, 4},
		{"huge tolerance keeps the ends", 10, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Simplify(line, tc.tol)
			if len(got) != tc.want || got[0] != line[0] || got[len(got)-1] != line[len(line)-1] {
				t.Errorf("Simplify(tol %v) = %v, want %d points with the ends kept", tc.tol, got, tc.want)
			}
		})
	}
}

func TestCutAntimeridian(t *testing.T) {
	for _, tc := range []struct {
		name   string
		ring   Ring
		pieces int
		polar  bool
		area   float64 // total area in degrees², conserved by the cut
	}{
		{"not crossing", Ring{{10, 10}, {20, 10}, {20, 20}, {10, 20}}, 1, false, 100},
		{"crossing east to west", Ring{{170, 0}, {-170, 0}, {-170, 10}, {170, 10}}, 2, false, 200},
		{"crossing in the closing edge", Ring{{-170, 0}, {-170, 10}, {170, 10}, {170, 0}}, 2, false, 200},
		// A ring around the south pole at latitude −80 closes along −90.
		{"around the south pole", Ring{{-180, -80}, {-90, -80}, {0, -80}, {90, -80}, {179.9, -80}}, 1, true, 359.9 * 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, polar := CutAntimeridian(tc.ring)
			if len(got) != tc.pieces || polar != tc.polar {
				t.Fatalf("got %d pieces (polar %v), want %d (polar %v): %v", len(got), polar, tc.pieces, tc.polar, got)
			}
			var area float64
			for _, r := range got {
				area += math.Abs(r.SignedArea())
				for _, p := range r {
					if p.X < -180 || p.X > 180 {
						t.Errorf("point %v outside [-180, 180]", p)
					}
				}
				for i := range r {
					a, b := r[i], r[(i+1)%len(r)]
					alongPole := math.Abs(a.Y) == 90 && a.Y == b.Y // the map's top or bottom edge
					if d := math.Abs(a.X - b.X); d > 180 && !alongPole {
						t.Errorf("edge spans %v° of longitude: a streak across the map", d)
					}
				}
			}
			if math.Abs(area-tc.area) > 0.2 {
				t.Errorf("area after cut %v, want %v", area, tc.area)
			}
		})
	}
}

func TestRectCenter(t *testing.T) {
	for _, tc := range []struct {
		r    Rect
		want Point
	}{
		{Rect{Max: Point{X: 4, Y: 2}}, Point{X: 2, Y: 1}},
		{Rect{Min: Point{X: -3, Y: -1}, Max: Point{X: 1, Y: 5}}, Point{X: -1, Y: 2}},
	} {
		if got := tc.r.Center(); got != tc.want {
			t.Errorf("%v.Center() = %v, want %v", tc.r, got, tc.want)
		}
	}
}
