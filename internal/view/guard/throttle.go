package guard

import "time"

// URLInterval is the least time between two rewrites of the page's URL.
// Safari refuses history.replaceState after 100 calls in 30 seconds (and
// throws), and a host stepping the timeline made 147 in 22 s; two a second
// stays well within, and the URL is still current when a reader copies it.
const URLInterval = 500 * time.Millisecond

// Throttle spaces out an action to at most one per Interval, never
// dropping the last request: a request that comes too soon is deferred,
// and the caller is told when to ask again.
type Throttle struct {
	Interval time.Duration
	last     time.Time
	pending  bool
}

// Ask records a request at now. It returns true when the action should run
// now; otherwise the action is owed and wait says when to call Due.
func (t *Throttle) Ask(now time.Time) (run bool, wait time.Duration) {
	if t.last.IsZero() || now.Sub(t.last) >= t.Interval {
		t.last, t.pending = now, false
		return true, 0
	}
	wasPending := t.pending
	t.pending = true
	if wasPending {
		return false, -1 // a timer is already set
	}
	return false, t.Interval - now.Sub(t.last)
}

// Due is called when the wait Ask gave has passed: it returns true when the
// owed action should run now (and records it), false when there is none.
func (t *Throttle) Due(now time.Time) bool {
	if !t.pending {
		return false
	}
	t.last, t.pending = now, false
	return true
}
