package caption

import (
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/scenario"
	"paxsilica/internal/view/urlstate"
)

// scenarioCaption is the caption of a scenario view: the scenario's title
// and summary, what the map shows instead of the layers, and every source
// the result rests on.
func scenarioCaption(loc *i18n.Catalog, ds *dataset.Dataset, st urlstate.State, at string, r *scenario.Result) Caption {
	sub := []string{asOf(loc, ds, st, at), loc.T("figure.scenario.map")}
	sum := r.Summary(loc) + " " + scenario.IgnoredShort(loc)
	return Caption{Title: r.Title(loc), Subtitle: strings.Join(sub, " · "), Summary: strings.TrimSpace(sum), Sources: r.Sources}
}
