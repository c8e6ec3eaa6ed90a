package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"image/png"
	"os"
	"strings"
	"testing"

	"paxsilica/internal/i18n"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/poster"
	"paxsilica/internal/poster/typeset"
)

func testMaker(t *testing.T) *maker {
	t.Helper()
	g, err := os.ReadFile(fixtures.Path("world-50m.bin"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := os.ReadFile(fixtures.Path("dataset.json"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := newMaker(g, d)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestMake(t *testing.T) {
	m := testMaker(t)
	for _, tc := range []struct {
		kind, query string
		name        string // "" means an error is wanted
		holds       string // in the data (CSV) or the PNG's title
	}{
		{KindProducers, "mineral=gallium", "producers-gallium.csv", "CHN"},
		{KindProducers, "", "", ""},
		{KindProducers, "mineral=gallium&date=2025-06-01", "producers-gallium.csv", ",98.7,"}, // 2024, MCS 2025
		{KindProducers, "mineral=cobalt&date=2026-03-01", "producers-cobalt.csv", ",2025,mine production,USGS MCS 2026,"},
		{KindTies, "country=jpn&date=2026-01-10", "ties-JPN-2026-01-10.csv", "CHN"},
		{KindTies, "mineral=gallium", "", ""},
		{KindEvents, "country=CHN", "events-CHN.csv", "2025"},
		{KindEvents, "date=2025-10-09", "events-2025-10-09.csv", "2025-10"},
		{KindEvents, "", "events-2026-11-28.csv", "Date"},
		{KindPNG, "mineral=gallium&country=CHN&date=2026-01-10", "paxsilica-gallium-CHN-2026-01-10.png", "China in gallium"},
		// The figure's title names the year that applies at the view's date.
		{KindPNG, "mineral=cobalt&date=2026-02-05", "paxsilica-cobalt-2026-02-05.png", "Cobalt (mine production): share of world output, 2024"},
		{KindPNG, "mineral=cobalt&date=2026-02-06", "paxsilica-cobalt-2026-02-06.png", "Cobalt (mine production): share of world output, 2025"},
		{KindScenario, "scenario=cut&mineral=gallium&target=USA", "scenario-gallium-usa-2026-11-28.csv", "producer left,1,Russia,RUS,"},
		{KindScenario, "scenario=cut&mineral=gallium&target=USA&date=2025-06-01", "scenario-gallium-usa-2025-06-01.csv", "supplier,,China,CHN,98.7,"},
		{KindScenario, "mineral=gallium", "", ""},
		{KindScenario, "scenario=cut", "", ""},
		{KindPNG, "scenario=cut&mineral=gallium&target=USA", "paxsilica-gallium-cut-USA-2026-11-28.png", "Scenario: China stops supplying gallium to the United States"},
		{"svg", "", "", ""},
	} {
		t.Run(tc.kind+"?"+tc.query, func(t *testing.T) {
			f, err := m.make(tc.kind, tc.query, "https://explorer.example/?"+tc.query, "2026-11-28")
			if tc.name == "" {
				if err == nil || !strings.HasPrefix(err.Error(), "exporter: ") {
					t.Fatalf("error %v, want one that says exporter", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if f.Name != tc.name {
				t.Errorf("name %q, want %q", f.Name, tc.name)
			}
			if tc.kind == KindPNG {
				if _, err := png.Decode(bytes.NewReader(f.Data)); err != nil {
					t.Fatalf("PNG does not decode: %v", err)
				}
				text, _ := poster.ReadText(f.Data)
				if !strings.HasPrefix(text["Title"], tc.holds) {
					t.Errorf("title %q, want %q…", text["Title"], tc.holds)
				}
				return
			}
			if _, err := csv.NewReader(bytes.NewReader(f.Data)).ReadAll(); err != nil {
				t.Fatalf("CSV does not parse: %v", err)
			}
			if !bytes.Contains(f.Data, []byte(tc.holds)) {
				t.Errorf("%s lacks %q", f.Name, tc.holds)
			}
		})
	}
}

// TestMakeInHindi: with lang=hi the PNG's words come from the page's
// catalog (the title in Hindi, its name still ASCII); without the catalog,
// or with another language's, the figure is English as the page then is;
// the CSV stays machine English.
func TestMakeInHindi(t *testing.T) {
	m := testMaker(t)
	m.shaper = typeset.Shaper{} // as exporter-shaping.wasm has it
	hi := fixtures.Catalog(t, "hi")
	for _, tc := range []struct {
		name    string
		catalog func(string) (*i18n.Catalog, error)
		kind    string
		holds   string
	}{
		{"page catalog", func(string) (*i18n.Catalog, error) { return hi, nil }, KindPNG, "परिदृश्य: चीन संयुक्त राज्य को गैलियम की आपूर्ति रोक दे"},
		{"no catalog", nil, KindPNG, "Scenario: China stops supplying gallium to the United States"},
		{"broken catalog", func(string) (*i18n.Catalog, error) { return nil, errors.New("broken") }, KindPNG, "Scenario: China"},
		{"another language", func(string) (*i18n.Catalog, error) { return i18n.English(), nil }, KindPNG, "Scenario: China"},
		{"CSV", func(string) (*i18n.Catalog, error) { return hi, nil }, KindScenario, "producer left,1,Russia,RUS,"},
		{"the build without a shaper", func(string) (*i18n.Catalog, error) { return hi, nil }, KindPNG, "Scenario: China"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m.catalog = tc.catalog
			if tc.name == "the build without a shaper" {
				m.shaper = nil
			}
			q := "scenario=cut&mineral=gallium&target=USA&lang=hi"
			f, err := m.make(tc.kind, q, "https://explorer.example/?"+q, "2026-11-28")
			if err != nil {
				t.Fatal(err)
			}
			got := string(f.Data)
			if tc.kind == KindPNG {
				if f.Name != "paxsilica-gallium-cut-USA-2026-11-28.png" {
					t.Errorf("name %q", f.Name)
				}
				text, _ := poster.ReadText(f.Data)
				got = text["Title"]
				if f.Title != got {
					t.Errorf("file title %q, PNG title %q", f.Title, got)
				}
			}
			if !strings.Contains(got, tc.holds) {
				t.Errorf("%s: %.120q lacks %q", tc.name, got, tc.holds)
			}
		})
	}
}
