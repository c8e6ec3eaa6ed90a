package e2e

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"paxsilica/geo"
	"paxsilica/mapdata"
	"paxsilica/projection"
)

var (
	worldOnce sync.Once
	world     *mapdata.World
	worldErr  error
)

// loadWorld decodes the geometry the site ships, so that tests know where
// countries are drawn without asking the explorer.
func loadWorld(t *testing.T) *mapdata.World {
	t.Helper()
	worldOnce.Do(func() {
		b, err := os.ReadFile(filepath.Join(repoRoot, "dist", "world-50m.bin"))
		if err != nil {
			worldErr = err
			return
		}
		world, worldErr = mapdata.Decode(b)
	})
	if worldErr != nil {
		t.Fatalf("loading the world: %v", worldErr)
	}
	return world
}

// mapTransform computes, independently of the running explorer, where the
// map is fitted: the #map-area rectangle that the page's CSS lays out, with
// the same 8-pixel padding. Coordinates are CSS pixels.
func mapTransform(t *testing.T, ctx context.Context) projection.Transform {
	t.Helper()
	var r struct{ Left, Top, Right, Bottom float64 }
	eval(t, ctx, `(function(){var r=document.getElementById("map-area").getBoundingClientRect();return {left:r.left,top:r.top,right:r.right,bottom:r.bottom};})()`, &r)
	return projection.Fit(loadWorld(t).Bounds, geo.Rect{Min: geo.Point{X: r.Left, Y: r.Top}, Max: geo.Point{X: r.Right, Y: r.Bottom}}, 8)
}

// countryPoint returns the CSS-pixel point where country code is drawn.
func countryPoint(t *testing.T, ctx context.Context, code string) geo.Point {
	t.Helper()
	w := loadWorld(t)
	i := w.Index(code)
	if i < 0 {
		t.Fatalf("no country %s in the map", code)
	}
	return mapTransform(t, ctx).Apply(w.Countries[i].Label)
}
