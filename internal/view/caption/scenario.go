package caption

import (
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/scenario"
	"paxsilica/internal/view/urlstate"
)

// scenarioCaption is the caption of a scenario view: the scenario's title
// and summary, what the map shows instead of the layers, and every source
// the result rests on.
func scenarioCaption(ds *dataset.Dataset, st urlstate.State, at string, r *scenario.Result) Caption {
	when := "Map as of " + at
	if st.Date == "" {
		when += " (latest)"
	}
	sub := []string{when + "; dataset " + ds.Version + ", facts up to " + ds.AsOf,
		"countries cut off shaded by China's share of their imports, producers that could fill the gap outlined, layers hidden"}
	sum := r.Summary() + " " + strings.SplitAfter(scenario.Ignored, ". ")[0]
	return Caption{Title: r.Title(), Subtitle: strings.Join(sub, " · "), Summary: strings.TrimSpace(sum), Sources: r.Sources}
}
