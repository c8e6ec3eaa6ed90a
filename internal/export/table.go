// Package export composes the data behind a view of the explorer as CSV
// tables: the producers of a mineral, the ties and events of a country, the
// events around a date, and the whole dataset (for the "Download all data"
// archive). It knows nothing of the browser; the explorer's download
// control, the table view and the build all call it.
package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
)

// Table is one CSV file: a header row and data rows of the same width.
type Table struct {
	// Name is the file name the table is saved under ("producers-gallium.csv").
	Name string
	// Caption says in words what the table holds, for the table view, in
	// the reader's language.
	Caption string
	// Header is the CSV's header row, in English in every language;
	// Headings the same columns in the reader's words for the table view
	// (nil: Header; see Heading).
	Header, Headings []string
	Rows             [][]string
	// Foot are summary rows (the world total) after the rows, never sorted
	// among them.
	Foot [][]string
	// Shown and ShownFoot are Rows and Foot as the table view shows them in
	// the reader's language, cell for cell (nil for English: the view then
	// shows the rows themselves; see Cells). Rows stay the machine values
	// the CSV writes and sorting compares.
	Shown, ShownFoot [][]Cell
}

// Cell is one cell as the table view shows it: its text in the reader's
// language, and the source's own words in it (Quoted: names of sources,
// titles, notes), which stay English and are marked lang="en".
type Cell struct {
	Text   string
	Quoted []string
}

// Cells is row r of the rows (or of the foot rows, when foot) as the
// table view shows it: the reader's words where the table has them, else
// the row's own values.
func (t Table) Cells(r int, foot bool) []Cell {
	rows, shown := t.Rows, t.Shown
	if foot {
		rows, shown = t.Foot, t.ShownFoot
	}
	if r < len(shown) && len(shown[r]) == len(rows[r]) {
		return shown[r]
	}
	out := make([]Cell, len(rows[r]))
	for i, v := range rows[r] {
		out[i] = Cell{Text: v}
	}
	return out
}

// CSV encodes t as RFC 4180 CSV (CRLF line ends, quotes where needed),
// every cell made safe for spreadsheets by Safe.
func (t Table) CSV() []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	row := make([]string, len(t.Header))
	for i, h := range t.Header {
		row[i] = Safe(h)
	}
	w.Write(row)
	for _, r := range slices.Concat(t.Rows, t.Foot) {
		row = row[:0]
		for _, c := range r {
			row = append(row, Safe(c))
		}
		w.Write(row)
	}
	w.Flush()
	return b.Bytes()
}

// Safe neutralises a cell a spreadsheet would read as a formula (one
// starting with =, +, -, @, a tab or a carriage return, the OWASP list):
// it gets a leading apostrophe, which spreadsheets show as text. Numbers
// are left alone, so "-3.5" stays a number.
func Safe(cell string) string {
	if cell == "" {
		return cell
	}
	switch cell[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if isNumber(cell) {
			return cell
		}
		return "'" + cell
	}
	return cell
}

// isNumber reports whether s is a plain decimal number ("-3", "+1.5").
func isNumber(s string) bool {
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	dot := false
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
		case c == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return s != "."
}

// list joins the values of a multi-valued cell.
func list(vs []string) string { return strings.Join(vs, "; ") }
