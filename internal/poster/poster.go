// Package poster renders the explorer's default view (the whole world, every
// layer on, no mineral chosen) with gg, at build time, into the image that
// index.html shows at once while the WebAssembly loads. It draws what the
// live map draws first, with the same geometry, projection, colours and line
// widths, so the live canvas replaces it without a jump.
package poster

import (
	"image"
	"image/color"
	"math"

	"github.com/fogleman/gg"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/mapdata/hittest"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
)

// Options say how large to render and for which date.
type Options struct {
	// Width of the image in pixels; the height follows the world's aspect.
	Width int
	// PxPerCSS is how many image pixels stand for one CSS pixel of the live
	// map, which sets line widths and marker sizes.
	PxPerCSS float64
	// At is the date (YYYY-MM-DD) ties and memberships are shown for.
	At string
}

// Size returns the image size for a width: the world's bounds, tight.
func Size(w *mapdata.World, width int) (int, int) {
	return width, max(1, int(math.Round(float64(width)*w.Bounds.Dy()/w.Bounds.Dx())))
}

// Render draws the default view of w and ds. ds may be nil (geometry only).
func Render(w *mapdata.World, ds *dataset.Dataset, o Options) image.Image {
	wd, ht := Size(w, o.Width)
	k := o.PxPerCSS
	if k <= 0 {
		k = 1
	}
	t := projection.Fit(w.Bounds, geo.Rect{Max: geo.Point{X: float64(wd), Y: float64(ht)}}, 0)
	dc := gg.NewContext(wd, ht)
	dc.SetColor(style.Sea)
	dc.Clear()
	rings := func(c *mapdata.Country) {
		for _, r := range c.Rings {
			for j, p := range w.Points[r.Start:r.End] {
				s := t.Apply(p)
				if j == 0 {
					dc.MoveTo(s.X, s.Y)
				} else {
					dc.LineTo(s.X, s.Y)
				}
			}
			dc.ClosePath()
		}
	}
	dc.SetFillRule(gg.FillRuleEvenOdd)
	for i := range w.Countries {
		rings(&w.Countries[i])
		dc.SetColor(style.Land)
		dc.Fill()
	}
	dc.SetLineJoin(gg.LineJoinRound)
	stroke := func(c color.Color, width float64) {
		dc.SetColor(c)
		dc.SetLineWidth(width)
		dc.Stroke()
	}
	for i := range w.Countries {
		rings(&w.Countries[i])
	}
	stroke(style.Border, 0.6*k)
	ix := hittest.New(w)
	for i := range w.Countries {
		if ix.Tiny(i, t, hittest.Options{TinyPx: 3 * k}) {
			p := t.Apply(w.Countries[i].Label)
			dc.DrawCircle(p.X, p.Y, 2.5*k)
			stroke(style.Marker, 1*k)
		}
	}
	if ds == nil {
		return dc.Image()
	}
	outline := func(code string, width float64, c color.Color) {
		if i := w.Index(code); i >= 0 {
			rings(&w.Countries[i])
			stroke(c, width)
		}
	}
	// As on the live map: MSP under Pax Silica, wider, then China.
	for _, c := range ds.Countries {
		if dataset.Signed(ds.MemberStatus("msp", c.Code, o.At)) {
			outline(c.Code, 3.6*k, style.MSP)
		}
	}
	for _, c := range ds.Countries {
		if dataset.Signed(ds.MemberStatus("pax-silica", c.Code, o.At)) {
			outline(c.Code, 1.6*k, style.PaxSilica)
		}
	}
	outline("CHN", 2.2*k, style.China)
	all := func(string) bool { return true }
	for _, a := range scene.Arcs(ds, w, o.At, all) {
		op := 0.85
		if a.Type == dataset.ExportControl && !dataset.ControlActive(ds.Ties[a.Ties[0]], o.At) {
			op = 0.3
		}
		c := a.Colour
		c.A = uint8(math.Round(op * 255))
		var last []geo.Point
		for _, piece := range a.Pieces {
			last = last[:0]
			for j, p := range piece {
				s := t.Apply(p)
				last = append(last, s)
				if j == 0 {
					dc.MoveTo(s.X, s.Y)
				} else {
					dc.LineTo(s.X, s.Y)
				}
			}
			dc.SetLineCap(gg.LineCapButt)
			stroke(premultiplied(c), a.Width*k)
		}
		if n := len(last); n >= 2 {
			arrow(dc, last[n-2], last[n-1], (5+a.Width)*k)
			dc.SetColor(premultiplied(c))
			dc.Fill()
		}
	}
	if len(scene.ControlsOnAll(ds, o.At)) > 0 {
		if i := w.Index("CHN"); i >= 0 {
			p := t.Apply(w.Countries[i].Label)
			dc.DrawCircle(p.X, p.Y, 11*k)
			stroke(style.China, 2.5*k)
			dc.DrawCircle(p.X, p.Y, 16*k)
			stroke(style.China, 1.5*k)
		}
	}
	return dc.Image()
}

// arrow adds an arrowhead path with its tip at tip, pointing from `from`,
// shaped as the live map's.
func arrow(dc *gg.Context, from, tip geo.Point, size float64) {
	dx, dy := tip.X-from.X, tip.Y-from.Y
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	ux, uy := dx/l, dy/l
	bx, by := tip.X-ux*size, tip.Y-uy*size
	dc.MoveTo(tip.X, tip.Y)
	dc.LineTo(bx-uy*size*0.55, by+ux*size*0.55)
	dc.LineTo(bx+uy*size*0.55, by-ux*size*0.55)
	dc.ClosePath()
}

// premultiplied converts a straight-alpha colour into the premultiplied
// form image/color's RGBA means.
func premultiplied(c color.RGBA) color.RGBA {
	a := uint32(c.A)
	return color.RGBA{uint8(uint32(c.R) * a / 255), uint8(uint32(c.G) * a / 255), uint8(uint32(c.B) * a / 255), c.A}
}
