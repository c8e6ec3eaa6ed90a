package scene

import "testing"

func TestOutlineRings(t *testing.T) {
	_, w := load(t)
	can := &w.Countries[w.Index("CAN")]
	for _, tc := range []struct {
		name      string
		pxPerUnit float64
		fewer     bool // some rings left out
	}{
		{"world view: specks of islands left out", 150, true},
		{"zoomed far in: every ring outlined", 1e7, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := OutlineRings(w, can, tc.pxPerUnit)
			if len(got) == 0 || (len(got) < len(can.Rings)) != tc.fewer {
				t.Errorf("%d of Canada's %d rings outlined", len(got), len(can.Rings))
			}
		})
	}
}
