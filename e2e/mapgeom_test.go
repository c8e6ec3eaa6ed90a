package e2e

import (
	"context"
	"fmt"
	"image/color"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/mapdata"
)

// loadWorld returns the geometry the site ships.
func loadWorld(t testing.TB) *mapdata.World { return fixtures.World(t) }

// loadDataset returns the dataset the site ships.
func loadDataset(t testing.TB) *dataset.Dataset { return fixtures.Dataset(t) }

// mapTransform computes, independently of the running explorer, where the
// map is fitted: the #map-area rectangle that the page's CSS lays out, with
// the same 8-pixel padding. Coordinates are CSS pixels.
func mapTransform(t testing.TB, ctx context.Context) projection.Transform {
	t.Helper()
	return fitIn(t, ctx, "map-area")
}

// rect is an element's box in CSS pixels.
type rect struct{ Left, Top, Right, Bottom float64 }

func (r rect) has(x, y float64) bool { return x >= r.Left && x < r.Right && y >= r.Top && y < r.Bottom }

// fitIn fits the world into the element with id, less 8 pixels each side,
// as the explorer and the reference page both do.
func fitIn(t testing.TB, ctx context.Context, id string) projection.Transform {
	t.Helper()
	var r rect
	eval(t, ctx, fmt.Sprintf(`(function(){var r=document.getElementById(%q).getBoundingClientRect();return {left:r.left,top:r.top,right:r.right,bottom:r.bottom};})()`, id), &r)
	return projection.Fit(loadWorld(t).Bounds, geo.Rect{Min: geo.Point{X: r.Left, Y: r.Top}, Max: geo.Point{X: r.Right, Y: r.Bottom}}, 8)
}

// countryPoint returns the CSS-pixel point where country code is drawn.
func countryPoint(t testing.TB, ctx context.Context, code string) geo.Point {
	t.Helper()
	w := loadWorld(t)
	i := w.Index(code)
	if i < 0 {
		t.Fatalf("no country %s in the map", code)
	}
	return mapTransform(t, ctx).Apply(w.Countries[i].Label)
}

// waitCountryPixel polls until a pixel inside country code, clear of its
// label, has colour want. The point is chosen afresh each time, as labels
// move on the frame after a change.
func waitCountryPixel(t testing.TB, ctx context.Context, code string, want color.Color, tol int, what string) {
	t.Helper()
	w := loadWorld(t)
	c := &w.Countries[w.Index(code)]
	waitUntil(t, ctx, what, func() (bool, string) {
		p, ok := clearPoint(t, ctx, w, c)
		if !ok {
			return false, "no point of " + code + " is clear of its label"
		}
		got := screenshot(t, ctx).At(int(p.X), int(p.Y))
		return near(got, want, tol), fmt.Sprintf("pixel %v in %s is %v, want %v", p, code, got, want)
	})
}

func clearPoint(t testing.TB, ctx context.Context, w *mapdata.World, c *mapdata.Country) (geo.Point, bool) {
	tr := mapTransform(t, ctx)
	l := tr.Apply(c.Label)
	var shown bool
	// The label reads the country's name in the page's language (the
	// catalog's, at ?lang=).
	eval(t, ctx, fmt.Sprintf(`(() => { const cat = window.paxsilica && typeof window.paxsilica.catalog === "string" ? JSON.parse(window.paxsilica.catalog) : null;
		const name = (cat && cat.countries && cat.countries[%q]) || %q;
		return Array.from(document.querySelectorAll("#labels span")).some(s => s.style.display !== "none" && (s.textContent === name || s.textContent === %q)); })()`, c.Code, c.Name, c.Name), &shown)
	offsets := []geo.Point{{X: 0, Y: 0}}
	if shown {
		offsets = []geo.Point{{X: 0, Y: 14}, {X: 0, Y: -14}, {X: 0, Y: 10}, {X: 0, Y: -10}, {X: 0, Y: 20}, {X: 0, Y: -20},
			{X: -30, Y: 12}, {X: 30, Y: 12}, {X: -26, Y: 0}, {X: 26, Y: 0}, {X: 0, Y: 28}}
	}
	for _, d := range offsets {
		p := geo.Point{X: l.X + d.X, Y: l.Y + d.Y}
		// Two pixels of margin on every side inside the country.
		inside := true
		for _, e := range []geo.Point{{X: 0, Y: 0}, {X: 2, Y: 0}, {X: -2, Y: 0}, {X: 0, Y: 2}, {X: 0, Y: -2}} {
			if !w.Contains(c, tr.Invert(geo.Point{X: p.X + e.X, Y: p.Y + e.Y})) {
				inside = false
			}
		}
		if inside {
			return p, true
		}
	}
	return geo.Point{}, false
}
