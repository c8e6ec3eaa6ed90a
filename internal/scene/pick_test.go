package scene

import (
	"testing"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
)

func TestArcAt(t *testing.T) {
	// Two horizontal arcs 100 px long, at y=0 (width 2) and y=20 (width 4),
	// the second in two pieces; a scale of 2 device px per CSS px.
	as := []Arc{
		{Width: 2, Pieces: [][]geo.Point{{{X: 0, Y: 0}, {X: 100, Y: 0}}}},
		{Width: 4, Pieces: [][]geo.Point{{{X: 0, Y: 20}, {X: 50, Y: 20}}, {{X: 50, Y: 20}, {X: 100, Y: 20}}}},
		{Width: 2}, // no pieces: never hit
	}
	id := projection.Transform{Scale: 1}
	for _, tc := range []struct {
		name string
		p    geo.Point
		want int
	}{
		{"on the first", geo.Point{X: 50, Y: 0}, 0},
		{"within reach of the first", geo.Point{X: 50, Y: 9}, 0}, // 8 px from its edge, 9 from the second's
		{"nearer the second", geo.Point{X: 50, Y: 12}, 1},
		{"on the second's second piece", geo.Point{X: 60, Y: 21}, 1},
		{"near an end: the country's", geo.Point{X: 10, Y: 0}, -1},
		{"far from both", geo.Point{X: 50, Y: 60}, -1},
	} {
		if got := ArcAt(as, id, tc.p, 2); got != tc.want {
			t.Errorf("%s: ArcAt(%v) = %d, want %d", tc.name, tc.p, got, tc.want)
		}
	}
}
