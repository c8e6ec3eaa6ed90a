package urlstate

import (
	"fmt"
	"paxsilica/internal/i18n"
	"paxsilica/internal/kit/fixtures"
	"reflect"
	"strings"
	"testing"
)

var known = Checks{
	Country: func(code string) bool { return code == "CHN" || code == "USA" || code == "QAT" },
	Mineral: func(id string) bool { return id == "gallium" || id == "rare-earths" },
}

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
		{"unknown parameter", "colour=red&country=QAT", State{Country: "QAT"}, []string{`colour="red": unknown parameter`}},
		{"malformed escape", "country=%zz", State{}, []string{"malformed"}},
		{"mineral", "mineral=Gallium", State{Mineral: "gallium"}, nil},
		{"unknown mineral", "mineral=unobtainium", State{}, []string{`mineral="unobtainium": unknown mineral`}},
		{"network view", "view=network", State{View: ViewNetwork}, nil},
		{"table view", "view=Table", State{View: ViewTable}, nil},
		{"map view is the default", "view=map", State{}, nil},
		{"bad view", "view=globe", State{}, []string{`view="globe": unknown view`}},
		{"layers", "layers=controls,blocs", State{Layers: []string{"controls", "blocs"}}, nil},
		{"no layers", "layers=", State{Layers: []string{}}, nil},
		{"bad layer kept out", "layers=blocs,weather", State{Layers: []string{"blocs"}}, []string{`layers="weather": unknown layer`}},
		{"date", "date=2025-06-01", State{Date: "2025-06-01"}, nil},
		{"bad date", "date=2025-02-30", State{}, []string{`date="2025-02-30": not a date`}},
		{"centre and zoom", "center=116.4,39.9&zoom=4", State{Lon: 116.4, Lat: 39.9, HasCentre: true, Zoom: 4}, nil},
		{"bad centre", "center=200,10", State{}, []string{`center="200,10": not a centre`}},
		{"zoom out of range", "zoom=1000", State{}, []string{`zoom="1000": not a zoom between 1 and 40`}},
		{"scenario", "scenario=cut&mineral=gallium&target=USA", State{Scenario: ScenarioCut, Mineral: "gallium", Target: "USA"}, nil},
		{"scenario target in lower case", "scenario=CUT&target=usa", State{Scenario: ScenarioCut, Target: "USA"}, nil},
		{"scenario group target", "scenario=cut&target=PaxSilica", State{Scenario: ScenarioCut, Target: TargetPaxSilica}, nil},
		{"scenario target all is the default", "scenario=cut&target=all", State{Scenario: ScenarioCut}, nil},
		{"scenario without target", "scenario=cut", State{Scenario: ScenarioCut}, nil},
		{"unknown scenario", "scenario=boom&target=USA", State{}, []string{`scenario="boom": unknown scenario`, `target="USA": a target needs scenario=cut`}},
		{"unknown target", "scenario=cut&target=XYZ", State{Scenario: ScenarioCut}, []string{`target="XYZ": unknown target`}},
		{"China is no target", "scenario=cut&target=chn", State{Scenario: ScenarioCut}, []string{`target="chn": China is the supplier`}},
		{"reserved parameters are quiet", "embed=1&origin=https://x.org", State{}, nil},
		{"lang", "lang=hi", State{Lang: "hi"}, nil},
		{"lang in capitals", "lang=%20HI", State{Lang: "hi"}, nil},
		{"English is the default", "lang=en", State{}, nil},
		{"empty lang", "lang=", State{}, nil},
		{"unknown lang kept out", "lang=fr&country=USA", State{Country: "USA"}, []string{`lang="fr": The language “fr” is not available; the explorer is shown in English.`}},
		{"lang with a region is not offered", "lang=hi-IN", State{}, []string{`lang="hi-IN": The language`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, notes := Parse(tc.query, known)
			if !reflect.DeepEqual(got, tc.want) {
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
		{"full view", "", State{Country: "CHN", Mineral: "gallium", View: ViewNetwork, Layers: []string{"controls", "blocs"}, Date: "2025-06-01", Lon: 116.4, Lat: 39.9, HasCentre: true, Zoom: 3},
			"center=116.4%2C39.9&country=CHN&date=2025-06-01&layers=blocs%2Ccontrols&mineral=gallium&view=network&zoom=3"},
		{"scenario", "country=CHN", State{Country: "CHN", Mineral: "gallium", Scenario: ScenarioCut, Target: "USA"}, "country=CHN&mineral=gallium&scenario=cut&target=USA"},
		{"scenario target all is written", "", State{Scenario: ScenarioCut}, "scenario=cut&target=all"},
		{"scenario off drops the target", "scenario=cut&target=USA", State{Target: "USA"}, ""},
		{"lang", "country=USA", State{Country: "USA", Lang: "hi"}, "country=USA&lang=hi"},
		{"English drops lang", "lang=fr&embed=1", State{}, "embed=1"},
		{"default layers and zoom are omitted", "layers=blocs&zoom=2&center=1,1", State{Layers: AllLayers}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.state.Query(tc.in); got != tc.want {
				t.Errorf("Query(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	for _, s := range []State{
		{Country: "QAT"},
		{Country: "CHN", Mineral: "gallium", View: ViewNetwork, Layers: []string{"blocs", "controls"}, Date: "2026-02-01", Lon: -98.5, Lat: 38.25, HasCentre: true, Zoom: 2.5},
		{Layers: []string{}},
		{Country: "QAT", View: ViewTable},
		{Mineral: "gallium", Scenario: ScenarioCut, Target: "USA"},
		{Mineral: "rare-earths", Scenario: ScenarioCut, Target: TargetMSP, Date: "2025-06-01"},
		{Scenario: ScenarioCut},
		{Country: "CHN", Lang: "hi"},
	} {
		got, notes := Parse(s.Query(""), known)
		if !reflect.DeepEqual(got, s) || len(notes) != 0 {
			t.Errorf("round trip of %+v gave %+v %v", s, got, notes)
		}
	}
}

func TestLayers(t *testing.T) {
	var s State
	if !s.LayerOn(LayerBlocs) {
		t.Error("default state hides blocs")
	}
	s = s.WithLayer(LayerImports, false)
	if s.LayerOn(LayerImports) || !s.LayerOn(LayerControls) {
		t.Errorf("after switching imports off: %v", s.Layers)
	}
	s = s.WithLayer(LayerImports, true)
	if !reflect.DeepEqual(s.Layers, AllLayers) {
		t.Errorf("after switching imports back on: %v", s.Layers)
	}
}

// However many parameters a URL holds, the page lists at most MaxNotices,
// each quoting a bounded part of what it did not understand.
func TestNoticesBounded(t *testing.T) {
	var parts []string
	for i := range 500 {
		parts = append(parts, fmt.Sprintf("junk%d=%s", i, strings.Repeat("v", 1000)))
	}
	_, notes := Parse(strings.Join(parts, "&")+"&date=2026-02-30", Checks{})
	if len(notes) != MaxNotices {
		t.Fatalf("%d notices for 501 bad parameters, want %d", len(notes), MaxNotices)
	}
	if last := notes[len(notes)-1].String(); last != "URL parameters: 492 more were not understood and are ignored" {
		t.Errorf("last notice %q", last)
	}
	for _, n := range notes {
		if s := n.String(); len([]rune(s)) > 200 {
			t.Errorf("a notice of %d characters: %.80s…", len([]rune(s)), s)
		}
	}
	if _, notes := Parse("a=1&b=2", Checks{}); len(notes) != 2 {
		t.Errorf("two bad parameters gave %d notices", len(notes))
	}
}

// Notices read in Hindi with a Hindi catalog, quoting the parameter as it
// came; in English they are String's words.
func TestNoticeText(t *testing.T) {
	hi := fixtures.Catalog(t, "hi")
	_, notes := Parse("country=XYZ&zoom=99&junk=1", known)
	want := []string{
		`URL पैरामीटर country="XYZ": अज्ञात देश कोड, कुछ नहीं चुना गया`,
		`URL पैरामीटर junk="1": अज्ञात पैरामीटर, अनदेखा किया गया`,
		`URL पैरामीटर zoom="99": 1 और 40 के बीच का ज़ूम नहीं है, पूरी दुनिया दिखाई गई`,
	}
	if len(notes) != len(want) {
		t.Fatalf("notices %v", notes)
	}
	for i, n := range notes {
		if got := n.Text(hi); got != want[i] {
			t.Errorf("Text(hi) = %q, want %q", got, want[i])
		}
		if got := n.Text(i18n.English()); got != n.String() {
			t.Errorf("Text(en) = %q, String() = %q", got, n.String())
		}
	}
}
