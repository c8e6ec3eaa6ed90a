package dataset

import (
	"math"
	"os"
	"paxsilica/internal/i18n"
	"strings"
	"testing"

	"paxsilica/internal/mapdata"
)

func shipped(t testing.TB) *Dataset {
	t.Helper()
	raw, err := os.ReadFile("../../data/dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Load(raw)
	if err != nil {
		t.Fatalf("the shipped dataset does not validate:\n%v", err)
	}
	return d
}

// text flattens a profile to "Heading: line" rows for matching.
func text(p Profile) string {
	var b strings.Builder
	for _, s := range p.Sections {
		for _, l := range s.Lines {
			b.WriteString(s.Heading + ": " + l.Text + "\n")
		}
	}
	return b.String()
}

func TestShippedDatasetScope(t *testing.T) {
	d := shipped(t)
	if len(d.Minerals) < 20 {
		t.Errorf("%d minerals, want every mineral the fact sheets list (at least 20)", len(d.Minerals))
	}
	for _, id := range []string{"gallium", "rare-earths", "graphite", "cobalt", "lithium", "germanium", "antimony", "tungsten"} {
		if _, ok := d.Mineral(id); !ok {
			t.Errorf("mineral %s missing", id)
		}
	}
	types := map[string]int{}
	for _, tie := range d.Ties {
		types[tie.Type]++
	}
	for _, typ := range storedTieTypes {
		if types[typ] == 0 {
			t.Errorf("no %s ties", typ)
		}
	}
	for _, id := range []string{"pax-silica", "msp", "msp-forum", "china", "united-states"} {
		if _, ok := d.Bloc(id); !ok {
			t.Errorf("bloc %s missing", id)
		}
	}
	if first, last := d.Events[0].Date, d.Events[len(d.Events)-1].Date; first > "2022-06-14" || last < "2026-02-04" {
		t.Errorf("timeline runs %s to %s, want the MSP launch (2022) to FORGE (2026-02)", first, last)
	}
	// Every source is cited by something: no dead entries.
	used := map[string]bool{}
	mark := func(c Cite) {
		for _, s := range c.Sources {
			used[s] = true
		}
	}
	for _, b := range d.Blocs {
		mark(b.Cite)
		for _, m := range b.Members {
			mark(m.Cite)
		}
	}
	for _, m := range d.Minerals {
		mark(m.Cite)
		mark(Cite{Sources: m.CriticalSources})
		mark(Cite{Sources: m.NoteSources})
		for _, se := range m.Series {
			mark(se.Cite)
			for _, p := range se.Producers {
				mark(p.Cite)
			}
		}
	}
	for _, tie := range d.Ties {
		mark(tie.Cite)
		for _, p := range tie.Parts {
			mark(p.Cite)
		}
		for _, f := range tie.Figures {
			mark(f.Cite)
		}
	}
	for _, e := range d.Events {
		mark(e.Cite)
	}
	for _, id := range d.SourceIDs {
		if !used[id] {
			t.Errorf("source %s is cited by nothing", id)
		}
	}
}

func TestCountryProfiles(t *testing.T) {
	d := shipped(t)
	for _, tc := range []struct {
		code string
		want []string // substrings of the flattened profile
		not  []string
	}{
		{"CHN", []string{
			"Production: Gallium (low-purity primary production), 2025, USGS MCS 2026: 100% of world output (computed from USGS tonnage), 1st — 900,000 kg of 900,000 kg",
			"Export controls China imposes: Announcement No. 46 [2024]",
		}, []string{"Chinese export controls on all destinations"}},
		{"COD", []string{"Production: Cobalt (mine production), 2025, USGS MCS 2026: 74.2% of world output (computed from USGS tonnage), 1st — 230,000 t of 310,000 t; reserves 6,000,000 t"}, nil},
		{"QAT", []string{"Blocs: Pax Silica: signatory — signed 2026-01-12"}, nil},
		{"JPN", []string{"Chinese export controls on Japan: Announcement No. 1 [2026]: all dual-use items banned to Japanese military users", "Announced 2026-01-06", "in force"}, nil},
		{"USA", []string{
			"Chinese export controls on United States: Announcement No. 46 [2024]",
			"suspended on 2025-11-09 by Announcement No. 72 [2025] until 2026-11-27",
			"US government stakes: 2025-07-10 — MP Materials: $400M",
			"Net import reliance: Gallium (low-purity primary production), 2025, USGS MCS 2026: 100%",
			"Imports: Germanium: Belgium supplies 42% of the imports of the United States (2020–23)",
			"Imports: Lithium: Chile supplies 54% of the imports of the United States (2021–24)",
			"Ten US entities, including MP Materials, USA Rare Earth and Aveox",
		}, nil},
		{"AUS", []string{"Agreements with the United States: 2025-10-20 — US–Australia Framework", "Blocs: Pax Silica: founding signatory — signed 2025-12-12", "Blocs: Minerals Security Partnership: partner"}, nil},
		{"GRC", []string{"Blocs: Pax Silica: reported signatory"}, nil},
	} {
		t.Run(tc.code, func(t *testing.T) {
			got := text(d.CountryProfile(i18n.English(), tc.code, "", "2026-11-27", ""))
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("profile lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(got, w) {
					t.Errorf("profile has %q", w)
				}
			}
		})
	}
}

func TestUnconfirmedIsCarried(t *testing.T) {
	d := shipped(t)
	p := d.CountryProfile(i18n.English(), "GRC", "Greece", "2026-11-27", "")
	if len(p.Sections) == 0 || !p.Sections[0].Lines[0].Unconfirmed || p.Sections[0].Lines[0].Note == "" {
		t.Errorf("Greece's reported signature is not flagged unconfirmed with its note: %+v", p.Sections)
	}
}

func TestNoTies(t *testing.T) {
	d := shipped(t)
	p := d.CountryProfile(i18n.English(), "ISL", "Iceland", "2026-11-27", "")
	if !p.NoTies || p.Name != "Iceland" || len(p.Sections) != 0 {
		t.Errorf("Iceland: %+v, want no ties", p)
	}
}

func TestPassedSuspensionIsSaid(t *testing.T) {
	d := shipped(t)
	for _, tie := range d.Ties {
		if tie.Type == ExportControl && tie.Date == "2025-10-09" {
			before := d.ControlStatus(i18n.English(), tie, "2026-11-01")
			after := d.ControlStatus(i18n.English(), tie, "2026-11-27")
			if strings.Contains(before, "passed") || !strings.Contains(after, "that date has passed, and what followed is not recorded in this dataset (as of "+d.AsOf+")") {
				t.Errorf("before: %q; after: %q", before, after)
			}
			return
		}
	}
	t.Fatal("no control announced on 2025-10-09")
}

func TestFormat(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{{750000, "750,000"}, {141.2, "141.2"}, {98.684, "98.7"}, {0, "0"}, {1000, "1,000"}, {-1234.5, "-1,234.5"}} {
		if got := Number(tc.v); got != tc.want {
			t.Errorf("Number(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd"} {
		if got := Ordinal(i18n.English(), n); got != want {
			t.Errorf("Ordinal(i18n.English(), %d) = %q", n, got)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	raw, err := os.ReadFile("../../data/dataset.json")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := Load(raw); err != nil {
			b.Fatal(err)
		}
	}
}

// Every country the dataset names must be clickable on the map.
func TestCountriesAreOnTheMap(t *testing.T) {
	d := shipped(t)
	raw, err := os.ReadFile("../../data/world-50m.bin")
	if err != nil {
		t.Fatal(err)
	}
	w, err := mapdata.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Countries {
		if w.Index(c.Code) < 0 {
			t.Errorf("dataset country %s (%s) is not on the map", c.Code, c.Name)
		}
	}
}

func TestAsOfDate(t *testing.T) {
	d := shipped(t)
	for _, tc := range []struct {
		name, code, at string
		want, not      []string
	}{
		{"Qatar before signing", "QAT", "2025-06-01", nil, []string{"Pax Silica"}},
		{"Qatar after signing", "QAT", "2026-02-01", []string{"Pax Silica: signatory — signed 2026-01-12"}, nil},
		{"UAE between attending and signing", "ARE", "2026-01-01", []string{"Pax Silica: attended, did not sign then"}, []string{"signatory — signed"}},
		{"US ban before its suspension", "USA", "2025-06-01", []string{"Announcement No. 46 [2024]", "aimed at United States; in force."}, []string{"suspended"}},
		{"US ban during its suspension: partly", "USA", "2026-01-01", []string{"partly in force — Ban on US military end users: in force; Art. 2", "suspended on 2025-11-09 by Announcement No. 72 [2025] until 2026-11-27."}, []string{"has passed"}},
		{"US ban after its suspension", "USA", "2026-11-28", []string{"until 2026-11-27; that date has passed, and what followed is not recorded"}, nil},
		{"Section 232 deadline passed", "USA", "2026-08-01", []string{"Deadline for agreements 2026-07-13: that date has passed"}, nil},
		{"Section 232 deadline ahead", "USA", "2026-03-01", []string{"Deadline for agreements 2026-07-13."}, []string{"2026-07-13: that date has passed"}},
		{"Cambodia is a trade deal", "KHM", "", []string{"US–Cambodia Agreement on Reciprocal Trade", "not a critical-minerals framework"}, []string{"critical-minerals framework (Cambodia)"}},
		{"Philippines signs", "PHL", "2026-05-01", []string{"Pax Silica: signatory — signed 2026-04-16"}, nil},
		{"FORGE chair term ends", "KOR", "2026-07-01", []string{"chair until 2026-06: that date has passed"}, nil},
		{"FORGE chair term runs", "KOR", "2026-06-30", []string{"chair until 2026-06"}, []string{"2026-06: that date has passed"}},
		{"Japan ban not yet announced", "JPN", "2025-12-31", nil, []string{"dual-use"}},
		{"mineral focus first", "CHN", "2025-06-01", []string{"Selected mineral: Gallium (low-purity primary production), 2024, USGS MCS 2025: 98.7% of world output (computed from USGS tonnage)"}, nil},
		{"mineral year follows the date", "CHN", "2026-03-01", []string{"Selected mineral: Gallium (low-purity primary production), 2025, USGS MCS 2026: 100% of world output (computed from USGS tonnage)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mineral := ""
			if tc.code == "CHN" {
				mineral = "gallium"
			}
			pr := d.CountryProfile(i18n.English(), tc.code, "", tc.at, mineral)
			got := text(pr)
			if tc.code == "CHN" && pr.Sections[0].Heading != "Selected mineral" {
				t.Errorf("first section %q", pr.Sections[0].Heading)
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(got, w) {
					t.Errorf("has %q:\n%s", w, got)
				}
			}
		})
	}
}

func TestMineralStats(t *testing.T) {
	d := shipped(t)
	ga, _ := d.Mineral("gallium")
	st := d.MineralStats(ga, "2025-12-31")
	if st.China != 98.7 || st.Top3 < 99 || st.HHI < 9700 || st.HHI > 10000 {
		t.Errorf("gallium stats %+v", st)
	}
	if want := 2 * 3000.0 / 760000 * 100; math.Abs(st.PaxSilica-want) > 1e-9 { // Japan and South Korea, 3,000 kg each, computed
		t.Errorf("Pax Silica share of gallium %v (%v)", st.PaxSilica, st.PaxSilicaMembers)
	}
	before := d.MineralStats(ga, "2025-06-01")
	if before.PaxSilica != 0 || len(before.MSPMembers) != 2 {
		t.Errorf("before Pax Silica existed: %+v", before)
	}
	co, _ := d.Mineral("cobalt")
	if st := d.MineralStats(co, "2025-06-01"); st.ChinaNamed {
		t.Errorf("China is not a named cobalt mine producer, yet counted: %+v", st)
	}
	if got := text(d.MineralProfile(i18n.English(), co, "2025-06-01")); !strings.Contains(got, "China: not among the producers the source names") || strings.Contains(got, "China: 0%") {
		t.Errorf("cobalt profile misstates China:\n%s", got)
	}
	ge, _ := d.Mineral("germanium")
	if d.MineralStats(ge, "").Known {
		t.Error("germanium has no published shares, yet stats are known")
	}
	got := text(d.MineralProfile(i18n.English(), ga, "2025-12-31"))
	for _, w := range []string{"World low-purity primary production, 2024, USGS MCS 2025: 760,000 kg", "1st China: 98.7% (computed from USGS tonnage) — 750,000 kg",
		"Herfindahl–Hirschman index: 9,7", "Net import reliance, 2024, USGS MCS 2025: 100%", "Announcement No. 23 [2023]", "On the USGS 2025 List of Critical Minerals.",
		"Other years and editions: 2025, USGS MCS 2026 (published 2026-02-06): world 900,000 kg"} {
		if !strings.Contains(got, w) {
			t.Errorf("gallium profile lacks %q:\n%s", w, got)
		}
	}
}

func TestEventsNear(t *testing.T) {
	d := shipped(t)
	ev := d.EventsNear("2026-02-01", 45, 10)
	var titles []string
	for _, e := range ev {
		titles = append(titles, e.Date+" "+e.Title)
		if e.Date < "2025-12-18" || e.Date > "2026-03-18" {
			t.Errorf("event %s is not within 45 days of 2026-02-01", e.Date)
		}
	}
	if len(ev) == 0 || len(ev) > 10 || !strings.Contains(strings.Join(titles, "\n"), "Critical Minerals Ministerial") {
		t.Errorf("events near 2026-02-01: %q", titles)
	}
	// A quiet time still shows the three nearest.
	if got := d.EventsNear("2022-12-01", 45, 10); len(got) != 3 || got[0].Date != "2022-06-14" {
		t.Errorf("events near 2022-12-01: %+v", got)
	}
}
