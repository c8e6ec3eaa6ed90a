// Package urlstate reads the explorer's view from the page URL's query and
// writes it back, so that any view can be shared as a link.
package urlstate

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// State is the part of the view kept in the URL.
type State struct {
	// Country is the selected country's ISO 3166-1 alpha-3 code, or "".
	Country string
}

// Notice tells the reader that part of the URL was not understood and what
// was done instead. The page shows it; nothing fails.
type Notice struct {
	Param, Value, Message string
}

func (n Notice) String() string {
	return fmt.Sprintf("URL parameter %s=%q: %s", n.Param, n.Value, n.Message)
}

// Known reports whether a country code exists in the map.
type Known func(code string) bool

// Parse reads rawQuery (without the leading "?"). Codes are matched without
// regard to case. Unknown parameters and unknown or malformed values are
// reported as notices and otherwise ignored.
func Parse(rawQuery string, known Known) (State, []Notice) {
	var s State
	var notes []Notice
	q, err := url.ParseQuery(rawQuery)
	if err != nil {
		notes = append(notes, Notice{Param: "?", Value: rawQuery, Message: "the query is malformed (" + err.Error() + "); using what could be read"})
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := q.Get(k)
		switch k {
		case "country":
			code := strings.ToUpper(strings.TrimSpace(v))
			switch {
			case code == "":
			case known == nil || !known(code):
				notes = append(notes, Notice{k, v, "unknown country code, nothing selected"})
			default:
				s.Country = code
			}
		default:
			notes = append(notes, Notice{k, v, "unknown parameter, ignored"})
		}
	}
	return s, notes
}

// Query returns rawQuery with the parameters of s set (or removed when
// empty), keeping every other parameter as it was.
func (s State) Query(rawQuery string) string {
	q, _ := url.ParseQuery(rawQuery)
	set := func(k, v string) {
		if v == "" {
			q.Del(k)
		} else {
			q.Set(k, v)
		}
	}
	set("country", s.Country)
	return q.Encode()
}
