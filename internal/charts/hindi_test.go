package charts

import (
	"strings"
	"testing"

	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/scenario"
	"paxsilica/internal/view/caption"
	"paxsilica/internal/view/urlstate"
)

// TestHindiTexts composes chart titles, bars, the scenario's sentence and
// the figure's caption in Hindi from the shipped data: each holds the
// words it must (glossary names, CLDR country names, Indian grouping) and
// no English word of its template.
func TestHindiTexts(t *testing.T) {
	d := fixtures.Dataset(t)
	loc := fixtures.Catalog(t, "hi")
	ga := mineral(t, d, "gallium")
	chart := Producers(loc, d, ga, "2025-06-01")
	usa, _ := scenario.Compute(d, "gallium", "USA", "", "2025-06-01")
	all, _ := scenario.Compute(d, "rare-earths", "paxsilica", "", "2026-11-28")
	sc := Scenario(loc, d, usa)
	st, _ := urlstate.Parse("mineral=gallium&country=CHN", urlstate.Checks{Country: func(string) bool { return true }})
	capt := caption.Describe(loc, d, st, "2026-01-10")
	ticks := Ticks(loc, d, "2026-02-19", "2026-02-21")
	marks := LayoutTicks(loc, Ticks(loc, d, "2025-10-01", "2025-10-31"), 10, TickGap, TickSpan)
	chn := CountrySummary(loc, d, "CHN", "2026-11-28")
	ind := CountrySummary(loc, d, "IND", "2026-11-28")
	for _, tc := range []struct {
		name, got string
		want      []string
		notWant   []string
	}{
		{"chart title", chart.Title, []string{"विश्व निम्न-शुद्धता प्राथमिक उत्पादन में हिस्सेदारी: गैलियम, 2024", "(मात्रा किलोग्राम में)"}, []string{"Share", "amounts"}},
		{"China's bar", chart.Bars[0].Label + " " + chart.Bars[0].Text + " " + chart.Bars[0].Detail, []string{"चीन", "98.7%", "पहला स्थान", "किलोग्राम"}, []string{"China", "1st", "kg"}},
		{"scenario title", usa.Title(loc), []string{"परिदृश्य: चीन संयुक्त राज्य को गैलियम की आपूर्ति रोक दे"}, []string{"Scenario", "gallium"}},
		{"scenario sentence", usa.Summary(loc), []string{"चीन के बिना संयुक्त राज्य को 2024 में विश्व गैलियम उत्पादन का 1.3%", "किलोग्राम", "से मिल सकता है।", "के आयात का"}, []string{"Without", "China", "draw on", "kg"}},
		{"group scenario sentence", all.Summary(loc), []string{"पैक्स सिलिका के हस्ताक्षरकर्ता देशों को", "दुर्लभ मृदा तत्व", "सबसे अधिक प्रभावित"}, []string{"Without", "signatories"}},
		{"scenario chart", sc.Title + " " + sc.Top3 + " " + sc.HHI + " " + sc.Level, []string{"चीन के बिना: बचे उत्पादन में हर उत्पादक का हिस्सा", "आज", "चीन के बिना"}, []string{"today", "without", "Without"}},
		{"China's role", chn.Role, []string{"निर्यात नियंत्रण लगाए हैं", "दर्ज खनिजों में से 17 का सबसे बड़ा उत्पादक", "।"}, []string{"imposes", "largest"}},
		{"India's role", ind.Role, []string{"पैक्स सिलिका"}, []string{"signatory", "Pax Silica"}},
		{"India's badge", ind.Badges[0].Bloc + " " + ind.Badges[0].Status + " " + ind.Badges[0].Date, []string{"फ़रवरी 2026"}, []string{"signed", "2026-02"}},
		{"India's counts", ind.Counts[0].Label, nil, []string{"US agreements"}},
		{"timeline tick", ticks[0].Label, []string{"20 फ़रवरी 2026: ", "(गुट)"}, []string{"2026-02-20", "(bloc)"}},
		{"grouped ticks", marks[0].GroupLabel, []string{"तारीख़ें। ", "अक्तूबर 2025: "}, []string{"dates.", "2025-10"}},
		{"figure title", capt.Title, []string{"चीन", "गैलियम", "2024", "विश्व उत्पादन का 98.7%"}, []string{"China", "world output"}},
		{"figure subtitle", capt.Subtitle, []string{"10 जनवरी 2026 की स्थिति में नक्शा", "परतें: "}, []string{"Map as of", "layers"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range tc.want {
				if !strings.Contains(tc.got, w) {
					t.Errorf("%q lacks %q", tc.got, w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(tc.got, w) {
					t.Errorf("%q holds the English %q", tc.got, w)
				}
			}
		})
	}
	// Indian digit grouping in amounts: 7,50,000 kg, not 750,000.
	for _, b := range chart.Bars {
		if b.China && !strings.Contains(b.Detail, ",") {
			t.Errorf("China's detail %q has no grouped amount", b.Detail)
		}
	}
	if t.Failed() {
		t.Log(chart.Title, "|", chart.Bars[0], "|", usa.Summary(loc), "|", all.Summary(loc), "|", capt.Title, "|", capt.Subtitle, "|", capt.Summary)
	}
}
