package view

import (
	"paxsilica/internal/charts"
	"strconv"

	"paxsilica/internal/dataset"
	"paxsilica/internal/scene"
	"paxsilica/internal/view/urlstate"
)

// Panel is what the details panel shows: a title and either a profile
// (sections of sourced statements) or one paragraph of text.
type Panel struct {
	Title   string
	Profile *dataset.Profile // nil when Text says it all
	Text    string
	// Data is the dataset whose sources the profile cites.
	Data *dataset.Dataset
	// Summary (a country) or Mineral (a mineral) are the charts that lead
	// the panel; the profile's sections then fold, Open's heading open.
	Summary *charts.Summary
	Mineral *charts.MineralView
	Open    string
	// Lead, when set, are statements shown first, above any charts: the
	// scenario's summary (and what it says of the selected country).
	Lead []dataset.Line
	// Scenario is the scenario's chart, after Lead.
	Scenario *charts.ScenarioChart
}

// Texts of the panel that the state alone decides.
const (
	introTitle  = "No country selected"
	introText   = "Click a country on the map to see its ties over critical minerals, or choose a mineral to colour the map by its producers."
	loadingText = "Loading the dataset…"
	brokenText  = "The dataset could not be used (see above), so there are no details to show."
)

// arcTitle names an arc's ends; a trunk's far end is its ties' count.
func arcTitle(ds *dataset.Dataset, a scene.Arc) string {
	name := func(code string) string {
		if code == "" {
			return strconv.Itoa(len(a.Ties)) + " ties"
		}
		return ds.CountryName(code, code)
	}
	return name(a.From) + " → " + name(a.To)
}

// TieHeading is the panel's heading over the ties of one type.
func TieHeading(t string) string {
	switch t {
	case dataset.Import:
		return "Import source"
	case dataset.Agreement:
		return "Agreements"
	case dataset.Corridor:
		return "Corridor"
	case dataset.ExportControl:
		return "Export controls"
	}
	return "Ties"
}

// panel is what the panel shows: a clicked arc's ties, else the selected
// country, else the chosen mineral, else an introduction.
func (e *Explorer) panel() Panel {
	ds, at := e.data, e.At()
	switch {
	case e.selArc >= 0 && ds != nil:
		a := e.arcs[e.selArc]
		lines := make([]dataset.Line, 0, len(a.Ties))
		for _, ti := range a.Ties {
			lines = append(lines, ds.TieLines(ds.Ties[ti], at)...)
		}
		pr := dataset.Profile{Sections: []dataset.Section{{Heading: TieHeading(a.Type), Lines: lines}}}
		return Panel{Title: arcTitle(ds, a), Profile: &pr, Data: ds}
	case e.selected >= 0:
		c := &e.world.Countries[e.selected]
		switch {
		case ds != nil:
			pr := ds.CountryProfile(c.Code, c.Name, at, e.st.Mineral)
			sum := charts.CountrySummary(ds, c.Code, at)
			return Panel{Title: c.Name, Profile: &pr, Data: ds, Summary: &sum, Open: "Selected mineral", Lead: e.scenarioLead(c.Code)}
		case e.dataErr:
			return Panel{Title: c.Name, Text: brokenText}
		}
		return Panel{Title: c.Name, Text: loadingText}
	case ds != nil && e.st.Scenario == urlstate.ScenarioCut:
		return e.scenarioPanel()
	case ds != nil && e.st.Mineral != "":
		if m, ok := ds.Mineral(e.st.Mineral); ok {
			pr := ds.MineralProfile(m, at)
			v := charts.Mineral(e.Loc(), ds, m, at)
			return Panel{Title: m.Name, Profile: &pr, Data: ds, Mineral: &v, Open: m.Label()}
		}
	}
	return Panel{Title: introTitle, Text: introText}
}
