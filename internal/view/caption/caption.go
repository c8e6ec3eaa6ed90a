// Package caption says in words what a view of the explorer shows: the
// title, subtitle and summary that the downloaded figure, the link preview
// and the map's text alternative use, and the sources of what is drawn. It
// imports no renderer, so the explorer itself can use it.
package caption

import (
	"fmt"
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/scenario"
	"paxsilica/internal/scene"
	"paxsilica/internal/view/urlstate"
)

// Caption is what a view shows, in words: the figure's title and subtitle,
// a summary of its figures (also the map's text alternative and a link
// preview's description) and the sources of what is drawn.
type Caption struct {
	Title, Subtitle, Summary string
	// Sources are the ids of the sources of what the view shows, the most
	// specific first (the mineral's, the selection's ties, the blocs, the
	// other ties drawn).
	Sources []string
}

// DefaultTitle is the title of the view with nothing chosen.
const DefaultTitle = "Critical-mineral ties between China, the US and partners"

// Describe composes the caption of view st of ds at date at (YYYY-MM-DD).
// ds may be nil (no dataset): the caption then says only what the map is.
func Describe(ds *dataset.Dataset, st urlstate.State, at string) Caption {
	var c Caption
	if ds == nil {
		c.Title = DefaultTitle
		return c
	}
	if st.Scenario == urlstate.ScenarioCut && st.Mineral != "" {
		if r, err := scenario.Compute(ds, st.Mineral, st.ScenarioTarget(), "", at); err == nil {
			return scenarioCaption(ds, st, at, r)
		}
	}
	m, _ := ds.Mineral(st.Mineral)
	if m != nil {
		m = m.At(at) // the figures that apply at the view's date
	}
	country, hasCountry := ds.Country(st.Country)
	name := country.Name
	if !hasCountry && st.Country != "" {
		name, hasCountry = st.Country, true
	}
	switch {
	case m != nil && hasCountry:
		c.Title = fmt.Sprintf("%s in %s, %d: %s", name, strings.ToLower(m.Label()), m.Year, shareText(m, st.Country))
	case m != nil:
		c.Title = fmt.Sprintf("%s: share of world output, %d", m.Label(), m.Year)
	case hasCountry:
		c.Title = name + ": ties over critical minerals"
	default:
		c.Title = DefaultTitle
	}
	var sub []string
	when := "Map as of " + at
	if st.Date == "" {
		when += " (latest)"
	}
	sub = append(sub, when+"; dataset "+ds.Version+", facts up to "+ds.AsOf)
	var on []string
	for _, l := range urlstate.AllLayers {
		if st.LayerOn(l) {
			on = append(on, scene.LayerNames[l])
		}
	}
	if len(on) == 0 {
		sub = append(sub, "no layers shown")
	} else {
		sub = append(sub, "layers: "+strings.Join(on, ", "))
	}
	if st.HasCentre && st.Zoom > 1 {
		sub = append(sub, fmt.Sprintf("zoomed %s× on %s", dataset.Number(st.Zoom), lonLat(st.Lon, st.Lat)))
	}
	if st.View == urlstate.ViewNetwork {
		sub = append(sub, "drawn as the map (the network view has no figure)")
	}
	c.Subtitle = strings.Join(sub, " · ")

	var sum []string
	if m != nil {
		sum = append(sum, topProducers(ds, m))
		c.Sources = append(c.Sources, m.Sources...)
	}
	if hasCountry {
		n := 0
		for _, t := range ds.Ties {
			if dataset.On(t.Date, at) && involves(t, st.Country) {
				n++
				c.Sources = append(c.Sources, t.Sources...)
			}
		}
		switch n {
		case 0:
			sum = append(sum, name+": no recorded ties in this dataset as of "+at+".")
		case 1:
			sum = append(sum, name+": 1 recorded tie as of "+at+".")
		default:
			sum = append(sum, fmt.Sprintf("%s: %d recorded ties as of %s.", name, n, at))
		}
	}
	if st.LayerOn(urlstate.LayerBlocs) {
		for _, id := range []string{"pax-silica", "msp"} {
			if b, ok := ds.Bloc(id); ok {
				c.Sources = append(c.Sources, b.Sources...)
			}
		}
	}
	for _, t := range ds.Ties {
		if dataset.On(t.Date, at) && layerOn(st, t.Type) {
			c.Sources = append(c.Sources, t.Sources...)
		}
	}
	if m == nil && !hasCountry {
		sum = append(sum, "Who signed Pax Silica, who belongs to the Minerals Security Partnership, US import sources and agreements, and Chinese export controls, with sources.")
	}
	c.Summary = strings.Join(sum, " ")
	c.Sources = unique(c.Sources)
	return c
}

// shareText is a country's share of a mineral in words.
func shareText(m *dataset.Mineral, code string) string {
	for _, p := range m.Producers {
		if p.Country != code {
			continue
		}
		if s, computed, ok := m.Share(p); ok {
			t := dataset.Percent(s) + " of world output"
			if computed {
				t += " (computed)"
			}
			return t
		}
		return "a leading producer, no figure published"
	}
	return "no recorded output"
}

// topProducers names up to five producers with their shares.
func topProducers(ds *dataset.Dataset, m *dataset.Mineral) string {
	var parts []string
	for _, p := range m.Producers {
		if len(parts) == 5 {
			break
		}
		s := ds.CountryName(p.Country, p.Country)
		if sh, _, ok := m.Share(p); ok {
			s += " " + dataset.Percent(sh)
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return "No producers recorded."
	}
	return fmt.Sprintf("Top producers of %s, %d: %s.", strings.ToLower(m.Label()), m.Year, strings.Join(parts, ", "))
}

func involves(t dataset.Tie, code string) bool {
	if t.From == code || t.To == code {
		return true
	}
	for _, c := range t.Countries {
		if c == code {
			return true
		}
	}
	return false
}

// layerOn reports whether ties of type typ are drawn in view st.
func layerOn(st urlstate.State, typ string) bool {
	l := scene.LayerOf(typ)
	return l != "" && st.LayerOn(l)
}

func lonLat(lon, lat float64) string {
	ew, ns := "E", "N"
	if lon < 0 {
		ew, lon = "W", -lon
	}
	if lat < 0 {
		ns, lat = "S", -lat
	}
	return fmt.Sprintf("%s°%s, %s°%s", dataset.Number(lon), ew, dataset.Number(lat), ns)
}

func unique(ids []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
