package caption

import (
	"strings"
	"testing"

	"paxsilica/internal/i18n"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/view/urlstate"
)

func TestDescribe(t *testing.T) {
	ds := fixtures.Dataset(t)
	for _, c := range []struct {
		query, at string
		title     []string // words the title must hold
		summary   string
	}{
		{"", "2026-11-28", []string{DefaultTitle}, "Pax Silica"},
		{"mineral=gallium", "2026-11-28", []string{"Gallium", "share of world output", "2025"}, "China 100%"},
		{"mineral=gallium", "2025-06-01", []string{"Gallium", "share of world output", "2024"}, "China 98.7%"},
		{"mineral=gallium&country=CHN", "2026-01-10", []string{"China", "gallium", "98.7%"}, "China: "},
		{"country=JPN", "2026-11-28", []string{"Japan", "ties"}, "recorded ties"},
		{"country=NZL", "2026-11-28", []string{"NZL"}, "no recorded ties"},
		{"scenario=cut&mineral=gallium&target=USA", "2026-11-28", []string{"Scenario: China stops supplying gallium to the United States"}, "Without China, the United States can draw on about 1% of world gallium output in 2025"},
		{"scenario=cut&mineral=cobalt", "2026-11-28", []string{"cobalt", "every country but China"}, "Without China, the rest of the world can draw on 99.4%"},
	} {
		t.Run(c.query, func(t *testing.T) {
			st, _ := urlstate.Parse(c.query, urlstate.Checks{Country: func(string) bool { return true }})
			got := Describe(i18n.English(), ds, st, c.at)
			for _, w := range c.title {
				if !strings.Contains(got.Title, w) {
					t.Errorf("title %q lacks %q", got.Title, w)
				}
			}
			if !strings.Contains(got.Summary, c.summary) {
				t.Errorf("summary %q lacks %q", got.Summary, c.summary)
			}
			if !strings.Contains(got.Subtitle, c.at) {
				t.Errorf("subtitle %q lacks the date", got.Subtitle)
			}
			if len(got.Sources) == 0 {
				t.Error("no sources")
			}
		})
	}
}
