package view

import (
	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/scene"
)

// tooltip is the text for the hovered arc, else the hovered country with
// the measure the map shows, else "" (no tooltip).
func tooltip(loc *i18n.Catalog, w *mapdata.World, ds *dataset.Dataset, arcs []scene.Arc, mineral, at string, country, arc int) string {
	switch {
	case arc >= 0 && arc < len(arcs) && ds != nil:
		a := arcs[arc]
		s := ds.TieLine(loc, ds.Ties[a.Ties[0]], at).Text
		if len(a.Ties) > 1 {
			s += loc.N("tip.more", len(a.Ties)-1)
		}
		return s + loc.T("tip.click")
	case country >= 0 && country < len(w.Countries):
		c := &w.Countries[country]
		name := loc.Country(c.Code, c.Name)
		if ds == nil {
			return name
		}
		m, ok := ds.Mineral(mineral)
		if !ok {
			return name
		}
		return ds.MineralTip(loc, m, c.Code, name, at)
	}
	return ""
}
