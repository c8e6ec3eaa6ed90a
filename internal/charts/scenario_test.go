package charts

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/scenario"
)

func TestScenarioChart(t *testing.T) {
	raw, err := os.ReadFile("../scenario/testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := dataset.Load(raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		mineral, target, at string
		bars                []string // code value text
		notes               []string
		top3, hhi           string
	}{
		{"gallium", "USA", "", []string{"RUS 60 60%", "JPN 40 40%"}, nil, "100% today → 100% without China", "9,038 today → 5,200 without China"},
		// Shares adding up to less than 100: the unnamed rest is said.
		{"tungsten", "paxsilica", "2026-01-01", []string{"RUS 40 40%", "AUS 20 20%"}, []string{"Producers the source does not name make 20% of world output"}, "80% today → 60% without China", ""},
		// Shares adding up to more than 100: the bars share out what is named.
		{"antimony", "JPN", "", []string{"RUS 57.6 57.6%", "AUS 42.4 42.4%"}, nil, "", ""},
		// No Chinese production.
		{"cobalt", "all", "", []string{"COD 87.5 87.5%", "IDN 12.5 12.5%"}, []string{"China is not among the producers the source names"}, "", ""},
		// China leading, no share published.
		{"germanium", "FRA", "", nil, []string{"No shares of world output are published"}, "", ""},
	} {
		r, err := scenario.Compute(d, tc.mineral, tc.target, "", tc.at)
		if err != nil {
			t.Fatal(err)
		}
		c := Scenario(i18n.English(), d, r)
		var bars []string
		for _, b := range c.Bars {
			bars = append(bars, fmt.Sprintf("%s %.3g %s", b.Code, b.Value, b.Text))
		}
		if !slices.Equal(bars, tc.bars) {
			t.Errorf("%s: bars %q, want %q", tc.mineral, bars, tc.bars)
		}
		notes := strings.Join(c.Notes, " ")
		for _, n := range tc.notes {
			if !strings.Contains(notes, n) {
				t.Errorf("%s: notes %q lack %q", tc.mineral, notes, n)
			}
		}
		if (tc.top3 != "" && c.Top3 != tc.top3) || (tc.hhi != "" && c.HHI != tc.hhi) {
			t.Errorf("%s: top 3 %q, HHI %q", tc.mineral, c.Top3, c.HHI)
		}
	}
}
