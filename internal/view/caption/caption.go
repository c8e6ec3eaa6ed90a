// Package caption says in words what a view of the explorer shows: the
// title, subtitle and summary that the downloaded figure, the link preview
// and the map's text alternative use, and the sources of what is drawn. It
// imports no renderer, so the explorer itself can use it.
package caption

import (
	"strconv"
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
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

// DefaultTitle is the English title of the view with nothing chosen
// (figure.title.default).
const DefaultTitle = "Critical-mineral ties between China, the US and partners"

// Describe composes the caption of view st of ds at date at (YYYY-MM-DD),
// in the language of loc. ds may be nil (no dataset): the caption then says
// only what the map is.
func Describe(loc *i18n.Catalog, ds *dataset.Dataset, st urlstate.State, at string) Caption {
	var c Caption
	if ds == nil {
		c.Title = loc.T("figure.title.default")
		return c
	}
	if st.Scenario == urlstate.ScenarioCut && st.Mineral != "" {
		if r, err := scenario.Compute(ds, st.Mineral, st.ScenarioTarget(), "", at); err == nil {
			return scenarioCaption(loc, ds, st, at, r)
		}
	}
	m, _ := ds.Mineral(st.Mineral)
	if m != nil {
		m = m.At(at) // the figures that apply at the view's date
	}
	country, hasCountry := ds.Country(st.Country)
	name := loc.Country(st.Country, country.Name)
	if !hasCountry && st.Country != "" {
		name, hasCountry = st.Country, true
	}
	switch {
	case m != nil && hasCountry:
		c.Title = loc.F("figure.title.countryMineral", "country", name, "mineral", lower(loc, scenario.MineralLabel(loc, m)),
			"year", strconv.Itoa(m.Year), "share", shareText(loc, m, st.Country))
	case m != nil:
		c.Title = loc.F("figure.title.mineral", "mineral", scenario.MineralLabel(loc, m), "year", strconv.Itoa(m.Year))
	case hasCountry:
		c.Title = loc.F("figure.title.country", "country", name)
	default:
		c.Title = loc.T("figure.title.default")
	}
	var sub []string
	sub = append(sub, asOf(loc, ds, st, at))
	var on []string
	for _, l := range urlstate.AllLayers {
		if st.LayerOn(l) {
			on = append(on, LayerName(loc, l))
		}
	}
	if len(on) == 0 {
		sub = append(sub, loc.T("figure.layers.none"))
	} else {
		sub = append(sub, loc.F("figure.layers", "list", strings.Join(on, ", ")))
	}
	if st.HasCentre && st.Zoom > 1 {
		sub = append(sub, loc.F("figure.zoomed", "zoom", loc.Number(st.Zoom), "place", lonLat(loc, st.Lon, st.Lat)))
	}
	if st.View == urlstate.ViewNetwork {
		sub = append(sub, loc.T("figure.network"))
	}
	c.Subtitle = strings.Join(sub, " · ")

	var sum []string
	if m != nil {
		sum = append(sum, topProducers(loc, ds, m))
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
		if n == 0 {
			sum = append(sum, loc.F("figure.ties.none", "country", name, "date", loc.Date(at)))
		} else {
			sum = append(sum, loc.N("figure.ties", n, "country", name, "date", loc.Date(at)))
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
		sum = append(sum, loc.T("figure.summary.default"))
	}
	c.Summary = strings.Join(sum, " ")
	c.Sources = unique(c.Sources)
	return c
}

// asOf is the subtitle's first part: the map's date and the dataset's
// version: "Map as of 2026-11-28 (latest); dataset …, facts up to …".
func asOf(loc *i18n.Catalog, ds *dataset.Dataset, st urlstate.State, at string) string {
	key := "figure.asOf"
	if st.Date == "" {
		key = "figure.asOf.latest"
	}
	return loc.F(key, "date", loc.Date(at), "version", ds.Version, "facts", loc.Date(ds.AsOf))
}

// LayerName is the reader's name of a map layer, as the figure's subtitle
// says it (in English, scene.LayerNames).
func LayerName(loc *i18n.Catalog, layer string) string {
	if loc.English() {
		return scene.LayerNames[layer]
	}
	return loc.T(scene.LayerKeys[layer])
}

// lower lowercases a name inside an English sentence; other languages
// keep their glossary's spelling.
func lower(loc *i18n.Catalog, s string) string {
	if loc.English() {
		return strings.ToLower(s)
	}
	return s
}

// shareText is a country's share of a mineral in words.
func shareText(loc *i18n.Catalog, m *dataset.Mineral, code string) string {
	for _, p := range m.Producers {
		if p.Country != code {
			continue
		}
		if s, computed, ok := m.Share(p); ok {
			if computed {
				return loc.F("figure.share.computed", "pct", loc.Percent(s))
			}
			return loc.F("figure.share", "pct", loc.Percent(s))
		}
		return loc.T("figure.share.unpublished")
	}
	return loc.T("figure.share.none")
}

// topProducers names up to five producers with their shares.
func topProducers(loc *i18n.Catalog, ds *dataset.Dataset, m *dataset.Mineral) string {
	var parts []string
	for _, p := range m.Producers {
		if len(parts) == 5 {
			break
		}
		s := loc.Country(p.Country, ds.CountryName(p.Country, p.Country))
		if sh, _, ok := m.Share(p); ok {
			s += " " + loc.Percent(sh)
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return loc.T("figure.producers.none")
	}
	return loc.F("figure.producers", "mineral", lower(loc, scenario.MineralLabel(loc, m)), "year", strconv.Itoa(m.Year), "list", strings.Join(parts, ", "))
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

func lonLat(loc *i18n.Catalog, lon, lat float64) string {
	ew, ns := "figure.east", "figure.north"
	if lon < 0 {
		ew, lon = "figure.west", -lon
	}
	if lat < 0 {
		ns, lat = "figure.south", -lat
	}
	return loc.F("figure.lonLat", "lon", loc.Number(lon), "ew", loc.T(ew), "lat", loc.Number(lat), "ns", loc.T(ns))
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
