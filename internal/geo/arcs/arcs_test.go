package arcs

import (
	"math"
	"testing"

	"paxsilica/internal/geo"
)

func TestGreatCircleEnds(t *testing.T) {
	a, b := geo.Point{X: -98, Y: 39}, geo.Point{X: 104, Y: 35}
	pts := GreatCircle(a, b, 32)
	if len(pts) != 33 {
		t.Fatalf("%d points", len(pts))
	}
	first, last := pts[0], pts[len(pts)-1]
	if math.Abs(first.X-a.X) > 1e-9 || math.Abs(first.Y-a.Y) > 1e-9 {
		t.Errorf("starts at %v", first)
	}
	if math.Abs(math.Mod(last.X-b.X+540, 360)-180) > 1e-6 || math.Abs(last.Y-b.Y) > 1e-6 {
		t.Errorf("ends at %v, want %v modulo 360°", last, b)
	}
}

func TestUSChinaGoesAcrossThePacific(t *testing.T) {
	pts := GreatCircle(geo.Point{X: -98, Y: 39}, geo.Point{X: 104, Y: 35}, 64)
	pieces := Split(pts)
	if len(pieces) != 2 {
		t.Fatalf("the US–China arc has %d pieces, want 2 (leaving the map west of the US, re-entering east of China)", len(pieces))
	}
	// The first piece leaves westwards: its longitudes fall from −98 to −180.
	p0 := pieces[0]
	if p0[len(p0)-1].X != -180 || pieces[1][0].X != 180 {
		t.Errorf("the crossing is at %v and %v, want −180 and 180", p0[len(p0)-1], pieces[1][0])
	}
	// The shorter way passes north, over the Bering Sea region.
	maxLat := -90.0
	for _, p := range pts {
		maxLat = math.Max(maxLat, p.Y)
	}
	if maxLat < 55 {
		t.Errorf("highest latitude %v, want the northern great circle", maxLat)
	}
	for _, piece := range pieces {
		for i := 1; i < len(piece); i++ {
			if math.Abs(piece[i].X-piece[i-1].X) > 180 || math.Abs(piece[i].X) > 180 {
				t.Errorf("segment %v–%v spans the map", piece[i-1], piece[i])
			}
		}
	}
}

func TestAtlanticArcIsOnePiece(t *testing.T) {
	if n := len(Split(GreatCircle(geo.Point{X: 4.5, Y: 50.5}, geo.Point{X: -98, Y: 39}, 32))); n != 1 {
		t.Errorf("Belgium–US arc in %d pieces, want 1", n)
	}
}

func TestBow(t *testing.T) {
	pts := GreatCircle(geo.Point{X: 0, Y: 0}, geo.Point{X: 40, Y: 0}, 20)
	left, right := Bow(pts, 5), Bow(pts, -5)
	mid := len(pts) / 2
	if left[mid].Y <= pts[mid].Y || right[mid].Y >= pts[mid].Y {
		t.Errorf("bow did not separate the arcs: %v %v %v", left[mid], pts[mid], right[mid])
	}
	if left[0] != pts[0] || math.Abs(left[len(left)-1].X-pts[len(pts)-1].X) > 1e-9 {
		t.Errorf("bow moved the ends")
	}
}

func TestDistance(t *testing.T) {
	line := []geo.Point{{X: 0, Y: 0}, {X: 10, Y: 0}}
	for _, tc := range []struct {
		name string
		p    geo.Point
		want float64
	}{
		{"above the middle", geo.Point{X: 5, Y: 3}, 3},
		{"beyond the end", geo.Point{X: 13, Y: 4}, 5},
		{"on the line", geo.Point{X: 2, Y: 0}, 0},
	} {
		if got := Distance(tc.p, line); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
