package style

import "image/color"

// Scenario map colours ("What if China cuts supply?"): countries China stops
// supplying are filled by how much of their imports China supplied
// (ColorBrewer Purples, a ramp no class of the mineral choropleth comes
// near); those it keeps supplying stay Land; China is filled with China;
// producers that could fill the gap are outlined in GapFiller.
var (
	// Exposure is indexed by scenario.Level: untouched, no import data,
	// under 20%, 20–50%, 50% and more.
	Exposure = [5]color.RGBA{
		Land,
		{0xbd, 0xb5, 0xa8, 0xff}, // warm grey: cut off, share not recorded
		{0xbc, 0xbd, 0xdc, 0xff},
		{0x80, 0x7d, 0xba, 0xff},
		{0x54, 0x27, 0x8f, 0xff},
	}
	// GapFiller outlines the producers left when China's supply is cut
	// (Okabe–Ito bluish green; the bloc outlines are off in the scenario).
	GapFiller = color.RGBA{0x00, 0x9e, 0x73, 0xff}
)

// GapFillerWidth is the width of a gap-filler's outline, in CSS pixels.
const GapFillerWidth = 2.4
