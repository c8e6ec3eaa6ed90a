package main

import (
	"syscall/js"

	"paxsilica/internal/i18n"
	"paxsilica/internal/view"
	"paxsilica/internal/view/urlstate"
)

// pageCatalog returns the catalog the explorer speaks for lang (the URL's,
// "" for English): the JSON text app.js fetched and left in
// window.paxsilica.catalog (a string, or a promise of one), read with
// view.PageCatalog; English, with a notice, when it is missing or broken.
// It must not run on a JavaScript callback's goroutine (it may await).
func pageCatalog(lang string) (*i18n.Catalog, []urlstate.Notice) {
	if lang == "" {
		return i18n.English(), nil
	}
	var data []byte
	v := js.Global().Get("paxsilica")
	if v.Type() == js.TypeObject {
		v = v.Get("catalog")
	}
	if v.Type() == js.TypeObject && v.Get("then").Type() == js.TypeFunction {
		var err error
		if v, err = await(v); err != nil {
			v = js.Undefined()
		}
	}
	if v.Type() == js.TypeString {
		data = []byte(v.String())
	}
	return view.PageCatalog(lang, data)
}
