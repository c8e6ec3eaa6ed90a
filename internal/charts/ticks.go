package charts

import (
	"strings"

	"paxsilica/internal/dataset"
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
	// Key is the colour key of the first event's type (EventType);
	// Events are the titles, in dataset order.
	Key    string
	Types  []string
	Events []string
	// Label names the events for a tooltip or screen reader:
	// "2025-10-09: China announces … (export control)".
	Label string
}

// TypeNames are the words for the event types.
var TypeNames = map[string]string{
	style.KeyBloc:          "bloc",
	style.KeyAgreement:     "US agreement",
	style.KeyCorridor:      "corridor",
	style.KeyExportControl: "export control",
	style.KeyEquityStake:   "US stake",
	style.KeyImport:        "imports",
	style.KeyEvent:         "other event",
}

// EventType classifies an event by what the dataset records on its date:
// an export control announced (or suspended) that day by a country the
// event names; else the type of another tie dated that day between
// countries it names (a US stake in a US company is between the US and
// itself); else "bloc" when a
// bloc it names was launched or joined by one of its countries that day,
// else style.KeyEvent.
func EventType(d *dataset.Dataset, e dataset.Event) string {
	for _, t := range d.Ties {
		if t.Type == dataset.ExportControl && (t.Date == e.Date || t.SuspendedOnDate(e.Date)) && contains(e.Countries, t.From) {
			return style.KeyExportControl
		}
	}
	for _, t := range d.Ties {
		if t.Date == e.Date && t.Type != dataset.ExportControl && contains(e.Countries, t.From) && contains(e.Countries, t.To) {
			return t.Type
		}
	}
	for _, b := range d.Blocs {
		if !strings.Contains(e.Title, b.Name) {
			continue
		}
		if b.Date == e.Date {
			return style.KeyBloc
		}
		for _, m := range b.Members {
			if m.Date == e.Date && contains(e.Countries, m.Country) {
				return style.KeyBloc
			}
		}
	}
	return style.KeyEvent
}

// Ticks places the dataset's events on a timeline from start to end
// (YYYY-MM-DD; a month or year date counts from its first day), one tick
// per date; events outside the range are left out.
func Ticks(d *dataset.Dataset, start, end string) []Tick {
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
		typ := EventType(d, e)
		i, ok := at[e.Date]
		if !ok {
			days := int(when.Sub(t0).Hours() / 24)
			i = len(out)
			at[e.Date] = i
			out = append(out, Tick{Date: e.Date, Day: days, Pos: float64(days) / span, Key: typ})
		}
		tk := &out[i]
		tk.Events = append(tk.Events, e.Title)
		tk.Types = append(tk.Types, typ)
	}
	for i := range out {
		tk := &out[i]
		parts := make([]string, len(tk.Events))
		for k, title := range tk.Events {
			parts[k] = title + " (" + TypeNames[tk.Types[k]] + ")"
		}
		tk.Label = tk.Date + ": " + strings.Join(parts, "; ")
	}
	return out
}
