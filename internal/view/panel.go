package view

import (
	"paxsilica/internal/charts"
	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
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

// arcTitle names an arc's ends; a trunk's far end is its ties' count.
func arcTitle(loc *i18n.Catalog, ds *dataset.Dataset, a scene.Arc) string {
	name := func(code string) string {
		if code == "" {
			return loc.N("panel.ties", len(a.Ties))
		}
		return loc.Country(code, ds.CountryName(code, code))
	}
	return name(a.From) + " → " + name(a.To)
}

// TieHeading is the panel's heading over the ties of one type.
func TieHeading(loc *i18n.Catalog, t string) string {
	switch t {
	case dataset.Import:
		return loc.T("panel.heading.import")
	case dataset.Agreement:
		return loc.T("panel.heading.agreements")
	case dataset.Corridor:
		return loc.T("panel.heading.corridor")
	case dataset.ExportControl:
		return loc.T("panel.heading.controls")
	}
	return loc.T("panel.heading.ties")
}

// panel is what the panel shows: a clicked arc's ties, else the selected
// country, else the chosen mineral, else an introduction.
func (e *Explorer) panel() Panel {
	ds, at, loc := e.data, e.At(), e.loc
	switch {
	case e.selArc >= 0 && ds != nil:
		a := e.Arcs()[e.selArc]
		lines := make([]dataset.Line, 0, len(a.Ties))
		for _, ti := range a.Ties {
			lines = append(lines, ds.TieLines(loc, ds.Ties[ti], at)...)
		}
		pr := dataset.Profile{Sections: []dataset.Section{{Heading: TieHeading(loc, a.Type), Lines: lines}}}
		return Panel{Title: arcTitle(loc, ds, a), Profile: &pr, Data: ds}
	case e.selected >= 0:
		c := &e.world.Countries[e.selected]
		name := loc.Country(c.Code, c.Name)
		switch {
		case ds != nil:
			pr := ds.CountryProfile(loc, c.Code, c.Name, at, e.st.Mineral)
			sum := charts.CountrySummary(e.Loc(), ds, c.Code, at)
			return Panel{Title: name, Profile: &pr, Data: ds, Summary: &sum, Open: loc.T("panel.section.mineral"), Lead: e.scenarioLead(c.Code)}
		case e.dataErr:
			return Panel{Title: name, Text: loc.T("panel.broken")}
		}
		return Panel{Title: name, Text: loc.T("panel.loading")}
	case ds != nil && e.st.Scenario == urlstate.ScenarioCut:
		return e.scenarioPanel()
	case ds != nil && e.st.Mineral != "":
		if m, ok := ds.Mineral(e.st.Mineral); ok {
			pr := ds.MineralProfile(loc, m, at)
			v := charts.Mineral(loc, ds, m, at)
			open := ""
			if len(pr.Sections) > 0 {
				open = pr.Sections[0].Heading // the mineral's name and stage
			}
			return Panel{Title: pr.Name, Profile: &pr, Data: ds, Mineral: &v, Open: open}
		}
	}
	return Panel{Title: loc.T("panel.introTitle"), Text: loc.T("panel.intro")}
}
