package netlayout

import (
	"math"
	"reflect"
	"testing"
)

func sample() ([]Node, []Edge) {
	var nodes []Node
	for g := range 3 {
		for i := range 6 {
			nodes = append(nodes, Node{ID: string(rune('A'+g)) + string(rune('0'+i)), Group: g})
		}
	}
	edges := []Edge{{0, 6}, {0, 12}, {1, 2}, {7, 8}, {13, 14}}
	return nodes, edges
}

func TestLayoutGroupsAndBounds(t *testing.T) {
	nodes, edges := sample()
	pos := Layout(nodes, edges, 3, Options{})
	if len(pos) != len(nodes) {
		t.Fatalf("%d positions", len(pos))
	}
	centroid := func(g int) (x, y float64) {
		for i, n := range nodes {
			if n.Group == g {
				x += pos[i].X / 6
				y += pos[i].Y / 6
			}
		}
		return
	}
	for i, p := range pos {
		if math.Abs(p.X) > 1 || math.Abs(p.Y) > 1 || math.IsNaN(p.X) {
			t.Errorf("node %d at %v, outside the unit square", i, p)
		}
	}
	// Members sit nearer their own group's centroid than any other's.
	for i, n := range nodes {
		own := math.Inf(1)
		other := math.Inf(1)
		for g := range 3 {
			cx, cy := centroid(g)
			d := math.Hypot(pos[i].X-cx, pos[i].Y-cy)
			if g == n.Group {
				own = d
			} else {
				other = math.Min(other, d)
			}
		}
		if own >= other {
			t.Errorf("node %s is nearer another group (%.2f vs %.2f)", n.ID, other, own)
		}
	}
	// No two nodes on top of each other.
	for i := range pos {
		for j := i + 1; j < len(pos); j++ {
			if math.Hypot(pos[i].X-pos[j].X, pos[i].Y-pos[j].Y) < 0.02 {
				t.Errorf("nodes %d and %d overlap", i, j)
			}
		}
	}
}

func TestLayoutIsDeterministic(t *testing.T) {
	nodes, edges := sample()
	if a, b := Layout(nodes, edges, 3, Options{}), Layout(nodes, edges, 3, Options{}); !reflect.DeepEqual(a, b) {
		t.Error("two runs differ")
	}
}
