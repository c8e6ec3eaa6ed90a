package view

import (
	"fmt"

	"paxsilica/internal/dataset"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/scene"
)

// tooltip is the text for the hovered arc, else the hovered country with
// the measure the map shows, else "" (no tooltip).
func tooltip(w *mapdata.World, ds *dataset.Dataset, arcs []scene.Arc, mineral, at string, country, arc int) string {
	switch {
	case arc >= 0 && arc < len(arcs) && ds != nil:
		a := arcs[arc]
		s := ds.TieLine(ds.Ties[a.Ties[0]], at).Text
		if len(a.Ties) > 1 {
			s += fmt.Sprintf(" (and %d more)", len(a.Ties)-1)
		}
		return s + " Click for sources."
	case country >= 0 && country < len(w.Countries):
		c := &w.Countries[country]
		if ds == nil {
			return c.Name
		}
		m, ok := ds.Mineral(mineral)
		if !ok {
			return c.Name
		}
		return ds.MineralTip(m, c.Code, c.Name, at)
	}
	return ""
}
