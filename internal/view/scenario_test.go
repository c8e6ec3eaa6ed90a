package view

import (
	"paxsilica/internal/i18n"
	"slices"
	"strings"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/scenario"
	"paxsilica/internal/style"
	"paxsilica/internal/view/urlstate"
)

func leadText(p Panel) string {
	var b strings.Builder
	for _, l := range p.Lead {
		b.WriteString(l.Text + "\n")
	}
	return b.String()
}

// A scenario from the URL is computed at the view's date, fills the panel
// with its summary first, replaces the legend and hides the layers.
func TestScenarioFromURL(t *testing.T) {
	for _, tc := range []struct {
		date, want, notWant string
	}{
		// MCS 2025's 2024 figures apply in mid-2025: 100 − 98.7.
		{"2025-06-01", "can draw on 1.3% of world gallium output in 2024", "2025"},
		// The latest: MCS 2026's 2025 figures, whose rounded world total
		// China alone reaches; not "0%".
		{"", "can draw on about 1% of world gallium output in 2025", "draw on 0%"},
	} {
		e, r := newExplorer(t, urlstate.State{Scenario: urlstate.ScenarioCut, Target: "USA", Mineral: "gallium", Date: tc.date}, false)
		sc := e.Scenario()
		if sc == nil {
			t.Fatal("no scenario computed")
		}
		lead := leadText(r.panel)
		if r.panel.Title != "Scenario: China stops supplying gallium to the United States" || !strings.Contains(lead, tc.want) || strings.Contains(lead, tc.notWant) {
			t.Errorf("%s: panel %q, lead %q", tc.date, r.panel.Title, lead)
		}
		if ch := r.panel.Scenario; ch == nil || len(ch.Bars) == 0 || ch.Bars[0].Code != "RUS" || !strings.Contains(ch.HHI, "without China") {
			t.Errorf("%s: chart %+v", tc.date, ch)
		}
		if r.panel.Profile == nil || !slices.ContainsFunc(r.panel.Profile.Sections, func(s dataset.Section) bool { return s.Heading == "What this leaves out" }) {
			t.Errorf("%s: sections %+v", tc.date, r.panel.Profile)
		}
		if r.legend == nil || !strings.Contains(r.legend.Title, "Exposure if China cuts gallium to the United States") || len(r.legend.Sources) == 0 {
			t.Errorf("%s: legend %+v", tc.date, r.legend)
		}
		if len(e.Arcs()) != 0 || len(e.ControlsOnAll()) != 0 {
			t.Errorf("%s: %d arcs and %d rings drawn over the scenario", tc.date, len(e.Arcs()), len(e.ControlsOnAll()))
		}
		if sc.Fill("USA") != style.Exposure[sc.Level("USA")] || sc.Level("USA") == scenario.Untouched {
			t.Errorf("%s: the United States is filled %v (level %v)", tc.date, sc.Fill("USA"), sc.Level("USA"))
		}
	}
}

func TestScenarioEvents(t *testing.T) {
	e, r := newExplorer(t, urlstate.State{Mineral: "rare-earths"}, false)
	arcs := len(e.Arcs())
	if !e.Handle(SetScenario{On: true, Target: urlstate.TargetPaxSilica}) {
		t.Fatal("choosing a target changed nothing")
	}
	if u := r.url; u.Scenario != urlstate.ScenarioCut || u.Target != urlstate.TargetPaxSilica || u.Mineral != "rare-earths" {
		t.Errorf("URL %+v", u)
	}
	if ScenarioValue(r.controls) != urlstate.TargetPaxSilica {
		t.Errorf("the picker shows %q", ScenarioValue(r.controls))
	}
	// Today's controls: one on every destination is in force for rare earths.
	e.Handle(ScenarioPreset{})
	if r.url.Target != "" || r.url.Scenario != urlstate.ScenarioCut || !strings.Contains(r.scenStatus, "every destination") {
		t.Errorf("after the preset: URL %+v, status %q", r.url, r.scenStatus)
	}
	if !strings.Contains(leadText(r.panel), "the rest of the world") {
		t.Errorf("lead %q", leadText(r.panel))
	}
	// Cobalt has no Chinese control: the preset says so and changes nothing.
	e.Handle(SetMineral{ID: "cobalt"})
	if e.Handle(ScenarioPreset{}) || !strings.Contains(r.scenStatus, "No Chinese export control on cobalt is in force on 2026-11-28") {
		t.Errorf("cobalt preset: status %q", r.scenStatus)
	}
	// A selected country keeps the scenario's summary and its own exposure above its details.
	e.Handle(SetMineral{ID: "rare-earths"}, SetScenario{On: true, Target: "JPN"}, Select{Country: "JPN"})
	if lead := leadText(r.panel); r.panel.Title != "Japan" || !strings.Contains(lead, "Without China, Japan") || !strings.Contains(lead, "Japan: China supplies") {
		t.Errorf("Japan selected: %q, lead %q", r.panel.Title, lead)
	}
	// The tooltip gives the exposure.
	e.Hover(index(t, "JPN"), -1, geo.Point{X: 5, Y: 5}, true)
	if !strings.HasPrefix(r.tip, "Japan — cut off; China supplied") {
		t.Errorf("tooltip %q", r.tip)
	}
	// Off: the layers come back, the URL forgets the scenario.
	e.Handle(Select{}, SetScenario{})
	if e.Scenario() != nil || r.url.Scenario != "" || r.url.Target != "" || len(e.Arcs()) != arcs || r.legend != nil {
		t.Errorf("after the scenario: %v, URL %+v, %d arcs of %d", e.Scenario(), r.url, len(e.Arcs()), arcs)
	}
	// Without a mineral the panel asks for one.
	e.Handle(SetMineral{}, SetScenario{On: true})
	if e.Scenario() != nil || !strings.Contains(r.panel.Text, "Choose a mineral") {
		t.Errorf("no mineral: %+v", r.panel)
	}
}

func TestScenarioFromHost(t *testing.T) {
	e, r := newExplorer(t, urlstate.State{}, false)
	e.Ready(1000)
	e.TellParent()
	for _, tc := range []struct {
		name   string
		ev     SetScenario
		warn   bool
		target any // the target paxsilica:view carries (nil: no answer)
	}{
		{"gallium to the US", SetScenario{On: true, Target: "USA", Mineral: "gallium"}, false, "USA"},
		{"unknown mineral", SetScenario{On: true, Target: "USA", Mineral: "kryptonite"}, true, nil},
		{"a code not on the map", SetScenario{On: true, Target: "XXA"}, true, nil},
		{"China", SetScenario{On: true, Target: "CHN"}, true, nil},
		{"everyone", SetScenario{On: true, Target: urlstate.TargetAll}, false, "all"},
		{"off", SetScenario{}, false, nil},
	} {
		r.posted, r.warnings = nil, nil
		e.Handle(FromHost{tc.ev})
		e.TellParent()
		if (len(r.warnings) > 0) != tc.warn {
			t.Errorf("%s: warnings %q", tc.name, r.warnings)
		}
		if tc.warn {
			if len(r.posted) != 0 {
				t.Errorf("%s: an ignored command was answered: %v", tc.name, r.posted)
			}
			continue
		}
		if len(r.posted) != 1 || r.posted[0].Type != "paxsilica:view" || r.posted[0].Fields["target"] != tc.target {
			t.Errorf("%s: posted %v", tc.name, r.posted)
			continue
		}
		if want := map[bool]any{true: "cut", false: nil}[tc.target != nil]; r.posted[0].Fields["scenario"] != want {
			t.Errorf("%s: scenario field %v", tc.name, r.posted[0].Fields["scenario"])
		}
	}
}

func TestScenarioTargets(t *testing.T) {
	first, group := ScenarioTargets(i18n.English(), fixtures.World(t))
	if first[0].Value != "" || first[1].Value != urlstate.TargetAll || len(group) < 150 {
		t.Fatalf("first %v, %d countries", first, len(group))
	}
	for i, o := range group {
		if o.Value == "CHN" || o.Value == "USA" || o.Value == "JPN" || (i > 0 && group[i-1].Label > o.Label) {
			t.Errorf("country option %d: %+v", i, o)
		}
	}
}

func TestTablesLeadWithTheScenario(t *testing.T) {
	ds := fixtures.Dataset(t)
	st := urlstate.State{Mineral: "gallium"}
	plain := Tables(i18n.English(), ds, st, "2026-11-28")
	st.Scenario, st.Target = urlstate.ScenarioCut, "USA"
	with := Tables(i18n.English(), ds, st, "2026-11-28")
	if len(with) != len(plain)+1 || with[0].Name != "scenario-gallium-usa-2026-11-28.csv" || with[1].Name != plain[0].Name {
		t.Errorf("tables %d then %d; first %q", len(plain), len(with), with[0].Name)
	}
}

// Moving the timeline recomputes the scenario with that date's figures.
func TestScenarioFollowsTheTimeline(t *testing.T) {
	e, r := newExplorer(t, urlstate.State{Scenario: urlstate.ScenarioCut, Target: "USA", Mineral: "gallium"}, false)
	keys := r.keys
	e.Handle(SetDate{Date: "2025-06-01"})
	if lead := leadText(r.panel); !strings.Contains(lead, "1.3% of world gallium output in 2024") || e.Scenario().Mineral.Year != 2024 || r.keys != keys+1 {
		t.Errorf("at 2025-06-01: %q (legend shown %d times)", lead, r.keys-keys)
	}
	e.Handle(SetDate{})
	if lead := leadText(r.panel); !strings.Contains(lead, "in 2025") || e.Scenario().Mineral.Year != 2025 {
		t.Errorf("latest: %q", lead)
	}
}
