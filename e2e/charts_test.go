package e2e

import (
	"context"
	"fmt"
	"image/color"
	"math"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"paxsilica/internal/charts"
	"paxsilica/internal/dataset"
	"paxsilica/internal/style"
)

// chartBar is one bar of a chart as the page shows it: in a chart of one
// stage, the row's bar; in stages side by side, the current column's.
type chartBar struct {
	Code, Label, Value string
	Bar, Track         float64 // widths, CSS px
	Missing            bool    // the column's source does not name the country
}

// readBars reads the bars of the chart matching selector from the DOM.
func readBars(t *testing.T, ctx context.Context, selector string) []chartBar {
	t.Helper()
	var out []chartBar
	eval(t, ctx, fmt.Sprintf(`Array.from(document.querySelectorAll(%q)).map(tr => {
	  const td = tr.querySelector("td.current") || tr.querySelector("td");
	  const row = {code: tr.getAttribute("data-code") || "", label: tr.querySelector("th").textContent};
	  if (!td.querySelector(".bar")) return Object.assign(row, {missing: true});
	  return Object.assign(row, {value: td.querySelector(".val").textContent,
	    bar: td.querySelector(".bar").getBoundingClientRect().width,
	    track: td.querySelector(".track").getBoundingClientRect().width}); })`, selector+" tbody tr"), &out)
	return out
}

// TestMineralChartShowsShares: the mineral's bars name its producers in
// order of their share, each as long as its share of the track, with the
// rest of the world last; its other stage is charted beside it; US import
// sources make one stacked bar whose parts are as long as their shares.
func TestMineralChartShowsShares(t *testing.T) {
	t.Parallel()
	d := loadDataset(t)
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?mineral=rare-earths&layers=")
	waitFor(t, ctx, `document.querySelector("#details-body .chart.current table.bars")`, "the rare earths chart")

	m, _ := d.Mineral("rare-earths")
	type prod struct {
		name          string
		share, amount float64
	}
	var want []prod
	for _, p := range m.Producers {
		sh, _, ok := m.Share(p)
		if !ok {
			continue
		}
		amount := 0.0
		if p.Amount != nil {
			amount = *p.Amount
		}
		want = append(want, prod{d.CountryName(p.Country, p.Country), sh, amount})
	}
	sort.SliceStable(want, func(a, b int) bool { return want[a].share > want[b].share })
	// The chart names the charts.TopN largest; the rest of the world
	// holds the others.
	want = want[:min(len(want), charts.TopN)]
	bars := readBars(t, ctx, "#details-body .chart.current table.bars")
	if len(bars) != len(want)+1 {
		t.Fatalf("%d bars, want %d producers and the rest of the world: %+v", len(bars), len(want), bars)
	}
	check := func(b chartBar, label string, share float64) {
		t.Helper()
		if b.Label != label {
			t.Errorf("bar %q, want %q", b.Label, label)
		}
		// Two stages side by side leave each track about 40 px at
		// 1280×720; the length check below allows a pixel of that.
		if b.Track < 30 {
			t.Fatalf("%s's track is %v px wide", label, b.Track)
		}
		if got := b.Bar / b.Track * 100; math.Abs(got-share) > 100/b.Track+0.2 {
			t.Errorf("%s's bar is %.1f%% of its track (%.1f of %.1f px), want %.1f%%", label, got, b.Bar, b.Track, share)
		}
		if !strings.Contains(b.Value, dataset.Number(math.Round(share*10)/10)) {
			t.Errorf("%s's figure reads %q, want %v%%", label, b.Value, share)
		}
	}
	for i, w := range want {
		check(bars[i], w.name, w.share)
	}
	rest := bars[len(bars)-1]
	restShare := (*m.World - func() float64 {
		s := 0.0
		for _, w := range want {
			s += w.amount
		}
		return s
	}()) / *m.World * 100
	check(rest, "Rest of the world", math.Round(restShare*10)/10)
	if rest.Code != "" || bars[0].Code != "CHN" {
		t.Errorf("codes: first %q, rest %q", bars[0].Code, rest.Code)
	}
	var china struct {
		Marked bool
		Colour string
	}
	eval(t, ctx, `(() => { const tr = document.querySelector('#details-body .chart.current tr[data-code="CHN"]');
	  return {marked: tr.classList.contains("china"), colour: getComputedStyle(tr.querySelector(".bar")).backgroundColor}; })()`, &china)
	if !china.Marked || china.Colour != "rgb(213, 94, 0)" {
		t.Errorf("China's bar: marked %v, colour %s; want marked, in style.China", china.Marked, china.Colour)
	}
	// Title, the stages with their years side by side, a source under each.
	title := text(t, ctx, "#details-body .chart.current caption")
	// The years of the edition that applies, side by side, and the
	// refining stage beside them.
	ref, _ := d.Mineral("rare-earths-refining")
	cur := m.SeriesAt("")
	var years []int
	for _, se := range m.Series {
		if se.Edition == cur.Edition && !se.Partial {
			years = append(years, se.Year)
		}
	}
	sort.Ints(years)
	wantHeads := "Country"
	for _, y := range years {
		wantHeads += fmt.Sprintf("|mining, %d", y)
	}
	wantHeads += fmt.Sprintf("|refining, %d", ref.SeriesAt("").Year)
	if len(years) < 2 {
		t.Fatalf("the dataset's %s gives %v: the test wants two years side by side", cur.Edition, years)
	}
	// The title names the mineral and every year its columns show.
	if !strings.HasPrefix(title, "Share of world output: Rare earths, ") {
		t.Errorf("chart title %q", title)
	}
	for _, y := range append(years, ref.SeriesAt("").Year) {
		if !strings.Contains(title, fmt.Sprint(y)) {
			t.Errorf("chart title %q does not name %d", title, y)
		}
	}
	var heads []string
	eval(t, ctx, `Array.from(document.querySelectorAll("#details-body .chart.current thead th")).map(th => th.textContent)`, &heads)
	if strings.Join(heads, "|") != wantHeads {
		t.Errorf("columns %q, want %q", heads, wantHeads)
	}
	refCol := len(heads) - 2 // the last column, without the names
	var side struct{ Cells []struct{ Left, Top float64 } }
	eval(t, ctx, `({cells: Array.from(document.querySelectorAll('#details-body .chart.current tr[data-code="CHN"] td')).map(td => {
	  const r = td.getBoundingClientRect(); return {left: r.left, top: r.top}; })})`, &side)
	for i := 1; i < len(side.Cells); i++ {
		if side.Cells[i].Left <= side.Cells[i-1].Left || math.Abs(side.Cells[i].Top-side.Cells[0].Top) > 1 {
			t.Errorf("China's cells are not side by side: %+v", side.Cells)
		}
	}
	cell := func(col int) chartBar {
		var b chartBar
		eval(t, ctx, fmt.Sprintf(`(() => { const td = document.querySelectorAll('#details-body .chart.current tr[data-code="CHN"] td')[%d];
	  return {value: td.querySelector(".val").textContent, bar: td.querySelector(".bar").getBoundingClientRect().width,
	  track: td.querySelector(".track").getBoundingClientRect().width}; })()`, col), &b)
		b.Label = "China"
		return b
	}
	refShare, _, _ := ref.Share(ref.Producers[0])
	check(cell(refCol), "China", refShare)
	// The earlier year, from the same edition.
	for _, se := range m.Series {
		if se.Edition == cur.Edition && se.Year == years[0] {
			for _, p := range se.Producers {
				if p.Country == "CHN" {
					sh, _, _ := se.Share(p)
					check(cell(0), "China", sh)
				}
			}
		}
	}
	var srcs []string
	eval(t, ctx, `Array.from(document.querySelectorAll("#details-body .chart.current .chart-src")).map(p => p.textContent + " " + (p.querySelector("a") || {}).href)`, &srcs)
	for _, h := range heads[1:] {
		found := false
		for _, s := range srcs {
			found = found || strings.Contains(s, h) && strings.Contains(s, "https://")
		}
		if !found {
			t.Errorf("no linked source line names the column %q: %q", h, srcs)
		}
	}
	var conc string
	eval(t, ctx, `document.querySelector("#details-body dl.stats").textContent`, &conc)
	st := d.MineralStats(m, "")
	if !strings.Contains(conc, dataset.Percent(st.Top3)) || !strings.Contains(conc, dataset.Number(math.Round(st.HHI))) {
		t.Errorf("concentration reads %q, want top-3 %v and HHI %v", conc, st.Top3, st.HHI)
	}

	// US imports of germanium: one stacked bar, parts proportional.
	choose(t, ctx, "#mineral", "germanium", "change")
	// Rare earths have import sources too: wait for germanium's.
	waitFor(t, ctx, `(document.getElementById("details-title").textContent || "").includes("Germanium") && document.querySelector("#details-body .stack .seg")`, "germanium's US import sources")
	var segs []struct {
		Code  string
		Width float64
	}
	var total float64
	eval(t, ctx, `Array.from(document.querySelectorAll("#details-body .stack .seg")).map(s => ({code: s.getAttribute("data-code") || "", width: s.getBoundingClientRect().width}))`, &segs)
	eval(t, ctx, `document.querySelector("#details-body .stack").getBoundingClientRect().width`, &total)
	shares := map[string]float64{}
	for _, i := range d.ImportsAt("") {
		if tie := d.Ties[i]; tie.To == "USA" && tie.Mineral == "germanium" {
			shares[tie.From] = *tie.Share
		}
	}
	named := 0
	for _, s := range segs {
		if s.Code == "" {
			continue
		}
		named++
		if got := s.Width / total * 100; math.Abs(got-shares[s.Code]) > 100/total+0.2 {
			t.Errorf("US germanium imports from %s: %.1f%% of the bar, want %v%%", s.Code, got, shares[s.Code])
		}
	}
	if named != len(shares) || named == 0 {
		t.Errorf("%d named parts, want %d", named, len(shares))
	}
	ge, _ := d.Mineral("germanium")
	if r, want := text(t, ctx, "#details-body .reliance"), ge.USNetImportReliance; want == "" || !strings.Contains(r, want) {
		t.Errorf("net import reliance reads %q, want %q", r, want)
	}
}

// TestCountrySummaryAtAGlance: the summary comes first and fits the panel
// without scrolling, on a desktop and on a phone: its role in one line,
// blocs with dates, top minerals, counts of ties; a country with no ties
// says so.
func TestCountrySummaryAtAGlance(t *testing.T) {
	t.Parallel()
	d := loadDataset(t)
	controls := 0
	for _, tie := range d.TiesAt("") {
		if tie.Type == dataset.ExportControl && tie.From == "CHN" {
			controls++
		}
	}
	cases := []struct {
		code, title string
		role        string // how the first line starts
		want        []string
	}{
		{"QAT", "Qatar", "Pax Silica signatory", []string{"Pax Silica signatory · signed 2026-01-12", "0 US agreements", "Latest: 2026-01-12 — Qatar signs Pax Silica"}},
		{"CHN", "China", "Largest producer of ", []string{fmt.Sprintf("%d export controls it imposes", controls), "Gallium", "1st · 2025", "Largest shares of world output"}},
		{"USA", "United States", "Pax Silica founding signatory", []string{"Minerals Security Partnership partner", "agreements with partners", "government stakes"}},
		{"IND", "India", "Pax Silica signatory", []string{"Minerals Security Partnership partner", "Rare earths, mining", "US agreements"}},
		{"ISL", "Iceland", "No recorded ties in this dataset.", nil},
	}
	// One page per size: the first country comes from the URL, the others
	// are found on the same page through Find, each summary checked in turn.
	for _, size := range []struct {
		name string
		w, h int
	}{{"desktop", viewportW, viewportH}, {"phone", 390, 844}} {
		t.Run(size.name, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t, size.w, size.h)
			if size.w < 500 { // headless windows are no narrower than 500 px
				if err := chromedp.Run(ctx, emulation.SetDeviceMetricsOverride(int64(size.w), int64(size.h), 1, true).
					WithScreenWidth(int64(size.w)).WithScreenHeight(int64(size.h))); err != nil {
					t.Fatal(err)
				}
			}
			openExplorer(t, ctx, "?country="+cases[0].code)
			for i, tc := range cases {
				t.Run(tc.title, func(t *testing.T) {
					if i > 0 {
						findCountry(t, ctx, tc.code, tc.title)
					}
					waitFor(t, ctx, fmt.Sprintf(`document.getElementById("details-title").textContent === %q && document.querySelector("#details-body > .summary")`, tc.title), "the summary")
					if role := text(t, ctx, "#details-body > .summary > p.role:first-child"); !strings.HasPrefix(role, tc.role) {
						t.Errorf("%s's summary begins %q, want %q", tc.title, role, tc.role)
					}
					sum := text(t, ctx, "#details-body > .summary")
					for _, w := range tc.want {
						if !strings.Contains(sum, w) {
							t.Errorf("%s's summary lacks %q: %q", tc.title, w, sum)
						}
					}
					var fit struct{ Bottom, PanelBottom, Right, PanelRight float64 }
					eval(t, ctx, `(() => { const s = document.querySelector("#details-body > .summary").getBoundingClientRect(),
					  p = document.getElementById("details").getBoundingClientRect();
					  return {bottom: s.bottom, panelBottom: p.bottom, right: s.right, panelRight: p.right}; })()`, &fit)
					if fit.Bottom > fit.PanelBottom || fit.Bottom > float64(size.h) {
						t.Errorf("the summary ends at %v px, below the panel's %v or the window's %d: it needs scrolling", fit.Bottom, fit.PanelBottom, size.h)
					}
					if fit.Right > fit.PanelRight+0.5 {
						t.Errorf("the summary is %v px wide past the panel", fit.Right-fit.PanelRight)
					}
					// The sections below fold, with counts, and keep their sources.
					var secs []string
					eval(t, ctx, `Array.from(document.querySelectorAll("#details-body details.section summary")).map(s => s.textContent)`, &secs)
					for _, s := range secs {
						if !strings.HasSuffix(s, ")") {
							t.Errorf("section %q has no count", s)
						}
					}
				})
			}
		})
	}
}

// TestTimelineTicksMatchEvents: each date with events has one button, at
// its place on the slider, in date order, named by its events; the drawn
// marks do not overlap, each is striped in the style colours of its
// events' types as the dataset gives them (read from the pixels too), and
// hovering one names all its events; the keyboard reaches every date,
// focus names it, and Enter moves the timeline there.
func TestTimelineTicksMatchEvents(t *testing.T) {
	t.Parallel()
	d := loadDataset(t)
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?layers=")
	waitFor(t, ctx, `document.querySelectorAll("#timeline-ticks .tick").length > 0`, "the event ticks")
	type tickRead struct {
		Date, Label, Hover string
		Lead               bool
		Left, Right, Y     float64
		Stripes            []string
	}
	var ticks []tickRead
	eval(t, ctx, `Array.from(document.querySelectorAll("#timeline-ticks .tick")).map(b => { const r = b.getBoundingClientRect();
	  return {date: b.getAttribute("data-date"), label: b.getAttribute("aria-label"), hover: b.getAttribute("data-label"),
	    lead: b.classList.contains("lead"), left: r.left, right: r.right, y: r.top + r.height / 2,
	    stripes: Array.from(b.children).map(s => getComputedStyle(s).backgroundColor)}; })`, &ticks)
	var strip struct{ Left, Width, Max float64 }
	eval(t, ctx, `(() => { const r = document.getElementById("timeline-ticks").getBoundingClientRect();
	  return {left: r.left, width: r.width, max: Number(document.getElementById("timeline").max)}; })()`, &strip)
	byDate := map[string][]dataset.Event{}
	var dates []string
	for _, e := range d.Events {
		if e.Date < "2022-06-01" || !dataset.On(e.Date, d.AsOf) {
			continue
		}
		if byDate[e.Date] == nil {
			dates = append(dates, e.Date)
		}
		byDate[e.Date] = append(byDate[e.Date], e)
	}
	if len(ticks) != len(dates) {
		t.Fatalf("%d ticks for %d dates with events", len(ticks), len(dates))
	}
	rgb := func(key string) string {
		c := style.Keys[charts.TickKey(key)]
		return fmt.Sprintf("rgb(%d, %d, %d)", c.R, c.G, c.B)
	}
	start := time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC)
	lead := -1
	leads := 0
	lastRight := -1e9
	for i, tk := range ticks {
		if tk.Date != dates[i] {
			t.Fatalf("tick %d is dated %s, want %s", i, tk.Date, dates[i])
		}
		if tk.Lead {
			lead = i
			leads++
			if tk.Left < lastRight-3.5 { // marks may abut where a dense run is cut
				t.Errorf("the mark of %s (from x=%.1f) overlaps the previous one (to %.1f)", tk.Date, tk.Left, lastRight)
			}
			lastRight = tk.Right
		}
		if lead < 0 {
			t.Fatalf("the first tick %s is not drawn", tk.Date)
		}
		for _, e := range byDate[tk.Date] {
			if !strings.Contains(tk.Label, e.Title) {
				t.Errorf("the tick of %s does not name %q: %q", tk.Date, e.Title, tk.Label)
			}
			// The drawn mark of its group names it on hover and carries
			// its type's colour.
			if !strings.Contains(ticks[lead].Hover, e.Title) {
				t.Errorf("the mark over %s does not name %q on hover", tk.Date, e.Title)
			}
			if !slices.Contains(ticks[lead].Stripes, rgb(e.Type)) {
				t.Errorf("the mark over %s lacks %s's colour %s (type %s): %v", tk.Date, e.Title, rgb(e.Type), e.Type, ticks[lead].Stripes)
			}
		}
		day := tk.Date
		switch len(day) { // a month or a year alone stands at its first day
		case 4:
			day += "-01-01"
		case 7:
			day += "-01"
		}
		when, _ := time.Parse("2006-01-02", day)
		want := strip.Left + when.Sub(start).Hours()/24/strip.Max*strip.Width
		if x := tk.Left + 1.5; math.Abs(x-want) > 1.5 {
			t.Errorf("the tick of %s is at x=%.1f, want %.1f", tk.Date, x, want)
		}
	}
	if leads == len(ticks) {
		t.Errorf("all %d dates drawn on a %v px strip: dense months are not grouped", leads, strip.Width)
	}
	// The pixels: the middle of a single-type mark is its colour.
	img := screenshot(t, ctx)
	checked := 0
	for _, tk := range ticks {
		if !tk.Lead || len(tk.Stripes) != 1 {
			continue
		}
		var r, g, b int
		fmt.Sscanf(tk.Stripes[0], "rgb(%d, %d, %d)", &r, &g, &b)
		x := int((tk.Left + tk.Right) / 2)
		if got := img.At(x, int(tk.Y)); !near(got, color.RGBA{uint8(r), uint8(g), uint8(b), 255}, 12) {
			t.Errorf("the mark of %s at (%d, %.0f) shows %v, want %s", tk.Date, x, tk.Y, got, tk.Stripes[0])
		}
		checked++
	}
	if checked == 0 {
		t.Error("no single-type mark to check in the pixels")
	}

	// Hover names the group; focus names its own date; Enter moves the
	// timeline to it. From the last date, the arrow keys reach every date.
	var big int
	for i, tk := range ticks {
		if tk.Lead && strings.Count(tk.Hover, " · ") > strings.Count(ticks[big].Hover, " · ") {
			big = i
		}
	}
	if err := chromedp.Run(ctx, chromedp.ActionFunc(func(c context.Context) error {
		return input.DispatchMouseEvent(input.MouseMoved, (ticks[big].Left+ticks[big].Right)/2, ticks[big].Y).Do(c)
	})); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, fmt.Sprintf(`!document.getElementById("tooltip").hidden && document.getElementById("tooltip").textContent === %q`, ticks[big].Hover), "the hovered mark named with all its events")
	if err := chromedp.Run(ctx, chromedp.Focus(`#timeline-ticks .tick[tabindex="0"]`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	key := func(k string, code int64) {
		t.Helper()
		if err := chromedp.Run(ctx, chromedp.ActionFunc(func(c context.Context) error {
			for _, typ := range []input.KeyType{input.KeyDown, input.KeyUp} {
				if err := input.DispatchKeyEvent(typ).WithKey(k).WithCode(k).WithWindowsVirtualKeyCode(code).Do(c); err != nil {
					return err
				}
			}
			return nil
		})); err != nil {
			t.Fatal(err)
		}
	}
	entered := false
	for i := len(ticks) - 2; i >= 0; i-- {
		key("ArrowLeft", 37)
		waitFor(t, ctx, fmt.Sprintf(`document.activeElement.getAttribute("data-date") === %q && !document.getElementById("tooltip").hidden && document.getElementById("tooltip").textContent === %q && getComputedStyle(document.activeElement).opacity === "1"`, ticks[i].Date, ticks[i].Label),
			"the previous date focused, shown and named: "+ticks[i].Date)
		if !ticks[i].Lead && !entered {
			// A date inside a group: Enter goes to it.
			entered = true
			if err := chromedp.Run(ctx, chromedp.KeyEvent("\r")); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, fmt.Sprintf(`document.getElementById("timeline-date").textContent === %q`, ticks[i].Date), "the timeline moved to the tick's date")
			if err := chromedp.Run(ctx, chromedp.Focus(fmt.Sprintf(`#timeline-ticks .tick[data-date=%q]`, ticks[i].Date), chromedp.ByQuery)); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestChartBarsDriveTheMap: hovering a bar highlights its country on the
// map (pixels), and clicking it selects the country.
func TestChartBarsDriveTheMap(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?mineral=gallium&layers=")
	waitFor(t, ctx, `document.querySelector('#details-body .chart.current tr[data-code="RUS"] button')`, "Russia's bar")
	w := loadWorld(t)
	rus := &w.Countries[w.Index("RUS")]
	at, ok := clearPoint(t, ctx, w, rus)
	if !ok {
		t.Fatal("no clear pixel in Russia")
	}
	base := screenshot(t, ctx).At(int(at.X), int(at.Y))
	r, g, b, _ := base.RGBA()
	// The explorer darkens a hovered country's mineral colour to 82%.
	hovered := color.RGBA{uint8(float64(r>>8) * 0.82), uint8(float64(g>>8) * 0.82), uint8(float64(b>>8) * 0.82), 255}
	var row struct{ X, Y float64 }
	eval(t, ctx, `(() => { const r = document.querySelector('#details-body .chart.current tr[data-code="RUS"] .track').getBoundingClientRect();
	  return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()`, &row)
	move := func(x, y float64) {
		t.Helper()
		if err := chromedp.Run(ctx, chromedp.ActionFunc(func(c context.Context) error {
			return input.DispatchMouseEvent(input.MouseMoved, x, y).Do(c)
		})); err != nil {
			t.Fatal(err)
		}
	}
	move(row.X, row.Y)
	waitPixel := func(want color.Color, what string) {
		t.Helper()
		waitUntil(t, ctx, what, func() (bool, string) {
			got := screenshot(t, ctx).At(int(at.X), int(at.Y))
			return near(got, want, 8), fmt.Sprintf("pixel %v in Russia is %v, want %v", at, got, want)
		})
	}
	if near(base, hovered, 8) {
		t.Fatalf("Russia's colour %v is too dark to see a highlight", base)
	}
	waitPixel(hovered, "Russia highlighted while its bar is hovered")
	// Leaving the chart (to an empty part of the panel) ends the highlight.
	var out struct{ X, Y float64 }
	eval(t, ctx, `(() => { const r = document.getElementById("details-title").getBoundingClientRect(); return {x: r.right - 4, y: r.top + 4}; })()`, &out)
	move(out.X, out.Y)
	waitPixel(base, "Russia back to its colour")

	if err := chromedp.Run(ctx, chromedp.Click(`#details-body .chart.current tr[data-code="RUS"] button`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "Russia" && new URLSearchParams(location.search).get("country") === "RUS"`, "Russia selected by its bar")
}
