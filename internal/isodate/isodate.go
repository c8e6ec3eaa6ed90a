// Package isodate is the explorer's one rule for dates: ISO 8601 calendar
// dates read with the time package, so that "2026-02-30" or "0000-00-00" is
// refused wherever a date comes in (the URL, a host page's message, the
// dataset), not only where a pattern would catch it.
package isodate

import (
	"fmt"
	"time"
)

// ParseDay reads a full date, YYYY-MM-DD, that exists in the calendar.
func ParseDay(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("isodate: %q is not a date (YYYY-MM-DD)", s)
	}
	return t, nil
}

// Day reports whether s is a full date, YYYY-MM-DD, that exists.
func Day(s string) bool {
	_, err := ParseDay(s)
	return err == nil
}

// layouts are the precisions a dataset date may have: day, month, year.
var layouts = []string{time.DateOnly, "2006-01", "2006"}

// Parse reads a date of day, month or year precision (YYYY-MM-DD, YYYY-MM
// or YYYY); a month or a year counts from its first day.
func Parse(s string) (time.Time, error) {
	for _, layout := range layouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("isodate: %q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", s)
}

// Valid reports whether s is a date of day, month or year precision: the
// dates Parse reads, checked without it (the dataset loader checks
// hundreds of dates, and Parse makes an error for each layout it tries).
func Valid(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch {
		case i == 4 || i == 7:
			if s[i] != '-' {
				return false
			}
		case s[i] < '0' || s[i] > '9':
			return false
		}
	}
	if len(s) == 4 {
		return true
	}
	month := int(s[5]-'0')*10 + int(s[6]-'0')
	if month < 1 || month > 12 {
		return false
	}
	if len(s) == 7 {
		return true
	}
	year := int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
	day := int(s[8]-'0')*10 + int(s[9]-'0')
	// Day 0 of the next month is the last day of this one.
	return day >= 1 && day <= time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
