package view

import (
	"paxsilica/internal/kit/fixtures"
	"strings"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/i18n"
	"paxsilica/internal/view/urlstate"
)

// panelText is everything the panel says: title, text, headings, lines and
// notes.
func panelText(p Panel) string {
	var b strings.Builder
	b.WriteString(p.Title + "\n" + p.Text + "\n")
	if p.Profile != nil {
		for _, s := range p.Profile.Sections {
			b.WriteString("## " + s.Heading + "\n")
			for _, l := range s.Lines {
				b.WriteString(l.Text + " | " + l.Note + "\n")
			}
		}
	}
	return b.String()
}

// The panel composed in Hindi from the shipped dataset: CLDR's Hindi
// country names, Hindi headings and sentences, Indian digit grouping and
// Hindi dates; the source's words (titles, notes) stay English and are
// listed as quoted.
func TestPanelInHindi(t *testing.T) {
	hi := hindi(t)
	for _, tc := range []struct {
		name  string
		st    urlstate.State
		title string
		says  []string // parts of the panel's text
		never []string // English the panel must not say
	}{
		{"India", urlstate.State{Country: "IND", Lang: "hi"}, "भारत", []string{
			"## गुट",
			"पैक्स सिलिका: हस्ताक्षरकर्ता — 20 फ़रवरी 2026 को हस्ताक्षर किए", // a composed sentence with a Hindi date
			"मिनरल्स सिक्योरिटी पार्टनरशिप (MSP): साझेदार",
			"(कुल 3,90,000 टन REO में से)", // Indian grouping
			"छठा स्थान",
		}, []string{": signatory", "Blocs", "390,000", "2026-02-20 —"}},
		{"China with gallium", urlstate.State{Country: "CHN", Mineral: "gallium", Lang: "hi"}, "चीन", []string{
			"## चुना गया खनिज",
			"विश्व उत्पादन का 100%",
			"पहला स्थान — 9,00,000 किलोग्राम",
			"संयुक्त राज्य के आयात का 18% चीन से आता है",
		}, []string{"of world output", "supplies"}},
		{"nothing selected", urlstate.State{Lang: "hi"}, "कोई देश नहीं चुना गया", []string{"नक्शे पर किसी देश पर क्लिक करके"}, []string{"Click"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, r := newExplorerIn(t, hi, tc.st, false)
			if r.panel.Title != tc.title {
				t.Errorf("title %q, want %q", r.panel.Title, tc.title)
			}
			got := panelText(r.panel)
			for _, s := range tc.says {
				if !strings.Contains(got, s) {
					t.Errorf("the panel does not say %q:\n%s", s, got)
				}
			}
			for _, s := range tc.never {
				if strings.Contains(got, s) {
					t.Errorf("the panel says %q in English:\n%s", s, got)
				}
			}
		})
	}
}

// A source's words inside a Hindi line are listed in Quoted, so the page
// marks them lang="en"; English lines quote nothing.
func TestQuotedSourceWords(t *testing.T) {
	for _, tc := range []struct {
		loc   *i18n.Catalog
		quote bool
	}{{hindi(t), true}, {i18n.English(), false}} {
		_, r := newExplorerIn(t, tc.loc, urlstate.State{Country: "IND"}, false)
		var event *dataset.Line
		for _, s := range r.panel.Profile.Sections {
			for i, l := range s.Lines {
				if strings.Contains(l.Text, "India signs Pax Silica") {
					event = &s.Lines[i]
				}
			}
		}
		if event == nil {
			t.Fatalf("%s: no event of India's signing in %s", tc.loc.Tag, panelText(r.panel))
		}
		quoted := strings.Join(event.Quoted, "|")
		if got := strings.Contains(quoted, "India signs Pax Silica at the AI Impact Summit in New Delhi"); got != tc.quote {
			t.Errorf("%s: the event's title quoted = %v (%q)", tc.loc.Tag, got, quoted)
		}
		if tc.quote && !strings.Contains(event.Text, "20 फ़रवरी 2026 — ") {
			t.Errorf("%s: the event's date is not in Hindi: %q", tc.loc.Tag, event.Text)
		}
	}
}

// Tooltips in Hindi: the country's Hindi name, and on a mineral's map its
// share with Hindi words, a rank in words and Indian grouping.
func TestTooltipInHindi(t *testing.T) {
	hi := hindi(t)
	for _, tc := range []struct {
		name    string
		st      urlstate.State
		country string
		want    string
	}{
		{"name only", urlstate.State{Lang: "hi"}, "JPN", "जापान"},
		{"gallium", urlstate.State{Mineral: "gallium", Date: "2026-01-10", Lang: "hi"}, "CHN",
			"चीन — गैलियम, 2024, USGS MCS 2025: विश्व उत्पादन का 98.7% (USGS के टन आँकड़ों से गणना), पहला स्थान"},
		{"reserves", urlstate.State{Mineral: "rare-earths", Lang: "hi"}, "GRL",
			"ग्रीनलैंड — दुर्लभ मृदा तत्व, 2025, USGS MCS 2026: कोई उत्पादन दर्ज नहीं; भंडार 15,00,000 टन REO (अपुष्ट: द्वितीयक प्रति)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, r := newExplorerIn(t, hi, tc.st, false)
			e.Hover(index(t, tc.country), -1, geo.Point{X: 10, Y: 10}, true)
			if r.tip != tc.want {
				t.Errorf("tooltip %q, want %q", r.tip, tc.want)
			}
		})
	}
}

// Search in Hindi finds a country by its Hindi name, its English name and
// its code, and says in Hindi why it found nothing.
func TestFindInHindi(t *testing.T) {
	hi := hindi(t)
	e, _ := newExplorerIn(t, hi, urlstate.State{Lang: "hi"}, false)
	_ = e
	for _, tc := range []struct {
		text, country, status string
	}{
		{"भारत", "IND", ""},
		{"India", "IND", ""},
		{"ind", "IND", ""},
		{"जापा", "JPN", ""},
		{"गैलियम", "", ""}, // a mineral by its Hindi name (checked below)
		{"अटलांटिस", "", "“अटलांटिस” नाम का कोई देश या खनिज नहीं मिला"},
	} {
		got, status := Find(hi, e.world, e.Data(), tc.text)
		code := ""
		if got.Country >= 0 {
			code = e.world.Countries[got.Country].Code
		}
		if tc.text == "गैलियम" && got.Mineral != "gallium" {
			t.Errorf("Find(%q) found mineral %q, want gallium", tc.text, got.Mineral)
		}
		if code != tc.country || status != tc.status {
			t.Errorf("Find(%q) = %s %q, want %s %q", tc.text, code, status, tc.country, tc.status)
		}
	}
}

// Share texts in Hindi: the link and the embed snippet carry lang=hi, and
// the message to the host says it.
func TestShareInHindi(t *testing.T) {
	_, r := newExplorerIn(t, hindi(t), urlstate.State{Country: "IND", Lang: "hi"}, false)
	q := r.url.Query("embed=1&origin=https%3A%2F%2Fnews.example")
	if got, want := Link("https://x.example", "/", q), "https://x.example/?country=IND&lang=hi"; got != want {
		t.Errorf("link %q, want %q", got, want)
	}
	if s := Snippet(hindi(t), "https://x.example", "/", q); !strings.Contains(s, `src="https://x.example/?country=IND&amp;embed=1&amp;lang=hi"`) ||
		!strings.Contains(s, `title="पैक्स सिलिका`) {
		t.Errorf("snippet %q", s)
	}
}

// Every country's and every mineral's panel has the same sections in Hindi
// as in English, each heading in Hindi words (Devanagari), and every line
// says something in Hindi besides the source's words it quotes.
func TestEveryPanelInHindi(t *testing.T) {
	hi, en := hindi(t), i18n.English()
	ds := fixtures.Dataset(t)
	var states []urlstate.State
	for _, c := range ds.Countries {
		if index(t, c.Code) >= 0 {
			states = append(states, urlstate.State{Country: c.Code})
		}
	}
	for _, m := range ds.Minerals {
		states = append(states, urlstate.State{Mineral: m.ID})
	}
	devanagari := func(s string) bool {
		for _, r := range s {
			if r >= 0x0900 && r <= 0x097F {
				return true
			}
		}
		return false
	}
	for _, st := range states {
		_, rh := newExplorerIn(t, hi, st, false)
		_, re := newExplorerIn(t, en, st, false)
		ph, pe := rh.panel.Profile, re.panel.Profile
		if ph == nil || pe == nil || len(ph.Sections) != len(pe.Sections) {
			t.Errorf("%+v: sections differ between Hindi and English", st)
			continue
		}
		for i, s := range ph.Sections {
			if !devanagari(s.Heading) {
				t.Errorf("%+v: heading %q (English %q) has no Hindi", st, s.Heading, pe.Sections[i].Heading)
			}
			for _, l := range s.Lines {
				rest := l.Text
				for _, q := range l.Quoted {
					rest = strings.ReplaceAll(rest, q, "")
				}
				if !devanagari(rest) && strings.TrimSpace(strings.Trim(rest, ".,:;—()0123456789%- ")) != "" {
					t.Errorf("%+v: line %q says nothing in Hindi outside its quotes", st, l.Text)
				}
			}
		}
	}
}

// The scenario's panel opens its exposure section in Hindi too, whatever
// that section's heading says.
func TestScenarioOpensExposureInHindi(t *testing.T) {
	for _, loc := range []*i18n.Catalog{i18n.English(), hindi(t)} {
		_, r := newExplorerIn(t, loc, urlstate.State{Scenario: urlstate.ScenarioCut, Mineral: "gallium"}, false)
		p := r.panel
		if p.Profile == nil || p.Open == "" {
			t.Fatalf("%s: scenario panel %q opens %q", loc.Tag, p.Title, p.Open)
		}
		found := false
		for _, s := range p.Profile.Sections {
			found = found || s.Heading == p.Open
		}
		if !found {
			t.Errorf("%s: no section is headed %q", loc.Tag, p.Open)
		}
	}
}
