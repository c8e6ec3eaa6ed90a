package style

import (
	"image/color"
	"math"

	"paxsilica/internal/geo"
)

// The base map: borders and the markers of countries too small to see.
const (
	// BorderWidth is the width of the white line between countries.
	BorderWidth = 0.6
	// MarkerTinyPx: a country narrower than this on screen gets a marker.
	MarkerTinyPx = 3.0
	// MarkerRadius and MarkerWidth size the marker's ring.
	MarkerRadius = 2.5
	MarkerWidth  = 1.0
)

// Outline is how a bloc's members (or one country) are outlined.
type Outline struct {
	// Bloc is the dataset bloc whose signed members are outlined, or "".
	Bloc string
	// Country is the one country outlined when Bloc is "".
	Country string
	Width   float64
	Colour  color.RGBA
}

// Outlines are the bloc layer's outlines in drawing order: MSP under Pax
// Silica and wider, so members of both show both colours; then China. They
// are thin, so they follow the borders instead of smudging them.
var Outlines = []Outline{
	{Bloc: "msp", Width: 2.4, Colour: MSP},
	{Bloc: "pax-silica", Width: 1.2, Colour: PaxSilica},
	{Country: "CHN", Width: 1.6, Colour: China},
}

// OutlineMinRing: a ring (an island) smaller on screen than this many CSS
// pixels across is not outlined; its outline would be a blot of colour.
const OutlineMinRing = 6.0

// Highlights of the hovered and selected countries.
const (
	HoverEdgeWidth    = 1.0
	SelectedEdgeWidth = 2.0
	// HaloWidth is added to an edge wider than HaloFrom as a white halo
	// under it, so the edge stands out on dark fills.
	HaloWidth = 2.0
	HaloFrom  = 1.5
	// A country narrower than PickTinyPx is picked within PickRadius of its
	// label point, and its highlight gets a dot of TinyDotRadius.
	PickTinyPx    = 6.0
	PickRadius    = 8.0
	TinyDotRadius = 3.5
	// HoverDarken darkens a mineral's class colour under the pointer.
	HoverDarken = 0.82
)

// Arcs (ties) and their arrowheads.
const (
	ArcOpacity       = 0.85
	SuspendedOpacity = 0.3  // suspended export controls
	DimmedOpacity    = 0.12 // arcs that do not touch the selected country: faded, the selection's stand out
	// ArcHighlightWidth is added to a hovered or selected arc's width.
	ArcHighlightWidth = 1.5
	// ArrowBase is an arrowhead's length beyond the arc's width: an arc of
	// width w has a head ArrowBase+w long.
	ArrowBase = 5.0
	// ArrowSpread is half the arrowhead's base over its length.
	ArrowSpread = 0.55
)

// ArcAlpha is an arc's opacity: suspended controls faded, arcs away from
// the selection dimmed, the hovered or selected one opaque.
func ArcAlpha(suspended, dimmed, highlighted bool) float64 {
	if highlighted {
		return 1
	}
	op := ArcOpacity
	if suspended {
		op = SuspendedOpacity
	}
	if dimmed {
		op = math.Min(op, DimmedOpacity)
	}
	return op
}

// ArrowLength is the length of the arrowhead on an arc of width w.
func ArrowLength(w float64) float64 { return ArrowBase + w }

// Arrowhead returns the corners of an arrowhead of length size with its tip
// at tip, pointing away from from: the tip, then the two corners of the
// base. It reports false when from and tip coincide.
func Arrowhead(from, tip geo.Point, size float64) ([3]geo.Point, bool) {
	dx, dy := tip.X-from.X, tip.Y-from.Y
	l := math.Hypot(dx, dy)
	if l == 0 {
		return [3]geo.Point{}, false
	}
	ux, uy := dx/l, dy/l
	bx, by := tip.X-ux*size, tip.Y-uy*size
	s := size * ArrowSpread
	return [3]geo.Point{tip, {X: bx - uy*s, Y: by + ux*s}, {X: bx + uy*s, Y: by - ux*s}}, true
}

// Ring is a circle drawn around a point.
type Ring struct{ Radius, Width float64 }

// ControlRings circle China when it controls exports to all destinations.
var ControlRings = []Ring{{Radius: 11, Width: 2.5}, {Radius: 16, Width: 1.5}}

// Keyboard focus: the ring around the map area and the cross at its centre
// (the country Enter selects).
const (
	FocusRingWidth = 3.0
	// FocusCrossArm is half the cross's span; it is drawn FocusCrossWidth
	// wide in Focus over a FocusCrossHalo-wide white line.
	FocusCrossArm   = 9.0
	FocusCrossWidth = 2.0
	FocusCrossHalo  = 4.0
)

// The network view.
const (
	EdgeWidth = 1.3
	// EdgeOpacity, and with a selection: EdgeDimmed for other edges,
	// EdgeSelected for the selected node's.
	EdgeOpacity  = 0.55
	EdgeDimmed   = 0.12
	EdgeSelected = 0.95
	// NodeRim is the width of a node's rim (white, or its group's colour
	// when a mineral colours the node).
	NodeRim = 1.5
	// SelectedNodeRing and HoverNodeRing circle the selected and the
	// hovered node: Gap outside the node, Width wide.
	SelectedNodeGap   = 3.0
	SelectedNodeWidth = 2.5
	HoverNodeGap      = 2.0
	HoverNodeWidth    = 1.5
)

// NodeRadius is the radius of a node with degree ties.
func NodeRadius(degree int) float64 { return 3 + 1.4*math.Sqrt(float64(degree)) }
