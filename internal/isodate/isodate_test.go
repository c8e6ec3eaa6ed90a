package isodate

import "testing"

func TestDates(t *testing.T) {
	for _, tc := range []struct {
		s          string
		day, valid bool
	}{
		{"2026-01-10", true, true},
		{"2024-02-29", true, true},
		{"2000-02-29", true, true},
		{"2026-02-30", false, false},
		{"2026-02-29", false, false},
		{"1900-02-29", false, false},
		{"2026-13-45", false, false},
		{"0000-00-00", false, false},
		{"2026-04-31", false, false},
		{"2026-00-10", false, false},
		{"2026-1-10", false, false},
		{"2026-01-1", false, false},
		{" 2026-01-10", false, false},
		{"2026-01-10 ", false, false},
		{"2026-01-10T00:00:00Z", false, false},
		{"+2026-01-10", false, false},
		{"2026/01/10", false, false},
		{"２０２６-01-10", false, false},
		{"2026-07", false, true},
		{"2026-13", false, false},
		{"2026", false, true},
		{"26", false, false},
		{"", false, false},
	} {
		if got := Day(tc.s); got != tc.day {
			t.Errorf("Day(%q) = %v, want %v", tc.s, got, tc.day)
		}
		if got := Valid(tc.s); got != tc.valid {
			t.Errorf("Valid(%q) = %v, want %v", tc.s, got, tc.valid)
		}
	}
	if d, err := Parse("2024-07"); err != nil || d.Format("2006-01-02") != "2024-07-01" {
		t.Errorf("Parse(2024-07) = %v, %v; want the month's first day", d, err)
	}
}

// Valid accepts exactly the dates Parse reads.
func FuzzValidIsParse(f *testing.F) {
	for _, s := range []string{"2026", "2026-02", "2026-02-28", "2024-02-29", "2025-02-29", "2026-13", "2026-00",
		"0000", "0000-00-00", "2026-04-31", "2026-12-31", "+026", "2026-1-01", "2026/01/01", "20260101", "", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, err := Parse(s)
		if got, want := Valid(s), err == nil; got != want {
			t.Errorf("Valid(%q) = %v, Parse says %v", s, got, want)
		}
	})
}
