package dataset

import (
	"strings"

	"paxsilica/internal/i18n"
)

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
func (w *words) notRecorded() string {
	return w.loc.F("panel.notRecorded", "date", w.loc.Date(w.d.AsOf))
}

// PartStatus is one part's status at at, in the words of loc.
func (d *Dataset) PartStatus(loc *i18n.Catalog, p Part, at string) Status {
	return d.in(loc).partStatus(p, at)
}

func (w *words) partStatus(p Part, at string) Status {
	at = w.d.latest(at)
	if p.SuspendedOn != "" && p.Suspension != nil && On(p.SuspendedOn, at) {
		by := ""
		if p.SuspendedBy != "" {
			by = w.loc.F("panel.suspendedBy", "by", w.q(p.SuspendedBy))
		}
		before := ""
		if p.Effective != "" && p.SuspendedOn < p.Effective {
			before = w.loc.T("panel.beforeEffect")
		}
		end := p.Suspension.Date
		on, until := w.loc.Date(p.SuspendedOn), w.loc.Date(end)
		if !passed(end, at) {
			return Status{StatusSuspended, w.loc.F("panel.suspended", "before", before, "on", on, "by", by, "until", until)}
		}
		if p.Suspension.Outcome != "" {
			return Status{StatusOutcome, w.loc.F("panel.suspendedThen", "before", before, "until", until, "outcome", w.q(p.Suspension.Outcome))}
		}
		return Status{StatusLapsed, w.loc.F("panel.suspendedLapsed", "before", before, "on", on, "by", by, "until", until, "notRecorded", w.notRecorded())}
	}
	if p.Effective != "" && !On(p.Effective, at) {
		return Status{StatusPending, w.loc.F("panel.pending", "date", w.loc.Date(p.Effective))}
	}
	return Status{StatusInForce, w.loc.T("panel.inForce")}
}

// ControlStatusAt is an export control's status at at, computed from its
// parts, in the words of loc: where they differ (part suspended, part in
// force) it is partial and says which part is which.
func (d *Dataset) ControlStatusAt(loc *i18n.Catalog, t Tie, at string) Status {
	return d.in(loc).controlStatusAt(t, at)
}

func (w *words) controlStatusAt(t Tie, at string) Status {
	if len(t.Parts) == 0 {
		return Status{StatusInForce, w.loc.T("panel.inForce")}
	}
	first := w.partStatus(t.Parts[0], at)
	if len(t.Parts) == 1 {
		return first
	}
	same, sameText := true, true
	texts := make([]string, len(t.Parts))
	for i, p := range t.Parts {
		s := w.partStatus(p, at)
		same = same && s.Kind == first.Kind
		sameText = sameText && s.Text == first.Text
		texts[i] = w.q(p.Title) + ": " + s.Text
	}
	switch {
	case same && sameText:
		return first
	case same:
		return Status{first.Kind, strings.Join(texts, "; ")}
	}
	return Status{StatusPartial, w.loc.F("panel.partly", "parts", strings.Join(texts, "; "))}
}

// ControlStatus describes an export control's status at at in the words of
// loc.
func (d *Dataset) ControlStatus(loc *i18n.Catalog, t Tie, at string) string {
	return d.ControlStatusAt(loc, t, at).Text
}

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

// EndText describes an End at at in the words of loc: "deadline
// 2026-07-13" before it, and once it has passed, the recorded outcome or
// that none is recorded.
func (d *Dataset) EndText(loc *i18n.Catalog, e *End, at string) string {
	return d.in(loc).endText(e, at)
}

func (w *words) endText(e *End, at string) string {
	if e == nil {
		return ""
	}
	at = w.d.latest(at)
	what := e.What
	if what == "" {
		what = "ends"
	}
	head := w.when(what, e.Date)
	if !passed(e.Date, at) {
		return head
	}
	if e.Outcome != "" {
		return w.loc.F("panel.endPassed", "end", head, "outcome", w.q(e.Outcome))
	}
	return w.loc.F("panel.endLapsed", "end", head, "notRecorded", w.notRecorded())
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
