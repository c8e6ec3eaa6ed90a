package view

import (
	"fmt"
	"slices"
	"strings"

	"paxsilica/internal/charts"
	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/scenario"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
	"paxsilica/internal/view/urlstate"
)

// The "What if China cuts supply?" scenario in the explorer: what its
// control lists and does, when it is computed, and what the panel, the
// legend and the tooltip say while it is on. The arithmetic and the words
// of the result are internal/scenario's.

// scenarioState is the scenario the explorer shows.
type scenarioState struct {
	r   *scenario.Result // nil when none can be shown
	key string           // what r was computed for
	err string           // why it could not be computed
}

// Scenario is the scenario shown on the map, or nil (none asked, no
// mineral chosen, or the dataset not loaded).
func (e *Explorer) Scenario() *scenario.Result { return e.scen.r }

// ScenarioKey says what the scenario shown depends on ("" for none), for
// renderers that cache what they draw.
func (e *Explorer) ScenarioKey() string { return e.scen.key }

// Option is one choice of a picker: its value and the reader's words.
type Option struct{ Value, Label string }

// ScenarioTargets are the scenario picker's choices: no scenario, the
// groups, the United States and Japan, then Group (every other country on
// the map, by name), in the language of loc. Values are the URL's target
// values.
func ScenarioTargets(loc *i18n.Catalog, w *mapdata.World) (first, group []Option) {
	first = []Option{{"", loc.T("panel.scen.opt.none")}, {urlstate.TargetAll, loc.T("panel.scen.opt.all")}, {"USA", loc.T("panel.scen.opt.usa")},
		{urlstate.TargetPaxSilica, loc.T("panel.scen.opt.paxsilica")}, {urlstate.TargetMSP, loc.T("panel.scen.opt.msp")}, {"JPN", loc.Country("JPN", "Japan")}}
	for _, c := range w.Countries {
		if len(c.Code) != 3 || c.Code == "CHN" || slices.ContainsFunc(first, func(o Option) bool { return o.Value == c.Code }) {
			continue
		}
		group = append(group, Option{c.Code, loc.Country(c.Code, c.Name)})
	}
	slices.SortFunc(group, func(a, b Option) int { return strings.Compare(a.Label, b.Label) })
	return first, group
}

// ScenarioValue is the value the picker shows for st ("" for no scenario).
func ScenarioValue(st urlstate.State) string {
	if st.Scenario != urlstate.ScenarioCut {
		return ""
	}
	return st.ScenarioTarget()
}

// setScenario carries out SetScenario and reports a change.
func (e *Explorer) setScenario(ev SetScenario) bool {
	if ev.Mineral != "" && !e.hasMineral(ev.Mineral) {
		return false
	}
	old := e.st
	if ev.Mineral != "" && ev.Mineral != e.st.Mineral {
		e.st.Mineral, e.selArc = ev.Mineral, -1
	}
	e.st.Scenario, e.st.Target = "", ""
	if ev.On {
		e.st.Scenario = urlstate.ScenarioCut
		if ev.Target != urlstate.TargetAll {
			e.st.Target = ev.Target
		}
	}
	e.page.ScenarioStatus("")
	return e.st.Scenario != old.Scenario || e.st.Target != old.Target || e.st.Mineral != old.Mineral
}

// applyPreset carries out ScenarioPreset: the target as China's export
// controls on the mineral stand at the date, or, where none is in force, a
// status saying so and no change.
func (e *Explorer) applyPreset() bool {
	if e.data == nil {
		return false
	}
	m, ok := e.data.Mineral(e.st.Mineral)
	if !ok {
		e.page.ScenarioStatus(e.loc.T("panel.scen.chooseMineral"))
		return false
	}
	name, date := strings.ToLower(dataset.MineralName(e.loc, m)), e.loc.Date(e.At())
	target, controls, ok := scenario.Preset(e.data, m.ID, e.At())
	if !ok {
		e.page.ScenarioStatus(e.loc.F("panel.scen.noControl", "mineral", name, "date", date))
		return false
	}
	who := e.loc.T("panel.scen.everyDestination")
	if target != scenario.All {
		who = e.loc.Country(target, e.data.CountryName(target, target)) + e.loc.T("panel.stop")
	}
	msg := e.loc.F("panel.scen.preset", "mineral", name, "date", date, "target", who)
	if len(controls) > 1 {
		msg += e.loc.N("panel.scen.controlsInForce", len(controls))
	}
	changed := e.setScenario(SetScenario{On: true, Target: target})
	e.page.ScenarioStatus(msg)
	return changed
}

// hostScenarioOK checks paxsilica:setScenario against the dataset and the
// map.
func (e *Explorer) hostScenarioOK(ev SetScenario) bool {
	switch {
	case ev.Mineral != "" && !e.hasMineral(ev.Mineral):
		e.page.Warn(fmt.Sprintf("ignored paxsilica:setScenario: no mineral %q in the dataset", ev.Mineral))
		return false
	case ev.On && !slices.Contains(urlstate.TargetGroups, ev.Target) && (ev.Target == "CHN" || e.world.Index(ev.Target) < 0):
		e.page.Warn(fmt.Sprintf("ignored paxsilica:setScenario: target must be all, paxsilica, msp or a country code on the map other than CHN, not %q", ev.Target))
		return false
	}
	return true
}

// updateScenario recomputes the scenario when what it depends on changed.
func (e *Explorer) updateScenario() {
	key := ""
	if e.data != nil && e.st.Scenario == urlstate.ScenarioCut && e.st.Mineral != "" {
		key = e.st.Mineral + "|" + e.st.ScenarioTarget() + "|" + e.At()
	}
	if key == e.scen.key {
		return
	}
	e.scen = scenarioState{key: key}
	if key == "" {
		return
	}
	name := ""
	if i := e.world.Index(e.st.Target); i >= 0 {
		name = e.world.Countries[i].Name
	}
	r, err := scenario.Compute(e.data, e.st.Mineral, e.st.ScenarioTarget(), name, e.At())
	if err != nil {
		e.scen.err = err.Error()
		return
	}
	e.scen.r = r
}

// scenarioPanel is the panel while a scenario is asked for and nothing is
// selected: its summary first, then every section of the result.
func (e *Explorer) scenarioPanel() Panel {
	switch r := e.scen.r; {
	case e.scen.err != "":
		return Panel{Title: e.loc.T("panel.scen.title"), Text: e.scen.err}
	case r == nil:
		return Panel{Title: e.loc.T("panel.scen.title"), Text: e.loc.T("panel.scen.choose")}
	default:
		secs := r.Sections(e.Loc(), e.data)
		pr := dataset.Profile{Sections: secs[1:]}
		ch := charts.Scenario(e.Loc(), e.data, r)
		return Panel{Title: r.Title(e.Loc()), Profile: &pr, Data: e.data, Lead: secs[0].Lines, Scenario: &ch, Open: e.exposureHeading(secs)}
	}
}

// exposureHeading is the heading of the exposure section among secs (the
// scenario's sections in the reader's language), found where English
// heads it "Exposure": the section the panel opens.
func (e *Explorer) exposureHeading(secs []dataset.Section) string {
	if e.loc.English() {
		return "Exposure"
	}
	for i, s := range e.scen.r.Sections(i18n.English(), e.data) {
		if s.Heading == "Exposure" && i < len(secs) {
			return secs[i].Heading
		}
	}
	return ""
}

// scenarioLead is the scenario's summary and what it says of one country,
// shown above that country's details while a scenario is on.
func (e *Explorer) scenarioLead(code string) []dataset.Line {
	r := e.scen.r
	if r == nil {
		return nil
	}
	secs := r.Sections(e.Loc(), e.data)
	return append(slices.Clone(secs[0].Lines), r.CountryLines(e.Loc(), e.data, code)...)
}

// ScenarioLegend is the legend of the scenario map: what the fills and
// outlines mean, and the sources they rest on.
type ScenarioLegend struct {
	Title string
	Marks []scene.Mark
	// Hint explains the shading in a sentence.
	Hint    string
	Sources []string
	// Unconfirmed is the flag's words ("" when every figure is confirmed).
	Unconfirmed string
}

// NewScenarioLegend is the legend of r's map, in the language of loc.
func NewScenarioLegend(loc *i18n.Catalog, r *scenario.Result) ScenarioLegend {
	name := strings.ToLower(dataset.MineralName(loc, r.Mineral))
	lg := ScenarioLegend{
		Title:   loc.F("legend.scen.title", "mineral", name, "target", r.TargetName(loc)),
		Hint:    loc.F("legend.scen.hint", "mineral", name),
		Sources: r.Sources,
	}
	for l := scenario.High; l >= scenario.Untouched; l-- {
		lg.Marks = append(lg.Marks, scene.Mark{Kind: "box", Colour: style.Exposure[l], Text: scenario.LevelLabel(loc, l)})
	}
	lg.Marks = append(lg.Marks, scene.Mark{Kind: "box", Colour: style.China, Text: loc.T("legend.scen.china")},
		scene.Mark{Kind: "ring", Colour: style.GapFiller, Text: loc.T("legend.scen.fill")})
	if r.Unconfirmed {
		lg.Unconfirmed = loc.T("legend.scen.unconfirmed")
	}
	return lg
}
