package main

import "paxsilica/internal/geo/projection"

// updateLabels shows the country (or node) names, in the reader's
// language, placed so that they do not overlap, when the view has changed.
func (g *game) updateLabels(t projection.Transform) {
	w := g.world()
	placed, selCode, changed := g.m.Labels(t, g.ex.Selected(), func(i int) string { return g.ui.loc.Country(w.Countries[i].Code, w.Countries[i].Name) })
	if changed {
		g.ui.showLabels(placed, selCode)
	}
}
