package i18n

import "sync"

var (
	englishOnce sync.Once
	english     *Catalog
)

// English returns the English catalog, the explorer's default and every
// other catalog's fallback. It is shared: do not change it.
func English() *Catalog {
	englishOnce.Do(func() {
		english = &Catalog{Tag: "en", Dir: "ltr", Name: "English", Msgs: englishMsgs,
			Grouping: [2]int{3, 3}, Plural: OneIsOne}
	})
	return english
}

// With returns c with English as its fallback for keys it lacks.
func (c *Catalog) With() *Catalog {
	if c.Tag != "en" {
		c.fallback = English()
	}
	return c
}

// englishMsgs are the English templates. Keys are grouped by where the
// reader meets them: page.* (the page around the map), panel.*, tip.*
// (tooltips), chart.*, scenario.*, export.*, status.*, mineral.*, notice.*,
// error.*. Keep each group sorted.
var englishMsgs = map[string]string{
	"lang.broken":   "The texts of this language could not be used ({why}); the explorer is shown in English.",
	"lang.fallback": "The language “{lang}” is not available; the explorer is shown in English.",
	"lang.missing":  "the page did not provide them",
	"lang.other":    "the page provided the texts of “{tag}”",
}
