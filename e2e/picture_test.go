package e2e

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"time"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/poster"
	"paxsilica/internal/style"
)

// This file holds the picture checks of the size tests: the live map,
// brought down to CSS pixels, against the poster renderer (gg, an
// independent drawing of the same geometry) at the same size.

// layoutInfo is what the page says about its layout, in CSS pixels.
type layoutInfo struct {
	W, H   float64
	DPR    float64
	Area   [4]float64 // #map-area: left, top, right, bottom
	Step   float64    // spacing of the coverage grid
	Cells  []string   // per grid point, row by row: "map", or the id of what covers it
	Cols   int
	Labels [][4]float64 // visible map labels: left, top, right, bottom
	Names  []string
}

// measureJS reads the layout, and asks elementFromPoint, over a grid of the
// map area, what a reader would see or touch there: the map (the canvas;
// labels and the map area let the pointer through) or an overlay, named by
// its top-level element's id.
const measureJS = `(function(){
  var a = document.getElementById("map-area").getBoundingClientRect();
  var step = 8, cells = [], cols = 0;
  for (var y = a.top + step/2; y < a.bottom; y += step) {
    var c = 0;
    for (var x = a.left + step/2; x < a.right; x += step, c++) {
      var e = document.elementFromPoint(x, y), k = "map";
      if (e && e.tagName !== "CANVAS" && e !== document.body && e !== document.documentElement) {
        while (e.parentElement && e.parentElement !== document.body) e = e.parentElement;
        k = e.id || e.tagName.toLowerCase();
      }
      cells.push(k);
    }
    cols = c;
  }
  var spans = Array.from(document.querySelectorAll("#labels span")).filter(function (s) { return s.style.display !== "none"; });
  return {W: innerWidth, H: innerHeight, DPR: devicePixelRatio, Area: [a.left, a.top, a.right, a.bottom], Step: step, Cells: cells, Cols: cols,
    Labels: spans.map(function (s) { var r = s.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }),
    Names: spans.map(function (s) { return s.textContent; })};
})()`

// area returns the map area as a rectangle.
func (l layoutInfo) area() geo.Rect {
	return geo.Rect{Min: geo.Point{X: l.Area[0], Y: l.Area[1]}, Max: geo.Point{X: l.Area[2], Y: l.Area[3]}}
}

// cover returns the share of the map area each overlay covers.
func (l layoutInfo) cover() map[string]float64 {
	out := map[string]float64{}
	for _, c := range l.Cells {
		if c != "map" {
			out[c] += 1 / float64(len(l.Cells))
		}
	}
	return out
}

// covered reports whether CSS point p is under an overlay or a label.
func (l layoutInfo) covered(p geo.Point) bool {
	for _, b := range l.Labels {
		if p.X >= b[0]-2 && p.X < b[2]+2 && p.Y >= b[1]-2 && p.Y < b[3]+2 {
			return true
		}
	}
	if l.Cols == 0 {
		return false
	}
	c := int((p.X - l.Area[0]) / l.Step)
	r := int((p.Y - l.Area[1]) / l.Step)
	i := r*l.Cols + c
	return c < 0 || c >= l.Cols || r < 0 || i >= len(l.Cells) || l.Cells[i] != "map"
}

// toCSS brings a screenshot of device pixels down to CSS pixels (box filter).
func toCSS(img image.Image, dpr float64) *image.RGBA {
	k := max(1, int(math.Round(dpr)))
	b := img.Bounds()
	if rgba, ok := img.(*image.RGBA); ok && k == 1 && b.Min == (image.Point{}) {
		return rgba
	}
	src := image.NewRGBA(b)
	draw.Draw(src, b, img, b.Min, draw.Src) // one conversion, then plain reads
	out := image.NewRGBA(image.Rect(0, 0, b.Dx()/k, b.Dy()/k))
	for y := range out.Bounds().Dy() {
		for x := range out.Bounds().Dx() {
			var r, g, bl, n uint32
			for j := range k {
				for i := range k {
					c := src.RGBAAt(b.Min.X+x*k+i, b.Min.Y+y*k+j)
					r, g, bl, n = r+uint32(c.R), g+uint32(c.G), bl+uint32(c.B), n+1
				}
			}
			out.SetRGBA(x, y, color.RGBA{uint8(r / n), uint8(g / n), uint8(bl / n), 255})
		}
	}
	return out
}

// isSea reports whether a pixel shows bare sea.
func isSea(c color.Color) bool { return near(c, style.Sea, 10) }

// expected draws, with the poster renderer, what the map area should show
// at home zoom: the default view fitted as the explorer fits it (8 CSS px
// free on every side), on a canvas the size of the page, in CSS pixels.
func expected(w *mapdata.World, ds *dataset.Dataset, l layoutInfo, at string) (*image.RGBA, projection.Transform) {
	t := projection.Fit(w.Bounds, l.area(), 8)
	min, max := t.Apply(w.Bounds.Min), t.Apply(w.Bounds.Max)
	img := poster.Render(w, ds, poster.Options{Width: int(math.Round(max.X - min.X)), PxPerCSS: 1, At: at})
	out := image.NewRGBA(image.Rect(0, 0, int(l.W), int(l.H)))
	for y := range out.Bounds().Dy() {
		for x := range out.Bounds().Dx() {
			out.SetRGBA(x, y, style.Sea)
		}
	}
	ox, oy := int(math.Round(min.X)), int(math.Round(min.Y))
	b := img.Bounds()
	for y := range b.Dy() {
		for x := range b.Dx() {
			if image.Pt(ox+x, oy+y).In(out.Bounds()) {
				out.Set(ox+x, oy+y, img.At(b.Min.X+x, b.Min.Y+y))
			}
		}
	}
	return out, t
}

// quarterInk counts, per quarter of the map area (NW, NE, SW, SE), the
// pixels that are not bare sea, leaving out what overlays and labels cover.
func quarterInk(img *image.RGBA, l layoutInfo) [4]int {
	var n [4]int
	a := l.area()
	cx, cy := (a.Min.X+a.Max.X)/2, (a.Min.Y+a.Max.Y)/2
	for y := int(a.Min.Y) + 1; y < int(a.Max.Y)-1; y++ {
		for x := int(a.Min.X) + 1; x < int(a.Max.X)-1; x++ {
			p := geo.Point{X: float64(x), Y: float64(y)}
			if !image.Pt(x, y).In(img.Bounds()) || l.covered(p) || isSea(img.RGBAAt(x, y)) {
				continue
			}
			q := 0
			if p.X >= cx {
				q++
			}
			if p.Y >= cy {
				q += 2
			}
			n[q]++
		}
	}
	return n
}

// agreement compares live and want cell by cell (8×8 CSS px) over the map
// area: the share of cells, clear of overlays and labels, that both show as
// sea or both as drawn on.
func agreement(live, want *image.RGBA, l layoutInfo) (float64, int) {
	a := l.area()
	same, n := 0, 0
	const cell = 8
	for y := a.Min.Y; y+cell <= a.Max.Y; y += cell {
		for x := a.Min.X; x+cell <= a.Max.X; x += cell {
			if l.covered(geo.Point{X: x + cell/2, Y: y + cell/2}) || l.covered(geo.Point{X: x, Y: y}) || l.covered(geo.Point{X: x + cell, Y: y + cell}) {
				continue
			}
			seaL, seaW := 0, 0
			for j := range cell {
				for i := range cell {
					px, py := int(x)+i, int(y)+j
					if isSea(live.RGBAAt(px, py)) {
						seaL++
					}
					if isSea(want.RGBAAt(px, py)) {
						seaW++
					}
				}
			}
			// Mostly sea or mostly not, in each; cells of coast are skipped.
			kind := func(s int) int {
				switch {
				case s >= cell*cell*3/4:
					return 1
				case s <= cell*cell/4:
					return 2
				}
				return 0
			}
			kl, kw := kind(seaL), kind(seaW)
			if kw == 0 {
				continue
			}
			n++
			if kl == kw {
				same++
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(same) / float64(n), n
}

// labelsOnLand returns the labels around which the live map shows bare sea
// only: a ring of pixels 3 px outside the label's box.
func labelsOnLand(live *image.RGBA, l layoutInfo) []string {
	var bad []string
	for i, b := range l.Labels {
		ink, n := 0, 0
		ring := func(x, y float64) {
			if !image.Pt(int(x), int(y)).In(live.Bounds()) {
				return
			}
			n++
			if !isSea(live.RGBAAt(int(x), int(y))) {
				ink++
			}
		}
		for x := b[0] - 3; x <= b[2]+3; x += 2 {
			ring(x, b[1]-3)
			ring(x, b[3]+3)
		}
		for y := b[1] - 3; y <= b[3]+3; y += 2 {
			ring(b[0]-3, y)
			ring(b[2]+3, y)
		}
		if n > 0 && ink == 0 {
			bad = append(bad, l.Names[i])
		}
	}
	return bad
}

// today is the date the live map shows by default.
func today() string { return time.Now().UTC().Format("2006-01-02") }

// pct formats a share as a percentage.
func pct(x float64) string { return fmt.Sprintf("%.1f %%", 100*x) }

// quarterNames name quarterInk's quarters.
var quarterNames = [4]string{"north-west", "north-east", "south-west", "south-east"}

// coverText lists the overlays' shares, for messages.
func coverText(c map[string]float64) string {
	var parts []string
	for k, v := range c {
		parts = append(parts, k+" "+pct(v))
	}
	return strings.Join(parts, ", ")
}
