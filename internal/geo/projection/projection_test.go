package projection

import (
	"math"
	"testing"

	"paxsilica/internal/geo"
)

func TestEqualEarthKnownPoints(t *testing.T) {
	// Values from the published formulas: x = 2.7066 at (180°, 0°) and
	// y = 1.3173 at the poles (Šavrič et al. 2018, table 2 scale).
	for _, tc := range []struct {
		name string
		in   geo.Point
		want geo.Point
	}{
		{"origin", geo.Point{X: 0, Y: 0}, geo.Point{X: 0, Y: 0}},
		{"antimeridian on the equator", geo.Point{X: 180, Y: 0}, geo.Point{X: 2.7066, Y: 0}},
		{"north pole", geo.Point{X: 0, Y: 90}, geo.Point{X: 0, Y: -1.3173}},
		{"south pole", geo.Point{X: 0, Y: -90}, geo.Point{X: 0, Y: 1.3173}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := EqualEarth(tc.in)
			if math.Abs(got.X-tc.want.X) > 1e-4 || math.Abs(got.Y-tc.want.Y) > 1e-4 {
				t.Errorf("EqualEarth(%v) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestEqualEarthInverse(t *testing.T) {
	for _, p := range []geo.Point{{X: 116.4, Y: 39.9}, {X: -77, Y: 38.9}, {X: 103.8, Y: 1.35}, {X: -179, Y: -85}, {X: 0, Y: 0}} {
		q := EqualEarthInverse(EqualEarth(p))
		if math.Abs(q.X-p.X) > 1e-6 || math.Abs(q.Y-p.Y) > 1e-6 {
			t.Errorf("inverse(forward(%v)) = %v", p, q)
		}
	}
}

func TestEqualEarthIsEqualArea(t *testing.T) {
	// Two 1°×1° cells, one at the equator and one at 60°N, have areas on the
	// sphere in the ratio of the sine differences; the projection keeps it.
	cell := func(lat float64) float64 {
		r := geo.Ring{EqualEarth(geo.Point{X: 0, Y: lat}), EqualEarth(geo.Point{X: 1, Y: lat}), EqualEarth(geo.Point{X: 1, Y: lat + 1}), EqualEarth(geo.Point{X: 0, Y: lat + 1})}
		return math.Abs(r.SignedArea())
	}
	sphere := (math.Sin(61*math.Pi/180) - math.Sin(60*math.Pi/180)) / math.Sin(1*math.Pi/180)
	if got := cell(60) / cell(0); math.Abs(got-sphere) > 0.01 {
		t.Errorf("area ratio %v, want %v", got, sphere)
	}
}

func TestFit(t *testing.T) {
	world := geo.Rect{Min: geo.Point{X: -2, Y: -1}, Max: geo.Point{X: 2, Y: 1}}
	for _, tc := range []struct {
		name     string
		viewport geo.Rect
		pad      float64
		scale    float64
		centre   geo.Point
	}{
		{"wide viewport: height limits", geo.Rect{Max: geo.Point{X: 1000, Y: 200}}, 0, 100, geo.Point{X: 500, Y: 100}},
		{"tall viewport: width limits", geo.Rect{Max: geo.Point{X: 400, Y: 1000}}, 0, 100, geo.Point{X: 200, Y: 500}},
		{"padding", geo.Rect{Max: geo.Point{X: 420, Y: 1000}}, 10, 100, geo.Point{X: 210, Y: 500}},
		{"offset viewport", geo.Rect{Min: geo.Point{X: 100, Y: 50}, Max: geo.Point{X: 500, Y: 250}}, 0, 100, geo.Point{X: 300, Y: 150}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := Fit(world, tc.viewport, tc.pad)
			if f.Scale != tc.scale {
				t.Errorf("scale %v, want %v", f.Scale, tc.scale)
			}
			if c := f.Apply(geo.Point{}); c != tc.centre {
				t.Errorf("centre at %v, want %v", c, tc.centre)
			}
			if back := f.Invert(f.Apply(geo.Point{X: 1.5, Y: -0.5})); back != (geo.Point{X: 1.5, Y: -0.5}) {
				t.Errorf("Invert(Apply(p)) = %v", back)
			}
		})
	}
}

func TestCamera(t *testing.T) {
	world := geo.Rect{Min: geo.Point{X: -2, Y: -1}, Max: geo.Point{X: 2, Y: 1}}
	vp := geo.Rect{Max: geo.Point{X: 400, Y: 200}}
	fit := Fit(world, vp, 0)
	home := Home(world)
	if got := home.Transform(fit, vp); got != fit {
		t.Fatalf("home camera %+v, want the fit %+v", got, fit)
	}
	t.Run("zoom keeps the point under the pointer", func(t *testing.T) {
		p := geo.Point{X: 300, Y: 50}
		before := home.Transform(fit, vp).Invert(p)
		c := home.ZoomAt(fit, vp, p, 2)
		after := c.Transform(fit, vp).Invert(p)
		if c.Zoom != 2 || math.Abs(before.X-after.X) > 1e-9 || math.Abs(before.Y-after.Y) > 1e-9 {
			t.Errorf("zoom %v; plane point under pointer moved %v → %v", c.Zoom, before, after)
		}
	})
	t.Run("pan follows the drag", func(t *testing.T) {
		c := home.ZoomAt(fit, vp, geo.Point{X: 200, Y: 100}, 3).Pan(fit, 30, -10)
		p0 := home.ZoomAt(fit, vp, geo.Point{X: 200, Y: 100}, 3).Transform(fit, vp).Apply(geo.Point{X: 0.5, Y: 0.2})
		p1 := c.Transform(fit, vp).Apply(geo.Point{X: 0.5, Y: 0.2})
		if math.Abs(p1.X-p0.X-30) > 1e-9 || math.Abs(p1.Y-p0.Y+10) > 1e-9 {
			t.Errorf("a plane point moved by (%v, %v), want (30, -10)", p1.X-p0.X, p1.Y-p0.Y)
		}
	})
	t.Run("clamp", func(t *testing.T) {
		c := Camera{Centre: geo.Point{X: 9, Y: -9}, Zoom: 0.2}.Clamp(world)
		if c.Zoom != 1 || c.Centre != (geo.Point{X: 2, Y: -1}) {
			t.Errorf("clamped %+v", c)
		}
		if c := (Camera{Zoom: 1e6}).Clamp(world); c.Zoom != MaxZoom {
			t.Errorf("zoom not capped: %v", c.Zoom)
		}
	})
}
