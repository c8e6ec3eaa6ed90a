package triangulate

import (
	"math"
	"testing"

	"paxsilica/geo"
)

func TestRingCoversArea(t *testing.T) {
	for _, tc := range []struct {
		name string
		ring geo.Ring
	}{
		{"triangle", geo.Ring{{0, 0}, {1, 0}, {0, 1}}},
		{"square clockwise", geo.Ring{{0, 0}, {0, 1}, {1, 1}, {1, 0}}},
		{"concave L", geo.Ring{{0, 0}, {3, 0}, {3, 1}, {1, 1}, {1, 3}, {0, 3}}},
		{"comb", geo.Ring{{0, 0}, {5, 0}, {5, 3}, {4, 3}, {4, 1}, {3, 1}, {3, 3}, {2, 3}, {2, 1}, {1, 1}, {1, 3}, {0, 3}}},
		{"collinear points", geo.Ring{{0, 0}, {1, 0}, {2, 0}, {2, 2}, {0, 2}}},
		{"touching vertex (bow-tie pinch)", geo.Ring{{0, 0}, {2, 0}, {1, 1}, {2, 2}, {0, 2}, {1, 1}}},
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
	if idx := Ring(geo.Ring{{0, 0}, {1, 1}}); len(idx) != 0 {
		t.Errorf("two points gave triangles %v", idx)
	}
}
