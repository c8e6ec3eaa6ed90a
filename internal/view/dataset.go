package view

import (
	"errors"

	"paxsilica/internal/charts"
	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
)

// Nearby is an event listed under the panel.
type Nearby struct {
	dataset.Line
	// After: the event comes after the date shown (listed dimmed).
	After bool
	// Key is the colour key of the event's type, as its tick on the
	// timeline has it (charts.TickKey).
	Key string
}

// EventsNear lists the events within 45 days of date at, at most 8, for the
// list under the panel.
func EventsNear(loc *i18n.Catalog, ds *dataset.Dataset, at string) []Nearby {
	ev := ds.EventsNear(at, 45, 8)
	out := make([]Nearby, len(ev))
	for i, e := range ev {
		out[i] = Nearby{Line: ds.EventLine(loc, e, at), After: e.Date > at, Key: charts.TickKey(e.Type)} // with a deadline's status at the date
	}
	return out
}

// DatasetProblems says, in words, why the dataset was not used: a headline
// and, for a dataset that loaded but failed its checks, each problem with
// its JSON path.
// The problems themselves (JSON paths and checks) stay in English, as the
// dataset's maintainers read them.
func DatasetProblems(loc *i18n.Catalog, err error) (headline string, problems []string) {
	var es dataset.Errors
	if !errors.As(err, &es) {
		return loc.F("error.datasetLoad", "error", err.Error()), nil
	}
	for _, e := range es {
		problems = append(problems, e.Error())
	}
	return loc.N("error.datasetProblems", len(problems)), problems
}

// DatasetInfo states the dataset's version and date, under the panel.
func DatasetInfo(loc *i18n.Catalog, ds *dataset.Dataset) string {
	return loc.F("panel.datasetInfo", "version", ds.Version, "date", loc.Date(ds.AsOf))
}
