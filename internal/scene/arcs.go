// Package scene turns the dataset into what the map draws: arcs for ties
// between countries, and the graph of the network view. It knows nothing of
// the screen; everything is in Equal Earth plane units.
package scene

import (
	"image/color"
	"math"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/geo/arcs"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/style"
	"paxsilica/internal/view/urlstate"
)

// Arc is one drawn tie, or a bundle of ties of one type between the same
// two countries (the two US–Uzbekistan agreements).
type Arc struct {
	Type     string
	From, To string
	// Ties are indices into the dataset's Ties.
	Ties []int
	// Pieces of the arc in plane units; more than one where it leaves one
	// edge of the map and re-enters at the other.
	Pieces [][]geo.Point
	// Width in CSS pixels: import arcs by share, others by bundle size.
	Width  float64
	Colour color.RGBA
	// Trunk marks the shared stem of a bundle of arcs (see Bundle): it has
	// one end only, and no arrowhead.
	Trunk bool
	// Branch marks an arc of a bundle, drawn from where its trunk splits.
	Branch bool
}

// LayerOf returns the map layer a tie type belongs to, or "" for types not
// drawn as arcs (production, equity stakes).
func LayerOf(typ string) string {
	switch typ {
	case dataset.Import:
		return urlstate.LayerImports
	case dataset.Agreement, dataset.Corridor:
		return urlstate.LayerAgreements
	case dataset.ExportControl:
		return urlstate.LayerControls
	}
	return ""
}

// Arcs builds the arcs of the ties that exist at at and whose layer is on,
// import sources of every mineral included. Export controls on all
// destinations are not arcs (see ControlsOnAll).
func Arcs(ds *dataset.Dataset, w *mapdata.World, at string, on func(layer string) bool) []Arc {
	return ArcsFor(ds, w, at, "", on)
}

// ArcsFor is Arcs with the import sources narrowed to one mineral when
// mineral is a mineral id with import shares (of its commodity, so the
// refining stage shows the mineral's imports too); with "" or a mineral
// without them, every mineral's import sources are drawn. Imports are those
// of the edition that applies at at (dataset.ImportsAt).
func ArcsFor(ds *dataset.Dataset, w *mapdata.World, at, mineral string, on func(layer string) bool) []Arc {
	type key struct{ typ, from, to string }
	index := map[key]int{}
	var out []Arc
	imports := map[int]bool{}
	for _, i := range ds.ImportsAt(at) {
		imports[i] = true
	}
	if commodity := importCommodity(ds, mineral, imports); commodity != "" {
		for i := range imports {
			if m, ok := ds.Mineral(ds.Ties[i].Mineral); !ok || m.Commodity != commodity {
				delete(imports, i)
			}
		}
	}
	for i, t := range ds.Ties {
		layer := LayerOf(t.Type)
		if layer == "" || !on(layer) || !dataset.On(t.Date, at) || t.To == dataset.All || t.From == t.To {
			continue
		}
		if t.Type == dataset.Import && !imports[i] {
			continue
		}
		targets := []string{t.To}
		if t.Type == dataset.Corridor && len(t.Countries) > 0 {
			targets = t.Countries
		}
		for _, to := range targets {
			k := key{t.Type, t.From, to}
			if j, ok := index[k]; ok {
				out[j].Ties = append(out[j].Ties, i)
				continue
			}
			index[k] = len(out)
			out = append(out, Arc{Type: t.Type, From: t.From, To: to, Ties: []int{i}, Colour: style.Ties[t.Type]})
		}
	}
	// Arcs between the same two countries (either way) bow apart.
	pairs := map[[2]string][]int{}
	for i, a := range out {
		p := [2]string{a.From, a.To}
		if p[0] > p[1] {
			p[0], p[1] = p[1], p[0]
		}
		pairs[p] = append(pairs[p], i)
	}
	for i := range out {
		a := &out[i]
		p := [2]string{a.From, a.To}
		if p[0] > p[1] {
			p[0], p[1] = p[1], p[0]
		}
		group := pairs[p]
		rank := 0
		for r, j := range group {
			if j == i {
				rank = r
			}
		}
		bow := 4 * (float64(rank) - float64(len(group)-1)/2)
		if a.From > a.To {
			bow = -bow // keep the side consistent whichever way the arc runs
		}
		a.Pieces = arcPieces(w, a.From, a.To, bow)
		a.Width = arcWidth(ds, *a)
	}
	return out
}

// arcWidth is an arc's width in CSS px: by the number of ties it carries, an
// import by the largest share among them (its ties are of different
// minerals: their shares do not add up), never over style.ArcWidthMax.
func arcWidth(ds *dataset.Dataset, a Arc) float64 {
	w := style.ArcWidth + style.ArcWidthStep*float64(len(a.Ties)-1)
	if a.Type == dataset.Import {
		var share float64
		for _, ti := range a.Ties {
			if s := ds.Ties[ti].Share; s != nil {
				share = math.Max(share, *s)
			}
		}
		w = 1 + share/style.ImportSharePerPx
	}
	return math.Min(w, style.ArcWidthMax)
}

// importCommodity returns the commodity of mineral if some import tie of
// it (or of another stage of it) applies, else "".
func importCommodity(ds *dataset.Dataset, mineral string, imports map[int]bool) string {
	m, ok := ds.Mineral(mineral)
	if !ok {
		return ""
	}
	for i := range imports {
		if o, ok := ds.Mineral(ds.Ties[i].Mineral); ok && o.Commodity == m.Commodity {
			return m.Commodity
		}
	}
	return ""
}

// arcPieces returns the great-circle arc between two countries' label
// points, bowed by bow degrees, cut at the map's edge and projected.
func arcPieces(w *mapdata.World, from, to string, bow float64) [][]geo.Point {
	fi, ti := w.Index(from), w.Index(to)
	if fi < 0 || ti < 0 {
		return nil
	}
	a := projection.EqualEarthInverse(w.Countries[fi].Label)
	b := projection.EqualEarthInverse(w.Countries[ti].Label)
	n := int(math.Max(8, math.Min(64, math.Hypot(a.X-b.X, a.Y-b.Y)/2)))
	var out [][]geo.Point
	for _, piece := range arcs.Split(arcs.Bow(arcs.GreatCircle(a, b, n), bow)) {
		pp := make([]geo.Point, len(piece))
		for i, p := range piece {
			pp[i] = projection.EqualEarth(p)
		}
		out = append(out, pp)
	}
	return out
}

// ControlsOnAll returns the export controls on every destination that apply
// at at (announced, not suspended): the map marks China for them.
func ControlsOnAll(ds *dataset.Dataset, at string) []int {
	var out []int
	for i, t := range ds.Ties {
		if t.Type == dataset.ExportControl && t.To == dataset.All && dataset.ControlActive(t, at) {
			out = append(out, i)
		}
	}
	return out
}
