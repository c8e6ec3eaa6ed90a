package poster

import (
	"image/color"
	"strings"
	"testing"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/i18n"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/scenario"
	"paxsilica/internal/style"
	"paxsilica/internal/style/scale"
	"paxsilica/internal/view/urlstate"
)

// A scenario view is drawn as the live map draws it: filled by exposure,
// China as the supplier, the producers left outlined, no layers.
func TestRenderScenario(t *testing.T) {
	w := fixtures.World(t)
	ds := fixtures.Dataset(t)
	const at = "2026-11-27"
	st := urlstate.State{Mineral: "rare-earths", Scenario: urlstate.ScenarioCut, Target: urlstate.TargetPaxSilica}
	img := Render(w, ds, Options{Width: 1000, PxPerCSS: 1, At: at, View: st})
	r, err := scenario.Compute(ds, "rare-earths", urlstate.TargetPaxSilica, "", at)
	if err != nil {
		t.Fatal(err)
	}
	wd, ht := Size(w, 1000)
	tr := projection.Fit(w.Bounds, geo.Rect{Max: geo.Point{X: float64(wd), Y: float64(ht)}}, 0)
	pixel := func(code string) color.Color {
		p := tr.Apply(w.Countries[w.Index(code)].Label)
		return img.At(int(p.X), int(p.Y))
	}
	for _, tc := range []struct {
		code string
		want color.RGBA
	}{
		{"CHN", style.China},
		{"JPN", style.Exposure[r.Level("JPN")]},
		{"GBR", style.Exposure[scenario.NoData]},
		{"BRA", style.Land},
	} {
		if !similar(pixel(tc.code), tc.want) {
			t.Errorf("%s is %v, want %v", tc.code, pixel(tc.code), tc.want)
		}
	}
	if r.Level("JPN") != scenario.High || similar(pixel("CHN"), scale.Colour(69)) {
		t.Errorf("the scenario is not what is drawn (Japan %v)", r.Level("JPN"))
	}
	// The producers left are outlined; no tie arcs or bloc outlines are drawn.
	found := map[color.RGBA]bool{}
	b := img.Bounds()
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			for _, c := range []color.RGBA{style.GapFiller, style.PaxSilica, style.Ties["import"]} {
				if similar(img.At(x, y), c) {
					found[c] = true
				}
			}
		}
	}
	if !found[style.GapFiller] || found[style.PaxSilica] || found[style.Ties["import"]] {
		t.Errorf("colours found: %v, want the gap-filler outline only", found)
	}
}

// The figure's legend gives the scenario's marks, not the choropleth's or
// the layers'.
func TestScenarioLegend(t *testing.T) {
	ds := fixtures.Dataset(t)
	var texts []string
	for _, it := range legendItems(i18n.English(), ds, urlstate.State{Mineral: "gallium", Scenario: urlstate.ScenarioCut, Target: "USA"}) {
		texts = append(texts, it.text)
	}
	got := strings.Join(texts, "|")
	for _, w := range []string{"could fill the gap", scenario.LevelLabels[scenario.High], scenario.LevelLabels[scenario.NoData]} {
		if !strings.Contains(got, w) {
			t.Errorf("legend %q lacks %q", got, w)
		}
	}
	for _, w := range []string{"no recorded output", "Pax Silica signatory", "suspended control"} {
		if strings.Contains(got, w) {
			t.Errorf("legend %q has %q", got, w)
		}
	}
}
