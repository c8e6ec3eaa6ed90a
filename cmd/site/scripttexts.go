package main

import (
	"encoding/json"
	"html"
	"maps"
	"slices"
	"strings"

	"paxsilica/internal/i18n"
)

// scriptGroups are the key groups whose texts app.js and download.js
// compose (the boot's messages, the Download dialog's statuses).
var scriptGroups = []string{"boot.", "download."}

// scriptTexts is the English of the scripts' keys, from the catalog, as
// JSON escaped for an HTML attribute (the app script's data-english): the
// scripts say English before any catalog has arrived, and these words are
// the catalog's, not a copy kept in step by hand.
func scriptTexts() (string, error) {
	en := i18n.English()
	texts := map[string]string{}
	for _, k := range slices.Sorted(maps.Keys(en.Msgs)) {
		for _, g := range scriptGroups {
			if strings.HasPrefix(k, g) {
				texts[k] = en.T(k)
			}
		}
	}
	b, err := json.Marshal(texts)
	if err != nil {
		return "", err
	}
	return html.EscapeString(string(b)), nil
}
