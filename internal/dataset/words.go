package dataset

import (
	"strconv"
	"strings"

	"paxsilica/internal/i18n"
)

// words composes a reader's texts about dataset d in catalog loc. It notes
// the words it quotes from the dataset's sources (titles, terms, notes,
// outcomes), which are never translated: each Line lists them in Quoted so
// that the page can mark them lang="en" when it is not in English.
type words struct {
	d      *Dataset
	loc    *i18n.Catalog
	quoted []string
}

// in returns the composer of d's texts in loc (English when nil).
func (d *Dataset) in(loc *i18n.Catalog) *words {
	if loc == nil {
		loc = i18n.English()
	}
	return &words{d: d, loc: loc}
}

// q notes s as the source's words and returns it.
func (w *words) q(s string) string {
	if s != "" && !w.loc.English() {
		w.quoted = append(w.quoted, s)
	}
	return s
}

// line is the line of text with c's sources and flags, carrying the words
// quoted since the last line (and c's note, which is the source's).
func (w *words) line(text string, c Cite) Line {
	l := line(text, c)
	w.q(c.Note)
	l.Quoted, w.quoted = w.quoted, nil
	return l
}

// take returns the words quoted since the last line, for a Line made by
// hand, and forgets them.
func (w *words) take() []string {
	q := w.quoted
	w.quoted = nil
	return q
}

// gloss is a dataset word or phrase (a bloc's name, what a date means) in
// the reader's language: the catalog's reviewed words under key where the
// language has them, else the dataset's English, quoted.
func (w *words) gloss(key, english string) string {
	if w.loc.English() {
		return english
	}
	if w.loc.Has(key) {
		return w.loc.T(key)
	}
	return w.q(english)
}

// country is the reader's name of the country with code (CLDR's in the
// catalog's language, else the dataset's, else fallback).
func (w *words) country(code, fallback string) string {
	return w.loc.Country(code, w.d.CountryName(code, fallback))
}

// amount says a quantity and its unit: "750,000 t".
func (w *words) amount(v float64, unit string) string {
	return w.loc.F("panel.amount", "n", w.loc.Number(v), "unit", w.unit(unit))
}

// source says a series' year and edition: "2024, USGS MCS 2025", "2023
// (revised), USGS MCS 2025".
func (w *words) source(s *Series) string {
	if w.loc.English() {
		return s.Source()
	}
	t := strconv.Itoa(s.Year)
	if s.Revised {
		t = w.loc.F("panel.revised", "year", t)
	}
	return t + w.loc.T("lang.comma") + w.q(s.Edition)
}

// mineral is the mineral's name in the reader's language.
func (w *words) mineral(m *Mineral) string { return w.gloss("mineral."+m.ID, m.Name) }

// label is the mineral's name with its stage, "Cobalt (mine production)".
func (w *words) label(m *Mineral) string {
	if w.loc.English() {
		return m.Label()
	}
	return w.loc.F("panel.mineralStage", "mineral", w.mineral(m), "stage", w.gloss("mineral."+m.ID+".stage", m.Stage))
}

// unit is a dataset unit in the reader's language ("t", "kg", "t REO").
func (w *words) unit(u string) string {
	if w.loc.English() || u == "" {
		return u
	}
	if k := "unit." + strings.ReplaceAll(u, " ", "_"); w.loc.Has(k) {
		return w.loc.T(k)
	}
	return u
}

// MineralName is the mineral's name in the language of loc (the catalog's
// reviewed term, else the dataset's).
func MineralName(loc *i18n.Catalog, m *Mineral) string { return (&words{loc: loc}).mineral(m) }

// MineralLabel is the mineral's name with its stage in the language of
// loc: "Cobalt (mine production)".
func MineralLabel(loc *i18n.Catalog, m *Mineral) string { return (&words{loc: loc}).label(m) }
