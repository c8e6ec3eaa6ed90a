package guard

import (
	"testing"
	"time"
)

// A host stepping the timeline 147 times in 22 s: the URL is written at
// most twice a second, within Safari's 100 calls in 30 s, and the last
// step is always written.
func TestThrottle(t *testing.T) {
	th := Throttle{Interval: URLInterval}
	start := time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)
	var writes []time.Time
	var timer time.Time // when the owed write is due; zero when none
	for i := range 147 {
		now := start.Add(time.Duration(i) * 150 * time.Millisecond)
		if !timer.IsZero() && !now.Before(timer) {
			if th.Due(timer) {
				writes = append(writes, timer)
			}
			timer = time.Time{}
		}
		run, wait := th.Ask(now)
		switch {
		case run:
			writes = append(writes, now)
		case wait > 0:
			timer = now.Add(wait)
		case wait == 0:
			t.Fatalf("step %d: deferred with no wait", i)
		}
	}
	if !timer.IsZero() && th.Due(timer) {
		writes = append(writes, timer)
	}
	if th.Due(timer.Add(time.Second)) {
		t.Error("Due ran twice for one owed write")
	}
	last := start.Add(146 * 150 * time.Millisecond)
	if end := writes[len(writes)-1]; end.Before(last) {
		t.Errorf("the last step (at %v) was never written: last write at %v", last.Sub(start), end.Sub(start))
	}
	for i := range writes {
		j := i
		for j < len(writes) && writes[j].Sub(writes[i]) < 30*time.Second {
			j++
		}
		if j-i >= 100 {
			t.Fatalf("%d writes within 30 s from %v", j-i, writes[i].Sub(start))
		}
		if i > 0 && writes[i].Sub(writes[i-1]) < URLInterval {
			t.Fatalf("writes %v apart", writes[i].Sub(writes[i-1]))
		}
	}
	t.Logf("147 steps in 22 s: %d URL writes", len(writes))
}

func TestThrottleFirstAndSpaced(t *testing.T) {
	th := Throttle{Interval: time.Second}
	t0 := time.Unix(1000, 0)
	if run, _ := th.Ask(t0); !run {
		t.Error("the first request waited")
	}
	if run, wait := th.Ask(t0.Add(300 * time.Millisecond)); run || wait != 700*time.Millisecond {
		t.Errorf("a request too soon: run %v, wait %v", run, wait)
	}
	if run, wait := th.Ask(t0.Add(400 * time.Millisecond)); run || wait != -1 {
		t.Errorf("a second request too soon: run %v, wait %v; want no new timer", run, wait)
	}
	if !th.Due(t0.Add(time.Second)) {
		t.Error("the owed request did not run")
	}
	if run, _ := th.Ask(t0.Add(3 * time.Second)); !run {
		t.Error("a request long after waited")
	}
}
