package dataset

import (
	"math"
	"sort"

	"paxsilica/internal/isodate"
)

// Dates compare as strings: ISO 8601 sorts chronologically, and a partial
// date ("2024-07") sorts before every day of its month, so it counts from the
// month's start.

// On reports whether something dated date had happened by at. An empty date
// (undated: an import share) is always on; an empty at means "latest".
func On(date, at string) bool { return date == "" || at == "" || date <= at }

// MemberStatus returns a country's standing in a bloc as of at: the status
// of its latest membership dated on or before at, or "".
func (d *Dataset) MemberStatus(blocID, code, at string) string {
	b, ok := d.Bloc(blocID)
	if !ok {
		return ""
	}
	status, when := "", ""
	for _, m := range b.Members {
		if m.Country == code && On(m.Date, at) && m.Date >= when {
			status, when = m.Status, m.Date
		}
	}
	return status
}

// Signed reports whether a status counts as a confirmed signature or
// partnership (reported ones do not).
func Signed(status string) bool {
	switch status {
	case FoundingSignatory, Signatory, Partner, Member, Chair, Self:
		return true
	}
	return false
}

// TiesAt returns the stored ties that exist by at, in file order.
func (d *Dataset) TiesAt(at string) []Tie {
	var out []Tie
	for _, t := range d.Ties {
		if On(t.Date, at) {
			out = append(out, t)
		}
	}
	return out
}

// EventsNear returns the events within days of at (the
// nearest kept; limit caps the count), in date order; where fewer than three fall in the window,
// the three nearest. An empty at means the dataset's date. The result is
// never nil: an empty list is still a list for the page.
func (d *Dataset) EventsNear(at string, days, limit int) []Event {
	if at == "" {
		at = d.AsOf
	}
	t, err := isodate.ParseDay(at)
	if err != nil {
		return []Event{}
	}
	type near struct {
		i    int
		dist float64
	}
	var all []near
	for i, e := range d.Events {
		et, err := isodate.Parse(e.Date)
		if err != nil {
			continue
		}
		all = append(all, near{i, math.Abs(et.Sub(t).Hours() / 24)})
	}
	sort.SliceStable(all, func(a, b int) bool { return all[a].dist < all[b].dist })
	n := 0
	for n < len(all) && n < limit && all[n].dist <= float64(days) {
		n++
	}
	n = min(max(n, 3), len(all))
	keep := all[:n]
	sort.Slice(keep, func(a, b int) bool { return keep[a].i < keep[b].i })
	out := make([]Event, len(keep))
	for k, x := range keep {
		out[k] = d.Events[x.i]
	}
	return out
}
