package export

import (
	"strconv"

	"paxsilica/internal/dataset"
)

// sourceCells returns the two source columns of a fact: the sources' short
// names and their URLs (sources without an address are left out of the
// second).
func sourceCells(ds *dataset.Dataset, ids []string) (names, urls string) {
	var n, u []string
	for _, id := range ids {
		s, ok := ds.Sources[id]
		if !ok {
			n = append(n, id)
			continue
		}
		name := s.Short
		if s.Title != "" && s.Title != s.Short {
			name += ": " + s.Title
		}
		if s.NotLinked != "" {
			name += notLinked
		}
		n = append(n, name)
		if s.URL != "" {
			u = append(u, s.URL)
		}
	}
	return list(n), list(u)
}

// citeCells returns the columns every fact ends with: unconfirmed, note,
// sources and source URLs.
func citeCells(ds *dataset.Dataset, c dataset.Cite) []string {
	names, urls := sourceCells(ds, c.Sources)
	return []string{yesNo(c.Unconfirmed), c.Note, names, urls}
}

// citeHeader names the columns of citeCells.
var citeHeader = []string{"Unconfirmed", "Note", "Sources", "Source URLs"}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// num formats a figure without thousands separators, as spreadsheets read it.
func num(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}
