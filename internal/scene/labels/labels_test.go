package labels

import (
	"testing"

	"paxsilica/internal/geo"
)

func TestPlace(t *testing.T) {
	view := geo.Rect{Max: geo.Point{X: 500, Y: 300}}
	c := func(id string, x, y, pri float64, force bool) Candidate {
		return Candidate{ID: id, Text: id, At: geo.Point{X: x, Y: y}, W: 60, H: 14, Priority: pri, Force: force}
	}
	for _, tc := range []struct {
		name  string
		cands []Candidate
		want  []string
	}{
		{"apart: all shown", []Candidate{c("A", 100, 100, 1, false), c("B", 300, 100, 2, false)}, []string{"B", "A"}},
		{"overlapping: larger wins", []Candidate{c("small", 100, 100, 1, false), c("large", 120, 105, 9, false)}, []string{"large"}},
		{"selection beats priority", []Candidate{c("large", 120, 105, 9, false), c("sel", 100, 100, 0, true)}, []string{"sel"}},
		{"outside the view dropped", []Candidate{c("out", 10, 100, 5, false), c("in", 200, 100, 1, false)}, []string{"in"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Place(tc.cands, view, 2)
			var ids []string
			for _, p := range got {
				ids = append(ids, p.ID)
			}
			if len(ids) != len(tc.want) {
				t.Fatalf("placed %v, want %v", ids, tc.want)
			}
			for i := range ids {
				if ids[i] != tc.want[i] {
					t.Errorf("placed %v, want %v", ids, tc.want)
				}
			}
			for i := range got {
				for j := i + 1; j < len(got); j++ {
					if overlaps(got[i].Box, got[j].Box, 0) {
						t.Errorf("%s and %s overlap", got[i].ID, got[j].ID)
					}
				}
			}
		})
	}
}
