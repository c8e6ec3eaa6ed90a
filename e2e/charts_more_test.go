package e2e

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"paxsilica/internal/charts"
	"paxsilica/internal/style"
)

// TestChartsFollowTheTimeline: at a date before USGS MCS 2026 the gallium
// chart shows the one year of MCS 2025 and says the import shares it shows
// were published later; moved to the latest date, the two years of MCS
// 2026 stand side by side.
func TestChartsFollowTheTimeline(t *testing.T) {
	t.Parallel()
	d := loadDataset(t)
	ga, _ := d.Mineral("gallium")
	before := ga.SeriesAt("2025-06-01")
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?mineral=gallium&layers=&date=2025-06-01")
	waitFor(t, ctx, `document.querySelector("#details-body .chart.current table.bars")`, "the gallium chart")
	if cap := text(t, ctx, "#details-body .chart.current caption"); !strings.Contains(cap, fmt.Sprintf(", %d", before.Year)) {
		t.Errorf("at 2025-06-01 the chart is %q, want the year %d", cap, before.Year)
	}
	if src := text(t, ctx, "#details-body .chart.current .chart-src"); !strings.Contains(src, before.Edition) {
		t.Errorf("at 2025-06-01 the source line %q does not name %s", src, before.Edition)
	}
	if n := text(t, ctx, "#details-body .stack-chart .note"); !strings.Contains(n, "after the chosen date") {
		t.Errorf("import shares published after the date, and the chart does not say so: %q", n)
	}
	// China's bar is its share in that edition.
	for _, p := range before.Producers {
		if p.Country != "CHN" {
			continue
		}
		sh, _, _ := before.Share(p)
		bars := readBars(t, ctx, "#details-body .chart.current table.bars")
		if len(bars) == 0 || bars[0].Code != "CHN" || math.Abs(bars[0].Bar/bars[0].Track*100-sh) > 100/bars[0].Track+0.2 {
			t.Errorf("China's bar at 2025-06-01: %+v, want %.1f%%", bars, sh)
		}
	}
	if err := chromedp.Run(ctx, chromedp.Click("#timeline-latest", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	cur := ga.SeriesAt("")
	waitFor(t, ctx, fmt.Sprintf(`Array.from(document.querySelectorAll("#details-body .chart.current thead th")).map(th => th.textContent).join("|") === "Country|%d|%d"`, cur.Year-1, cur.Year),
		"the two years of the latest edition side by side")
	if n := text(t, ctx, "#details-body .stack-chart"); strings.Contains(n, "after the chosen date") {
		t.Errorf("at the latest date the import chart still says its figures came later: %q", n)
	}
}

// TestChartsLegible: the charts fit a 320 px phone at DPR 2 and a 600×450
// embed without sideways scrolling, in type no smaller than 11 px, with
// bars as long as their figures; China's bar shows style.China in the
// pixels; printed, the bars keep their colours.
func TestChartsLegible(t *testing.T) {
	t.Parallel()
	for _, c := range []sizeCase{
		{w: 320, h: 568, dpr: 2, query: "mineral=rare-earths&layers="},
		{w: 600, h: 450, dpr: 1, embed: true, query: "mineral=rare-earths&layers="},
	} {
		t.Run(c.name(), func(t *testing.T) {
			t.Parallel()
			ctx, d := openSize(t, c)
			d.wait(t, `document.querySelector("#details-body .chart.current tr[data-code='CHN'] .bar")`, "the rare earths chart")
			var fit struct {
				Scroll, Client, TableRight, PanelRight, MinFont float64
			}
			d.must(t, `(() => { const p = document.getElementById("details"), tb = document.querySelector("#details-body .chart.current table");
			  const fonts = Array.from(document.querySelectorAll("#details-body .charts .val, #details-body .charts th, #details-body .charts caption, #details-body .charts .detail, #details-body .charts .chart-src, #details-body .charts dt"))
			    .map(e => parseFloat(getComputedStyle(e).fontSize));
			  return {scroll: p.scrollWidth, client: p.clientWidth, tableRight: tb.getBoundingClientRect().right,
			    panelRight: p.getBoundingClientRect().right, minFont: Math.min(...fonts)}; })()`, &fit)
			if fit.Scroll > fit.Client+1 || fit.TableRight > fit.PanelRight+0.5 {
				t.Errorf("the chart does not fit: panel scrolls %v of %v px, table ends at %v past the panel's %v", fit.Scroll, fit.Client, fit.TableRight, fit.PanelRight)
			}
			if fit.MinFont < 11 {
				t.Errorf("chart text as small as %v px", fit.MinFont)
			}
			var bars []struct {
				Value      string
				Bar, Track float64
				X, Y       float64
			}
			d.must(t, `Array.from(document.querySelectorAll("#details-body .chart.current td.barcell")).map(td => {
			  const b = td.querySelector(".bar").getBoundingClientRect(), tr = td.querySelector(".track").getBoundingClientRect();
			  return {value: td.querySelector(".val").textContent, bar: b.width, track: tr.width, x: b.left + b.width / 2, y: b.top + b.height / 2}; })`, &bars)
			if len(bars) < 10 {
				t.Fatalf("%d bars", len(bars))
			}
			for _, b := range bars {
				var v float64
				if _, err := fmt.Sscanf(strings.TrimPrefix(strings.TrimPrefix(b.Value, "more than "), "less than "), "%g", &v); err != nil {
					t.Errorf("figure %q", b.Value)
					continue
				}
				if got := b.Bar / b.Track * 100; math.Abs(got-v) > 100/b.Track+0.5 {
					t.Errorf("a bar for %q is %.1f%% of its track", b.Value, got)
				}
			}
			if !c.embed { // the frame's offset aside, the first bar is China's
				img := screenshot(t, ctx)
				x, y := int(bars[0].X*c.dpr), int(bars[0].Y*c.dpr)
				if got := img.At(x, y); !near(got, style.China, 6) {
					t.Errorf("China's bar at (%d, %d) device px shows %v, want %v", x, y, got, style.China)
				}
			}
			// Printed: the bars keep their colour.
			if err := chromedp.Run(ctx, emulation.SetEmulatedMedia().WithMedia("print")); err != nil {
				t.Fatal(err)
			}
			var printed struct {
				Colour, Adjust string
			}
			d.must(t, `(() => { const b = document.querySelector("#details-body .chart.current tr[data-code='CHN'] .bar"), s = getComputedStyle(b);
			  return {colour: s.backgroundColor, adjust: s.printColorAdjust || s.webkitPrintColorAdjust}; })()`, &printed)
			want := fmt.Sprintf("rgb(%d, %d, %d)", style.China.R, style.China.G, style.China.B)
			if printed.Colour != want || printed.Adjust != "exact" {
				t.Errorf("printed, China's bar is %s (adjust %q), want %s and exact", printed.Colour, printed.Adjust, want)
			}
		})
	}
}

// TestEventsListColouredByType: each event around the date carries a dot
// in its tick's colour, its type as the dataset gives it.
func TestEventsListColouredByType(t *testing.T) {
	t.Parallel()
	d := loadDataset(t)
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?layers=")
	waitFor(t, ctx, `document.querySelectorAll("#events li.ev").length > 0`, "the events around the date")
	var dots []struct{ Text, Colour string }
	eval(t, ctx, `Array.from(document.querySelectorAll("#events li.ev")).map(li => ({text: li.textContent, colour: getComputedStyle(li, "::before").backgroundColor}))`, &dots)
	near := d.EventsNear(d.AsOf, 45, 8)
	if len(dots) != len(near) {
		t.Fatalf("%d events listed, want %d", len(dots), len(near))
	}
	for i, e := range near {
		c := style.Keys[charts.TickKey(e.Type)]
		want := fmt.Sprintf("rgb(%d, %d, %d)", c.R, c.G, c.B)
		if !strings.Contains(dots[i].Text, e.Title) || dots[i].Colour != want {
			t.Errorf("event %d: %q with a %s dot, want %q in %s (type %s)", i, dots[i].Text, dots[i].Colour, e.Title, want, e.Type)
		}
	}
}
