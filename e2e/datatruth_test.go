package e2e

import (
	"context"
	"fmt"
	"image/color"
	"strconv"
	"strings"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/export"
	"paxsilica/internal/geo"
	"paxsilica/internal/i18n"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
	"paxsilica/internal/style/scale"
	"paxsilica/internal/view"
	"paxsilica/internal/view/urlstate"
)

// chooseDate moves the timeline's slider to date, as a reader dragging it
// does (an input event with the day's number), and waits until the URL
// carries the date.
func chooseDate(t *testing.T, ctx context.Context, date string) {
	t.Helper()
	day, ok := view.TimelineDay(date)
	if !ok {
		t.Fatalf("%s is not a date on the timeline", date)
	}
	choose(t, ctx, "#timeline", strconv.Itoa(day), "input")
	waitFor(t, ctx, fmt.Sprintf(`new URLSearchParams(location.search).get("date") === %q`, date), "the date "+date+" in the URL")
}

// The page says how current its data is and links to what changed.
func TestAsOfDateAndChangelog(t *testing.T) {
	t.Parallel()
	ds := loadDataset(t)
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, baseMap)
	waitFor(t, ctx, `document.getElementById("changelog-link") !== null`, "the link to the changelog")
	if info := text(t, ctx, "#dataset-info"); !strings.Contains(info, "Dataset "+ds.Version+", facts as of "+ds.AsOf+" (what changed)") {
		t.Errorf("dataset info %q lacks the version and its as-of date", info)
	}
	var log string
	if err := evalAwait(ctx, `fetch(document.getElementById("changelog-link").href).then(r => r.ok ? r.text() : "HTTP " + r.status)`, &log); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log, "## "+ds.Version+" (as of "+ds.AsOf+")") {
		t.Errorf("the changelog the page links to has no entry for %s:\n%.300s", ds.Version, log)
	}
}

// Statuses are computed at the timeline's date: No. 46 is partly in force
// during No. 72's suspension of its Article 2, and once that suspension has
// run out the panel says what followed is not recorded.
func TestStatusesFollowTheDate(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	// One page: the first date from the URL, the others by the timeline's
	// slider (the panel depends on the date, not on how it was chosen).
	for i, tc := range []struct {
		date      string
		want, not []string
	}{
		{"2026-11-28", []string{"until 2026-11-27; that date has passed, and what followed is not recorded in this dataset (as of 2026-11-28)",
			"Deadline for agreements 2026-07-13: that date has passed"}, nil},
		{"2025-06-01", []string{"Announcement No. 46 [2024]", "aimed at United States; in force."}, []string{"partly in force"}},
		{"2026-01-01", []string{"partly in force — Ban on US military end users: in force; Art. 2", "suspended on 2025-11-09 by Announcement No. 72 [2025] until 2026-11-27."}, []string{"has passed"}},
	} {
		t.Run(tc.date, func(t *testing.T) {
			if i == 0 {
				openExplorer(t, ctx, baseMap+"&country=USA&date="+tc.date)
			} else {
				chooseDate(t, ctx, tc.date)
			}
			body := waitDetails(t, ctx, "United States")
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("at %s the panel lacks %q:\n%s", tc.date, w, body)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(body, w) {
					t.Errorf("at %s the panel has %q", tc.date, w)
				}
			}
		})
	}
}

// The choropleth, legend and tooltip use the year that applies at the
// chosen date: Australia's rare-earth share is 3.3% in MCS 2025 (2024) and
// 7.4% in MCS 2026 (2025), published 2026-02-06; the other measure (refining)
// and the reserves are in the panel.
func TestYearFollowsTheDate(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	for i, tc := range []struct {
		date, legend string
		aus          float64
		panel        []string
	}{
		{"2026-01-10", "Share of world output: Rare earths (mine production), 2024, USGS MCS 2025", 3.3,
			[]string{"World mine production, 2024, USGS MCS 2025: 390,000 t REO", "Other stages"}},
		{"2026-03-01", "Share of world output: Rare earths (mine production), 2025, USGS MCS 2026", 7.4,
			[]string{"World mine production, 2025, USGS MCS 2026: 390,000 t REO", "World reserves: more than 85,000,000 t REO",
				"unconfirmed: secondary copy", "Net import reliance, 2025, USGS MCS 2026: 67%", "Rare earths (refining and separation)"}},
	} {
		t.Run(tc.date, func(t *testing.T) {
			// One page: the first date from the URL, the second by the
			// timeline's slider.
			if i == 0 {
				openExplorer(t, ctx, baseMap+"&mineral=rare-earths&date="+tc.date)
			} else {
				chooseDate(t, ctx, tc.date)
			}
			waitFor(t, ctx, fmt.Sprintf(`document.getElementById("legend").textContent.includes(%q)`, tc.legend), "the legend for "+tc.date)
			if lg := text(t, ctx, "#legend"); !strings.Contains(lg, tc.legend) {
				t.Errorf("legend %q lacks %q", lg, tc.legend)
			}
			waitCountryPixel(t, ctx, "AUS", scale.Colour(tc.aus), 6, "Australia in the class of its share in the year that applies")
			// Greenland is listed for its reserves only (2025): no recorded output.
			waitCountryPixel(t, ctx, "GRL", scale.NoData, 6, "Greenland, with reserves but no output, in the no-data grey")
			body := text(t, ctx, "#details-body")
			for _, w := range tc.panel {
				if !strings.Contains(body, w) {
					t.Errorf("panel lacks %q:\n%s", w, body)
				}
			}
		})
	}
}

// checkComputedUnconfirmedAndNotLinkedAreShown: computed shares say so,
// unconfirmed ones say why, and sources that are only an outlet's name say
// they are not linked. The page is TestSourcesLinkedOrSaidNotLinked's, at
// ?layers=&country=COD&date=2026-11-28.
func checkComputedUnconfirmedAndNotLinkedAreShown(t *testing.T, ctx context.Context) {
	body := waitDetails(t, ctx, "DR Congo")
	for _, w := range []string{"74.2% of world output (computed from USGS tonnage)", "unconfirmed: secondary copy",
		"unconfirmed: quoted second-hand, not checked against the primary", "African Review (named but not linked)"} {
		if !strings.Contains(body, w) {
			t.Errorf("DR Congo's panel lacks %q:\n%s", w, body)
		}
	}
	var badges []string
	eval(t, ctx, `Array.from(document.querySelectorAll("#details-body .badge")).map(b => b.textContent)`, &badges)
	for _, b := range badges {
		if b == "unconfirmed" {
			t.Errorf("a badge without its reason: %q", badges)
			break
		}
	}
}

// arcMidFor is the CSS-pixel middle of the arc of typ from→to as the
// explorer lays it out for mineral at date.
func arcMidFor(t *testing.T, ctx context.Context, typ, from, to, mineral, date string, on func(string) bool) (geo.Point, bool) {
	t.Helper()
	for _, a := range scene.ArcsFor(loadDataset(t), loadWorld(t), date, mineral, on) {
		if a.Type == typ && a.From == from && a.To == to {
			piece := a.Pieces[0]
			return mapTransform(t, ctx).Apply(piece[len(piece)/2]), true
		}
	}
	return geo.Point{}, false
}

// The US import-sources layer draws arcs for a mineral other than
// germanium: lithium's Chile → United States, and not for germanium.
func TestImportArcsForEveryMineral(t *testing.T) {
	t.Parallel()
	imports := func(l string) bool { return l == urlstate.LayerImports }
	plain := func(c color.Color) bool {
		return near(c, style.Sea, 4) || near(c, style.Land, 4) || near(c, style.Border, 4) || near(c, scale.NoData, 4)
	}
	for _, tc := range []struct {
		mineral string
		drawn   bool
	}{
		{"lithium", true},
		{"germanium", false},
	} {
		t.Run(tc.mineral, func(t *testing.T) {
			ctx := newTab(t, viewportW, viewportH)
			openExplorer(t, ctx, "?layers=imports&mineral="+tc.mineral+"&date=2026-11-28")
			waitFor(t, ctx, `document.getElementById("legend").textContent.includes("Share of world output")`, "the mineral's legend")
			if _, ok := arcMidFor(t, ctx, dataset.Import, "CHL", "USA", tc.mineral, "2026-11-28", imports); ok != tc.drawn {
				t.Fatalf("scene lays out a Chile→US import arc for %s: %v, want %v", tc.mineral, ok, tc.drawn)
			}
			p, _ := arcMidFor(t, ctx, dataset.Import, "CHL", "USA", "lithium", "2026-11-28", imports)
			var got color.Color
			for range 40 {
				got = screenshot(t, ctx).At(int(p.X), int(p.Y))
				if plain(got) != tc.drawn {
					return
				}
				var x int
				if err := evalAwait(ctx, `new Promise(r => requestAnimationFrame(() => r(1)))`, &x); err != nil {
					t.Fatal(err)
				}
			}
			t.Errorf("%s: pixel %v at the Chile→US arc's middle %v is %v; want an arc drawn: %v", tc.mineral, p, p, got, tc.drawn)
		})
	}
}

// Sources read as what they are: one linked to its article (found for
// version 2026.11.28-2) is a plain link to that article; one that points at
// an outlet's home page says "named but not linked", in the panel and in
// the table view's source column.
func TestSourcesLinkedOrSaidNotLinked(t *testing.T) {
	t.Parallel()
	ds := loadDataset(t)
	// One page at 2026-11-28: DR Congo from the URL, for
	// checkComputedUnconfirmedAndNotLinkedAreShown, then each country found
	// through Find (its panel depends on the country and the date, not on
	// how it was chosen).
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, baseMap+"&country=COD&date=2026-11-28")
	t.Run("ComputedUnconfirmedAndNotLinkedAreShown", func(t *testing.T) { checkComputedUnconfirmedAndNotLinkedAreShown(t, ctx) })
	for _, tc := range []struct {
		code, title, source string // a country's panel, and a source it must link to its article
	}{
		{"ARG", "Argentina", "anews-2026-02-05"},
		{"KAZ", "Kazakhstan", "spglobal-2025-11-07"},
		{"JPN", "Japan", "nippon-2026-01-06"},
		{"ARE", "United Arab Emirates", "thenational-2026-01-14"},
	} {
		t.Run(tc.title, func(t *testing.T) {
			s := ds.Sources[tc.source]
			if s.NotLinked != "" || s.URL == "" {
				t.Fatalf("%s is not linked in the dataset", tc.source)
			}
			findCountry(t, ctx, tc.code, tc.title)
			if d := urlParams(t, ctx).Get("date"); d != "2026-11-28" {
				t.Fatalf("the date is %q after Find, want 2026-11-28", d)
			}
			var links []struct{ Text, Href, Class string }
			eval(t, ctx, `Array.from(document.querySelectorAll("#details-body .src a")).map(a => ({text: a.textContent, href: a.getAttribute("href"), class: a.className}))`, &links)
			found := false
			for _, l := range links {
				if l.Href == s.URL {
					found = true
					if l.Text != s.Short || l.Class == "not-linked" {
						t.Errorf("the link to %s reads %q (class %q), want %q", s.URL, l.Text, l.Class, s.Short)
					}
				}
				if home := strings.TrimPrefix(strings.TrimPrefix(l.Href, "https://"), "http://"); !strings.Contains(strings.TrimSuffix(home, "/"), "/") &&
					(!strings.HasSuffix(l.Text, "(named but not linked)") || l.Class != "not-linked") {
					t.Errorf("a link to the home page %s reads %q (class %q), not as named but not linked", l.Href, l.Text, l.Class)
				}
			}
			if !found {
				t.Errorf("no link to %s (%s) in the panel; links: %v", s.URL, tc.source, links)
			}
		})
	}
	t.Run("table view", func(t *testing.T) {
		t.Parallel()
		ctx := newTab(t, viewportW, viewportH)
		openExplorer(t, ctx, "?view=table&country=ARG&date=2026-11-28")
		waitFor(t, ctx, `document.querySelectorAll("#table-view table").length >= 1`, "the tables")
		var cells []string
		eval(t, ctx, `Array.from(document.querySelectorAll("#table-view td.src a")).map(a => a.getAttribute("href"))`, &cells)
		if !strings.Contains(strings.Join(cells, " "), ds.Sources["anews-2026-02-05"].URL) {
			t.Errorf("the table view's source links lack the aNews article: %v", cells)
		}
		// What the page shows is what export composes for the view.
		want := 0
		for _, tab := range export.ViewTables(i18n.English(), ds, "", "ARG", "2026-11-28") {
			for _, r := range tab.Rows {
				want += strings.Count(strings.Join(r, "|"), "(named but not linked)")
			}
		}
		var names string
		eval(t, ctx, `document.getElementById("table-view").textContent`, &names)
		if got := strings.Count(names, "(named but not linked)"); got != want || want == 0 {
			t.Errorf("the table view says \"named but not linked\" %d times, want %d (> 0)", got, want)
		}
	})
}
