package view

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"paxsilica/internal/isodate"
	"paxsilica/internal/view/urlstate"
)

// Version is the explorer's version, sent with paxsilica:ready.
const Version = "0.2.0"

// Message is a message to the page that embeds the explorer (its parent
// window, or the page itself at top level): a plain object with a type and
// fields; a nil field is sent as null.
//
// To the parent: paxsilica:ready {version}; paxsilica:select {country,
// name (the dataset's English name, whatever the page's language)};
// paxsilica:view {view, mineral, date, scenario, target, and lang
// when the interface is not in English};
// paxsilica:resize {height},
// and AMP's {sentinel: "amp", type: "embed-size", height}.
type Message struct {
	Type   string
	Fields map[string]any
}

// Field reads a field of a message from the parent: its string value and
// whether it is set; ok is false when it is neither a string nor null or
// missing.
type Field func(name string) (value string, set, ok bool)

// HostCommand turns a message from the embedding page into an event
// (wrapped in FromHost). From the parent: paxsilica:select {country},
// paxsilica:setMineral {mineral}, paxsilica:setView {view},
// paxsilica:setDate {date}, paxsilica:setScenario {scenario: "cut" or
// null, target (default all), mineral (optional)}. It returns nil for messages that are not
// commands for the explorer, with a warning, in words, for those it ignores
// as unknown or malformed ("" for other scripts' messages and the events of
// another explorer).
func HostCommand(typ string, field Field) (ev Event, warning string) {
	if !strings.HasPrefix(typ, "paxsilica:") {
		return nil, "" // not ours: other scripts post messages too
	}
	switch typ {
	case "paxsilica:select":
		code, set, ok := field("country")
		if !ok {
			return nil, "ignored paxsilica:select: country must be an ISO 3166-1 alpha-3 string or null"
		}
		if !set {
			code = ""
		}
		return FromHost{Select{Country: code}}, ""
	case "paxsilica:setMineral":
		id, _, ok := field("mineral")
		if !ok {
			return nil, "ignored paxsilica:setMineral: mineral must be a string or null"
		}
		return FromHost{SetMineral{ID: id}}, ""
	case "paxsilica:setView":
		v, _, ok := field("view")
		if !ok || (v != urlstate.ViewMap && v != urlstate.ViewNetwork && v != urlstate.ViewTable) {
			return nil, `ignored paxsilica:setView: view must be "map", "network" or "table"`
		}
		return FromHost{SetView{View: v}}, ""
	case "paxsilica:setDate":
		date, set, ok := field("date")
		if !ok || (set && !isodate.Day(date)) {
			return nil, "ignored paxsilica:setDate: date must be a real YYYY-MM-DD or null"
		}
		return FromHost{SetDate{Date: date}}, ""
	case "paxsilica:setScenario":
		return scenarioCommand(field)
	case "paxsilica:ready", "paxsilica:view", "paxsilica:resize":
		return nil, "" // events of another explorer (a parent that is one too)
	}
	return nil, "ignored unknown message type " + typ
}

// Height is the height (CSS px) the explorer asks of the embedding page at
// a width (CSS px): the map's aspect plus the controls, within 400–650 px
// as embeds are commonly sized; under 760 px, where the panel sits under
// the map, 480–760 px.
func Height(width float64) int {
	if width < 760 {
		return int(math.Round(math.Max(480, math.Min(760, width*0.5+360))))
	}
	return int(math.Round(math.Max(400, math.Min(650, width*0.5+170))))
}

// resizeMessages ask the parent for height h: ours and AMP's.
func resizeMessages(h int) []Message {
	return []Message{
		{Type: "paxsilica:resize", Fields: map[string]any{"height": h}},
		{Type: "embed-size", Fields: map[string]any{"sentinel": "amp", "height": h}},
	}
}

// scenarioCommand reads paxsilica:setScenario {scenario: "cut" or null,
// target: all, paxsilica, msp or alpha-3 (default all), mineral: an id or
// missing}. Whether the target is on the map and the mineral in the dataset
// is checked when it is applied.
func scenarioCommand(field Field) (Event, string) {
	sc, on, ok1 := field("scenario")
	target, hasTarget, ok2 := field("target")
	mineral, _, ok3 := field("mineral")
	switch {
	case !ok1 || (on && strings.ToLower(sc) != urlstate.ScenarioCut):
		return nil, `ignored paxsilica:setScenario: scenario must be "cut" or null`
	case !ok2 || !ok3:
		return nil, "ignored paxsilica:setScenario: target and mineral must be strings"
	case !on:
		return FromHost{SetScenario{Mineral: mineral}}, ""
	}
	if !hasTarget {
		target = urlstate.TargetAll
	}
	id := strings.ToLower(strings.TrimSpace(target))
	if !slices.Contains(urlstate.TargetGroups, id) {
		id = strings.ToUpper(strings.TrimSpace(target))
		if len(id) != 3 || strings.Trim(id, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" || id == "CHN" {
			return nil, fmt.Sprintf("ignored paxsilica:setScenario: target must be all, paxsilica, msp or an ISO 3166-1 alpha-3 code other than CHN, not %q", target)
		}
	}
	return FromHost{SetScenario{On: true, Target: id, Mineral: mineral}}, ""
}
