package export

import (
	"slices"
	"strings"

	"paxsilica/internal/i18n"
)

// shownRow is row, whose columns header names, as the table view shows it
// in the language of loc (Table.Shown): country names, units, minerals,
// types, bases and yes/no in the reader's words, numbers with the
// language's grouping and dates its way; the source's words (editions,
// notes, titles, source names) stay English, marked as quoted. over gives
// the cell of a column where the row alone does not say enough (a tie's
// status and details, a mineral's stage), by the column's header.
func shownRow(loc *i18n.Catalog, header, row []string, over map[string]Cell) []Cell {
	col := func(name string) string {
		if i := slices.Index(header, name); i >= 0 && i < len(row) {
			return row[i]
		}
		return ""
	}
	out := make([]Cell, len(row))
	for i, v := range row {
		h := ""
		if i < len(header) {
			h = header[i]
		}
		if c, ok := over[h]; ok {
			out[i] = c
			continue
		}
		out[i] = shownCell(loc, h, v, col)
	}
	return out
}

// shownCell is one cell of column h; col reads another column of its row.
func shownCell(loc *i18n.Catalog, h, v string, col func(string) string) Cell {
	if v == "" {
		return Cell{}
	}
	switch h {
	case "Country":
		if v == "World" {
			return Cell{Text: loc.T("table.world")}
		}
		return Cell{Text: loc.Country(col("ISO code"), v)}
	case "Counterpart":
		code := col("Counterpart ISO code")
		switch {
		case code == allCodes:
			return Cell{Text: loc.T("table.allDestinations")}
		case strings.Contains(code, "; "):
			var names []string
			for _, c := range strings.Split(code, "; ") {
				names = append(names, loc.Country(c, c))
			}
			return Cell{Text: list(names)}
		}
		return Cell{Text: loc.Country(code, v)}
	case "Share (% of world output)", "Share (% of imports)", "Quantity", "China's share of its imports (%)":
		return Cell{Text: loc.Digits(v)}
	case "Reserves":
		if n, ok := strings.CutPrefix(v, "more than "); ok {
			return Cell{Text: loc.F("table.moreThan", "n", loc.Digits(n))}
		}
		return Cell{Text: loc.Digits(v)}
	case "Share basis":
		return keyed(loc, basisKeys, v)
	case "Role":
		return keyed(loc, roleKeys, v)
	case "Type":
		return keyed(loc, typeKeys, v)
	case "Direction":
		return keyed(loc, directionKeys, v)
	case "Unconfirmed", "Cut off", "Could fill the gap":
		return keyed(loc, yesNoKeys, v)
	case "Unit":
		return Cell{Text: loc.Unit(v)}
	case "Minerals":
		var names []string
		for _, id := range strings.Split(v, "; ") {
			names = append(names, loc.Mineral(id, id))
		}
		return Cell{Text: list(names)}
	case "Date":
		if d := loc.Date(v); d != v || isYear(v) {
			return Cell{Text: d}
		}
		return quoted(v) // a date in the source's words ("late 2025")
	case "Sources":
		return sourceNames(loc, v)
	case "Edition", "Note", "Event", "Import period", "US net import reliance", "Details", "Status":
		return quoted(v)
	}
	return Cell{Text: v} // ranks, years, ISO codes, addresses
}

// allCodes is the counterpart code of an export control on every
// destination (dataset.All).
const allCodes = "ALL"

// quoted is a cell holding the source's words alone.
func quoted(v string) Cell { return Cell{Text: v, Quoted: []string{v}} }

// keyed is the reader's word for v from keys, or v as the source's words
// when keys lacks it.
func keyed(loc *i18n.Catalog, keys map[string]string, v string) Cell {
	if k, ok := keys[v]; ok {
		return Cell{Text: loc.T(k)}
	}
	return quoted(v)
}

// sourceNames are the sources' names (English, the source's) with the
// table's own remark on a source named but not linked in the reader's words.
func sourceNames(loc *i18n.Catalog, v string) Cell {
	var c Cell
	var names []string
	for _, s := range strings.Split(v, "; ") {
		name, unlinked := strings.CutSuffix(s, notLinked)
		if name != "" {
			c.Quoted = append(c.Quoted, name)
		}
		if unlinked {
			name += loc.T("table.notLinked")
		}
		names = append(names, name)
	}
	c.Text = list(names)
	return c
}

func isYear(v string) bool {
	if len(v) != 4 {
		return false
	}
	for _, r := range v {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// The catalog keys of the words the tables write in English (CSV values).
var (
	basisKeys = map[string]string{
		"published":                              "table.basis.published",
		"published, at least":                    "table.basis.atLeast",
		"published, approximate":                 "table.basis.approximate",
		basisComputed:                            "table.basis.computed",
		"not published (named leading producer)": "table.basis.notPublished",
		"no output recorded (reserves only)":     "table.basis.reservesOnly",
		"world total":                            "table.basis.world",
	}
	roleKeys = map[string]string{
		"supplier": "table.role.supplier", "producer left": "table.role.producerLeft",
		"target": "table.role.target", "available to the targets": "table.role.available",
	}
	typeKeys = map[string]string{
		"import": "table.type.import", "agreement": "table.type.agreement", "export-control": "table.type.exportControl",
		"equity-stake": "table.type.equityStake", "corridor": "table.type.corridor",
	}
	directionKeys = map[string]string{"to": "table.direction.to", "from": "table.direction.from", "with": "table.direction.with"}
	yesNoKeys     = map[string]string{"yes": "table.yes", "no": "table.no"}
)

// basisComputed and notLinked are English words of the CSV that the table
// view shows in the reader's words.
const (
	basisComputed = "computed from USGS tonnage: quantity ÷ world total"
	notLinked     = " (named but not linked)"
)
