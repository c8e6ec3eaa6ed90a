package sitefiles

import "strings"

// The folders of the built site that only readers of a language other than
// English fetch: the catalogs (lang/<tag>.<hash>.json) and the web fonts of
// scripts other than Latin (fonts/, declared for :lang() only).
const (
	LangDir = "lang"
	FontDir = "fonts"
)

// OnDemand reports whether a file of the site (its path in the site, with
// forward slashes) is left out of the first load: embed.js (only host pages
// load it), the exporters' wasm (loaded when the reader asks for a
// download), the data archive and the changelog (a link in the panel), and
// what only readers of other languages load (ByLanguage).
func OnDemand(name string) bool {
	return name == "embed.js" || strings.HasPrefix(name, "exporter.") || strings.HasPrefix(name, "exporter-shaping.") ||
		strings.HasSuffix(name, ".zip") || strings.HasSuffix(name, ".md") || ByLanguage(name)
}

// ByLanguage reports whether a file is loaded only by a reader of a
// language other than English.
func ByLanguage(name string) bool {
	return strings.HasPrefix(name, LangDir+"/") || strings.HasPrefix(name, FontDir+"/")
}
