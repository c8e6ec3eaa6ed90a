package view

import "time"

// TimelineStart is the first day of the timeline: the Minerals Security
// Partnership was launched in June 2022.
var TimelineStart = time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC)

// TimelineDate is the date (YYYY-MM-DD) of the timeline's day number day.
func TimelineDate(day int) string { return TimelineStart.AddDate(0, 0, day).Format(time.DateOnly) }

// TimelineDay is the timeline's day number of date (YYYY-MM-DD); ok is
// false when date is not one.
func TimelineDay(date string) (day int, ok bool) {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return 0, false
	}
	return int(d.Sub(TimelineStart).Hours() / 24), true
}
