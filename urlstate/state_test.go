package urlstate

import (
	"strings"
	"testing"
)

var known = func(code string) bool { return code == "CHN" || code == "USA" || code == "QAT" }

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name    string
		query   string
		want    State
		notices []string // substrings, one per expected notice
	}{
		{"empty", "", State{}, nil},
		{"country", "country=CHN", State{Country: "CHN"}, nil},
		{"lower case and spaces", "country=%20usa", State{Country: "USA"}, nil},
		{"unknown country", "country=XYZ", State{}, []string{`country="XYZ": unknown country code`}},
		{"empty country", "country=", State{}, nil},
		{"unknown parameter", "zoom=3&country=QAT", State{Country: "QAT"}, []string{`zoom="3": unknown parameter`}},
		{"malformed escape", "country=%zz", State{}, []string{"malformed"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, notes := Parse(tc.query, known)
			if got != tc.want {
				t.Errorf("state %+v, want %+v", got, tc.want)
			}
			if len(notes) != len(tc.notices) {
				t.Fatalf("notices %v, want %d", notes, len(tc.notices))
			}
			for i, n := range notes {
				if !strings.Contains(n.String(), tc.notices[i]) {
					t.Errorf("notice %q does not say %q", n, tc.notices[i])
				}
			}
		})
	}
}

func TestQuery(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		state    State
		want     string
	}{
		{"set", "", State{Country: "CHN"}, "country=CHN"},
		{"replace", "country=USA", State{Country: "CHN"}, "country=CHN"},
		{"clear", "country=USA", State{}, ""},
		{"keeps other parameters", "embed=1&country=USA", State{Country: "QAT"}, "country=QAT&embed=1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.state.Query(tc.in); got != tc.want {
				t.Errorf("Query(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	s := State{Country: "QAT"}
	got, notes := Parse(s.Query(""), known)
	if got != s || len(notes) != 0 {
		t.Errorf("round trip gave %+v %v", got, notes)
	}
}
