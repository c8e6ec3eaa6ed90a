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
	zoomed := projection.Transform{Scale: 2, Offset: geo.Point{X: 10, Y: 5}} // the first arc at y=5, x 10…210
	for _, tc := range []struct {
		name string
		t    projection.Transform
		p    geo.Point
		want int
	}{
		{"on the first", id, geo.Point{X: 50, Y: 0}, 0},
		{"within reach of the first", id, geo.Point{X: 50, Y: 9}, 0}, // 8 px from its edge, 9 from the second's
		{"nearer the second", id, geo.Point{X: 50, Y: 12}, 1},
		{"on the second's second piece", id, geo.Point{X: 60, Y: 21}, 1},
		{"near an end: the country's", id, geo.Point{X: 10, Y: 0}, -1},
		{"far from both", id, geo.Point{X: 50, Y: 60}, -1},
		{"zoomed: within reach, in screen pixels", zoomed, geo.Point{X: 110, Y: 14}, 0},  // 7 px from its edge
		{"zoomed: out of reach, in screen pixels", zoomed, geo.Point{X: 110, Y: 18}, -1}, // 11 px; the second 27 px away
		{"zoomed: near an end, in screen pixels", zoomed, geo.Point{X: 30, Y: 5}, -1},    // 20 px from it, the ends reach 28
		{"no scale", projection.Transform{}, geo.Point{X: 50, Y: 0}, -1},
	} {
		if got := ArcAt(as, tc.t, tc.p, 2); got != tc.want {
			t.Errorf("%s: ArcAt(%v) = %d, want %d", tc.name, tc.p, got, tc.want)
		}
	}
}
