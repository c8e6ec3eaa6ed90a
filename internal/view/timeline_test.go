package view

import "testing"

func TestTimeline(t *testing.T) {
	for _, tc := range []struct {
		date string
		day  int
		ok   bool
	}{{"2022-06-01", 0, true}, {"2022-06-02", 1, true}, {"2023-06-01", 365, true}, {"2026-11-28", 1641, true}, {"28 Nov 2026", 0, false}} {
		day, ok := TimelineDay(tc.date)
		if day != tc.day || ok != tc.ok {
			t.Errorf("TimelineDay(%q) = %d, %v; want %d, %v", tc.date, day, ok, tc.day, tc.ok)
		}
		if ok && TimelineDate(day) != tc.date {
			t.Errorf("TimelineDate(%d) = %s, want %s", day, TimelineDate(day), tc.date)
		}
	}
}
