package scene_test

import (
	"math"
	"testing"
	"time"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/mapdata/hittest"
	"paxsilica/internal/scene"
	"paxsilica/internal/scene/labels"
)

// BenchmarkFrameGoWork is the Go side of the explorer's frames that needs no
// browser, at 1280×640: a re-render projects every vertex of the map; every
// frame of a gesture projects the arcs, lays out the labels and hit-tests
// the pointer. (The mesh building and Ebiten calls are measured in the
// browser, as window.paxsilica.frameMs.)
func BenchmarkFrameGoWork(b *testing.B) {
	w := fixtures.World(b)
	ds := fixtures.Dataset(b)
	vp := geo.Rect{Max: geo.Point{X: 1280, Y: 640}}
	fit := projection.Fit(w.Bounds, vp, 8)
	t := projection.Camera{Zoom: 2, Centre: geo.Point{X: 0.3, Y: -0.4}}.Transform(fit, vp)
	at := time.Now().UTC().Format(time.DateOnly)
	arcs := scene.Arcs(ds, w, at, func(string) bool { return true })
	ix := hittest.New(w)
	b.Run("re-render: project the map", func(b *testing.B) {
		pts := make([]geo.Point, len(w.Points))
		for b.Loop() {
			for i, p := range w.Points {
				pts[i] = t.Apply(p)
			}
		}
	})
	b.Run("gesture frame: arcs, labels, pick", func(b *testing.B) {
		var buf []geo.Point
		for b.Loop() {
			for _, a := range arcs {
				for _, piece := range a.Pieces {
					buf = buf[:0]
					for _, p := range piece {
						buf = append(buf, t.Apply(p))
					}
				}
			}
			var cands []labels.Candidate
			for i := range w.Countries {
				c := &w.Countries[i]
				side := math.Sqrt(c.Area) * t.Scale
				tw := float64(len([]rune(c.Name)))*6.6 + 4
				if side < 40 || tw > side*2 {
					continue
				}
				cands = append(cands, labels.Candidate{ID: c.Code, Text: c.Name, At: t.Apply(c.Label), W: tw, H: 14, Priority: c.Area})
			}
			labels.Place(cands, vp, 2)
			ix.Pick(t, geo.Point{X: 640, Y: 320}, hittest.Options{})
		}
	})
}

// BenchmarkArcAt is the arc hit test a click runs first (the arcs before the
// countries), over every tie of the dataset at 1280×640, at a point on no
// arc (the whole of every arc is measured).
func BenchmarkArcAt(b *testing.B) {
	w := fixtures.World(b)
	ds := fixtures.Dataset(b)
	vp := geo.Rect{Max: geo.Point{X: 1280, Y: 640}}
	t := projection.Fit(w.Bounds, vp, 8)
	arcs := scene.Arcs(ds, w, time.Now().UTC().Format(time.DateOnly), func(string) bool { return true })
	for b.Loop() {
		scene.ArcAt(arcs, t, geo.Point{X: 3, Y: 3}, 1)
	}
}
