package scene

import (
	"sort"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/scene/netlayout"
)

// Network groups, in ring order.
const (
	GroupChina = iota
	GroupOther
	GroupForum
	GroupMSP
	GroupPaxSilica
	GroupUS
	groups
)

// GroupNames name the groups for the legend.
var GroupNames = []string{"China", "Other partners", "MSP Forum", "MSP partners", "Pax Silica signatories", "United States"}

// Node is a country of the network view.
type Node struct {
	Code  string
	Group int
	// Degree counts the ties the country holds (production included).
	Degree int
	// Pos is the layout position in the unit square [-1, 1]².
	Pos geo.Point
}

// Edge is a tie between two nodes.
type Edge struct {
	A, B int
	Type string
	Tie  int
}

// Graph is the network view's content.
type Graph struct {
	Nodes []Node
	Edges []Edge
	index map[string]int
}

// Node returns the index of code's node, or -1.
func (g *Graph) Node(code string) int {
	if i, ok := g.index[code]; ok {
		return i
	}
	return -1
}

// Network builds the graph of all ties at the dataset's latest date and lays
// it out once; the view then shows or hides edges by date and layer.
func Network(ds *dataset.Dataset) *Graph {
	g := &Graph{index: map[string]int{}}
	node := func(code string) int {
		if i, ok := g.index[code]; ok {
			return i
		}
		g.index[code] = len(g.Nodes)
		g.Nodes = append(g.Nodes, Node{Code: code, Group: groupOf(ds, code)})
		return len(g.Nodes) - 1
	}
	for i, t := range ds.Ties {
		if t.From == dataset.All || t.To == dataset.All {
			g.Nodes[node(t.From)].Degree++
			continue
		}
		targets := []string{t.To}
		if t.Type == dataset.Corridor && len(t.Countries) > 0 {
			targets = t.Countries
		}
		for _, to := range targets {
			a, b := node(t.From), node(to)
			g.Nodes[a].Degree++
			if a != b {
				g.Nodes[b].Degree++
				g.Edges = append(g.Edges, Edge{A: a, B: b, Type: t.Type, Tie: i})
			}
		}
	}
	for _, m := range ds.Minerals {
		for _, p := range m.Producers {
			if i, ok := g.index[p.Country]; ok {
				g.Nodes[i].Degree++
			}
		}
	}
	// Bloc members without ties still belong in the picture.
	for _, b := range ds.Blocs {
		for _, m := range b.Members {
			if m.Country != "" {
				node(m.Country)
			}
		}
	}
	// A stable order makes the layout independent of map iteration.
	sort.SliceStable(g.Nodes, func(a, b int) bool { return g.Nodes[a].Code < g.Nodes[b].Code })
	remap := map[int]int{}
	for i, n := range g.Nodes {
		remap[g.index[n.Code]] = i
	}
	for code, old := range g.index {
		g.index[code] = remap[old]
	}
	for i := range g.Edges {
		g.Edges[i].A, g.Edges[i].B = remap[g.Edges[i].A], remap[g.Edges[i].B]
	}
	nodes := make([]netlayout.Node, len(g.Nodes))
	for i, n := range g.Nodes {
		nodes[i] = netlayout.Node{ID: n.Code, Group: n.Group}
	}
	edges := make([]netlayout.Edge, len(g.Edges))
	for i, e := range g.Edges {
		edges[i] = netlayout.Edge{A: e.A, B: e.B}
	}
	for i, p := range netlayout.Layout(nodes, edges, groups, netlayout.Options{}) {
		g.Nodes[i].Pos = p
	}
	return g
}

// groupOf puts a country in its strongest bloc at the dataset's latest date.
func groupOf(ds *dataset.Dataset, code string) int {
	switch {
	case code == "CHN":
		return GroupChina
	case code == "USA":
		return GroupUS
	case dataset.Signed(ds.MemberStatus("pax-silica", code, "")):
		return GroupPaxSilica
	case dataset.Signed(ds.MemberStatus("msp", code, "")):
		return GroupMSP
	case dataset.Signed(ds.MemberStatus("msp-forum", code, "")):
		return GroupForum
	}
	return GroupOther
}
