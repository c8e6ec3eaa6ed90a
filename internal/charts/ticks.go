package charts

import (
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/isodate"
	"paxsilica/internal/style"
)

// Tick marks the events of one date on the timeline.
type Tick struct {
	Date string
	// Day is the date's offset in days from the timeline's start: the
	// slider's value at the tick; Pos the same as a fraction of the
	// slider's range (0–1).
	Day int
	Pos float64
	// Key is the colour key of the first event's type (TickKey); Keys
	// those of all its events, each once, in dataset order.
	Key  string
	Keys []string
	// Types are the events' colour keys and Events their titles, in
	// dataset order.
	Types  []string
	Events []string
	// Label names the events for a tooltip or screen reader:
	// "2025-10-09: China announces … (export control)".
	Label string
}

// TypeName is the words for an event type (by colour key) in the
// language of loc.
func TypeName(loc *i18n.Catalog, key string) string {
	if loc.English() {
		return TypeNames[key]
	}
	return loc.T("chart.tick." + key)
}

// TypeNames are the English words for the event types, by colour key.
var TypeNames = map[string]string{
	style.KeyBloc:          "bloc",
	style.KeyAgreement:     "US agreement",
	style.KeyCorridor:      "corridor",
	style.KeyExportControl: "export control",
	style.KeyEquityStake:   "US stake",
	style.KeyImport:        "imports",
	style.KeyEvent:         "other event",
}

// TickKeys are the keys of the ticks' legend, in its order.
var TickKeys = []string{style.KeyBloc, style.KeyAgreement, style.KeyEquityStake, style.KeyCorridor, style.KeyExportControl, style.KeyImport, style.KeyEvent}

// TickKey is the colour key of an event of type typ (the dataset's event
// types are the keys, but for "other", which is style.KeyEvent).
func TickKey(typ string) string {
	if _, ok := TypeNames[typ]; ok && typ != style.KeyEvent {
		return typ
	}
	return style.KeyEvent
}

// Ticks places the dataset's events on a timeline from start to end
// (YYYY-MM-DD; a month or year date counts from its first day), one tick
// per date, coloured by the types the dataset gives its events; events
// outside the range are left out.
func Ticks(loc *i18n.Catalog, d *dataset.Dataset, start, end string) []Tick {
	t0, err0 := isodate.ParseDay(start)
	t1, err1 := isodate.ParseDay(end)
	if err0 != nil || err1 != nil || !t1.After(t0) {
		return nil
	}
	span := t1.Sub(t0).Hours() / 24
	var out []Tick
	at := map[string]int{}
	for _, e := range d.Events {
		when, err := isodate.Parse(e.Date)
		if err != nil || when.Before(t0) || when.After(t1) {
			continue
		}
		key := TickKey(e.Type)
		i, ok := at[e.Date]
		if !ok {
			days := int(when.Sub(t0).Hours() / 24)
			i = len(out)
			at[e.Date] = i
			out = append(out, Tick{Date: e.Date, Day: days, Pos: float64(days) / span, Key: key})
		}
		tk := &out[i]
		tk.Events = append(tk.Events, e.Title)
		tk.Types = append(tk.Types, key)
		if !contains(tk.Keys, key) {
			tk.Keys = append(tk.Keys, key)
		}
	}
	for i := range out {
		tk := &out[i]
		parts := make([]string, len(tk.Events))
		for k, title := range tk.Events {
			parts[k] = title + " (" + TypeName(loc, tk.Types[k]) + ")"
		}
		tk.Label = loc.Date(tk.Date) + ": " + strings.Join(parts, "; ")
	}
	return out
}
