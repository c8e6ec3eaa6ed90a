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
