// Package hittest finds the country under a point of the map: polygons
// through a grid index, and countries too small to click through a marker
// with a minimum hit radius.
package hittest

import (
	"math"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/mapdata"
)

// Options tune picking on screen. The zero value gives the defaults.
type Options struct {
	// TinyPx: a country whose extent on screen is under TinyPx pixels is
	// drawn as a marker and picked by nearness. The default (zero) is 6.
	TinyPx float64
	// RadiusPx is how near a marker a point must be to pick it. The default
	// (zero) is 9.
	RadiusPx float64
}

func (o Options) tinyPx() float64   { return cmpOr(o.TinyPx, 6) }
func (o Options) radiusPx() float64 { return cmpOr(o.RadiusPx, 9) }

func cmpOr(v, d float64) float64 {
	if v > 0 {
		return v
	}
	return d
}

// Index is a uniform grid over the world's bounds listing, per cell, the
// countries whose bounds overlap it.
type Index struct {
	w          *mapdata.World
	cols, rows int
	cells      [][]int
}

// New builds the index for w.
func New(w *mapdata.World) *Index {
	ix := &Index{w: w, cols: 96, rows: 48}
	ix.cells = make([][]int, ix.cols*ix.rows)
	for i := range w.Countries {
		b := w.Countries[i].Bounds
		c0, r0 := ix.cell(b.Min)
		c1, r1 := ix.cell(b.Max)
		for r := r0; r <= r1; r++ {
			for c := c0; c <= c1; c++ {
				ix.cells[r*ix.cols+c] = append(ix.cells[r*ix.cols+c], i)
			}
		}
	}
	return ix
}

func (ix *Index) cell(p geo.Point) (int, int) {
	b := ix.w.Bounds
	c := int((p.X - b.Min.X) / b.Dx() * float64(ix.cols))
	r := int((p.Y - b.Min.Y) / b.Dy() * float64(ix.rows))
	return max(0, min(ix.cols-1, c)), max(0, min(ix.rows-1, r))
}

// At returns the index of the country containing plane point p, or -1.
func (ix *Index) At(p geo.Point) int {
	if !ix.w.Bounds.Contains(p) {
		return -1
	}
	c, r := ix.cell(p)
	for _, i := range ix.cells[r*ix.cols+c] {
		if ix.w.Contains(&ix.w.Countries[i], p) {
			return i
		}
	}
	return -1
}

// Tiny reports whether country i is too small on screen, at transform t, to
// be seen or clicked as a shape, and so gets a marker.
func (ix *Index) Tiny(i int, t projection.Transform, o Options) bool {
	b := ix.w.Countries[i].Bounds
	return math.Max(b.Dx(), b.Dy())*t.Scale < o.tinyPx()
}

// Pick returns the country under screen point s at transform t, or -1 for
// the sea. A point on a small country's own shape picks it (Qatar beside
// Bahrain's marker); otherwise the nearest marker of a tiny country within
// the radius wins over the sea and over large countries (Singapore over the
// Malaysian coast, the Vatican over Rome); otherwise the shape under s.
func (ix *Index) Pick(t projection.Transform, s geo.Point, o Options) int {
	under := ix.At(t.Invert(s))
	if under >= 0 && ix.Tiny(under, t, Options{TinyPx: 4 * o.tinyPx()}) {
		return under
	}
	best, bestD := -1, o.radiusPx()
	for i := range ix.w.Countries {
		if !ix.Tiny(i, t, o) {
			continue
		}
		l := t.Apply(ix.w.Countries[i].Label)
		if d := math.Hypot(l.X-s.X, l.Y-s.Y); d <= bestD {
			best, bestD = i, d
		}
	}
	if best >= 0 {
		return best
	}
	return under
}
