package mapdata

import "paxsilica/geo"

// Outlines returns every country's rings simplified (Douglas–Peucker) to
// within tol plane units, indexed [country][ring]. Drawn at world scale, a
// ring needs no detail finer than a fraction of a pixel: the outlines of the
// whole map at tol = width/4000 have about a fifth of the vertices, and
// stroking borders is most of the cost of drawing the map.
func (w *World) Outlines(tol float64) [][][]geo.Point {
	out := make([][][]geo.Point, len(w.Countries))
	for i := range w.Countries {
		c := &w.Countries[i]
		out[i] = make([][]geo.Point, len(c.Rings))
		for j := range c.Rings {
			out[i][j] = geo.Simplify(w.Ring(c, j), tol)
		}
	}
	return out
}
