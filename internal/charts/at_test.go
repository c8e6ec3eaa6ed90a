package charts

import (
	"strconv"
	"strings"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
)

// yearly is a dataset whose figures change with the date: gallium has
// one year in the 2025 edition and two (the earlier revised) in the 2026
// edition, and a refining stage; US import shares and net import reliance
// come in both editions.
const yearly = `{
  "version": "t", "asOf": "2026-11-28",
  "countries": [{"code": "CHN", "name": "China"}, {"code": "USA", "name": "United States"}, {"code": "JPN", "name": "Japan"},
    {"code": "CAN", "name": "Canada"}, {"code": "RUS", "name": "Russia"}, {"code": "ISL", "name": "Iceland"}],
  "sources": {
    "m25": {"short": "MCS 2025", "title": "T", "publisher": "USGS", "url": "https://example.org/25", "date": "2025-01-31"},
    "m26": {"short": "MCS 2026", "title": "T", "publisher": "USGS", "url": "https://example.org/26", "date": "2026-02-06"},
    "iea": {"short": "IEA", "title": "T", "publisher": "IEA", "url": "https://example.org/iea", "date": "2025-05-21"}},
  "blocs": [{"id": "china", "name": "China", "sources": ["m25"], "members": [{"country": "CHN", "status": "self", "sources": ["m25"]}]}],
  "minerals": [
    {"id": "gallium", "name": "Gallium", "commodity": "gallium", "measure": "production", "unit": "kg", "stage": "production", "sources": ["m25"], "series": [
      {"year": 2024, "edition": "USGS MCS 2025", "published": "2025-01-31", "world": 1000,
       "producers": [{"country": "CHN", "amount": 980}, {"country": "JPN", "amount": 10}], "usNetImportReliance": "100%", "sources": ["m25"]},
      {"year": 2024, "edition": "USGS MCS 2026", "published": "2026-02-06", "revised": true, "world": 1000,
       "producers": [{"country": "CHN", "amount": 970}, {"country": "JPN", "amount": 20}], "usNetImportReliance": ">95%", "sources": ["m26"]},
      {"year": 2025, "edition": "USGS MCS 2026", "published": "2026-02-06", "world": 1000,
       "producers": [{"country": "CHN", "amount": 900}, {"country": "RUS", "amount": 60}, {"country": "JPN", "amount": 40}], "usNetImportReliance": ">95%", "sources": ["m26"]}]},
    {"id": "gallium-refining", "name": "Gallium", "commodity": "gallium", "measure": "refining", "unit": "%", "stage": "refining", "sources": ["iea"], "series": [
      {"year": 2024, "edition": "IEA 2025", "published": "2025-05-21", "producers": [{"country": "CHN", "share": 99}], "sources": ["iea"]}]}],
  "ties": [
    {"type": "import", "from": "CHN", "to": "USA", "mineral": "gallium", "share": 30, "period": "2020–23", "published": "2025-01-31", "sources": ["m25"]},
    {"type": "import", "from": "JPN", "to": "USA", "mineral": "gallium", "share": 20, "period": "2020–23", "published": "2025-01-31", "sources": ["m25"]},
    {"type": "import", "from": "CAN", "to": "USA", "mineral": "gallium", "share": 40, "period": "2021–24", "published": "2026-02-06", "sources": ["m26"]},
    {"type": "import", "from": "CHN", "to": "USA", "mineral": "gallium", "share": 10, "period": "2021–24", "published": "2026-02-06", "sources": ["m26"]}],
  "events": [{"date": "2026-02-06", "title": "MCS 2026", "type": "other", "countries": ["USA"], "minerals": ["gallium"], "sources": ["m26"]}]
}`

func loadYearly(t *testing.T) *dataset.Dataset {
	t.Helper()
	d, err := dataset.Load([]byte(yearly))
	if err != nil {
		t.Fatalf("test dataset: %v", err)
	}
	return d
}

// TestChartsFollowTheDate: the bars, the years side by side, US import
// sources, net import reliance and a country's shares are those of the
// editions published by the timeline's date.
func TestChartsFollowTheDate(t *testing.T) {
	d := loadYearly(t)
	ga := mineral(t, d, "gallium")
	for _, tc := range []struct {
		at       string
		columns  string // headings of the charts side by side, * the selected
		bars     string // the selected chart's bars
		edition  string
		imports  string
		period   string
		reliance string
		summary  string // China's top minerals
	}{
		// Before the IEA refining figures: 2024 alone (MCS 2025), beside the
		// refining stage (the earliest known); one year, so the stages head
		// the columns.
		{at: "2025-03-01", columns: "production*|refining",
			bars: "China 98% china *\nJapan 1% other\nRest of the world 1% rest", edition: "USGS MCS 2025",
			imports: "Japan 20% other\nChina 30% china *\nOther sources 50% rest", period: "2020–23", reliance: "100%",
			summary: "Gallium, refining 99% 1st in the world, 2024\nGallium, production 98% 1st in the world, 2024"},
		// After MCS 2026: 2024 (revised) and 2025 side by side, 2025 selected.
		{at: "2026-03-01", columns: "production, 2024|production, 2025*|refining, 2024",
			bars: "China 90% china *\nRussia 6% other\nJapan 4% other", edition: "USGS MCS 2026",
			imports: "Canada 40% other\nChina 10% china *\nOther sources 50% rest", period: "2021–24", reliance: ">95%",
			summary: "Gallium, refining 99% 1st in the world, 2024\nGallium, production 90% 1st in the world, 2025"},
		// The latest (no date) is the same as after MCS 2026.
		{at: "", columns: "production, 2024|production, 2025*|refining, 2024",
			bars: "China 90% china *\nRussia 6% other\nJapan 4% other", edition: "USGS MCS 2026",
			imports: "Canada 40% other\nChina 10% china *\nOther sources 50% rest", period: "2021–24", reliance: ">95%",
			summary: "Gallium, refining 99% 1st in the world, 2024\nGallium, production 90% 1st in the world, 2025"},
	} {
		t.Run(tc.at, func(t *testing.T) {
			v := Mineral(i18n.English(), d, ga, tc.at)
			var cols []string
			for i, c := range Compare(v).Columns {
				h := c.Heading
				if i == v.Selected {
					h += "*"
				}
				cols = append(cols, h)
			}
			if got := strings.Join(cols, "|"); got != tc.columns {
				t.Errorf("columns %q, want %q", got, tc.columns)
			}
			sel := v.Charts[v.Selected]
			if got := bars(sel.Bars); got != tc.bars {
				t.Errorf("bars:\n%s\nwant:\n%s", got, tc.bars)
			}
			if sel.Edition != tc.edition {
				t.Errorf("edition %q, want %q", sel.Edition, tc.edition)
			}
			// Producers at the date is the selected chart.
			if got := bars(Producers(i18n.English(), d, ga, tc.at).Bars); got != tc.bars {
				t.Errorf("Producers:\n%s\nwant:\n%s", got, tc.bars)
			}
			s, ok := USImports(i18n.English(), d, ga, tc.at)
			if !ok {
				t.Fatal("no imports")
			}
			want := strings.Split(tc.imports, "\n")
			got := map[string]bool{}
			for _, line := range strings.Split(bars(s.Parts), "\n") {
				got[line] = true
			}
			for _, w := range want {
				if !got[w] {
					t.Errorf("imports lack %q: %s", w, bars(s.Parts))
				}
			}
			if len(s.Parts) != len(want) || s.Period != tc.period || s.Reliance != tc.reliance {
				t.Errorf("imports: %d parts, period %q, reliance %q; want %d, %q, %q", len(s.Parts), s.Period, s.Reliance, len(want), tc.period, tc.reliance)
			}
			for i := 1; i < len(s.Parts); i++ {
				if !s.Parts[i].Rest && s.Parts[i].Value > s.Parts[i-1].Value {
					t.Errorf("imports not largest first: %s", bars(s.Parts))
				}
			}
			sum := CountrySummary(i18n.English(), d, "CHN", tc.at)
			var lines []string
			for _, m := range sum.Minerals {
				lines = append(lines, m.Short+" "+m.Bar.Text+" "+m.Bar.Detail)
			}
			if got := strings.Join(lines, "\n"); got != tc.summary {
				t.Errorf("China's minerals:\n%s\nwant:\n%s", got, tc.summary)
			}
		})
	}
}

// TestCountsFollowTheDate: a country's import ties are those of the
// edition that applies at the date.
func TestCountsFollowTheDate(t *testing.T) {
	d := loadYearly(t)
	for _, tc := range []struct {
		code, at string
		kind     string
		want     int
	}{
		{"JPN", "2025-03-01", CountSupplies, 1},
		{"JPN", "2026-03-01", CountSupplies, 0},
		{"CAN", "2025-03-01", CountSupplies, 0},
		{"CAN", "", CountSupplies, 1},
		{"USA", "2026-03-01", CountImports, 2},
	} {
		n := -1
		for _, c := range CountrySummary(i18n.English(), d, tc.code, tc.at).Counts {
			if c.Kind == tc.kind {
				n = c.N
			}
		}
		if n != tc.want && !(n == -1 && tc.want == 0) {
			t.Errorf("%s at %q: %d %s, want %d", tc.code, tc.at, n, tc.kind, tc.want)
		}
	}
}

// TestEarlyFiguresSaySo: figures published after the date stand in for
// want of earlier ones, and the chart says so.
func TestEarlyFiguresSaySo(t *testing.T) {
	d := loadYearly(t)
	early := "Published 2025-05-21, after the chosen date: the earliest figures the dataset records."
	for _, tc := range []struct {
		at   string
		want bool
	}{{"2025-03-01", true}, {"2025-05-21", false}, {"", false}} {
		c := Producers(i18n.English(), d, mineral(t, d, "gallium-refining"), tc.at)
		if got := strings.Contains(strings.Join(c.Notes, " "), early); got != tc.want {
			t.Errorf("at %q: notes %q, want the early note %v", tc.at, c.Notes, tc.want)
		}
	}
	// Imports before any edition: the first, said to be early.
	s, _ := USImports(i18n.English(), d, mineral(t, d, "gallium"), "2024-06-01")
	if s.Period != "2020–23" || !strings.HasPrefix(s.Note, "Published 2025-01-31, after the chosen date") {
		t.Errorf("imports at 2024-06-01: period %q, note %q", s.Period, s.Note)
	}
	if s, _ := USImports(i18n.English(), d, mineral(t, d, "gallium"), "2025-03-01"); s.Note != "" {
		t.Errorf("imports at 2025-03-01: note %q", s.Note)
	}
}

func TestYears(t *testing.T) {
	d := loadYearly(t)
	for _, tc := range []struct {
		id, at, want string
		cur          int
	}{
		{"gallium", "2025-03-01", "2024 USGS MCS 2025", 0},
		{"gallium", "2026-02-06", "2024 USGS MCS 2026|2025 USGS MCS 2026", 1},
		{"gallium", "", "2024 USGS MCS 2026|2025 USGS MCS 2026", 1},
		// Before any edition: the earliest, the best known.
		{"gallium", "2024-01-01", "2024 USGS MCS 2025", 0},
		{"gallium-refining", "2026-03-01", "2024 IEA 2025", 0},
	} {
		ys, cur := Years(mineral(t, d, tc.id), tc.at)
		var got []string
		for _, s := range ys {
			got = append(got, strconv.Itoa(s.Year)+" "+s.Edition)
		}
		if strings.Join(got, "|") != tc.want || cur != tc.cur {
			t.Errorf("Years(%s, %q) = %q, %d; want %q, %d", tc.id, tc.at, got, cur, tc.want, tc.cur)
		}
	}
}
