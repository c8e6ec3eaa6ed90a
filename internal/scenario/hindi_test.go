package scenario

import (
	"strings"
	"testing"

	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/poster/typeset"
)

// TestSectionsInHindi composes the scenario panel in Hindi from the
// shipped data: every heading and statement is Hindi (the source's own
// words aside: periods, edition names), the exposure section's heading is
// the one the view opens, and a producer's and a target's lines and
// tooltip name them in Hindi.
func TestSectionsInHindi(t *testing.T) {
	d := fixtures.Dataset(t)
	loc := fixtures.Catalog(t, "hi")
	r, err := Compute(d, "gallium", "USA", "", "2025-06-01")
	if err != nil {
		t.Fatal(err)
	}
	secs := r.Sections(loc, d)
	want := []string{"एक वाक्य में", "बची आपूर्ति, उत्पादक क्रम से", "कितना केंद्रित", "जोखिम", "लागू चीनी निर्यात नियंत्रण", "इसमें क्या शामिल नहीं"}
	var heads []string
	for _, s := range secs {
		heads = append(heads, s.Heading)
	}
	if strings.Join(heads, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", heads, want)
	}
	if SectionHeading(loc, SectionExposure) != "जोखिम" {
		t.Errorf("exposure heading %q", SectionHeading(loc, SectionExposure))
	}
	for _, s := range secs {
		for _, l := range s.Lines {
			if s.Heading == "लागू चीनी निर्यात नियंत्रण" && l.Text != loc.T("scenario.licences") {
				continue // the controls' lines are the panel's (dataset.TieLine)
			}
			if !typeset.NeedsShaping(l.Text) {
				t.Errorf("%s: %q is not Hindi", s.Heading, l.Text)
			}
			for _, en := range []string{"Available", "Top three", "imports", "without China", "no share", "today", "Tonnes"} {
				if strings.Contains(l.Text, en) {
					t.Errorf("%s: %q holds %q", s.Heading, l.Text, en)
				}
			}
		}
	}
	supply := secs[1].Lines
	if !strings.Contains(supply[0].Text, "संयुक्त राज्य के लिए उपलब्ध: विश्व उत्पादन का 1.3%") {
		t.Errorf("supply: %q", supply[0].Text)
	}
	if !strings.Contains(supply[1].Text, "रूस (पहला स्थान): ") {
		t.Errorf("first producer: %q", supply[1].Text)
	}
	for _, c := range []struct{ code, line, tip string }{
		{"RUS", "रूस: बचे उत्पादकों में पहला स्थान", "रूस — आपूर्ति जारी; कमी पूरी कर सकता है"},
		{"USA", "संयुक्त राज्य: इसके आयात का 18% चीन से आता है", "संयुक्त राज्य — आपूर्ति बंद; इसके आयात का 18% चीन से आया"},
		{"CHN", "इस परिदृश्य में चीन आपूर्तिकर्ता है: 2024 में विश्व गैलियम उत्पादन का 98.7%", "चीन — इस परिदृश्य में आपूर्तिकर्ता"},
	} {
		var lines []string
		for _, l := range r.CountryLines(loc, d, c.code) {
			lines = append(lines, l.Text)
		}
		if got := strings.Join(lines, " / "); !strings.Contains(got, c.line) {
			t.Errorf("%s: lines %q lack %q", c.code, got, c.line)
		}
		if got := r.Tip(loc, c.code, loc.Country(c.code, c.code)); !strings.HasPrefix(got, c.tip) {
			t.Errorf("%s: tip %q, want %q…", c.code, got, c.tip)
		}
	}
	if t.Failed() || testing.Verbose() {
		for _, s := range secs {
			for _, l := range s.Lines {
				t.Log(s.Heading, "|", l.Text)
			}
		}
	}
}
