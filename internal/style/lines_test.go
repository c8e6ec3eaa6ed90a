package style

import (
	"math"
	"testing"

	"paxsilica/internal/geo"
)

func TestArcAlpha(t *testing.T) {
	for _, tc := range []struct {
		name                           string
		suspended, dimmed, highlighted bool
		want                           float64
	}{
		{"plain", false, false, false, ArcOpacity},
		{"suspended", true, false, false, SuspendedOpacity},
		{"dimmed", false, true, false, DimmedOpacity},
		{"suspended and dimmed", true, true, false, math.Min(SuspendedOpacity, DimmedOpacity)},
		{"highlighted", true, true, true, 1},
	} {
		if got := ArcAlpha(tc.suspended, tc.dimmed, tc.highlighted); got != tc.want {
			t.Errorf("%s: ArcAlpha = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestArrowhead(t *testing.T) {
	for _, tc := range []struct {
		name      string
		from, tip geo.Point
		size      float64
		want      [3]geo.Point
		ok        bool
	}{
		{"pointing right", geo.Point{}, geo.Point{X: 10}, 4, [3]geo.Point{{X: 10}, {X: 6, Y: 4 * ArrowSpread}, {X: 6, Y: -4 * ArrowSpread}}, true},
		{"pointing down", geo.Point{}, geo.Point{Y: 10}, 2, [3]geo.Point{{Y: 10}, {X: -2 * ArrowSpread, Y: 8}, {X: 2 * ArrowSpread, Y: 8}}, true},
		{"no direction", geo.Point{X: 1}, geo.Point{X: 1}, 2, [3]geo.Point{}, false},
	} {
		got, ok := Arrowhead(tc.from, tc.tip, tc.size)
		if ok != tc.ok {
			t.Errorf("%s: ok = %v", tc.name, ok)
		}
		for i := range got {
			if math.Abs(got[i].X-tc.want[i].X) > 1e-9 || math.Abs(got[i].Y-tc.want[i].Y) > 1e-9 {
				t.Errorf("%s: corner %d = %v, want %v", tc.name, i, got[i], tc.want[i])
			}
		}
	}
}

func TestWithAlphaAndDarker(t *testing.T) {
	for _, tc := range []struct {
		a    float64
		want uint8
	}{{0, 0}, {0.3, 77}, {0.85, 217}, {1, 255}, {1.5, 255}, {-1, 0}} {
		if got := WithAlpha(China, tc.a); got.A != tc.want || got.R != China.R {
			t.Errorf("WithAlpha(%v) = %v, want alpha %d", tc.a, got, tc.want)
		}
	}
	if got := Darker(Land, 0.5); got.R != Land.R/2 || got.A != Land.A {
		t.Errorf("Darker(Land, 0.5) = %v", got)
	}
}

func TestOutlinesWidestFirst(t *testing.T) {
	// Drawn in order, a later outline must be narrower to leave the earlier
	// one visible around it.
	for i := 1; i < len(Outlines)-1; i++ {
		if Outlines[i].Width >= Outlines[i-1].Width {
			t.Errorf("outline %d (%s) is not narrower than %d (%s)", i, Outlines[i].Bloc, i-1, Outlines[i-1].Bloc)
		}
	}
}
