package i18n

import (
	"strconv"
	"strings"
)

// Date writes an ISO 8601 date (2026-02-20, 2026-02 or 2026) the
// language's way: English keeps ISO 8601, as the explorer always has;
// Hindi writes CLDR's long date, "20 फ़रवरी 2026". A month alone is
// "{month} {y}", a year alone the year. Text that is not such a date is
// returned as it is.
func (c *Catalog) Date(iso string) string {
	if len(c.Months) != 12 || c.DatePattern == "" {
		return iso
	}
	parts := strings.Split(iso, "-")
	if len(parts) == 0 || len(parts) > 3 || len(parts[0]) != 4 {
		return iso
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return iso
		}
		nums[i] = n
	}
	switch len(nums) {
	case 1:
		return parts[0]
	case 2:
		if nums[1] < 1 || nums[1] > 12 {
			return iso
		}
		return c.Months[nums[1]-1] + " " + parts[0]
	}
	if nums[1] < 1 || nums[1] > 12 || nums[2] < 1 || nums[2] > 31 {
		return iso
	}
	return Fill(c.DatePattern, "d", strconv.Itoa(nums[2]), "month", c.Months[nums[1]-1], "y", parts[0])
}
