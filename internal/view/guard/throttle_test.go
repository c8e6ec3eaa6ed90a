package guard

import (
	"testing"
	"time"
)

// simulate asks th at each of the times (as a page with a setTimeout would)
// and returns when the action ran.
func simulate(t *testing.T, th *Throttle, asks []time.Time) (writes []time.Time) {
	t.Helper()
	var timer time.Time // when the owed write is due; zero when none
	fire := func(until time.Time) {
		if !timer.IsZero() && !until.Before(timer) {
			if th.Due(timer) {
				writes = append(writes, timer)
			}
			timer = time.Time{}
		}
	}
	for i, now := range asks {
		fire(now)
		run, wait := th.Ask(now)
		switch {
		case run:
			writes = append(writes, now)
		case wait > 0:
			timer = now.Add(wait)
		case wait == 0:
			t.Fatalf("ask %d: deferred with no wait", i)
		}
	}
	fire(timer)
	return writes
}

// mostIn30s is the most writes within any 30 seconds.
func mostIn30s(writes []time.Time) int {
	most := 0
	for i := range writes {
		j := i
		for j < len(writes) && writes[j].Sub(writes[i]) < 30*time.Second {
			j++
		}
		most = max(most, j-i)
	}
	return most
}

func TestThrottle(t *testing.T) {
	start := time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)
	every := func(n int, step time.Duration) []time.Time {
		var ts []time.Time
		for i := range n {
			ts = append(ts, start.Add(time.Duration(i)*step))
		}
		return ts
	}
	for _, tc := range []struct {
		name      string
		asks      []time.Time
		wantAll   bool // every ask written at once
		wantAtEnd bool
	}{
		// A host stepping the timeline 147 times in 22 s (Safari threw).
		{"147 steps in 22 s", every(147, 150*time.Millisecond), false, true},
		{"1000 steps at once", every(1000, 0), false, true},
		{"a step every 10 ms for a minute", every(6000, 10*time.Millisecond), false, true},
		// A reader clicking: written at once, nothing owed.
		{"ten clicks in a second", every(10, 100*time.Millisecond), true, true},
		{"a click every 2 s", every(100, 2*time.Second), true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := Throttle{Interval: URLInterval, Burst: URLBurst}
			writes := simulate(t, &th, tc.asks)
			if n := mostIn30s(writes); n >= 100 {
				t.Errorf("%d writes within 30 s; Safari allows fewer than 100", n)
			}
			if tc.wantAll && len(writes) != len(tc.asks) {
				t.Errorf("%d of %d asks written", len(writes), len(tc.asks))
			}
			if last, end := tc.asks[len(tc.asks)-1], writes[len(writes)-1]; end.Before(last) {
				t.Errorf("the last ask (at %v) was never written: last write at %v", last.Sub(start), end.Sub(start))
			}
			if th.Due(writes[len(writes)-1].Add(time.Hour)) {
				t.Error("Due ran with nothing owed")
			}
			t.Logf("%d asks: %d writes", len(tc.asks), len(writes))
		})
	}
}

func TestThrottleOwed(t *testing.T) {
	th := Throttle{Interval: time.Second}
	t0 := time.Unix(1000, 0)
	if run, _ := th.Ask(t0); !run {
		t.Error("the first request waited")
	}
	if run, wait := th.Ask(t0.Add(300 * time.Millisecond)); run || wait != 700*time.Millisecond {
		t.Errorf("a request too soon: run %v, wait %v; want 700ms", run, wait)
	}
	if run, wait := th.Ask(t0.Add(400 * time.Millisecond)); run || wait != -1 {
		t.Errorf("a second request too soon: run %v, wait %v; want no new timer", run, wait)
	}
	if !th.Due(t0.Add(time.Second)) {
		t.Error("the owed request did not run")
	}
	if th.Due(t0.Add(time.Second)) {
		t.Error("the owed request ran twice")
	}
	if run, _ := th.Ask(t0.Add(3 * time.Second)); !run {
		t.Error("a request long after waited")
	}
}
