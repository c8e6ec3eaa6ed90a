package scene

import (
	"image/color"
	"slices"

	"paxsilica/internal/dataset"
	"paxsilica/internal/style"
	"paxsilica/internal/style/scale"
)

// Fill is a country's fill on a map coloured by mineral m (nil: plain
// land): its share's class, the darkest class for a named leading producer
// without a figure, or the no-data grey. The live map and the poster both
// fill with it.
func Fill(m *dataset.Mineral, code string) color.RGBA {
	if m == nil {
		return style.Land
	}
	i := slices.IndexFunc(m.Producers, func(p dataset.Producer) bool { return p.Country == code })
	if i < 0 {
		return scale.NoData
	}
	if s, _, ok := m.Share(m.Producers[i]); ok {
		return scale.Colour(s)
	}
	return scale.Colours[len(scale.Colours)-1]
}
