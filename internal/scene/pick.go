package scene

import (
	"paxsilica/internal/geo"
	"paxsilica/internal/geo/arcs"
	"paxsilica/internal/geo/projection"
)

// Reach of the pointer on arcs, in CSS pixels.
const (
	// ArcReach is how far from an arc's edge a point still hits it.
	ArcReach = 5.0
	// ArcEnds: within this of either end, an arc yields to the country it
	// touches, so that clicking a country is never taken by its arcs.
	ArcEnds = 14.0
)

// ArcAt returns the index of the arc of as under screen point p (device
// pixels) drawn at t, or -1: the nearest whose edge is within ArcReach,
// away from its ends. pxPerCSS is the device pixels per CSS pixel.
func ArcAt(as []Arc, t projection.Transform, p geo.Point, pxPerCSS float64) int {
	// Measured in the plane, where the arcs are, and scaled: the transform
	// only scales and shifts, so no vertex needs projecting.
	if t.Scale <= 0 {
		return -1
	}
	q := t.Invert(p)
	best, bestD := -1, ArcReach*pxPerCSS
	ends := ArcEnds * pxPerCSS / t.Scale
	near := func(a geo.Point) bool { return geo.SegmentDist2(q, a, a) < ends*ends }
	for i, a := range as {
		if len(a.Pieces) == 0 {
			continue
		}
		first := a.Pieces[0][0]
		lastPiece := a.Pieces[len(a.Pieces)-1]
		last := lastPiece[len(lastPiece)-1]
		if near(first) || near(last) {
			continue
		}
		for _, piece := range a.Pieces {
			if d := arcs.Distance(q, piece)*t.Scale - a.Width*pxPerCSS/2; d < bestD {
				best, bestD = i, d
			}
		}
	}
	return best
}
