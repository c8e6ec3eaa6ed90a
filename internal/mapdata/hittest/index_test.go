package hittest

import (
	"testing"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/kit/fixtures"
)

func at(lon, lat float64) geo.Point { return projection.EqualEarth(geo.Point{X: lon, Y: lat}) }

func TestAt(t *testing.T) {
	w := fixtures.World(t)
	ix := New(w)
	for _, tc := range []struct {
		name     string
		lon, lat float64
		want     string
	}{
		{"Beijing", 116.4, 39.9, "CHN"},
		{"Kansas", -98, 38.5, "USA"},
		{"Kinshasa", 15.3, -4.4, "COD"},
		{"Lesotho inside South Africa", 28.2, -29.6, "LSO"},
		{"South Africa around it", 24, -30, "ZAF"},
		{"Chukotka east of 180°", -175, 66, "RUS"},
		{"Fiji west of 180°", 178, -17.8, "FJI"},
		{"Antarctica", 0, -80, "ATA"},
		{"mid Pacific", -140, 10, ""},
		{"South Atlantic", -20, -40, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if i := ix.At(at(tc.lon, tc.lat)); i >= 0 {
				got = w.Countries[i].Code
			}
			if got != tc.want {
				t.Errorf("At(%v, %v) = %q, want %q", tc.lon, tc.lat, got, tc.want)
			}
		})
	}
}

func TestPickSmallCountries(t *testing.T) {
	w := fixtures.World(t)
	ix := New(w)
	// A 1280-px-wide map: Singapore is well under a pixel across.
	tr := projection.Fit(w.Bounds, geo.Rect{Max: geo.Point{X: 1280, Y: 640}}, 0)
	for _, tc := range []struct {
		name string
		code string
		dx   float64 // pixels off the label point
		want string
	}{
		{"Singapore on its marker", "SGP", 0, "SGP"},
		{"Singapore 5 px off, over Malaysian sea", "SGP", 5, "SGP"},
		{"Bahrain", "BHR", 0, "BHR"},
		{"Qatar", "QAT", 0, "QAT"},
		{"Luxembourg", "LUX", 0, "LUX"},
		{"Vatican inside Rome", "VAT", 0, "VAT"},
		{"Singapore 30 px off is not Singapore", "SGP", 30, "!SGP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := tr.Apply(w.Countries[w.Index(tc.code)].Label)
			p.X += tc.dx
			got := ""
			if i := ix.Pick(tr, p, Options{}); i >= 0 {
				got = w.Countries[i].Code
			}
			if tc.want[0] == '!' {
				if got == tc.want[1:] {
					t.Errorf("Pick 30 px away still gave %s", got)
				}
				return
			}
			if got != tc.want {
				t.Errorf("Pick = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPickLargeCountryIgnoresMarkers(t *testing.T) {
	w := fixtures.World(t)
	ix := New(w)
	tr := projection.Fit(w.Bounds, geo.Rect{Max: geo.Point{X: 1280, Y: 640}}, 0)
	if i := ix.Pick(tr, tr.Apply(at(105, 35)), Options{}); i < 0 || w.Countries[i].Code != "CHN" {
		t.Errorf("Pick in central China gave %d", i)
	}
	if ix.Tiny(w.Index("CHN"), tr, Options{}) {
		t.Error("China counted as tiny")
	}
}

func BenchmarkPick(b *testing.B) {
	w := fixtures.World(b)
	ix := New(w)
	tr := projection.Fit(w.Bounds, geo.Rect{Max: geo.Point{X: 1280, Y: 640}}, 0)
	p := tr.Apply(at(105, 35))
	for b.Loop() {
		ix.Pick(tr, p, Options{})
	}
}
