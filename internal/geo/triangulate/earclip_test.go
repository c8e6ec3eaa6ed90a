package triangulate

import (
	"math"
	"testing"

	"paxsilica/internal/geo"
)

func TestRingCoversArea(t *testing.T) {
	for _, tc := range []struct {
		name string
		ring geo.Ring
	}{
		{"triangle", geo.Ring{{X: 0, Y: 0}, {X: 1, Y: 0}, {X: 0, Y: 1}}},
		{"square clockwise", geo.Ring{{X: 0, Y: 0}, {X: 0, Y: 1}, {X: 1, Y: 1}, {X: 1, Y: 0}}},
		{"concave L", geo.Ring{{X: 0, Y: 0}, {X: 3, Y: 0}, {X: 3, Y: 1}, {X: 1, Y: 1}, {X: 1, Y: 3}, {X: 0, Y: 3}}},
		{"comb", geo.Ring{{X: 0, Y: 0}, {X: 5, Y: 0}, {X: 5, Y: 3}, {X: 4, Y: 3}, {X: 4, Y: 1}, {X: 3, Y: 1}, {X: 3, Y: 3}, {X: 2, Y: 3}, {X: 2, Y: 1}, {X: 1, Y: 1}, {X: 1, Y: 3}, {X: 0, Y: 3}}},
		{"collinear points", geo.Ring{{X: 0, Y: 0}, {X: 1, Y: 0}, {X: 2, Y: 0}, {X: 2, Y: 2}, {X: 0, Y: 2}}},
		{"touching vertex (bow-tie pinch)", geo.Ring{{X: 0, Y: 0}, {X: 2, Y: 0}, {X: 1, Y: 1}, {X: 2, Y: 2}, {X: 0, Y: 2}, {X: 1, Y: 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			idx := Ring(tc.ring)
			if len(idx)%3 != 0 {
				t.Fatalf("%d indices, not triangles", len(idx))
			}
			for _, i := range idx {
				if i < 0 || i >= len(tc.ring) {
					t.Fatalf("index %d out of range", i)
				}
			}
			want := math.Abs(tc.ring.SignedArea())
			if got := Area(tc.ring, idx); math.Abs(got-want) > 1e-9 {
				t.Errorf("triangles cover %v, ring area %v", got, want)
			}
		})
	}
}

func TestDegenerate(t *testing.T) {
	if idx := Ring(geo.Ring{{X: 0, Y: 0}, {X: 1, Y: 1}}); len(idx) != 0 {
		t.Errorf("two points gave triangles %v", idx)
	}
}
