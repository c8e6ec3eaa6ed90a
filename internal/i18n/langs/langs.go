// Package langs builds the catalogs of the languages other than English
// (one file per language, hi.go for Hindi) and encodes them as the JSON the
// site serves to browsers (lang/<tag>.json). Country names come from CLDR
// through golang.org/x/text/language/display, not by hand. The explorer's
// wasm does not import this package: a reader who never asks for Hindi
// downloads none of it.
package langs

import (
	"encoding/json"
	"sort"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"paxsilica/internal/i18n"
)

// builders make each language's catalog without country names.
var builders = map[string]func() *i18n.Catalog{
	"hi": hindi,
}

// Get returns the catalog of tag with the CLDR names of the countries with
// the given ISO 3166-1 alpha-3 codes (those of the map and the dataset),
// and whether the language is offered. English is i18n.English() with no
// names: the dataset's names are English.
func Get(tag string, codes []string) (*i18n.Catalog, bool) {
	if tag == "en" {
		return i18n.English(), true
	}
	b, ok := builders[tag]
	if !ok {
		return nil, false
	}
	c := b()
	c.Countries = names(tag, codes)
	return c.With(), true
}

// Tags lists the languages this package builds, sorted.
func Tags() []string {
	tags := make([]string, 0, len(builders))
	for t := range builders {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	return tags
}

// names returns CLDR's name in language tag of each country code it knows.
func names(tag string, codes []string) map[string]string {
	namer := display.Regions(language.MustParse(tag))
	out := make(map[string]string, len(codes))
	for _, code := range codes {
		r, err := language.ParseRegion(code)
		if err != nil {
			continue
		}
		if n := namer.Name(r); n != "" {
			out[code] = n
		}
	}
	return out
}

// wire is the JSON form of a catalog that i18n.Parse reads.
type wire struct {
	Tag         string            `json:"tag"`
	Dir         string            `json:"dir"`
	Name        string            `json:"name"`
	Grouping    [2]int            `json:"grouping"`
	Months      []string          `json:"months,omitempty"`
	DatePattern string            `json:"datePattern,omitempty"`
	Plural      i18n.PluralRule   `json:"plural"`
	Msgs        map[string]string `json:"msgs"`
	Countries   map[string]string `json:"countries"`
}

// Encode writes c as the JSON that i18n.Parse reads (keys sorted, so the
// file's content hash changes only when a text does).
func Encode(c *i18n.Catalog) ([]byte, error) {
	return json.Marshal(wire{Tag: c.Tag, Dir: c.Dir, Name: c.Name, Grouping: c.Grouping, Months: c.Months,
		DatePattern: c.DatePattern, Plural: c.Plural, Msgs: c.Msgs, Countries: c.Countries})
}
