// Package mapdata holds the explorer's world geometry: countries with their
// projected rings and fill triangles, in a compact binary form that loads in
// milliseconds (see format.go), and the ISO code table used to build it.
package mapdata

import (
	"sync"

	"paxsilica/internal/geo"
)

// World is the projected map: every country's rings and fill triangles in
// Equal Earth plane units (Y down), sharing one vertex array.
type World struct {
	// Bounds is the extent of the whole map in plane units.
	Bounds geo.Rect
	// Points holds every vertex of every country; rings and triangles index it.
	Points []geo.Point
	// Indices holds fill triangles as triples of absolute indices into Points.
	Indices []uint32
	// Countries in draw order: a country with enclaves comes before them.
	Countries []Country

	byCode     map[string]int // built by Index on first use
	byCodeOnce sync.Once      // Index may be called from several goroutines
}

// Country is one map feature: an ISO 3166-1 alpha-3 code (or an X.. code
// for features without one), its name and its geometry.
type Country struct {
	Code, Name string
	// Label is a point inside the country's largest part, for labels and
	// markers of countries too small to see.
	Label geo.Point
	// Bounds is the country's extent in plane units.
	Bounds geo.Rect
	// Area is the country's projected area in square plane units.
	Area float64
	// Vertices is the country's range [Start, End) in World.Points.
	Vertices Span
	// Triangles is the country's range [Start, End) in World.Indices.
	Triangles Span
	// Rings are the country's outer rings and holes as ranges of
	// World.Points; points inside an odd number of them are in the country.
	Rings []Span
}

// Span is a half-open range [Start, End) of an array.
type Span struct{ Start, End int }

// Len is the number of elements in the span.
func (s Span) Len() int { return s.End - s.Start }

// Ring returns ring i of country c as a slice of w.Points (not a copy).
func (w *World) Ring(c *Country, i int) geo.Ring {
	s := c.Rings[i]
	return geo.Ring(w.Points[s.Start:s.End])
}

// Contains reports whether plane point p lies inside country c (even-odd
// over all its rings, so enclaves are excluded).
func (w *World) Contains(c *Country, p geo.Point) bool {
	if !c.Bounds.Contains(p) {
		return false
	}
	in := false
	for i := range c.Rings {
		if w.Ring(c, i).Contains(p) {
			in = !in
		}
	}
	return in
}

// Index returns the position of the country with the given code, or -1.
// It is called per node and edge every frame of the network view, so it
// looks up a map built on first use (Countries must not change after). It
// is safe for concurrent use: the browser tests share one World between
// parallel tests, and two first calls at once were a fatal concurrent map
// write.
func (w *World) Index(code string) int {
	w.byCodeOnce.Do(func() {
		w.byCode = make(map[string]int, len(w.Countries))
		for i := range w.Countries {
			w.byCode[w.Countries[i].Code] = i
		}
	})
	if i, ok := w.byCode[code]; ok {
		return i
	}
	return -1
}
