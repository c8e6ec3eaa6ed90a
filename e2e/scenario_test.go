package e2e

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"paxsilica/internal/i18n"
	"paxsilica/internal/poster"
	"paxsilica/internal/scenario"
	"paxsilica/internal/style"
	"paxsilica/internal/style/scale"
)

// scenarioWant runs the scenario on the shipped dataset at date ("" for the
// latest, which the explorer reads as today), as the explorer should.
func scenarioWant(t *testing.T, mineral, target, date string) *scenario.Result {
	t.Helper()
	if date == "" {
		date = time.Now().UTC().Format(time.DateOnly)
	}
	r, err := scenario.Compute(loadDataset(t), mineral, target, "", date)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// waitSummary waits until the panel's scenario summary contains want and
// returns the panel's text.
func waitSummary(t *testing.T, ctx context.Context, want string) string {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf(`((document.querySelector("#details-body .scenario-summary") || {}).textContent || "").includes(%q)`, want), "the scenario summary saying "+want)
	return text(t, ctx, "#details-body")
}

func TestScenarioFromURL(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?scenario=cut&mineral=gallium&target=USA")
	r := scenarioWant(t, "gallium", "USA", "")
	body := waitSummary(t, ctx, r.Summary(i18n.English()))
	// The latest figures' world total is rounded to China's own output:
	// what is left must not read 0%.
	if strings.Contains(r.Summary(i18n.English()), "draw on 0%") || !strings.HasPrefix(r.Summary(i18n.English()), "Without China, the United States can draw on") {
		t.Errorf("unexpected summary from the shipped data: %q", r.Summary(i18n.English()))
	}
	for _, w := range []string{"Supply left, producers ranked", "1st Russia", "Herfindahl–Hirschman index", "net import reliance 100%", "Tonnes at stake", "ignores stocks", "unconfirmed"} {
		if !strings.Contains(body, w) {
			t.Errorf("scenario panel lacks %q:\n%s", w, body)
		}
	}
	if got := text(t, ctx, "#details-title"); got != r.Title(i18n.English()) {
		t.Errorf("panel title %q, want %q", got, r.Title(i18n.English()))
	}
	var links int
	eval(t, ctx, `document.querySelectorAll("#details-body .src a[href^='http']").length`, &links)
	if links == 0 {
		t.Error("the scenario panel links no sources")
	}
	// The map is coloured by exposure: the target in its class (not the
	// gallium choropleth's no-output grey), China as the supplier, a
	// country China still supplies as plain land.
	if style.Exposure[r.Level("USA")] == scale.NoData || r.Level("USA") == scenario.Untouched {
		t.Fatal("the test cannot tell the scenario from the choropleth")
	}
	waitCountryPixel(t, ctx, "USA", style.Exposure[r.Level("USA")], 6, "the United States in its exposure colour")
	waitCountryPixel(t, ctx, "CHN", style.China, 6, "China as the supplier")
	waitCountryPixel(t, ctx, "BRA", style.Land, 6, "Brazil, still supplied, as plain land")
	lg := text(t, ctx, "#legend")
	for _, w := range []string{"Exposure if China cuts gallium to the United States", "Map coloured by exposure", "could fill the gap", scenario.LevelLabels[r.Level("USA")]} {
		if !strings.Contains(lg, w) {
			t.Errorf("legend %q lacks %q", lg, w)
		}
	}
	var v string
	eval(t, ctx, `document.getElementById("scenario-target").value`, &v)
	if v != "USA" {
		t.Errorf("the scenario picker shows %q", v)
	}
	// The chart of what remains: a bar per producer left, largest first;
	// a bar's name selects the country, which keeps the scenario's summary.
	var bars []string
	eval(t, ctx, `[...document.querySelectorAll("#details-body .scenario-chart table.bars tbody th")].map(e => e.textContent)`, &bars)
	if len(bars) != len(r.Fillers()) || len(bars) == 0 || bars[0] != r.Suppliers[0].Name {
		t.Errorf("chart bars %q, want the %d producers left from %s", bars, len(r.Fillers()), r.Suppliers[0].Name)
	}
	if err := chromedp.Run(ctx, chromedp.Click(`#details-body .scenario-chart button.pick`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, fmt.Sprintf(`document.getElementById("details-title").textContent === %q`, r.Suppliers[0].Name), "the first producer left selected from its bar")
	waitSummary(t, ctx, "could fill part of the gap")
	chromedp.Run(ctx, chromedp.KeyEvent(kb.Escape))

	// At an earlier date the figures of that date apply: MCS 2025's 2024
	// gallium, with China at 98.7%. (The date by the timeline's slider, on
	// the same page, to ?scenario=cut&mineral=gallium&target=USA&date=2025-06-01.)
	chooseDate(t, ctx, "2025-06-01")
	waitQuery(t, ctx, "date=2025-06-01&mineral=gallium&scenario=cut&target=USA")
	early := scenarioWant(t, "gallium", "USA", "2025-06-01")
	waitSummary(t, ctx, early.Summary(i18n.English()))
	if !strings.Contains(early.Summary(i18n.English()), "1.3% of world gallium output in 2024") {
		t.Errorf("gallium at 2025-06-01: %q", early.Summary(i18n.English()))
	}

	// Unknown values are notices; the page keeps working.
	openExplorer(t, ctx, "?scenario=cut&mineral=gallium&target=CHN")
	waitFor(t, ctx, `document.getElementById("notices").textContent.includes("China is the supplier")`, "the notice about target=CHN")
	waitSummary(t, ctx, "Without China, the rest of the world")
}

func checkScenarioByControls(t *testing.T, ctx context.Context) {
	waitFor(t, ctx, `document.querySelectorAll("#mineral option").length > 20`, "the mineral picker filled from the dataset")
	choose(t, ctx, "#mineral", "rare-earths", "change")
	waitCountryPixel(t, ctx, "JPN", scale.NoData, 6, "Japan in the choropleth's no-output grey")

	choose(t, ctx, "#scenario-target", "paxsilica", "change")
	r := scenarioWant(t, "rare-earths", "paxsilica", "")
	body := waitSummary(t, ctx, r.Summary(i18n.English()))
	// Every target's exposure, as the scenario gives it.
	for _, sec := range r.Sections(i18n.English(), loadDataset(t)) {
		for _, l := range sec.Lines {
			if sec.Heading == "Exposure" && !strings.Contains(body, l.Text) {
				t.Errorf("Pax Silica scenario panel lacks %q:\n%s", l.Text, body)
			}
		}
	}
	if p := urlParams(t, ctx); p.Get("scenario") != "cut" || p.Get("target") != "paxsilica" || p.Get("mineral") != "rare-earths" {
		t.Errorf("URL after choosing the scenario: %v", p)
	}
	if r.Level("JPN") != scenario.High {
		t.Errorf("Japan's level %v: China's ~70%% of its rare-earth imports should be high", r.Level("JPN"))
	}
	waitCountryPixel(t, ctx, "JPN", style.Exposure[r.Level("JPN")], 6, "Japan in its exposure colour")

	// "Today's controls", from the keyboard: a control on every destination
	// is in force for rare earths, so the target becomes everyone.
	if err := chromedp.Run(ctx, chromedp.Focus("#scenario-preset", chromedp.ByQuery), chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	waitSummary(t, ctx, scenarioWant(t, "rare-earths", "all", "").Summary(i18n.English()))
	waitFor(t, ctx, `document.getElementById("scenario-status").textContent.includes("every destination")`, "the preset saying what it chose")
	if p := urlParams(t, ctx); p.Get("target") != "all" {
		t.Errorf("URL after today's controls: %v", p)
	}
	// Cobalt has no Chinese control: the preset says so and changes nothing.
	choose(t, ctx, "#mineral", "cobalt", "change")
	waitSummary(t, ctx, scenarioWant(t, "cobalt", "all", "").Summary(i18n.English()))
	if err := chromedp.Run(ctx, chromedp.Click("#scenario-preset", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("scenario-status").textContent.includes("No Chinese export control on cobalt is in force")`, "the preset saying there is no control on cobalt")

	// Off again: the choropleth comes back and the URL forgets the scenario.
	choose(t, ctx, "#mineral", "gallium", "change")
	choose(t, ctx, "#scenario-target", "", "change")
	waitFor(t, ctx, `!document.querySelector("#details-body .scenario-summary")`, "the scenario summary gone")
	waitCountryPixel(t, ctx, "USA", scale.NoData, 6, "the United States back in the gallium choropleth's no-output grey")
	if p := urlParams(t, ctx); p.Has("scenario") || p.Has("target") {
		t.Errorf("URL keeps the scenario after it was switched off: %v", p)
	}
}

// checkScenarioByHostMessage: the host page's scenario command is answered
// with a view event carrying the scenario and shown in the panel; bad ones
// are ignored; the scenario is switched off by a command. ctx holds the
// host page of TestHostCommands; only events from now on count.
func checkScenarioByHostMessage(t *testing.T, ctx context.Context) {
	var start int
	eval(t, ctx, `window.__events.length`, &start)
	if err := chromedp.Run(ctx, chromedp.Click(`button[data-msg*="setScenario"]`)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, fmt.Sprintf(`window.__events.slice(%d).some(e => e.type === "paxsilica:view" && e.scenario === "cut" && e.target === "USA" && e.mineral === "gallium")`, start), "the view event carrying the scenario")
	waitFrameText(t, ctx, "#details-body .scenario-summary", scenarioWant(t, "gallium", "USA", "").Summary(i18n.English()))

	// Bad commands are ignored with no answer: a good one sent after them
	// is answered, and nothing before it.
	n := 0
	eval(t, ctx, `window.__events.length`, &n)
	eval(t, ctx, `(function(){var f = document.getElementById("explorer").contentWindow, o = new URL(document.getElementById("explorer").src).origin;
		[{type: "paxsilica:setScenario", scenario: "boom"}, {type: "paxsilica:setScenario", scenario: "cut", target: "CHN"},
		 {type: "paxsilica:setScenario", scenario: "cut", target: 7}, {type: "paxsilica:setScenario", scenario: "cut", target: "XXA"},
		 {type: "paxsilica:setScenario", scenario: "cut", mineral: "unobtainium"},
		 {type: "paxsilica:setScenario", scenario: "cut", target: "jpn", mineral: "rare-earths"}].forEach(m => f.postMessage(m, o)); return true;})()`, new(bool))
	waitFor(t, ctx, fmt.Sprintf(`window.__events.slice(%d).some(e => e.type === "paxsilica:view" && e.scenario === "cut" && e.target === "JPN" && e.mineral === "rare-earths")`, n), "the view event for Japan and rare earths")
	var after []map[string]any
	eval(t, ctx, fmt.Sprintf(`window.__events.slice(%d).filter(e => e.type === "paxsilica:view")`, n), &after)
	if len(after) != 1 {
		t.Errorf("view events after the bad commands and one good one: %v", after)
	}
	waitFrameText(t, ctx, "#details-body .scenario-summary", scenarioWant(t, "rare-earths", "JPN", "").Summary(i18n.English()))
	eval(t, ctx, `window.__events.length`, &n)
	if err := chromedp.Run(ctx, chromedp.Click(`button[data-msg*='"scenario":null']`)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, fmt.Sprintf(`window.__events.slice(%d).some(e => e.type === "paxsilica:view" && e.scenario === null && e.target === null)`, n), "the view event without a scenario")
}

func TestScenarioOnPhoneAndEmbed(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		w, h  int
		embed string
	}{{"phone", 390, 844, ""}, {"embed", 600, 450, "&embed=1"}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t, tc.w, tc.h)
			openExplorer(t, ctx, "?scenario=cut&mineral=gallium&target=USA"+tc.embed)
			r := scenarioWant(t, "gallium", "USA", "")
			waitSummary(t, ctx, r.Summary(i18n.English()))
			waitCountryPixel(t, ctx, "CHN", style.China, 6, "China as the supplier")
			waitCountryPixel(t, ctx, "USA", style.Exposure[r.Level("USA")], 6, "the United States in its exposure colour")
			// Compact layouts keep the scenario under "More controls".
			if !visible(t, ctx, "#menu-toggle") {
				t.Fatal("no More controls button in a compact layout")
			}
			if visible(t, ctx, "#scenario-target") {
				t.Error("the scenario control is in the one-row toolbar, not under More controls")
			}
			if err := chromedp.Run(ctx, chromedp.Click("#menu-toggle", chromedp.ByQuery)); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `document.getElementById("toolbar").classList.contains("open")`, "the toolbar's menu open")
			for _, sel := range []string{"#scenario-target", "#scenario-preset", "#details"} {
				if !visible(t, ctx, sel) {
					t.Errorf("%s is not visible", sel)
				}
			}
			var overflow bool
			eval(t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`, &overflow)
			if overflow {
				t.Error("the page is wider than the screen")
			}
		})
	}
}

// The downloads of a scenario view carry the scenario: the CSV lists it,
// the PNG figure is titled by it and filled by exposure.
func TestScenarioDownloads(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	save := downloads(t, ctx)
	openExplorer(t, ctx, "?scenario=cut&mineral=gallium&target=USA")
	r := scenarioWant(t, "gallium", "USA", "")
	waitSummary(t, ctx, r.Summary(i18n.English()))
	openDownloads(t, ctx)
	name, b := save("#download-scenario")
	recs := readCSV(t, name, b)
	if !strings.HasPrefix(name, "scenario-gallium-usa") || recs[0][0] != "Role" {
		t.Fatalf("saved %q with header %v", name, recs[0])
	}
	roles := map[string][]string{}
	for _, rec := range recs[1:] {
		roles[rec[0]] = append(roles[rec[0]], rec[3])
	}
	if fmt.Sprint(roles["supplier"]) != "[CHN]" || fmt.Sprint(roles["target"]) != "[USA]" || len(roles["producer left"]) != len(r.Suppliers) || len(roles["available to the targets"]) != 1 {
		t.Errorf("%s rows by role: %v", name, roles)
	}

	name, b = save("#download-png")
	meta, err := poster.ReadText(b)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(meta["Title"], r.Title(i18n.English())) || !strings.Contains(name, "-cut-USA-") {
		t.Errorf("%s: title %q, want %q", name, meta["Title"], r.Title(i18n.English()))
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for y := 0; y < img.Bounds().Dy(); y += 3 {
		for x := 0; x < img.Bounds().Dx(); x += 3 {
			if near(img.At(x, y), style.Exposure[r.Level("USA")], 4) {
				n++
			}
		}
	}
	if n < 500 {
		t.Errorf("the figure has %d pixels in the United States' exposure colour", n)
	}
	closeDownloads(t, ctx)

	// Without a scenario the button is off and says why. The scenario is
	// switched off with its picker, to the view ?mineral=gallium.
	choose(t, ctx, "#scenario-target", "", "change")
	waitQuery(t, ctx, "mineral=gallium")
	openDownloads(t, ctx)
	var disabled bool
	eval(t, ctx, `document.getElementById("download-scenario").disabled`, &disabled)
	if !disabled || !strings.Contains(text(t, ctx, "#download-scenario-note"), "whom China cuts supply to") {
		t.Error("with no scenario the scenario button is enabled or unexplained")
	}
	closeDownloads(t, ctx)

	// The Table view leads with the scenario's table: the scenario back on
	// with its picker, then the view switch, to
	// ?view=table&scenario=cut&mineral=gallium&target=USA.
	choose(t, ctx, "#scenario-target", "USA", "change")
	if err := chromedp.Run(ctx, chromedp.Click("#view-table", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitQuery(t, ctx, "mineral=gallium&scenario=cut&target=USA&view=table")
	waitFor(t, ctx, `((document.querySelector("#table-list caption") || {}).textContent || "").startsWith("Scenario: China stops supplying gallium")`, "the scenario table first in the Table view")
}

// waitQuery waits until the page's URL holds exactly the parameters of
// query (given sorted by name).
func waitQuery(t *testing.T, ctx context.Context, query string) {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf(`(function(){var p = new URLSearchParams(location.search); p.sort(); return p.toString() === %q;})()`, query), "the view ?"+query)
}
