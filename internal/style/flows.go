package style

// Widths of the arcs of ties, in CSS pixels. They are capped: an arc wider
// than ArcWidthMax would hide the countries it crosses and ends on.
const (
	// ArcWidth is the width of an arc of one tie.
	ArcWidth = 1.5
	// ArcWidthStep is added for each further tie between the same pair.
	ArcWidthStep = 0.5
	// ImportSharePerPx: an import arc grows one pixel per this many
	// percentage points of the largest share it carries.
	ImportSharePerPx = 25.0
	// ArcWidthMax caps every arc but a trunk.
	ArcWidthMax = 4.0
	// TrunkWidthStep times the square root of (arcs − 1) is added to
	// ArcWidth for the trunk of a bundle of arcs.
	TrunkWidthStep = 0.8
	// TrunkWidthMax caps a trunk.
	TrunkWidthMax = 5.0
)

// Flows are drawn thinner on a small map: a line of fixed width covers more
// of a phone's 390-pixel world than of a desktop's 900-pixel one, and the
// fans of arcs would cover the countries they join. Every arc width, arrow
// and control ring is multiplied by FlowScale of the map's width.
const (
	// FlowScaleWidth is the map width, in CSS px, from which flows are
	// drawn at their full width.
	FlowScaleWidth = 900.0
	// FlowScaleMin is the thinnest flows get, on the smallest maps.
	FlowScaleMin = 0.55
)

// FlowScale is the factor for flows on a map mapWidth CSS px wide at home
// zoom: mapWidth/FlowScaleWidth, between FlowScaleMin and 1.
func FlowScale(mapWidth float64) float64 {
	return min(1, max(FlowScaleMin, mapWidth/FlowScaleWidth))
}
