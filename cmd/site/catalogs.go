package main

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/i18n/langs"
	"paxsilica/internal/kit/sitefiles"
	"paxsilica/internal/mapdata"
)

// langDir is the folder of the built site that holds the catalogs of the
// languages other than English, lang/<tag>.<hash>.json. An English reader
// fetches none of them.
const langDir = sitefiles.LangDir

// catalog is one language's catalog as the site serves it.
type catalog struct {
	Tag, Dir, Name string
	// File is the catalog's path in the site, "lang/hi.0123456789.json".
	File string
}

// writeCatalogs writes the catalog of every language i18n.Languages offers
// other than English, with the CLDR names of the countries of the map
// (geometry, world-50m.bin) and of the dataset (dataset.json), and returns
// them in the order of i18n.Languages.
func writeCatalogs(dir, geometry, data string) ([]catalog, error) {
	codes, err := countryCodes(filepath.Join(dir, geometry), filepath.Join(dir, data))
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Join(dir, langDir), 0o755); err != nil {
		return nil, err
	}
	var out []catalog
	for _, l := range i18n.Languages {
		if l.Tag == "en" {
			continue
		}
		c, ok := langs.Get(l.Tag, codes)
		if !ok {
			return nil, fmt.Errorf("i18n.Languages offers %q, but package langs builds no catalog for it", l.Tag)
		}
		b, err := langs.Encode(c)
		if err != nil {
			return nil, fmt.Errorf("catalog %s: %w", l.Tag, err)
		}
		file := langDir + "/" + sitefiles.Hashed(l.Tag+".json", b)
		if err := os.WriteFile(filepath.Join(dir, file), b, 0o644); err != nil {
			return nil, err
		}
		out = append(out, catalog{Tag: l.Tag, Dir: c.Dir, Name: l.Name, File: file})
	}
	return out, nil
}

// countryCodes returns the ISO 3166-1 alpha-3 codes of the map's countries
// and the dataset's, sorted and without repeats.
func countryCodes(geometry, data string) ([]string, error) {
	gb, err := os.ReadFile(geometry)
	if err != nil {
		return nil, err
	}
	world, err := mapdata.Decode(gb)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(geometry), err)
	}
	db, err := os.ReadFile(data)
	if err != nil {
		return nil, err
	}
	d, err := dataset.Load(db)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(data), err)
	}
	seen := map[string]bool{}
	for _, c := range world.Countries {
		seen[c.Code] = true
	}
	for _, c := range d.Countries {
		seen[c.Code] = true
	}
	codes := make([]string, 0, len(seen))
	for c := range seen {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes, nil
}

// catalogsAttr is the value of the app script's data-catalogs attribute:
// "tag:dir:file" for each language, separated by spaces, which app.js reads
// to know which languages it may load, their direction before the catalog
// arrives, and where each catalog is.
func catalogsAttr(cats []catalog) string {
	parts := make([]string, len(cats))
	for i, c := range cats {
		parts[i] = c.Tag + ":" + c.Dir + ":" + c.File
	}
	return strings.Join(parts, " ")
}

// langLinkAnchor is the English link of the language switch in index.html,
// which the site replaces with a link for every language.
const langLinkAnchor = `<a class="lang" href="./" hreflang="en" lang="en" data-lang="en">English</a>`

// langLinks writes the language switch's links: English, then each
// language with a catalog, each named in itself and marked with its
// language. Their href is the language's plain page; app.js points them at
// the current view.
func langLinks(cats []catalog) string {
	links := []string{langLinkAnchor}
	for _, c := range cats {
		links = append(links, `<a class="lang" href="./?lang=`+c.Tag+`" hreflang="`+c.Tag+`" lang="`+c.Tag+`" data-lang="`+c.Tag+`">`+html.EscapeString(c.Name)+`</a>`)
	}
	return strings.Join(links, " ")
}
