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
// without a figure, or the no-data grey (also for a country listed only for
// its reserves). m's figures are those of the year it was taken at
// (Mineral.At). The live map and the poster both
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
	if m.Producers[i].Leading {
		return scale.Colours[len(scale.Colours)-1]
	}
	return scale.NoData // listed for its reserves, or output withheld
}
