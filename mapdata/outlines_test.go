package mapdata_test

import (
	"testing"

	"paxsilica/fixtures"
)

func TestOutlinesAreFewerVerticesOfTheSameRings(t *testing.T) {
	w := fixtures.World(t)
	for _, tc := range []struct {
		name     string
		tol      float64
		maxShare float64 // of the original vertex count
	}{
		{"no tolerance keeps all", 0, 1},
		{"world scale", w.Bounds.Dx() / 4000, 0.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := w.Outlines(tc.tol)
			if len(o) != len(w.Countries) {
				t.Fatalf("%d countries, want %d", len(o), len(w.Countries))
			}
			kept, all := 0, 0
			for i := range w.Countries {
				c := &w.Countries[i]
				if len(o[i]) != len(c.Rings) {
					t.Fatalf("%s: %d rings, want %d", c.Code, len(o[i]), len(c.Rings))
				}
				for j := range c.Rings {
					r := w.Ring(c, j)
					s := o[i][j]
					if len(r) > 0 && (s[0] != r[0] || s[len(s)-1] != r[len(r)-1]) {
						t.Errorf("%s ring %d: ends moved", c.Code, j)
					}
					kept += len(s)
					all += len(r)
				}
			}
			if share := float64(kept) / float64(all); share > tc.maxShare {
				t.Errorf("kept %d of %d vertices (%.2f), want at most %.2f", kept, all, share, tc.maxShare)
			}
			t.Logf("kept %d of %d vertices", kept, all)
		})
	}
}
