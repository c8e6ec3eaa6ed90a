package export

import (
	"os"
	"strings"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
)

func scenarioFixture(t *testing.T) *dataset.Dataset {
	t.Helper()
	raw, err := os.ReadFile("../scenario/testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := dataset.Load(raw)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestScenarioTable(t *testing.T) {
	d := scenarioFixture(t)
	col := func(tb Table, name string) int {
		for i, h := range tb.Header {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %q in %v", name, tb.Header)
		return -1
	}
	for _, tc := range []struct {
		name, mineral, target, at string
		file                      string
		rows                      []string // role|ISO|share|fill|China's share of imports
		foot                      string   // share left, "" for none
		caption, note             string
	}{
		{name: "with import data", mineral: "gallium", target: "USA", file: "scenario-gallium-usa.csv",
			rows: []string{"supplier|CHN|95|no|", "producer left|RUS|3|yes|", "producer left|JPN|2|yes|", "target|USA|||60"},
			foot: "5", caption: "Scenario: China stops supplying gallium to the United States (figures for 2024)"},
		{name: "the edition at the date", mineral: "indium", target: "USA", at: "2025-06-01", file: "scenario-indium-usa-2025-06-01.csv",
			rows: []string{"supplier|CHN|60|no|", "producer left|KOR|20|yes|", "producer left|JPN|10|yes|", "producer left|DEU|10|yes|", "target|USA|||40"},
			foot: "40", caption: "(figures for 2023, USGS MCS 2025)"},
		{name: "no Chinese production", mineral: "cobalt", target: "all", file: "scenario-cobalt-all.csv",
			rows: []string{"producer left|COD|70|yes|", "producer left|IDN|10|yes|", "target|USA|||"}, foot: "80", note: "(at least)"},
		{name: "a target with no data", mineral: "gallium", target: "FRA", file: "scenario-gallium-fra.csv",
			rows: []string{"supplier|CHN|95|no|", "producer left|RUS|3|yes|", "producer left|JPN|2|yes|", "target|FRA|||"}, foot: "5", note: "no import data in this dataset"},
		{name: "no share published", mineral: "germanium", target: "USA", file: "scenario-germanium-usa.csv",
			rows: []string{"supplier|CHN||no|", "target|USA|||"}},
		{name: "concentration in the footer", mineral: "gallium", target: "USA", file: "scenario-gallium-usa.csv",
			rows: []string{"supplier|CHN|95|no|", "producer left|RUS|3|yes|", "producer left|JPN|2|yes|", "target|USA|||60"},
			foot: "5", note: "Top three: 100% today, 100% of what remains without China; HHI 9,038 today, 5,200 without China."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tb, err := Scenario(i18n.English(), d, tc.mineral, tc.target, tc.at)
			if err != nil {
				t.Fatal(err)
			}
			if tb.Name != tc.file || !strings.Contains(tb.Caption, tc.caption) {
				t.Errorf("name %q caption %q", tb.Name, tb.Caption)
			}
			var got []string
			for _, r := range tb.Rows {
				if len(r) != len(tb.Header) {
					t.Fatalf("row %v has %d cells for %d columns", r, len(r), len(tb.Header))
				}
				got = append(got, strings.Join([]string{r[0], r[col(tb, "ISO code")], r[col(tb, "Share (% of world output)")],
					r[col(tb, "Could fill the gap")], r[col(tb, "China's share of its imports (%)")]}, "|"))
			}
			if strings.Join(got, "\n") != strings.Join(tc.rows, "\n") {
				t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.rows, "\n"))
			}
			foot := ""
			if len(tb.Foot) == 1 {
				foot = tb.Foot[0][col(tb, "Share (% of world output)")]
			}
			if foot != tc.foot {
				t.Errorf("share left %q, want %q", foot, tc.foot)
			}
			if csv := string(tb.CSV()); tc.note != "" && !strings.Contains(csv, tc.note) {
				t.Errorf("CSV lacks %q:\n%s", tc.note, csv)
			}
		})
	}
	if _, err := Scenario(i18n.English(), d, "gallium", "CHN", ""); err == nil || !strings.HasPrefix(err.Error(), "export: scenario:") {
		t.Errorf("China as the target: %v", err)
	}
}
