package scale

import (
	"image/color"
	"testing"
)

func TestClass(t *testing.T) {
	for _, tc := range []struct {
		share float64
		want  int
	}{{0, 0}, {0.9, 0}, {1, 1}, {4.99, 1}, {5, 2}, {17.1, 3}, {36.7, 4}, {50, 5}, {98.7, 5}, {100, 5}} {
		if got := Class(tc.share); got != tc.want {
			t.Errorf("Class(%v) = %d, want %d", tc.share, got, tc.want)
		}
	}
}

func TestLabels(t *testing.T) {
	l := Labels()
	if len(l) != len(Colours) || l[0] != "under 1%" || l[1] != "1–5%" || l[5] != "50% and more" {
		t.Errorf("labels %q", l)
	}
}

// The scale must be sequential (each class darker than the last) and the
// no-data grey must not be mistaken for any class.
func TestPalette(t *testing.T) {
	lum := func(c color.RGBA) float64 { return 0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B) }
	for i := 1; i < len(Colours); i++ {
		if lum(Colours[i]) >= lum(Colours[i-1]) {
			t.Errorf("class %d is not darker than class %d", i, i-1)
		}
	}
	for i, c := range Colours {
		// Grey has blue ≥ red; every class of YlOrBr has red well above blue.
		if int(c.R)-int(c.B) < 40 {
			t.Errorf("class %d (%v) is too close to the grey of no data", i, c)
		}
	}
	if NoData.B < NoData.R {
		t.Errorf("no-data %v is not a cool grey", NoData)
	}
}
