package charts

import (
	"strconv"
	"strings"
	"testing"

	"paxsilica/internal/dom"
	"paxsilica/internal/i18n"
)

// rowsOf reads a chart's table back: per body row its name and, per
// bar, its length (data-w) and figure.
type readRow struct {
	code, name string
	widths     []float64
	figures    []string
}

func readRows(t *testing.T, n dom.Node) []readRow {
	t.Helper()
	var out []readRow
	for _, tr := range n.Find(func(x dom.Node) bool { return x.Tag == "tr" && len(x.Kids) > 0 && x.Kids[0].Attrs["scope"] == "row" }) {
		r := readRow{code: tr.Attrs["data-code"], name: tr.Kids[0].TextContent()}
		for _, td := range tr.Kids[1:] {
			bar := td.Find(func(x dom.Node) bool { return x.HasClass("bar") })
			val := td.Find(func(x dom.Node) bool { return x.HasClass("val") })
			if len(bar) == 0 {
				r.widths, r.figures = append(r.widths, -1), append(r.figures, td.TextContent())
				continue
			}
			w, err := strconv.ParseFloat(bar[0].Attrs["data-w"], 64)
			if err != nil {
				t.Fatalf("%s: data-w %q", r.name, bar[0].Attrs["data-w"])
			}
			r.widths, r.figures = append(r.widths, w), append(r.figures, val[0].TextContent())
		}
		out = append(out, r)
	}
	return out
}

func TestMineralHTML(t *testing.T) {
	for _, tc := range []struct {
		name, mineral, at string
		yearly            bool
		rows              string // name: figure (width) | …
		sources           string // the source lines' text
	}{
		{name: "one chart", mineral: "gallium", rows: "China: 90% (90) \nAustralia: 5% (5) \nIndia: 2% (2) \nRest of the world: 3% (3) ",
			sources: "Source: S"},
		{name: "years and stages", mineral: "gallium", yearly: true,
			rows:    "China: 97% (97) | 90% (90) | 99% (99) \nRussia: — | 6% (6) | — \nJapan: 2% (2) | 4% (4) | — \nRest of the world: 1% (1) | — | 1% (1) ",
			sources: "production, 2024, production, 2025 (USGS MCS 2026). Source: MCS 2026|refining, 2024 (IEA 2025). Source: IEA"},
		{name: "years before the second edition", mineral: "gallium", at: "2025-03-01", yearly: true,
			rows:    "China: 98% (98) | 99% (99) \nJapan: 1% (1) | — \nRest of the world: 1% (1) | 1% (1) ",
			sources: "production (USGS MCS 2025). Source: MCS 2025|refining (IEA 2025). Source: IEA"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := load(t)
			if tc.yearly {
				d = loadYearly(t)
			}
			n := MineralHTML(i18n.English(), d, Mineral(i18n.English(), d, mineral(t, d, tc.mineral), tc.at))
			var rows []string
			for _, r := range readRows(t, n) {
				var cells []string
				for i, w := range r.widths {
					if w < 0 {
						cells = append(cells, r.figures[i])
						continue
					}
					// The bar is as long as its figure.
					f, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(r.figures[i], "about "), "less than "), "%"), 64)
					if err != nil || f != w {
						t.Errorf("%s: bar %v%% long for the figure %q", r.name, w, r.figures[i])
					}
					cells = append(cells, r.figures[i]+" ("+strconv.FormatFloat(w, 'f', -1, 64)+")")
				}
				if (r.code == "") != strings.HasPrefix(r.name, "Rest") {
					t.Errorf("%s: code %q", r.name, r.code)
				}
				rows = append(rows, r.name+": "+strings.Join(cells, " | ")+" ")
			}
			if got := strings.Join(rows, "\n"); got != tc.rows {
				t.Errorf("rows:\n%s\nwant:\n%s", got, tc.rows)
			}
			var srcs []string
			for _, p := range n.Find(func(x dom.Node) bool { return x.HasClass("chart-src") }) {
				srcs = append(srcs, strings.TrimSpace(p.TextContent()))
			}
			// The import stack's source line comes last.
			if len(srcs) > 0 && strings.Contains(tc.sources, "|") {
				srcs = srcs[:len(srcs)-1]
			}
			if got := strings.Join(srcs, "|"); !strings.HasPrefix(got, tc.sources) {
				t.Errorf("source lines %q, want %q", got, tc.sources)
			}
			china := n.Find(func(x dom.Node) bool { return x.Tag == "tr" && x.Attrs["data-code"] == "CHN" })
			if len(china) != 1 || !china[0].HasClass("china") {
				t.Errorf("China's row is not marked")
			}
		})
	}
}

func TestSummaryHTML(t *testing.T) {
	d := load(t)
	for _, tc := range []struct {
		code, want, not string
	}{
		{"ZZZ", "No recorded ties in this dataset.", "Largest shares"},
		{"CHN", "Largest producer of 4 minerals recorded; imposes 2 export controls; supplier in 2 recorded import ties.", "No recorded ties"},
		{"QAT", "Pax Silica signatory.", "No recorded ties"},
		{"IND", "Minerals Security Partnership partner; among the listed producers of 2 minerals; 1 recorded import source.", "Largest producer"},
	} {
		t.Run(tc.code, func(t *testing.T) {
			n := SummaryHTML(i18n.English(), d, CountrySummary(i18n.English(), d, tc.code, ""))
			role := n.Find(func(x dom.Node) bool { return x.HasClass("role") })
			if len(role) != 1 || !n.Kids[0].HasClass("role") {
				t.Fatalf("the role is not the summary's first line")
			}
			if got := role[0].TextContent(); got != tc.want {
				t.Errorf("role %q, want %q", got, tc.want)
			}
			if strings.Contains(n.TextContent(), tc.not) {
				t.Errorf("the summary says %q: %q", tc.not, n.TextContent())
			}
			// Mineral rows colour the map by their mineral; bars as long as their share.
			for _, b := range n.Find(func(x dom.Node) bool { return x.Tag == "button" }) {
				if b.Attrs["data-mineral"] == "" {
					t.Errorf("summary button %q selects no mineral", b.TextContent())
				}
			}
		})
	}
}

func TestRole(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    Summary
		want string
	}{
		{"no ties", Summary{NoTies: true}, "No recorded ties in this dataset."},
		{"a visit only", Summary{Badges: []Badge{{Bloc: "Pax Silica", Status: "attended", Key: "other"}}, Counts: []Count{{Kind: CountUSAgreements, N: 1}}}, "1 US agreement."},
		{"three parts at most", Summary{Leads: 1, Producer: 2, Counts: []Count{{Kind: CountControlsImposed, N: 10}, {Kind: CountUSAgreements, N: 0}, {Kind: CountSupplies, N: 7}, {Kind: CountImports, N: 3}}},
			"Largest producer of 1 mineral recorded; imposes 10 export controls; supplier in 7 recorded import ties."},
		{"partner", Summary{Badges: []Badge{{Bloc: "Minerals Security Partnership", Status: "partner", Key: "msp"}}, Producer: 4, Counts: []Count{{Kind: CountControlsNaming, N: 2}}},
			"Minerals Security Partnership partner; among the listed producers of 4 minerals; named by 2 Chinese export controls."},
		{"attended only", Summary{Badges: []Badge{{Bloc: "Pax Silica", Status: "attended, did not sign then", Key: "other"}}, Counts: []Count{{Kind: CountImports, N: 0}}},
			"Pax Silica attended, did not sign then."},
	} {
		if got := Role(i18n.English(), tc.s); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
