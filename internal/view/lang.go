package view

import (
	"paxsilica/internal/i18n"
	"paxsilica/internal/view/urlstate"
)

// PageCatalog is the catalog the explorer speaks, from what the page gives
// it: lang is the URL's language (urlstate.State.Lang, "" for English) and
// data the catalog's JSON that the page fetched for it (nil when it gave
// none). English, with a notice saying what failed, when the language was
// asked for and its catalog is missing, broken or of another language;
// the page stays usable either way.
func PageCatalog(lang string, data []byte) (*i18n.Catalog, []urlstate.Notice) {
	en := i18n.English()
	if lang == "" {
		return en, nil
	}
	fallback := func(why string) []urlstate.Notice {
		return []urlstate.Notice{{Param: urlstate.LangParam, Value: lang, Message: en.F("lang.broken", "why", why)}}
	}
	if data == nil {
		return en, fallback(en.T("lang.missing"))
	}
	c, err := i18n.Parse(data)
	switch {
	case err != nil:
		return en, fallback(err.Error())
	case c.Tag != lang:
		return en, fallback(en.F("lang.other", "tag", c.Tag))
	}
	return c, nil
}
