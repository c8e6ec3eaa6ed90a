package view

import (
	"paxsilica/internal/dataset"
	"paxsilica/internal/export"
	"paxsilica/internal/i18n"
	"paxsilica/internal/view/urlstate"
)

// Tables are the tables of the Table view for st at at: the scenario's
// first while one is shown, then those of export.ViewTables, captions and
// column names in the language of loc.
func Tables(loc *i18n.Catalog, ds *dataset.Dataset, st urlstate.State, at string) []export.Table {
	out := export.ViewTables(loc, ds, st.Mineral, st.Country, at)
	if st.Scenario == urlstate.ScenarioCut && st.Mineral != "" {
		if t, err := export.Scenario(loc, ds, st.Mineral, st.ScenarioTarget(), at); err == nil {
			out = append([]export.Table{t}, out...)
		}
	}
	return out
}
