package export

import (
	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
)

// ViewTables are the tables of the explorer's table view for a view: the
// producers of the mineral (if one is chosen), the ties of the selected
// country (if one is), and the events (the country's, or those around the
// date), in the language of loc. at is the view's date ("" for the latest).
func ViewTables(loc *i18n.Catalog, ds *dataset.Dataset, mineral, country, at string) []Table {
	var out []Table
	if t, err := Producers(loc, ds, mineral, at); err == nil {
		out = append(out, t)
	}
	if country != "" {
		if t, err := Ties(loc, ds, country, at); err == nil {
			out = append(out, t)
		}
		if t, err := Events(loc, ds, country, at); err == nil {
			out = append(out, t)
		}
	} else if t, err := Events(loc, ds, "", at); err == nil {
		out = append(out, t)
	}
	return out
}
