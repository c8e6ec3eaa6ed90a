package dataset

import "strings"

// Status kinds of an export control (or one of its parts) at a date. They
// are computed from the dates, never stored.
const (
	StatusPending   = "announced"    // announced, not yet in effect
	StatusInForce   = "in-force"     // in effect
	StatusSuspended = "suspended"    // within a suspension
	StatusLapsed    = "not-recorded" // a suspension ran out; what followed is not recorded
	StatusOutcome   = "ended"        // a suspension ran out and what followed is recorded
	StatusPartial   = "partial"      // parts differ (part suspended, part in force)
)

// Status is a computed status: its kind and the words a reader sees.
type Status struct{ Kind, Text string }

// passed reports whether the date end (of any precision) is over at at:
// "2026-06" is over from 2026-07-01, "2026-11-10" from 2026-11-11.
func passed(end, at string) bool {
	if end == "" || at == "" {
		return false
	}
	if len(at) > len(end) {
		at = at[:len(end)]
	}
	return at > end
}

// latest is the date a status is computed at when none is chosen.
func (d *Dataset) latest(at string) string {
	if at == "" {
		return d.AsOf
	}
	return at
}

// notRecorded is what the explorer says once an end has passed with no
// outcome recorded.
func (d *Dataset) notRecorded() string {
	return "what followed is not recorded in this dataset (as of " + d.AsOf + ")"
}

// PartStatus is one part's status at at.
func (d *Dataset) PartStatus(p Part, at string) Status {
	at = d.latest(at)
	if p.SuspendedOn != "" && p.Suspension != nil && On(p.SuspendedOn, at) {
		by := ""
		if p.SuspendedBy != "" {
			by = " by " + p.SuspendedBy
		}
		before := ""
		if p.Effective != "" && p.SuspendedOn < p.Effective {
			before = " before taking effect"
		}
		end := p.Suspension.Date
		if !passed(end, at) {
			return Status{StatusSuspended, "suspended" + before + " on " + p.SuspendedOn + by + " until " + end}
		}
		if p.Suspension.Outcome != "" {
			return Status{StatusOutcome, "suspended" + before + " until " + end + "; then " + p.Suspension.Outcome}
		}
		return Status{StatusLapsed, "suspended" + before + " on " + p.SuspendedOn + by + " until " + end +
			"; that date has passed, and " + d.notRecorded()}
	}
	if p.Effective != "" && !On(p.Effective, at) {
		return Status{StatusPending, "announced, takes effect " + p.Effective}
	}
	return Status{StatusInForce, "in force"}
}

// ControlStatusAt is an export control's status at at, computed from its
// parts: where they differ (part suspended, part in force) it is partial
// and says which part is which.
func (d *Dataset) ControlStatusAt(t Tie, at string) Status {
	if len(t.Parts) == 0 {
		return Status{StatusInForce, "in force"}
	}
	first := d.PartStatus(t.Parts[0], at)
	if len(t.Parts) == 1 {
		return first
	}
	same, sameText := true, true
	texts := make([]string, len(t.Parts))
	for i, p := range t.Parts {
		s := d.PartStatus(p, at)
		same = same && s.Kind == first.Kind
		sameText = sameText && s.Text == first.Text
		texts[i] = p.Title + ": " + s.Text
	}
	switch {
	case same && sameText:
		return first
	case same:
		return Status{first.Kind, strings.Join(texts, "; ")}
	}
	return Status{StatusPartial, "partly in force — " + strings.Join(texts, "; ")}
}

// ControlStatus describes an export control's status at at in words.
func (d *Dataset) ControlStatus(t Tie, at string) string { return d.ControlStatusAt(t, at).Text }

// ControlActive reports whether any part of an export control is in force
// at at ("" for the latest). After a suspension has run out with nothing
// recorded, the part is not counted as in force: the dataset does not know.
func ControlActive(t Tie, at string) bool {
	if !On(t.Date, at) {
		return false
	}
	for _, p := range t.Parts {
		suspended := p.SuspendedOn != "" && p.Suspension != nil && On(p.SuspendedOn, at)
		if suspended {
			continue
		}
		if p.Effective == "" || On(p.Effective, at) {
			return true
		}
	}
	return false
}

// EndText describes an End at at: "deadline 2026-07-13" before it, and once
// it has passed, the recorded outcome or that none is recorded.
func (d *Dataset) EndText(e *End, at string) string {
	if e == nil {
		return ""
	}
	at = d.latest(at)
	what := e.What
	if what == "" {
		what = "ends"
	}
	if !passed(e.Date, at) {
		return what + " " + e.Date
	}
	if e.Outcome != "" {
		return what + " " + e.Date + ", passed: " + e.Outcome
	}
	return what + " " + e.Date + ": that date has passed, and " + d.notRecorded()
}

// SuspendedOnDate reports whether a part of the tie was suspended on date.
func (t Tie) SuspendedOnDate(date string) bool {
	for _, p := range t.Parts {
		if p.SuspendedOn != "" && p.SuspendedOn == date {
			return true
		}
	}
	return false
}
