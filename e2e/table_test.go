package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"paxsilica/internal/view"
)

// press sends keys to the focused element.
func press(t *testing.T, ctx context.Context, keys string) {
	t.Helper()
	if err := chromedp.Run(ctx, chromedp.KeyEvent(keys)); err != nil {
		t.Fatal(err)
	}
}

// tabTo presses Tab until the focused element matches selector, at most
// limit times.
func tabTo(t *testing.T, ctx context.Context, selector string, limit int) {
	t.Helper()
	for range limit {
		var ok bool
		eval(t, ctx, `!!document.activeElement && document.activeElement.matches(`+strconv.Quote(selector)+`)`, &ok)
		if ok {
			return
		}
		press(t, ctx, "\t")
	}
	var at string
	eval(t, ctx, `document.activeElement ? document.activeElement.outerHTML.slice(0, 120) : ""`, &at)
	t.Fatalf("%d Tabs did not reach %s; the focus is on %s", limit, selector, at)
}

// The Table view, with the keyboard only: Tab to the Table switch, Enter
// shows the tables (captions, scoped headings, units); Tab to a column's
// sort button, Enter sorts ascending, Enter again descending, the focus
// staying on the button and aria-sort saying the order.
func TestTableViewWithKeyboard(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "?mineral=gallium&country=CHN&date=2026-01-10")
	waitFor(t, ctx, `document.getElementById("map-text").textContent.includes("98.7%")`, "the map's text alternative")
	if alt := text(t, ctx, "#map-text"); !strings.Contains(alt, "gallium") || !strings.Contains(alt, "China") || !strings.Contains(alt, "2026-01-10") {
		t.Errorf("the map's text alternative says %q", alt)
	}
	var described string
	eval(t, ctx, `document.querySelector("canvas").getAttribute("aria-describedby")`, &described)
	if described != "map-text" {
		t.Errorf("the map canvas is described by %q", described)
	}

	tabTo(t, ctx, "#view-table", 30)
	press(t, ctx, "\r")
	waitFor(t, ctx, `new URLSearchParams(location.search).get("view") === "table" && document.querySelectorAll("#table-view table").length === 3`, "three tables in the Table view")
	if !visible(t, ctx, "#table-view") {
		t.Fatal("the Table view is not visible")
	}
	var captions []string
	eval(t, ctx, `[...document.querySelectorAll("#table-view caption")].map(c => c.textContent)`, &captions)
	if len(captions) != 3 || !strings.HasPrefix(captions[0], "Producers of Gallium") || !strings.HasPrefix(captions[1], "Ties of China") || !strings.HasPrefix(captions[2], "Events involving China") {
		t.Errorf("captions %q", captions)
	}
	// The producers are those of the edition out on 2026-01-10 (MCS 2025, 2024 data), as on the map.
	if len(captions) > 0 && !strings.Contains(captions[0], "2024, USGS MCS 2025") {
		t.Errorf("the producers' caption %q does not name 2024, USGS MCS 2025", captions[0])
	}
	var unscoped int
	eval(t, ctx, `[...document.querySelectorAll("#table-view th")].filter(th => !["col", "row"].includes(th.getAttribute("scope"))).length`, &unscoped)
	if unscoped != 0 {
		t.Errorf("%d headings without scope", unscoped)
	}
	var heads []string
	eval(t, ctx, `[...document.querySelectorAll("#table-view table:first-of-type thead th")].map(th => th.textContent)`, &heads)
	if !strings.Contains(strings.Join(heads, "|"), "Share (% of world output)") || !strings.Contains(strings.Join(heads, "|"), "Unit") {
		t.Errorf("producer headings %q lack units", heads)
	}

	// Sort the producers by share: ascending, then descending.
	const share = `#table-view button[data-sort="0:3"]`
	tabTo(t, ctx, share, 60)
	firstShare := `(function(){var r = document.querySelector("#table-view table tbody tr"); return r.cells[3].textContent + "|" + r.cells[1].textContent;})()`
	press(t, ctx, "\r")
	waitFor(t, ctx, `document.querySelector(`+strconv.Quote(share)+`).closest("th").getAttribute("aria-sort") === "ascending"`, "ascending order")
	var first string
	eval(t, ctx, firstShare, &first)
	if strings.HasPrefix(first, "100|China") {
		t.Errorf("ascending by share starts with %q", first)
	}
	var focused bool
	eval(t, ctx, `document.activeElement.matches(`+strconv.Quote(share)+`)`, &focused)
	if !focused {
		t.Error("the focus left the sort button")
	}
	press(t, ctx, "\r")
	waitFor(t, ctx, `document.querySelector(`+strconv.Quote(share)+`).closest("th").getAttribute("aria-sort") === "descending"`, "descending order")
	eval(t, ctx, firstShare, &first)
	if !strings.HasPrefix(first, "98.7|China") {
		t.Errorf("descending by share starts with %q, want China's 98.7 (2024, MCS 2025: the edition out on 2026-01-10)", first)
	}
	if s := text(t, ctx, "#table-status"); !strings.Contains(s, "descending") {
		t.Errorf("the sort is not announced: %q", s)
	}
	// Move the timeline past MCS 2026's release: the table takes its figures
	// (2025: China 100, computed) and keeps the reader's sort.
	day, _ := view.TimelineDay("2026-03-01")
	eval(t, ctx, `(function(){var tl = document.getElementById("timeline"); tl.value = `+strconv.Itoa(day)+`;
		tl.dispatchEvent(new Event("input", {bubbles: true})); return true;})()`, new(bool))
	waitFor(t, ctx, `document.querySelector("#table-view caption").textContent.includes("2025, USGS MCS 2026")`, "the producers of MCS 2026 after moving the timeline")
	eval(t, ctx, firstShare, &first)
	var order string
	eval(t, ctx, `document.querySelector(`+strconv.Quote(share)+`).closest("th").getAttribute("aria-sort")`, &order)
	if !strings.HasPrefix(first, "100|China") || order != "descending" {
		t.Errorf("after the timeline moved to 2026-03-01 the producers start with %q, sorted %q; want China's 100, descending", first, order)
	}
	// Back to the map with the keyboard.
	for range 80 {
		var ok bool
		eval(t, ctx, `document.activeElement.id === "view-map"`, &ok)
		if ok {
			break
		}
		if err := chromedp.Run(ctx, chromedp.KeyEvent("\t", chromedp.KeyModifiers(input.ModifierShift))); err != nil {
			t.Fatal(err)
		}
	}
	press(t, ctx, "\r")
	waitFor(t, ctx, `!new URLSearchParams(location.search).has("view") && document.getElementById("table-view").hidden`, "the map again")
}
