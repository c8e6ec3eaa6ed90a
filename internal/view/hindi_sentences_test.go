package view

import (
	"strings"
	"testing"

	"paxsilica/internal/geo"
	"paxsilica/internal/view/urlstate"
)

// saidTexts is every whole text the explorer said for a view: the panel's
// title, lines, lead and role sentence, the scenario legend's title and
// the tooltip of the country hovered (if any).
func saidTexts(t *testing.T, st urlstate.State, hover string) []string {
	t.Helper()
	e, r := newExplorerIn(t, hindi(t), st, false)
	out := []string{r.panel.Title, r.panel.Text}
	if p := r.panel.Profile; p != nil {
		for _, s := range p.Sections {
			out = append(out, s.Heading)
			for _, l := range s.Lines {
				out = append(out, l.Text)
			}
		}
	}
	for _, l := range r.panel.Lead {
		out = append(out, l.Text)
	}
	if r.panel.Summary != nil {
		out = append(out, r.panel.Summary.Role)
	}
	if r.legend != nil {
		out = append(out, r.legend.Title)
	}
	if hover != "" {
		e.Hover(index(t, hover), -1, geo.Point{X: 10, Y: 10}, true)
		out = append(out, r.tip)
	}
	return out
}

// TestHindiSentences: whole sentences the explorer composes in Hindi from
// the shipped dataset, read by a Hindi-speaking reviewer for agreement
// (postpositions after country and mineral names, the verb last, numbers
// in Indian grouping, a month-only date with से, not को). A change to a
// template or to how the words are put together that breaks one fails
// here; read the new sentence before changing the expectation.
func TestHindiSentences(t *testing.T) {
	for _, tc := range []struct {
		name  string
		st    urlstate.State
		hover string
		want  string
	}{
		{"a membership dated by month", urlstate.State{Country: "IND"}, "",
			"मिनरल्स सिक्योरिटी पार्टनरशिप (MSP): साझेदार — जून 2023 से शामिल"},
		{"a membership dated by day", urlstate.State{Country: "COD"}, "",
			"MSP फ़ोरम: सदस्य — 26 सितंबर 2024 से शामिल"},
		{"a signature", urlstate.State{Country: "AUS"}, "",
			"पैक्स सिलिका: संस्थापक हस्ताक्षरकर्ता — 12 दिसंबर 2025 को हस्ताक्षर किए"},
		{"China's role", urlstate.State{Country: "CHN"}, "",
			"दर्ज खनिजों में से 17 का सबसे बड़ा उत्पादक; 10 निर्यात नियंत्रण लगाए हैं; 7 दर्ज आयात संबंधों में आपूर्तिकर्ता।"},
		{"India's role", urlstate.State{Country: "IND"}, "",
			"पैक्स सिलिका: हस्ताक्षरकर्ता; 1 खनिज के सूचीबद्ध उत्पादकों में शामिल।"},
		{"an import share", urlstate.State{Country: "JPN"}, "",
			"गैलियम: संयुक्त राज्य के आयात का 22% जापान से आता है (2021–24)"},
		{"no output of a mineral", urlstate.State{Country: "IND", Mineral: "cobalt"}, "",
			"इस डेटासेट में कोबाल्ट (खनन उत्पादन) का कोई आँकड़ा दर्ज नहीं है।"},
		{"a producer's tooltip", urlstate.State{Mineral: "rare-earths"}, "AUS",
			"ऑस्ट्रेलिया — दुर्लभ मृदा तत्व, 2025, USGS MCS 2026: विश्व उत्पादन का 7.4% (USGS के टन आँकड़ों से गणना), तीसरा स्थान (अपुष्ट: द्वितीयक प्रति)"},
		{"the scenario's title for everyone", urlstate.State{Mineral: "gallium", Scenario: "cut", Target: "all"}, "",
			"परिदृश्य: चीन बाक़ी सभी देशों को गैलियम की आपूर्ति रोक दे"},
		{"the scenario's sentence", urlstate.State{Mineral: "cobalt", Scenario: "cut", Target: "JPN"}, "",
			"चीन के बिना जापान को 2025 में विश्व कोबाल्ट उत्पादन का 99.4% (3,08,000 टन, खनन उत्पादन) कांगो - किंशासा, इंडोनेशिया, रूस और 8 अन्य से मिल सकता है। कुछ आँकड़े अपुष्ट हैं।"},
		{"the scenario legend names the target in Hindi", urlstate.State{Mineral: "cobalt", Scenario: "cut", Target: "JPN"}, "",
			"जोखिम, अगर चीन जापान को कोबाल्ट की आपूर्ति रोक दे"},
		{"a producer left", urlstate.State{Mineral: "gallium", Scenario: "cut", Target: "USA"}, "",
			"रूस (पहला स्थान): 0.7% (गणना से) — 6,000 किलोग्राम — दिखाए गए किसी गुट में नहीं"},
		{"the supplier's tooltip", urlstate.State{Mineral: "graphite", Scenario: "cut", Target: "USA"}, "CHN",
			"चीन — इस परिदृश्य में आपूर्तिकर्ता, विश्व उत्पादन का 77.8% (2025)"},
		{"a target's tooltip", urlstate.State{Mineral: "gallium", Scenario: "cut", Target: "USA"}, "USA",
			"संयुक्त राज्य — आपूर्ति बंद; इसके आयात का 18% चीन से आया (2021–24)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.st.Lang = "hi"
			said := saidTexts(t, tc.st, tc.hover)
			for _, s := range said {
				if s == tc.want {
					return
				}
			}
			var near []string
			for _, s := range said {
				if len(s) > 0 && strings.HasPrefix(s, strings.SplitN(tc.want, " ", 2)[0]) {
					near = append(near, s)
				}
			}
			t.Errorf("never said\n  %s\nsaid, starting alike:\n  %s", tc.want, strings.Join(near, "\n  "))
		})
	}
}
