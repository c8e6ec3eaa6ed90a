package view

import (
	"paxsilica/internal/i18n"
	"reflect"
	"testing"
)

// fields is a message payload for HostCommand: a string, nil for null, or
// any other value for a wrong type.
func fields(kv map[string]any) Field {
	return func(name string) (string, bool, bool) {
		v, present := kv[name]
		switch v := v.(type) {
		case string:
			return v, true, true
		case nil:
			_ = present
			return "", false, true
		}
		return "", false, false
	}
}

func TestHostCommand(t *testing.T) {
	for _, tc := range []struct {
		typ  string
		kv   map[string]any
		want Event
		warn bool
	}{
		{"paxsilica:select", map[string]any{"country": "JPN"}, FromHost{Select{Country: "JPN"}}, false},
		{"paxsilica:select", map[string]any{"country": nil}, FromHost{Select{}}, false},
		{"paxsilica:select", map[string]any{"country": 7}, nil, true},
		{"paxsilica:setMineral", map[string]any{"mineral": "gallium"}, FromHost{SetMineral{ID: "gallium"}}, false},
		{"paxsilica:setMineral", map[string]any{}, FromHost{SetMineral{}}, false},
		{"paxsilica:setView", map[string]any{"view": "network"}, FromHost{SetView{View: "network"}}, false},
		{"paxsilica:setView", map[string]any{"view": "table"}, FromHost{SetView{View: "table"}}, false},
		{"paxsilica:setView", map[string]any{"view": "globe"}, nil, true},
		{"paxsilica:setDate", map[string]any{"date": "2025-01-02"}, FromHost{SetDate{Date: "2025-01-02"}}, false},
		{"paxsilica:setDate", map[string]any{"date": nil}, FromHost{SetDate{}}, false},
		{"paxsilica:setScenario", map[string]any{"scenario": "cut", "target": "usa", "mineral": "gallium"}, FromHost{SetScenario{On: true, Target: "USA", Mineral: "gallium"}}, false},
		{"paxsilica:setScenario", map[string]any{"scenario": "cut"}, FromHost{SetScenario{On: true, Target: "all"}}, false},
		{"paxsilica:setScenario", map[string]any{"scenario": "cut", "target": "PaxSilica"}, FromHost{SetScenario{On: true, Target: "paxsilica"}}, false},
		{"paxsilica:setScenario", map[string]any{"scenario": nil}, FromHost{SetScenario{}}, false},
		{"paxsilica:setScenario", map[string]any{"scenario": "boom"}, nil, true},
		{"paxsilica:setScenario", map[string]any{"scenario": "cut", "target": "CHN"}, nil, true},
		{"paxsilica:setScenario", map[string]any{"scenario": "cut", "target": "europe"}, nil, true},
		{"paxsilica:setScenario", map[string]any{"scenario": "cut", "target": 7}, nil, true},
		{"paxsilica:setScenario", map[string]any{"scenario": "cut", "mineral": 7}, nil, true},
		{"paxsilica:setDate", map[string]any{"date": "2 Jan 2025"}, nil, true},
		{"paxsilica:setDate", map[string]any{"date": "2025-02-30"}, nil, true},
		{"paxsilica:ready", map[string]any{}, nil, false},
		{"paxsilica:launch", map[string]any{}, nil, true},
		{"somebody-else", map[string]any{}, nil, false},
	} {
		got, warning := HostCommand(tc.typ, fields(tc.kv))
		if !reflect.DeepEqual(got, tc.want) || (warning != "") != tc.warn {
			t.Errorf("HostCommand(%s, %v) = %#v, %q; want %#v, warning %v", tc.typ, tc.kv, got, warning, tc.want, tc.warn)
		}
	}
}

func TestHeight(t *testing.T) {
	for _, tc := range []struct {
		width float64
		want  int
	}{{320, 520}, {600, 660}, {759, 740}, {760, 550}, {1000, 650}, {2000, 650}, {100, 480}} {
		if got := Height(tc.width); got != tc.want {
			t.Errorf("Height(%v) = %d, want %d", tc.width, got, tc.want)
		}
	}
}

func TestLinkAndSnippet(t *testing.T) {
	for _, tc := range []struct {
		query, link, src string
	}{
		{"", "https://x.example/", "https://x.example/?embed=1"},
		{"country=CHN&embed=1&origin=https%3A%2F%2Fhost.example", "https://x.example/?country=CHN", "https://x.example/?country=CHN&amp;embed=1"},
		{"mineral=gallium&date=2025-01-02", "https://x.example/?date=2025-01-02&mineral=gallium", "https://x.example/?date=2025-01-02&amp;embed=1&amp;mineral=gallium"},
		{"country=IND&lang=hi&embed=1", "https://x.example/?country=IND&lang=hi", "https://x.example/?country=IND&amp;embed=1&amp;lang=hi"},
	} {
		if got := Link("https://x.example", "/", tc.query); got != tc.link {
			t.Errorf("Link(%q) = %q, want %q", tc.query, got, tc.link)
		}
		s := Snippet(i18n.English(), "https://x.example", "/", tc.query)
		want := `<iframe src="` + tc.src + `" title="` + Title + `"`
		if len(s) < len(want) || s[:len(want)] != want {
			t.Errorf("Snippet(%q) = %q, want it to start %q", tc.query, s, want)
		}
		if wantJS := `<script src="https://x.example/embed.js" async></script>`; s[len(s)-len(wantJS):] != wantJS {
			t.Errorf("Snippet(%q) ends %q", tc.query, s)
		}
	}
}
