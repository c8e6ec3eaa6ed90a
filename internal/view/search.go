package view

import (
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/mapdata"
)

// Found is what a search found: a country (its index in the world) or a
// mineral (its id); Country is -1 for a mineral and for nothing.
type Found struct {
	Country int
	Mineral string
}

// Ok reports whether the search found anything.
func (f Found) Ok() bool { return f.Country >= 0 || f.Mineral != "" }

// Find looks text up among the countries (by name or code; in a language
// other than English by its name there too) and, when ds is not nil, the
// minerals (by label, name or id, and their names in loc), ignoring case:
// an exact
// match first, else the only name that starts with the text. The status
// says, in words, why nothing was found: no such name, or several that
// start with it. An empty text finds nothing and says nothing.
func Find(loc *i18n.Catalog, w *mapdata.World, ds *dataset.Dataset, text string) (found Found, status string) {
	none := Found{Country: -1}
	q := strings.ToLower(strings.TrimSpace(text))
	if q == "" {
		return none, ""
	}
	var exact, prefix []Found
	try := func(h Found, names ...string) {
		for _, n := range names {
			if strings.ToLower(n) == q {
				exact = append(exact, h)
				return
			}
		}
		for _, n := range names {
			if strings.HasPrefix(strings.ToLower(n), q) {
				prefix = append(prefix, h)
				return
			}
		}
	}
	en := loc.English()
	for i, c := range w.Countries {
		if en {
			try(Found{Country: i}, c.Name, c.Code)
		} else {
			try(Found{Country: i}, loc.Country(c.Code, c.Name), c.Name, c.Code)
		}
	}
	if ds != nil {
		for i := range ds.Minerals {
			m := &ds.Minerals[i]
			if en {
				try(Found{Country: -1, Mineral: m.ID}, m.Label(), m.Name, m.ID)
			} else {
				try(Found{Country: -1, Mineral: m.ID}, dataset.MineralLabel(loc, m), dataset.MineralName(loc, m), m.Label(), m.Name, m.ID)
			}
		}
	}
	switch {
	case len(exact) > 0:
		return exact[0], ""
	case len(prefix) == 1:
		return prefix[0], ""
	case len(prefix) > 1:
		return none, loc.N("search.several", len(prefix), "text", text)
	}
	return none, loc.F("search.none", "text", text)
}
