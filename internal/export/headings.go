package export

import "paxsilica/internal/i18n"

// headingKeys are the catalog keys of the columns' names as the table view
// shows them to a reader (export.column.*). The CSV's header row keeps
// the English names (Table.Header) in every language: scripts and
// spreadsheets read the same columns whatever the page's language.
var headingKeys = map[string]string{
	"Rank": "rank", "Country": "country", "ISO code": "iso", "Share (% of world output)": "shareWorld",
	"Share basis": "shareBasis", "Quantity": "quantity", "Unit": "unit", "Year": "year", "Stage": "stage",
	"Edition": "edition", "Reserves": "reserves", "Unconfirmed": "unconfirmed", "Note": "note",
	"Sources": "sources", "Source URLs": "sourceURLs", "Date": "date", "Type": "type", "Direction": "direction",
	"Counterpart": "counterpart", "Counterpart ISO code": "counterpartISO", "Minerals": "minerals",
	"Share (% of imports)": "shareImports", "Status": "status", "Details": "details", "Event": "event",
	"Countries": "countries", "Role": "role", "Blocs": "blocs", "Cut off": "cutOff",
	"Could fill the gap": "couldFill", "China's share of its imports (%)": "chinaShare",
	"Import period": "importPeriod", "US net import reliance": "reliance",
}

// headings are header's columns in the language of loc, for the table
// view; nil for English (the view then shows Header).
func headings(loc *i18n.Catalog, header []string) []string {
	if loc == nil || loc.English() {
		return nil
	}
	out := make([]string, len(header))
	for i, h := range header {
		out[i] = h
		if k, ok := headingKeys[h]; ok {
			out[i] = loc.T("export.column." + k)
		}
	}
	return out
}

// Heading is the name of column col as the table view shows it: the
// reader's words where the table has them, else the CSV's header.
func (t Table) Heading(col int) string {
	if col < len(t.Headings) {
		return t.Headings[col]
	}
	if col < len(t.Header) {
		return t.Header[col]
	}
	return ""
}
