package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// A fault injected at the boundary between Go and the page (the page's DOM
// builder throws, so every panel update panics in Go) is recovered: the
// console says what failed, the panel says it in words, the page is not
// dead, the map still draws the click, and once the fault is gone the
// explorer works as before.
func TestInjectedFaultLeavesAWorkingPage(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	con := recordConsole(ctx)
	openExplorer(t, ctx, "?country=CHN")
	waitDetails(t, ctx, "China")
	eval(t, ctx, `(function(){window.__build = paxsilicaBoot.build; paxsilicaBoot.build = function () { throw new Error("injected fault"); }; return true;})()`, new(bool))

	p := countryPoint(t, ctx, "BRA")
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `Array.from(document.querySelectorAll("#notices li.fault")).some(li => li.textContent.includes("injected fault") && li.textContent.includes("The map still works") && li.textContent.includes("reload the page"))`, "the fault said in words in the panel")
	waitConsole(t, ctx, con, "paxsilica: failed while handling a")
	if !con.has("injected fault") {
		t.Errorf("the console does not say what failed: %s", con)
	}
	var dead bool
	eval(t, ctx, stopped, &dead)
	if dead {
		t.Fatalf("the explorer stopped on one fault: %q", pageText(ctx))
	}
	// The panel does not show China's facts under Brazil's name.
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "Brazil"`, "Brazil's name in the panel")
	if body := text(t, ctx, "#details-body"); strings.Contains(body, "export controls it imposes") {
		t.Errorf("China's facts are left under Brazil's name: %.200q", body)
	}
	// The map still draws: Brazil is shown selected.
	waitCountryPixel(t, ctx, "BRA", selectedColour, 40, "Brazil selected on the map despite the fault")

	// The fault goes; the explorer answers as before.
	eval(t, ctx, `(function(){paxsilicaBoot.build = window.__build; return true;})()`, new(bool))
	p = countryPoint(t, ctx, "AUS")
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
	waitDetails(t, ctx, "Australia")
	waitCountryPixel(t, ctx, "AUS", selectedColour, 40, "Australia selected on the map after the fault")
}

// A fault on every frame cannot be survived: the explorer stops and says
// in words what broke and to reload, instead of leaving a dead map.
func TestRepeatedFaultsStopInWords(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	con := recordConsole(ctx)
	openExplorer(t, ctx, "")
	// Every drawn frame appends its time to paxsilica.frameMs: an array
	// whose push throws makes every frame fail in Go.
	eval(t, ctx, `(function(){window.paxsilica.frameMs = {length: 0, push: function () { throw new Error("injected frame fault"); }}; return true;})()`, new(bool))
	p := countryPoint(t, ctx, "BRA")
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, stopped, "the explorer saying it stopped")
	msg := text(t, ctx, "#status-text")
	for _, want := range []string{"The explorer stopped", "drawing the map", "injected frame fault", "Reload the page"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the page says %q, want it to contain %q", msg, want)
		}
	}
	var role string
	eval(t, ctx, `document.getElementById("status").getAttribute("role")`, &role)
	if role != "alert" {
		t.Errorf("the failure is not announced (role %q)", role)
	}
	if !con.has("paxsilica: failed while drawing the map: JavaScript error: injected frame fault") {
		t.Errorf("the console does not say what failed: %s", con)
	}
}
