package scenario

import (
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/view/urlstate"
)

func fixture(t *testing.T) *dataset.Dataset {
	t.Helper()
	raw, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := dataset.Load(raw)
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}
	return d
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

func codes(ss []Supplier) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Country)
	}
	return out
}

func panelText(d *dataset.Dataset, r *Result) string {
	var b strings.Builder
	for _, s := range r.Sections(i18n.English(), d) {
		b.WriteString("# " + s.Heading + "\n")
		for _, l := range s.Lines {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

func TestCompute(t *testing.T) {
	d := fixture(t)
	for _, tc := range []struct {
		name, mineral, target, at string

		available                  float64
		known, atLeast             bool
		amount                     float64 // AvailableAmount, or -1 for none
		listed, unnamed, overrun   float64
		suppliers                  []string
		afterTop3, afterHHI        float64
		afterKnown                 bool
		levels                     map[string]Level
		fillers                    []string
		unconfirmed                bool
		controls                   int
		summary, panel, notInPanel []string
	}{
		{
			name: "shares from tonnage, a target with import data", mineral: "gallium", target: "USA",
			available: 5, known: true, amount: 50, listed: 5, suppliers: []string{"RUS", "JPN"},
			afterTop3: 100, afterHHI: 60*60 + 40*40, afterKnown: true,
			levels:   map[string]Level{"USA": High, "JPN": Untouched, "CHN": Untouched, "FRA": Untouched},
			fillers:  []string{"RUS", "JPN"},
			controls: 1,
			summary: []string{"Without China, the United States can draw on 5% of world gallium output in 2024 (50 kg of primary production), from Russia and Japan.",
				"China supplied 60% of the United States' imports (2021–24)."},
			panel: []string{"Available to the United States: 5% of world output, 2024 (100% minus China's 95%); 50 of 1,000 kg, China's 950 withheld",
				"1st Russia: 3% (computed) — 30 kg — in none of the blocs shown", "2nd Japan: 2% (computed) — 20 kg — Pax Silica, MSP",
				"Top three producers: 100% of world output today; 100% of what remains without China",
				"Herfindahl–Hirschman index: 9,038 today; 5,200 without China",
				"The United States: net import reliance 100% (2024)",
				"The United States: China supplies 60% of its imports (2021–24); other sources listed: Germany 20%",
				"Gallium licences", "assumes none are granted", "ignores stocks"},
		},
		{
			name: "shares that add up to more than 100", mineral: "antimony", target: "JPN",
			available: 40, known: true, amount: -1, listed: 40.8, overrun: 0.8, suppliers: []string{"RUS", "AUS"},
			afterTop3: 100, afterHHI: (23.5/40.8*100)*(23.5/40.8*100) + (17.3/40.8*100)*(17.3/40.8*100), afterKnown: true,
			levels:      map[string]Level{"JPN": Medium, "USA": Untouched},
			fillers:     []string{"RUS", "AUS"},
			unconfirmed: true,
			summary:     []string{"Without China, Japan can draw on 40% of world antimony output in 2024 (mine production), from Russia and Australia.", "China supplied about 30% of Japan's imports (2024).", "Some figures are unconfirmed."},
			panel:       []string{"The shares named add up to 100.8%, 0.8% more than the 40% left after China", "Japan: China supplies about 30% of its imports (2024); no other source listed"},
			notInPanel:  []string{"Antimony ban to the US"}, // aimed at the US, and suspended
		},
		{
			name: "shares that add up to less than 100, a group target", mineral: "tungsten", target: "paxsilica", at: "2026-01-01",
			available: 50, known: true, amount: -1, listed: 30, unnamed: 20, suppliers: []string{"RUS", "AUS"},
			afterTop3: 60, afterHHI: 40*40 + 20*20, afterKnown: true,
			levels:      map[string]Level{"USA": NoData, "JPN": NoData, "KOR": Low, "AUS": NoData, "FRA": Untouched, "RUS": Untouched},
			fillers:     []string{"RUS", "AUS"},
			unconfirmed: true,
			summary:     []string{"Without China, Pax Silica signatories can draw on 50% of world tungsten output in 2024 (mine production), from Russia and Australia."},
			panel: []string{"Producers the source does not name: 20%", "2nd Australia: 10% — Pax Silica; itself a target",
				"South Korea: China is not among the sources of its imports listed; other sources listed: Australia 40%",
				"No import data in this dataset for United States, Japan, Australia"},
		},
		{
			name: "a group before it existed", mineral: "tungsten", target: "paxsilica", at: "2025-06-01",
			available: 50, known: true, amount: -1, listed: 30, unnamed: 20, suppliers: []string{"RUS", "AUS"},
			afterTop3: 60, afterHHI: 2000, afterKnown: true,
			levels:      map[string]Level{"USA": Untouched, "KOR": Untouched},
			fillers:     []string{"RUS", "AUS"},
			unconfirmed: true,
			notInPanel:  []string{"itself a target", "No import data"},
		},
		{
			name: "figures of the edition out at the date, not the latest", mineral: "indium", target: "USA", at: "2025-06-01",
			available: 40, known: true, amount: 400, listed: 40, suppliers: []string{"KOR", "JPN", "DEU"},
			afterTop3: 100, afterHHI: 50*50 + 25*25 + 25*25, afterKnown: true,
			levels:  map[string]Level{"USA": Medium, "KOR": Untouched},
			fillers: []string{"KOR", "JPN", "DEU"},
			summary: []string{"Without China, the United States can draw on 40% of world indium output in 2023 (400 t of refinery production), from South Korea, Japan and Germany.",
				"China supplied 40% of the United States' imports (2020–23)."},
			panel: []string{"Available to the United States: 40% of world output, 2023, USGS MCS 2025 (100% minus China's 60%); 400 of 1,000 t",
				"The United States: net import reliance >50% (2023)", "China supplies 40% of its imports (2020–23); other sources listed: South Korea 30%"},
			notInPanel: []string{"2024", "MCS 2026", "2021–24"},
		},
		{
			name: "before the first edition, the earliest figures", mineral: "indium", target: "USA", at: "2024-06-01",
			available: 40, known: true, amount: 400, listed: 40, suppliers: []string{"KOR", "JPN", "DEU"},
			afterTop3: 100, afterHHI: 50*50 + 25*25 + 25*25, afterKnown: true,
			levels:  map[string]Level{"USA": Medium},
			fillers: []string{"KOR", "JPN", "DEU"},
		},
		{
			name: "a rounded world total that China's output alone reaches", mineral: "indium", target: "USA", at: "2026-11-28",
			available: 1, known: true, amount: 9, listed: 1, suppliers: []string{"KOR", "JPN"},
			afterTop3: 100, afterHHI: (6.0/9*100)*(6.0/9*100) + (3.0/9*100)*(3.0/9*100), afterKnown: true,
			levels:  map[string]Level{"USA": Low},
			fillers: []string{"KOR", "JPN"},
			summary: []string{"Without China, the United States can draw on about 1% of world indium output in 2024: the 9 t of refinery production that South Korea and Japan made (the source rounds the world total to 900 t, which China's output alone reaches).",
				"China supplied 15% of the United States' imports (2021–24)."},
			panel:      []string{"Available to the United States: about 1% of world output, 2024, USGS MCS 2026", "so 100% minus China's share would read 0%", "net import reliance 100% (2024)"},
			notInPanel: []string{"can draw on 0%", "add up to"},
		},
		{
			name: "a mineral with no Chinese production", mineral: "cobalt", target: "all",
			available: 80, known: true, atLeast: true, amount: -1, listed: 80, suppliers: []string{"COD", "IDN"},
			afterTop3: 80, afterHHI: 4900 + 100, afterKnown: true,
			levels:  map[string]Level{"USA": NoData, "COD": NoData, "CHN": Untouched},
			fillers: []string{"COD", "IDN"},
			summary: []string{"China is not among the producers the source names for cobalt (mine production): without China, the rest of the world can still draw on at least 80% of 2024 output, from DR Congo and Indonesia."},
			panel:   []string{"at least 80% of world output", "The United States: net import reliance >50% (2024)", "The United States: no import data in this dataset", "Every other country: no import data"},
		},
		{
			name: "China leading, no share published; a target with no data", mineral: "germanium", target: "FRA",
			amount: -1, levels: map[string]Level{"FRA": NoData, "USA": Untouched},
			summary:    []string{"China is the leading producer of germanium (refinery production), but no share of world output is published: this dataset cannot say how much would remain for France."},
			panel:      []string{"France: no import data in this dataset"},
			notInPanel: []string{"How concentrated", "Tonnes at stake"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Compute(d, tc.mineral, tc.target, "", tc.at)
			if err != nil {
				t.Fatal(err)
			}
			if !near(r.Available, tc.available) || r.AvailableKnown != tc.known || r.AtLeast != tc.atLeast {
				t.Errorf("available %v known %v at least %v, want %v %v %v", r.Available, r.AvailableKnown, r.AtLeast, tc.available, tc.known, tc.atLeast)
			}
			if (tc.amount < 0) != (r.AvailableAmount == nil) || (r.AvailableAmount != nil && !near(*r.AvailableAmount, tc.amount)) {
				t.Errorf("available amount %v, want %v", r.AvailableAmount, tc.amount)
			}
			if !near(r.Listed, tc.listed) || !near(r.Unnamed, tc.unnamed) || !near(r.Overrun, tc.overrun) {
				t.Errorf("listed %v unnamed %v overrun %v, want %v %v %v", r.Listed, r.Unnamed, r.Overrun, tc.listed, tc.unnamed, tc.overrun)
			}
			if got := codes(r.Suppliers); !reflect.DeepEqual(got, tc.suppliers) {
				t.Errorf("suppliers %v, want %v", got, tc.suppliers)
			}
			if r.After.Known != tc.afterKnown || !near(r.After.Top3, tc.afterTop3) || !near(r.After.HHI, tc.afterHHI) {
				t.Errorf("after %+v, want top3 %v HHI %v known %v", r.After, tc.afterTop3, tc.afterHHI, tc.afterKnown)
			}
			for code, want := range tc.levels {
				if got := r.Level(code); got != want {
					t.Errorf("level of %s %v, want %v", code, got, want)
				}
			}
			if got := r.Fillers(); !reflect.DeepEqual(got, tc.fillers) {
				t.Errorf("fillers %v, want %v", got, tc.fillers)
			}
			if r.Unconfirmed != tc.unconfirmed {
				t.Errorf("unconfirmed %v, want %v", r.Unconfirmed, tc.unconfirmed)
			}
			if len(r.Controls) != tc.controls {
				t.Errorf("controls %d, want %d", len(r.Controls), tc.controls)
			}
			sum := r.Summary(i18n.English())
			for _, w := range tc.summary {
				if !strings.Contains(sum, w) {
					t.Errorf("summary lacks %q:\n%s", w, sum)
				}
			}
			panel := panelText(d, r)
			for _, w := range tc.panel {
				if !strings.Contains(panel, w) {
					t.Errorf("panel lacks %q:\n%s", w, panel)
				}
			}
			for _, w := range tc.notInPanel {
				if strings.Contains(panel, w) {
					t.Errorf("panel has %q:\n%s", w, panel)
				}
			}
		})
	}
}

func TestComputeErrors(t *testing.T) {
	d := fixture(t)
	for _, tc := range []struct{ mineral, target, want string }{
		{"unobtainium", "all", `scenario: unknown mineral "unobtainium"`},
		{"gallium", "CHN", "scenario: China is the supplier in this scenario, not a target"},
		{"gallium", "europe", `scenario: unknown target "europe"`},
	} {
		if _, err := Compute(d, tc.mineral, tc.target, "", ""); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Compute(%s, %s): %v, want %q", tc.mineral, tc.target, err, tc.want)
		}
	}
}

func TestNormaliseTarget(t *testing.T) {
	known := func(c string) bool { return c == "USA" || c == "JPN" }
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"all", "all", true}, {"PaxSilica", "paxsilica", true}, {" msp ", "msp", true},
		{"usa", "USA", true}, {"JPN", "JPN", true}, {"FRA", "", false}, {"CHN", "", false},
		{"U1A", "", false}, {"", "", false}, {"europe", "", false},
	} {
		got, ok := NormaliseTarget(tc.in, known)
		if got != tc.want || ok != tc.ok {
			t.Errorf("NormaliseTarget(%q) = %q %v, want %q %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestTargets(t *testing.T) {
	d := fixture(t)
	for _, tc := range []struct {
		id, at string
		want   []string
	}{
		{"paxsilica", "", []string{"USA", "JPN", "KOR", "AUS"}},
		{"paxsilica", "2025-12-11", nil},
		{"msp", "2026-03-01", []string{"USA", "JPN", "FRA", "DEU", "KOR"}},
		{"msp", "2025-01-01", []string{"USA", "JPN", "FRA", "DEU"}},
		{"FRA", "", []string{"FRA"}},
	} {
		tg, err := ResolveTarget(d, tc.id, "", tc.at)
		if err != nil || !reflect.DeepEqual(tg.Countries, tc.want) {
			t.Errorf("ResolveTarget(%s, %s) = %v %v, want %v", tc.id, tc.at, tg.Countries, err, tc.want)
		}
	}
	if tg, _ := ResolveTarget(d, "XKX", "Kosovo", ""); tg.Name != "Kosovo" {
		t.Errorf("a country the dataset does not list is named %q", tg.Name)
	}
}

func TestPreset(t *testing.T) {
	d := fixture(t)
	for _, tc := range []struct {
		mineral, at, want string
		ok                bool
	}{
		{"gallium", "", All, true},
		{"antimony", "2025-01-01", "USA", true},
		{"antimony", "2026-01-01", "", false}, // suspended
		{"antimony", "2024-01-01", "", false}, // not yet announced
		{"cobalt", "", "", false},
	} {
		got, _, ok := Preset(d, tc.mineral, tc.at)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Preset(%s, %s) = %q %v, want %q %v", tc.mineral, tc.at, got, ok, tc.want, tc.ok)
		}
	}
}

// Every statement that gives a figure names sources the dataset has.
func TestEveryFigureIsSourced(t *testing.T) {
	d := fixture(t)
	for _, m := range []string{"gallium", "antimony", "tungsten", "cobalt", "germanium", "indium"} {
		for _, tg := range []string{"all", "paxsilica", "msp", "USA", "JPN", "FRA"} {
			r, err := Compute(d, m, tg, "", "")
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range r.Sections(i18n.English(), d) {
				for _, l := range s.Lines {
					if strings.ContainsAny(l.Text, "0123456789") && len(l.Sources) == 0 {
						t.Errorf("%s/%s: %q has no source", m, tg, l.Text)
					}
					for _, id := range l.Sources {
						if _, ok := d.Sources[id]; !ok {
							t.Errorf("%s/%s: %q cites unknown source %q", m, tg, l.Text, id)
						}
					}
				}
			}
		}
	}
}

// On the shipped dataset, every mineral and target gives a result whose
// arithmetic matches the mineral's record and whose sources exist.
func TestShippedDataset(t *testing.T) {
	d := fixtures.Dataset(t)
	for _, m := range d.Minerals {
		for _, tg := range []string{All, PaxSilica, MSP, "USA", "JPN", "DEU"} {
			r, err := Compute(d, m.ID, tg, "", d.AsOf)
			if err != nil {
				t.Fatalf("%s/%s: %v", m.ID, tg, err)
			}
			if st := d.MineralStats(&m, d.AsOf); st.ChinaNamed && st.Known && !r.Rounded && !near(r.Available, max(0, 100-st.China)) {
				t.Errorf("%s/%s: available %v, China %v", m.ID, tg, r.Available, st.China)
			}
			if r.Summary(i18n.English()) == "" {
				t.Errorf("%s/%s: no summary", m.ID, tg)
			}
			for _, id := range r.Sources {
				if _, ok := d.Sources[id]; !ok {
					t.Errorf("%s/%s: unknown source %q", m.ID, tg, id)
				}
			}
		}
	}
}

// The URL's target and scenario values are the ones this package takes.
func TestURLValuesAgree(t *testing.T) {
	if !reflect.DeepEqual(Groups, urlstate.TargetGroups) || Cut != urlstate.ScenarioCut {
		t.Errorf("scenario %v %q, URL %v %q", Groups, Cut, urlstate.TargetGroups, urlstate.ScenarioCut)
	}
}

// Gallium on the shipped dataset: the scenario reads the figures of the
// timeline's date. In mid-2025 MCS 2025's 2024 figures apply (China 98.7%);
// at the latest date MCS 2026's 2025 figures, whose rounded world total
// China's output alone reaches, so what remains is the others' output, not 0.
func TestShippedGalliumFollowsTheDate(t *testing.T) {
	d := fixtures.Dataset(t)
	mid, err := Compute(d, "gallium", "USA", "", "2025-06-01")
	if err != nil {
		t.Fatal(err)
	}
	if mid.Mineral.Year != 2024 || !near(mid.Available, 100-mid.ChinaShare) || mid.Rounded || mid.Available <= 0 {
		t.Errorf("gallium at 2025-06-01: year %d, available %v, China %v, rounded %v", mid.Mineral.Year, mid.Available, mid.ChinaShare, mid.Rounded)
	}
	late, err := Compute(d, "gallium", "USA", "", d.AsOf)
	if err != nil {
		t.Fatal(err)
	}
	if late.Mineral.Year <= mid.Mineral.Year || late.Available <= 0 || strings.Contains(late.Summary(i18n.English()), "draw on 0%") {
		t.Errorf("gallium at %s: year %d, available %v: %s", d.AsOf, late.Mineral.Year, late.Available, late.Summary(i18n.English()))
	}
}

func TestCountryLinesAndTips(t *testing.T) {
	d := fixture(t)
	r, err := Compute(d, "gallium", "USA", "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ code, line, tip string }{
		{"CHN", "China is the supplier in this scenario: 95% of world gallium output in 2024, all withheld from the United States", "China — the supplier in this scenario, 95% of world output (2024)"},
		{"USA", "The United States: China supplies 60% of its imports (2021–24)", "United States — cut off; China supplied 60% of its imports (2021–24)"},
		{"RUS", "Russia: 1st of the producers left, 3% of world output; could fill part of the gap", "Russia — not cut off; could fill the gap: 3% of world output (2024)"},
		{"FRA", "France: not a target; China keeps supplying it in this scenario", "France — not cut off"},
	} {
		var texts []string
		for _, l := range r.CountryLines(i18n.English(), d, tc.code) {
			texts = append(texts, l.Text)
		}
		if got := strings.Join(texts, "\n"); !strings.Contains(got, tc.line) {
			t.Errorf("%s: lines %q lack %q", tc.code, got, tc.line)
		}
		if got := r.Tip(i18n.English(), tc.code, d.CountryName(tc.code, tc.code)); got != tc.tip {
			t.Errorf("%s: tip %q, want %q", tc.code, got, tc.tip)
		}
	}
	// A target without import data says so.
	r, _ = Compute(d, "gallium", "FRA", "", "")
	if got := r.Tip(i18n.English(), "FRA", "France"); got != "France — cut off; no import data in this dataset" {
		t.Errorf("France as the target: %q", got)
	}
	if l := r.CountryLines(i18n.English(), d, "FRA"); len(l) == 0 || !strings.Contains(l[len(l)-1].Text, "no import data in this dataset") {
		t.Errorf("France as the target: %+v", l)
	}
}

func TestSummaryNamesTheMostExposed(t *testing.T) {
	d := fixture(t)
	for _, tc := range []struct{ mineral, target, want string }{
		{"gallium", "all", " Most exposed among the targets with import data: the United States (China 60% of its imports, 2021–24)."},
		{"gallium", "paxsilica", " Most exposed among the targets with import data: the United States (China 60% of its imports, 2021–24)."},
		{"tungsten", "paxsilica", ""},
		{"gallium", "USA", " China supplied 60% of the United States' imports (2021–24)."},
	} {
		r, err := Compute(d, tc.mineral, tc.target, "", "")
		if err != nil {
			t.Fatal(err)
		}
		s := r.Summary(i18n.English())
		if (tc.want == "" && strings.Contains(s, "Most exposed")) || !strings.Contains(s, tc.want) {
			t.Errorf("%s/%s: %q, want %q", tc.mineral, tc.target, s, tc.want)
		}
	}
}
