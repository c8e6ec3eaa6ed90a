package charts

import (
	"strconv"
	"strings"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/style"
)

// small is a dataset made for these tests: Pax Silica and MSP members,
// minerals with tonnages, published shares, no shares, a refining stage
// and more than ten producers, US import sources and events of each type.
const small = `{
  "version": "t", "asOf": "2026-02-20",
  "countries": [
    {"code": "CHN", "name": "China"}, {"code": "USA", "name": "United States"}, {"code": "QAT", "name": "Qatar"},
    {"code": "AUS", "name": "Australia"}, {"code": "IND", "name": "India"}, {"code": "BEL", "name": "Belgium"},
    {"code": "NOR", "name": "Norway"}, {"code": "AAA", "name": "One"}, {"code": "AAB", "name": "Two"},
    {"code": "AAC", "name": "Three"}, {"code": "AAD", "name": "Four"}, {"code": "AAE", "name": "Five"},
    {"code": "AAF", "name": "Six"}, {"code": "AAG", "name": "Seven"}, {"code": "AAH", "name": "Eight"},
    {"code": "AAI", "name": "Nine"}, {"code": "AAJ", "name": "Ten"}],
  "sources": {
    "s1": {"short": "S", "title": "T", "publisher": "P", "url": "https://example.org/"},
    "s2": {"short": "S2", "title": "T2", "publisher": "P", "url": "https://example.org/2"}},
  "blocs": [
    {"id": "pax-silica", "name": "Pax Silica", "date": "2025-12-12", "sources": ["s1"], "members": [
      {"country": "USA", "status": "founding-signatory", "date": "2025-12-12", "dateMeaning": "signed", "sources": ["s1"]},
      {"country": "AUS", "status": "founding-signatory", "date": "2025-12-12", "dateMeaning": "signed", "sources": ["s1"]},
      {"country": "QAT", "status": "attended", "date": "2025-12-12", "dateMeaning": "attended", "sources": ["s1"]},
      {"country": "QAT", "status": "signatory", "date": "2026-01-12", "dateMeaning": "signed", "sources": ["s2"]}]},
    {"id": "china", "name": "China", "sources": ["s1"], "members": [{"country": "CHN", "status": "self", "sources": ["s1"]}]},
    {"id": "msp", "name": "Minerals Security Partnership", "date": "2022-06-14", "sources": ["s1"], "members": [
      {"country": "USA", "status": "partner", "date": "2022-06-14", "dateMeaning": "joined", "sources": ["s1"]},
      {"country": "AUS", "status": "partner", "date": "2022-06-14", "dateMeaning": "joined", "sources": ["s1"]},
      {"country": "IND", "status": "partner", "date": "2023-06", "dateMeaning": "joined", "sources": ["s1"]}]}],
  "minerals": [
    {"id": "gallium", "name": "Gallium", "unit": "kg", "stage": "primary production", "year": 2024, "world": 1000,
     "producers": [{"country": "CHN", "amount": 900, "share": 90}, {"country": "AUS", "amount": 50}, {"country": "IND", "amount": 20}],
     "usNetImportReliance": "100%", "sources": ["s1"]},
    {"id": "germanium", "name": "Germanium", "unit": "", "stage": "production", "year": 2024,
     "producers": [{"country": "CHN"}], "usNetImportReliance": ">50%", "sources": ["s1"]},
    {"id": "graphite", "name": "Graphite (natural)", "unit": "t", "stage": "mine production", "year": 2024,
     "producers": [{"country": "CHN", "share": 78, "approximate": true}, {"country": "IND", "share": 2}], "sources": ["s1"]},
    {"id": "graphite-refining", "name": "Graphite (battery grade)", "commodity": "graphite", "unit": "%", "stage": "refining", "year": 2024,
     "producers": [{"country": "CHN", "share": 90, "atLeast": true}], "sources": ["s2"], "unconfirmed": true},
    {"id": "many", "name": "Many", "unit": "t", "stage": "mine production", "year": 2025, "world": 1200,
     "producers": [
       {"country": "AAA", "amount": 200}, {"country": "AAB", "amount": 150}, {"country": "AAC", "amount": 120},
       {"country": "AAD", "amount": 100}, {"country": "AAE", "amount": 90}, {"country": "AAF", "amount": 80},
       {"country": "AAG", "amount": 70}, {"country": "AAH", "amount": 60}, {"country": "AAI", "amount": 50},
       {"country": "AAJ", "amount": 40}, {"country": "NOR", "amount": 30}, {"country": "CHN", "amount": 210}],
     "sources": ["s1"]}],
  "ties": [
    {"type": "export-control", "from": "CHN", "to": "ALL", "title": "No. 23", "date": "2023-07-03", "minerals": ["gallium"], "status": "in-force", "sources": ["s1"]},
    {"type": "export-control", "from": "CHN", "to": "USA", "title": "No. 46", "date": "2024-12-03", "minerals": ["gallium"], "status": "suspended", "suspendedOn": "2025-11-09", "suspendedUntil": "2026-11-27", "sources": ["s1"]},
    {"type": "import", "from": "CHN", "to": "USA", "mineral": "gallium", "share": 21, "period": "2020–2023", "sources": ["s1"]},
    {"type": "import", "from": "BEL", "to": "USA", "mineral": "gallium", "share": 42, "period": "2020–2023", "sources": ["s2"]},
    {"type": "import", "from": "CHN", "to": "IND", "mineral": "graphite", "share": 60, "approximate": true, "sources": ["s1"], "unconfirmed": true},
    {"type": "agreement", "from": "USA", "to": "AUS", "title": "US–Australia framework", "date": "2025-10-20", "sources": ["s1"]},
    {"type": "equity-stake", "from": "USA", "to": "USA", "company": "MP Materials", "date": "2025-07-10", "sources": ["s1"]}],
  "events": [
    {"date": "2022-06-14", "title": "Minerals Security Partnership launched", "type": "bloc", "countries": ["USA"], "minerals": [], "sources": ["s1"]},
    {"date": "2023-06", "title": "India joins the Minerals Security Partnership", "type": "bloc", "countries": ["IND"], "minerals": [], "sources": ["s1"]},
    {"date": "2023-07-03", "title": "China controls gallium", "type": "export-control", "countries": ["CHN"], "minerals": ["gallium"], "sources": ["s1"]},
    {"date": "2025-07-10", "title": "US stake in MP Materials", "type": "equity-stake", "countries": ["USA"], "minerals": [], "sources": ["s1"]},
    {"date": "2025-10-20", "title": "US–Australia framework", "type": "agreement", "countries": ["USA", "AUS"], "minerals": [], "sources": ["s1"]},
    {"date": "2025-10-20", "title": "Australian mine opens", "type": "other", "countries": ["AUS"], "minerals": [], "sources": ["s1"]},
    {"date": "2025-11-09", "title": "China suspends No. 46", "type": "export-control", "countries": ["CHN", "USA"], "minerals": [], "sources": ["s1"]},
    {"date": "2025-12-12", "title": "Pax Silica Declaration signed", "type": "bloc", "countries": ["USA", "AUS"], "minerals": [], "sources": ["s1"]},
    {"date": "2025-12-12", "title": "Clay deposit reported in Utah", "type": "other", "countries": ["USA"], "minerals": [], "sources": ["s1"]},
    {"date": "2026-01-12", "title": "Qatar signs Pax Silica", "type": "bloc", "countries": ["QAT"], "minerals": [], "sources": ["s2"]},
    {"date": "2026-03-01", "title": "After the dataset's date", "type": "bloc", "countries": ["QAT"], "minerals": [], "sources": ["s2"]}]
}`

func load(t *testing.T) *dataset.Dataset {
	t.Helper()
	d, err := dataset.Load([]byte(small))
	if err != nil {
		t.Fatalf("test dataset: %v", err)
	}
	return d
}

func mineral(t *testing.T, d *dataset.Dataset, id string) *dataset.Mineral {
	t.Helper()
	m, ok := d.Mineral(id)
	if !ok {
		t.Fatalf("no mineral %s", id)
	}
	return m
}

// bars flattens bars to "Label Text key" rows for comparison.
func bars(bs []Bar) string {
	rows := make([]string, len(bs))
	for i, b := range bs {
		rows[i] = b.Label + " " + b.Text + " " + b.Key
		if b.China {
			rows[i] += " *"
		}
	}
	return strings.Join(rows, "\n")
}

func TestProducers(t *testing.T) {
	d := load(t)
	for _, tc := range []struct {
		mineral, at string
		title       string
		want        string // bars, one a line
		empty       string // the reason when there are none
		notes       int
	}{
		{mineral: "gallium", at: "2026-02-20", title: "Share of world primary production: Gallium, 2024 (amounts in kg)",
			want:  "China 90% china *\nAustralia 5% pax-silica\nIndia 2% msp\nRest of the world 3% rest",
			notes: 1},
		// Before Pax Silica was signed, Australia was an MSP partner.
		{mineral: "gallium", at: "2024-01-01", title: "Share of world primary production: Gallium, 2024 (amounts in kg)",
			want:  "China 90% china *\nAustralia 5% msp\nIndia 2% msp\nRest of the world 3% rest",
			notes: 1},
		{mineral: "germanium", at: "", title: "Share of world production: Germanium, 2024",
			empty: "The source publishes no shares of world output for germanium. It names China as the leading producer."},
		// Published approximate shares: the remainder is approximate too.
		{mineral: "graphite", at: "", title: "Share of world mine production: Graphite (natural), 2024 (amounts in t)",
			want: "China about 78% china *\nIndia 2% msp\nRest of the world about 20% rest"},
		// "More than 90%" leaves less than 10% for the rest.
		{mineral: "graphite-refining", at: "", title: "Share of world refining: Graphite (battery grade), 2024",
			want: "China more than 90% china *\nRest of the world less than 10% rest"},
		// Twelve producers: ten named, two (Norway 2.5%, Ten 3.3%) in the rest
		// with the 2.5% no one is named for.
		{mineral: "many", at: "", title: "Share of world mine production: Many, 2025 (amounts in t)",
			want: "China 17.5% china *\nOne 16.7% other\nTwo 12.5% other\nThree 10% other\nFour 8.3% other\n" +
				"Five 7.5% other\nSix 6.7% other\nSeven 5.8% other\nEight 5% other\nNine 4.2% other\nRest of the world 5.8% rest",
			notes: 1},
	} {
		t.Run(tc.mineral+"@"+tc.at, func(t *testing.T) {
			c := Producers(i18n.English(), d, mineral(t, d, tc.mineral), tc.at)
			if c.Title != tc.title {
				t.Errorf("title %q, want %q", c.Title, tc.title)
			}
			if got := bars(c.Bars); got != tc.want {
				t.Errorf("bars:\n%s\nwant:\n%s", got, tc.want)
			}
			if c.Empty != tc.empty {
				t.Errorf("empty %q, want %q", c.Empty, tc.empty)
			}
			if len(c.Notes) != tc.notes {
				t.Errorf("notes %q, want %d", c.Notes, tc.notes)
			}
			if len(c.Sources) == 0 {
				t.Error("no sources")
			}
			var sum float64
			for _, b := range c.Bars {
				if b.Value < 0 || b.Value > 100 {
					t.Errorf("%s: value %v outside 0–100", b.Label, b.Value)
				}
				if b.Rest != (b.Code == "") {
					t.Errorf("%s: rest %v with code %q", b.Label, b.Rest, b.Code)
				}
				sum += b.Value
			}
			if len(c.Bars) > 0 && (sum < 99.5 || sum > 100.5) && !strings.Contains(tc.want, "than") {
				t.Errorf("bars sum to %v, want 100", sum)
			}
		})
	}
}

func TestFamily(t *testing.T) {
	d := load(t)
	for _, tc := range []struct{ id, want string }{
		{"graphite", "graphite graphite-refining"},
		{"graphite-refining", "graphite graphite-refining"},
		{"gallium", "gallium"},
	} {
		var ids []string
		for _, m := range Family(d, mineral(t, d, tc.id)) {
			ids = append(ids, m.ID)
		}
		if got := strings.Join(ids, " "); got != tc.want {
			t.Errorf("Family(%s) = %s, want %s", tc.id, got, tc.want)
		}
	}
	v := Mineral(i18n.English(), d, mineral(t, d, "graphite-refining"), "")
	if len(v.Charts) != 2 || v.Selected != 1 || v.Charts[1].MineralID != "graphite-refining" || !v.Charts[1].Unconfirmed {
		t.Errorf("graphite refining's view: %d charts, selected %d", len(v.Charts), v.Selected)
	}
}

func TestUSImports(t *testing.T) {
	d := load(t)
	for _, tc := range []struct {
		mineral            string
		ok                 bool
		title, want, trust string
		sources            int
	}{
		{"gallium", true, "US imports of gallium by source, 2020–2023",
			"Belgium 42% other\nChina 21% china *\nOther sources 37% rest", "100%", 2},
		// Reliance recorded, no sources: the reliance alone, on the mineral's source.
		{"germanium", true, "", "", ">50%", 1},
		// Imports to India are not US imports.
		{"graphite", false, "", "", "", 0},
	} {
		t.Run(tc.mineral, func(t *testing.T) {
			s, ok := USImports(i18n.English(), d, mineral(t, d, tc.mineral), "")
			if ok != tc.ok {
				t.Fatalf("ok %v, want %v", ok, tc.ok)
			}
			if !ok {
				return
			}
			if s.Title != tc.title || s.Reliance != tc.trust || len(s.Sources) != tc.sources {
				t.Errorf("title %q reliance %q sources %v", s.Title, s.Reliance, s.Sources)
			}
			if got := bars(s.Parts); got != tc.want {
				t.Errorf("parts:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestConcentrate(t *testing.T) {
	d := load(t)
	for _, tc := range []struct{ mineral, top3, hhi, level string }{
		{"gallium", "97%", "8,129", "highly concentrated"},
		{"many", "46.7%", "1,104", "unconcentrated, as far as the named producers show"},
		{"germanium", "", "", ""},
	} {
		c := Concentrate(i18n.English(), d, mineral(t, d, tc.mineral), "")
		if c.Top3Text != tc.top3 || c.HHIText != tc.hhi || c.Level != tc.level || c.Known != (tc.hhi != "") {
			t.Errorf("%s: %q %q %q, want %q %q %q", tc.mineral, c.Top3Text, c.HHIText, c.Level, tc.top3, tc.hhi, tc.level)
		}
	}
}

func TestCountrySummary(t *testing.T) {
	d := load(t)
	badges := func(s Summary) string {
		var out []string
		for _, b := range s.Badges {
			out = append(out, b.Bloc+" · "+b.Status+" · "+b.Date+" "+b.Key)
		}
		return strings.Join(out, "\n")
	}
	minerals := func(s Summary) string {
		var out []string
		for _, m := range s.Minerals {
			out = append(out, m.Label+" "+m.Bar.Text+" "+m.Bar.Detail)
		}
		return strings.Join(out, "\n")
	}
	counts := func(s Summary) string {
		var out []string
		for _, c := range s.Counts {
			out = append(out, strconv.Itoa(c.N)+" "+c.Label)
		}
		return strings.Join(out, ", ")
	}
	for _, tc := range []struct {
		code, at               string
		badges, minerals, more string
		counts, latest         string
		noTies, isBloc         bool
	}{
		{code: "QAT", at: "2026-02-20", badges: "Pax Silica · signatory · signed 2026-01-12 pax-silica",
			counts: "0 US agreements, 0 Chinese export controls naming it, 0 import dependencies recorded", latest: "Qatar signs Pax Silica"},
		// Before it signed, Qatar had attended: a grey badge.
		{code: "QAT", at: "2026-01-01", badges: "Pax Silica · attended, did not sign then · attended 2025-12-12 other",
			counts: "0 US agreements, 0 Chinese export controls naming it, 0 import dependencies recorded"},
		{code: "CHN", at: "", minerals: "Gallium (primary production) 90% 1st in the world, 2024\n" +
			"Graphite (battery grade) (refining) more than 90% 1st in the world, 2024\n" +
			"Graphite (natural) (mine production) about 78% 1st in the world, 2024", more: "2",
			counts: "2 export controls it imposes, 0 US agreements, 2 import ties as a supplier, 0 import dependencies recorded", latest: "China suspends No. 46", isBloc: true},
		// The US-bound ban did not exist yet in 2024-06.
		{code: "USA", at: "2024-06-01", badges: "Minerals Security Partnership · partner · joined 2022-06-14 msp",
			counts: "0 agreements with partners, 0 government stakes, 0 Chinese export controls naming it, 2 import dependencies recorded", latest: "Minerals Security Partnership launched"},
		{code: "USA", at: "", badges: "Pax Silica · founding signatory · signed 2025-12-12 pax-silica\nMinerals Security Partnership · partner · joined 2022-06-14 msp",
			counts: "1 agreements with partners, 1 government stakes, 1 Chinese export controls naming it, 2 import dependencies recorded", latest: "Clay deposit reported in Utah"},
		// Equal shares: the better rank first.
		{code: "IND", at: "", badges: "Minerals Security Partnership · partner · joined 2023-06 msp",
			minerals: "Graphite (natural) (mine production) 2% 2nd in the world, 2024\nGallium (primary production) 2% 3rd in the world, 2024",
			counts:   "0 US agreements, 0 Chinese export controls naming it, 1 import dependencies recorded", latest: "India joins the Minerals Security Partnership"},
		{code: "NOR", at: "", minerals: "Many (mine production) 2.5% 12th in the world, 2025",
			counts: "0 US agreements, 0 Chinese export controls naming it, 0 import dependencies recorded"},
		{code: "BEL", at: "", counts: "0 US agreements, 0 Chinese export controls naming it, 0 import dependencies recorded, 1 import ties as a supplier"},
		{code: "AAA", at: "", minerals: "Many (mine production) 16.7% 2nd in the world, 2025",
			counts: "0 US agreements, 0 Chinese export controls naming it, 0 import dependencies recorded"},
		{code: "ZZZ", at: "", counts: "0 US agreements, 0 Chinese export controls naming it, 0 import dependencies recorded", noTies: true},
	} {
		t.Run(tc.code+"@"+tc.at, func(t *testing.T) {
			s := CountrySummary(i18n.English(), d, tc.code, tc.at)
			if got := badges(s); got != tc.badges {
				t.Errorf("badges:\n%s\nwant:\n%s", got, tc.badges)
			}
			if got := minerals(s); got != tc.minerals {
				t.Errorf("minerals:\n%s\nwant:\n%s", got, tc.minerals)
			}
			if more := strconv.Itoa(s.MoreMinerals); tc.more != "" && more != tc.more {
				t.Errorf("%s more minerals, want %s", more, tc.more)
			}
			if got := counts(s); got != tc.counts {
				t.Errorf("counts: %s\nwant: %s", got, tc.counts)
			}
			if s.Latest.Title != tc.latest || s.HasLatest != (tc.latest != "") {
				t.Errorf("latest %q, want %q", s.Latest.Title, tc.latest)
			}
			if s.IsBloc != tc.isBloc {
				t.Errorf("is a bloc %v, want %v", s.IsBloc, tc.isBloc)
			}
			if s.NoTies != tc.noTies {
				t.Errorf("no ties %v, want %v", s.NoTies, tc.noTies)
			}
		})
	}
}

func TestTicks(t *testing.T) {
	d := load(t)
	ticks := Ticks(i18n.English(), d, "2022-06-01", "2026-02-20")
	want := []struct {
		date  string
		day   int
		types string
	}{
		{"2022-06-14", 13, "bloc"},
		{"2023-06", 365, "bloc"},
		{"2023-07-03", 397, "export-control"},
		{"2025-07-10", 1135, "equity-stake"},
		{"2025-10-20", 1237, "agreement event"},
		{"2025-11-09", 1257, "export-control"},
		{"2025-12-12", 1290, "bloc event"},
		{"2026-01-12", 1321, "bloc"},
	}
	if len(ticks) != len(want) {
		t.Fatalf("%d ticks, want %d (the event after the end left out): %+v", len(ticks), len(want), ticks)
	}
	span := 1360.0 // 2022-06-01 to 2026-02-20
	for i, w := range want {
		tk := ticks[i]
		if tk.Date != w.date || tk.Day != w.day || strings.Join(tk.Types, " ") != w.types || tk.Key != tk.Types[0] {
			t.Errorf("tick %d: %s day %d types %v, want %s day %d %s", i, tk.Date, tk.Day, tk.Types, w.date, w.day, w.types)
		}
		if p := float64(w.day) / span; tk.Pos < p-1e-9 || tk.Pos > p+1e-9 {
			t.Errorf("tick %d at %v, want %v", i, tk.Pos, p)
		}
		if !strings.HasPrefix(tk.Label, tk.Date+": "+tk.Events[0]+" (") {
			t.Errorf("tick %d label %q", i, tk.Label)
		}
		if _, ok := style.Keys[tk.Key]; !ok {
			t.Errorf("tick %d: key %q has no colour", i, tk.Key)
		}
	}
	if got := ticks[4].Label; got != "2025-10-20: US–Australia framework (US agreement); Australian mine opens (other event)" {
		t.Errorf("two events on one date: %q", got)
	}
	for _, bad := range [][2]string{{"2026-02-20", "2022-06-01"}, {"soon", "2026-02-20"}, {"2022-06-01", ""}} {
		if got := Ticks(i18n.English(), d, bad[0], bad[1]); got != nil {
			t.Errorf("Ticks(%q, %q) = %d ticks, want none", bad[0], bad[1], len(got))
		}
	}
}

func TestCompare(t *testing.T) {
	d := load(t)
	// cells flattens a comparison to "Label: a | b" rows, "—" where a
	// column does not name the country.
	cells := func(c Comparison) string {
		var rows []string
		for _, r := range c.Rows {
			var cs []string
			for _, b := range r.Cells {
				if b == nil {
					cs = append(cs, "—")
				} else {
					cs = append(cs, b.Text)
				}
			}
			rows = append(rows, r.Label+": "+strings.Join(cs, " | "))
		}
		return strings.Join(rows, "\n")
	}
	for _, tc := range []struct {
		mineral, title, heads, rows string
		selected                    int
	}{
		{"graphite-refining", "Share of world output, 2024",
			"Graphite (natural): mine production | Graphite (battery grade): refining",
			"China: about 78% | more than 90%\nIndia: 2% | —\nRest of the world: about 20% | less than 10%", 1},
		{"graphite", "Share of world output, 2024",
			"Graphite (natural): mine production | Graphite (battery grade): refining",
			"China: about 78% | more than 90%\nIndia: 2% | —\nRest of the world: about 20% | less than 10%", 0},
		{"gallium", "Share of world output: Gallium, 2024 (amounts in kg)", "primary production, 2024",
			"China: 90%\nAustralia: 5%\nIndia: 2%\nRest of the world: 3%", 0},
		{"germanium", "Share of world output: Germanium, 2024", "production, 2024", "", 0},
	} {
		t.Run(tc.mineral, func(t *testing.T) {
			c := Compare(Mineral(i18n.English(), d, mineral(t, d, tc.mineral), ""))
			var heads []string
			for _, col := range c.Columns {
				heads = append(heads, col.Heading)
			}
			if c.Title != tc.title || strings.Join(heads, " | ") != tc.heads || c.Selected != tc.selected {
				t.Errorf("title %q, columns %q, selected %d", c.Title, heads, c.Selected)
			}
			if got := cells(c); got != tc.rows {
				t.Errorf("rows:\n%s\nwant:\n%s", got, tc.rows)
			}
		})
	}
	// Two years of one stage: the years head the columns.
	v := MineralView{Name: "Tin", Charts: []BarChart{
		{Name: "Tin", Stage: "mine production", Year: 2024, Bars: []Bar{{Code: "CHN", Label: "China", Text: "23%", Value: 23}, {Label: "Rest of the world", Rest: true, Text: "77%", Value: 77}}},
		{Name: "Tin", Stage: "mine production", Year: 2025, Bars: []Bar{{Code: "IDN", Label: "Indonesia", Text: "20%", Value: 20}, {Code: "CHN", Label: "China", Text: "22%", Value: 22}}},
	}, Selected: 1}
	c := Compare(v)
	if c.Title != "Share of world output: Tin (mine production), 2024 and 2025" || c.Columns[0].Heading != "2024" || c.Columns[1].Heading != "2025" {
		t.Errorf("years: title %q, columns %q %q", c.Title, c.Columns[0].Heading, c.Columns[1].Heading)
	}
	if got := cells(c); got != "Indonesia: — | 20%\nChina: 23% | 22%\nRest of the world: 77% | —" {
		t.Errorf("years: rows\n%s", got)
	}
}
