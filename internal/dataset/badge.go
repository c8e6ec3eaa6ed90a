package dataset

import "paxsilica/internal/i18n"

// BlocName is bloc id's name as loc says it (panel.bloc.<id>), or the
// dataset's name english where the catalog has none.
func BlocName(loc *i18n.Catalog, id, english string) string {
	return (&words{loc: loc}).gloss("panel.bloc."+id, english)
}

// When is a member's date with what it means ("signed 2025-12-12"), as
// loc says it (a Hindi date after its meaning's words).
func When(loc *i18n.Catalog, meaning, date string) string {
	if loc == nil {
		loc = i18n.English()
	}
	return (&words{loc: loc}).when(meaning, date)
}
