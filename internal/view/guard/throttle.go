package guard

import "time"

// URLInterval and URLBurst bound the rewrites of the page's URL. Safari
// refuses history.replaceState after 100 calls in 30 seconds (and throws),
// and a host stepping the timeline made 147 in 22 s. A reader's clicks are
// written at once (up to URLBurst in a row); past that, two a second: at
// most URLBurst + 30 s / URLInterval = 80 in any 30 s, well within.
const (
	URLInterval = 500 * time.Millisecond
	URLBurst    = 20
)

// Throttle spaces out an action to at most Burst at once and then one per
// Interval (a token bucket), never dropping the last request: a request
// that comes too soon is owed, and the caller is told when to call Due.
// The zero Burst means 1.
type Throttle struct {
	Interval time.Duration
	Burst    int
	tokens   float64
	last     time.Time // when tokens was last brought up to date
	pending  bool
}

// refill brings the tokens up to date at now.
func (t *Throttle) refill(now time.Time) {
	burst := float64(max(t.Burst, 1))
	if t.last.IsZero() {
		t.tokens = burst
	} else if d := now.Sub(t.last); d > 0 {
		t.tokens = min(burst, t.tokens+float64(d)/float64(t.Interval))
	}
	if now.After(t.last) {
		t.last = now
	}
}

// Ask records a request at now. It returns true when the action should run
// now; otherwise the action is owed and wait says when to call Due (-1: a
// call is already due, set no second timer).
func (t *Throttle) Ask(now time.Time) (run bool, wait time.Duration) {
	t.refill(now)
	if t.tokens >= 1 {
		t.tokens--
		t.pending = false
		return true, 0
	}
	if t.pending {
		return false, -1
	}
	t.pending = true
	return false, time.Duration((1 - t.tokens) * float64(t.Interval))
}

// Due is called when the wait Ask gave has passed: it returns true when the
// owed action should run now (and records it), false when there is none.
func (t *Throttle) Due(now time.Time) bool {
	if !t.pending {
		return false
	}
	t.refill(now)
	t.tokens-- // a timer that fires early still pays: the rate holds
	t.pending = false
	return true
}
