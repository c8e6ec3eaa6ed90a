// Package i18n holds what the explorer says in each language: a Catalog of
// message templates by key, the country names of that language and its
// conventions for numbers, percentages, dates and plurals. It needs neither
// a browser nor Ebiten, and English, the default, is compiled in
// (English()); other languages are built by package langs and reach the
// browser as JSON (Parse), so an English reader loads none of them.
//
// Templates name their arguments: F("share", "country", "China", "pct",
// "98%") fills "{country} mines {pct}". A key missing from a catalog reads
// as English, and a key missing from English reads as itself, so a slip
// shows as a visible key, never as an empty string or a panic; the tests in
// package langs fail on both.
package i18n

import "strings"

// Catalog is one language's texts and conventions. The zero value is not
// usable: start from English(), Parse or langs.Get.
type Catalog struct {
	// Tag is the BCP 47 language tag ("en", "hi"), as <html lang> takes it.
	Tag string
	// Dir is the writing direction, "ltr" or "rtl", as <html dir> takes it.
	Dir string
	// Name is the language's name in itself ("English", "हिन्दी"), for the
	// language switch.
	Name string
	// Msgs maps keys to templates.
	Msgs map[string]string
	// Countries maps ISO 3166-1 alpha-3 codes to the language's country
	// names; a code not in it keeps the dataset's English name.
	Countries map[string]string
	// Grouping is the digit grouping of the integer part: the first group's
	// size, then every other group's (3, 3 for 1,234,567; 3, 2 for the
	// Indian 12,34,567).
	Grouping [2]int
	// Months are the month names, January first, for Date. Empty: dates
	// stay ISO 8601 (2026-02-20).
	Months []string
	// DatePattern places {d}, {month} and {y} (CLDR's long date).
	DatePattern string
	// Plural is the CLDR plural rule for whole numbers: which counts take
	// the "one" form.
	Plural PluralRule

	fallback *Catalog
}

// T returns the template of key, unfilled.
func (c *Catalog) T(key string) string {
	for k := c; k != nil; k = k.fallback {
		if s, ok := k.Msgs[key]; ok {
			return s
		}
	}
	return key
}

// Has reports whether the catalog itself (not its English fallback) holds
// key.
func (c *Catalog) Has(key string) bool {
	_, ok := c.Msgs[key]
	return ok
}

// F returns the template of key with each {name} replaced by its value;
// args are name, value pairs. A name without a value is left as it is.
func (c *Catalog) F(key string, args ...string) string {
	return Fill(c.T(key), args...)
}

// N returns key's plural form for n ("key.one" or "key.other") filled with
// args and with {n} as the formatted count.
func (c *Catalog) N(key string, n int, args ...string) string {
	form := ".other"
	if c.pluralOne(n) {
		form = ".one"
	}
	return Fill(c.T(key+form), append(args, "n", c.Int(n))...)
}

// PluralRule says which whole counts take a language's "one" form.
type PluralRule string

// The plural rules of CLDR's plurals.xml for whole numbers.
const (
	// OneIsOne: English and most European languages (1 item, 0 items).
	OneIsOne PluralRule = "one=1"
	// OneIsZeroOrOne: Hindi, Bengali, Gujarati … (0 and 1 take "one").
	OneIsZeroOrOne PluralRule = "one=0,1"
)

func (c *Catalog) pluralOne(n int) bool {
	if c.Plural == OneIsZeroOrOne {
		return n == 0 || n == 1
	}
	return n == 1
}

// Country returns the language's name of the country with code, or
// english (the dataset's name) when the catalog has none.
func (c *Catalog) Country(code, english string) string {
	if s, ok := c.Countries[code]; ok && s != "" {
		return s
	}
	return english
}

// English reports whether the catalog is the English one (texts that only
// English needs, such as "the United States", depend on it).
func (c *Catalog) English() bool { return c.Tag == "en" }

// Fill replaces each {name} in template with its value from args (name,
// value pairs; the first pair of a name counts). A name not given stays as
// written, and a value is not searched again. A click composes a few
// hundred of these; a strings.Replacer built for each took a third of a
// click's time.
func Fill(template string, args ...string) string {
	if len(args) < 2 || !strings.Contains(template, "{") {
		return template
	}
	var b strings.Builder
	b.Grow(len(template) + 16)
	last := 0
	for i := 0; i < len(template); i++ {
		if template[i] != '{' {
			continue
		}
		rest := template[i+1:]
		for k := 0; k+1 < len(args); k += 2 {
			name := args[k]
			if len(rest) > len(name) && rest[len(name)] == '}' && strings.HasPrefix(rest, name) {
				b.WriteString(template[last:i])
				b.WriteString(args[k+1])
				i += len(name) + 1 // on the '}'
				last = i + 1
				break
			}
		}
	}
	b.WriteString(template[last:])
	return b.String()
}
