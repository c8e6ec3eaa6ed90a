// Package poster renders views of the explorer with gg: at build time the
// default view (the whole world, every layer on, no mineral chosen), which
// index.html shows at once while the WebAssembly loads; on request any view
// (zoom and centre, mineral, date, layers, selection) as a figure to
// download or to preview a shared link, with its title, legend, date,
// sources and address. It draws what the live map draws, with the same
// geometry, projection, colours and line widths (all from internal/style),
// so the live canvas replaces the poster without a jump.
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
	"paxsilica/internal/scenario"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
	"paxsilica/internal/view/urlstate"
)

// Options say how large to render, for which date and which view.
type Options struct {
	// Width of the image in pixels; the height follows the world's aspect.
	Width int
	// PxPerCSS is how many image pixels stand for one CSS pixel of the live
	// map, which sets line widths and marker sizes.
	PxPerCSS float64
	// At is the date (YYYY-MM-DD) ties and memberships are shown for.
	At string
	// View is what to draw: mineral, selection, layers, centre and zoom.
	// The zero value is the default view (whole world, every layer).
	View urlstate.State
}

// Size returns the image size for a width: the world's bounds, tight.
func Size(w *mapdata.World, width int) (int, int) {
	return width, max(1, int(math.Round(float64(width)*w.Bounds.Dy()/w.Bounds.Dx())))
}

// Render draws the view of w and ds that o asks for, as large as Size says.
// ds may be nil (geometry only).
func Render(w *mapdata.World, ds *dataset.Dataset, o Options) image.Image {
	wd, ht := Size(w, o.Width)
	dc := gg.NewContext(wd, ht)
	drawMap(dc, geo.Rect{Max: geo.Point{X: float64(wd), Y: float64(ht)}}, w, ds, o)
	return dc.Image()
}

// drawMap draws the map of the view filling rectangle r of dc (the whole
// of a context made for it: nothing clips it).
func drawMap(dc *gg.Context, r geo.Rect, w *mapdata.World, ds *dataset.Dataset, o Options) {
	k := o.PxPerCSS
	if k <= 0 {
		k = 1
	}
	st := o.View
	t := projection.Fit(w.Bounds, r, 0)
	if st.HasCentre && st.Zoom > 1 {
		cam := projection.Camera{Centre: projection.EqualEarth(geo.Point{X: st.Lon, Y: st.Lat}), Zoom: st.Zoom}.Clamp(w.Bounds)
		t = cam.Transform(t, r)
	}
	dc.SetColor(style.Sea)
	dc.DrawRectangle(r.Min.X, r.Min.Y, r.Dx(), r.Dy())
	dc.Fill()
	var m *dataset.Mineral
	if ds != nil && st.Mineral != "" {
		if mm, ok := ds.Mineral(st.Mineral); ok {
			m = mm.At(o.At) // the figures that apply at the view's date
		}
	}
	// A scenario fills the map by exposure and outlines the producers that
	// could fill the gap, as the live map does; the layers wait.
	var scen *scenario.Result
	if m != nil && st.Scenario == urlstate.ScenarioCut {
		scen, _ = scenario.Compute(ds, m.ID, st.ScenarioTarget(), "", o.At)
	}
	visible := func(c *mapdata.Country) bool {
		// Countries wholly outside the rectangle are left out, as on the live map.
		min, max := t.Apply(geo.Point{X: c.Bounds.Min.X, Y: c.Bounds.Min.Y}), t.Apply(geo.Point{X: c.Bounds.Max.X, Y: c.Bounds.Max.Y})
		return max.X >= r.Min.X && min.X <= r.Max.X && math.Max(min.Y, max.Y) >= r.Min.Y && math.Min(min.Y, max.Y) <= r.Max.Y
	}
	rings := func(c *mapdata.Country) {
		for _, ring := range c.Rings {
			for j, p := range w.Points[ring.Start:ring.End] {
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
		c := &w.Countries[i]
		if !visible(c) {
			continue
		}
		rings(c)
		if scen != nil {
			dc.SetColor(scen.Fill(c.Code))
		} else {
			dc.SetColor(scene.Fill(m, c.Code))
		}
		dc.Fill()
	}
	dc.SetLineJoin(gg.LineJoinRound)
	stroke := func(c color.Color, width float64) {
		dc.SetColor(c)
		dc.SetLineWidth(width)
		dc.Stroke()
	}
	for i := range w.Countries {
		if visible(&w.Countries[i]) {
			rings(&w.Countries[i])
		}
	}
	stroke(style.Border, style.BorderWidth*k)
	ix := hittest.New(w)
	for i := range w.Countries {
		if ix.Tiny(i, t, hittest.Options{TinyPx: style.MarkerTinyPx * k}) {
			p := t.Apply(w.Countries[i].Label)
			dc.DrawCircle(p.X, p.Y, style.MarkerRadius*k)
			stroke(style.Marker, style.MarkerWidth*k)
		}
	}
	if ds == nil {
		return
	}
	if scen != nil {
		for _, code := range scen.Fillers() {
			if i := w.Index(code); i >= 0 {
				rings(&w.Countries[i])
				stroke(style.GapFiller, style.GapFillerWidth*k)
			}
		}
		st.Layers = []string{}
	}
	if st.LayerOn(urlstate.LayerBlocs) {
		for _, ol := range scene.Outlines(ds, o.At) {
			if i := w.Index(ol.Code); i >= 0 {
				for _, ring := range scene.OutlineRings(w, &w.Countries[i], t.Scale/k) {
					for j, p := range w.Points[ring.Start:ring.End] {
						s := t.Apply(p)
						if j == 0 {
							dc.MoveTo(s.X, s.Y)
						} else {
							dc.LineTo(s.X, s.Y)
						}
					}
					dc.ClosePath()
				}
				stroke(ol.Colour, ol.Width*k)
			}
		}
	}
	if i := w.Index(st.Country); i >= 0 {
		// The selection, as the live map highlights it.
		fill := style.Selected
		switch {
		case scen != nil:
			fill = scen.Fill(st.Country)
		case m != nil:
			fill = scene.Fill(m, st.Country)
		}
		rings(&w.Countries[i])
		dc.SetColor(fill)
		dc.FillPreserve()
		stroke(style.Border, (style.SelectedEdgeWidth+style.HaloWidth)*k)
		rings(&w.Countries[i])
		stroke(style.SelEdge, style.SelectedEdgeWidth*k)
		if ix.Tiny(i, t, hittest.Options{TinyPx: style.PickTinyPx * k, RadiusPx: style.PickRadius * k}) {
			p := t.Apply(w.Countries[i].Label)
			dc.DrawCircle(p.X, p.Y, style.TinyDotRadius*k)
			dc.SetColor(style.SelEdge)
			dc.Fill()
		}
	}
	// As on the live map: fans bundled, the selection's ties whole.
	// Flows thin on small maps (style.FlowScale), as on the live map.
	fk := k * style.FlowScale(r.Dx()/k)
	for _, a := range scene.Bundle(scene.ArcsFor(ds, w, o.At, st.Mineral, st.LayerOn), w, scene.BundleOptions{Except: st.Country}) {
		suspended := a.Type == dataset.ExportControl && !dataset.ControlActive(ds.Ties[a.Ties[0]], o.At)
		dimmed := st.Country != "" && a.From != st.Country && a.To != st.Country
		c := premultiplied(style.WithAlpha(a.Colour, style.ArcAlpha(suspended, dimmed, false)))
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
			stroke(c, a.Width*fk)
		}
		if n := len(last); n >= 2 && !a.Trunk {
			if head, ok := style.Arrowhead(last[n-2], last[n-1], style.ArrowLength(a.Width)*fk); ok {
				dc.MoveTo(head[0].X, head[0].Y)
				dc.LineTo(head[1].X, head[1].Y)
				dc.LineTo(head[2].X, head[2].Y)
				dc.ClosePath()
				dc.SetColor(c)
				dc.Fill()
			}
		}
	}
	if st.LayerOn(urlstate.LayerControls) && len(scene.ControlsOnAll(ds, o.At)) > 0 {
		if i := w.Index("CHN"); i >= 0 {
			p := t.Apply(w.Countries[i].Label)
			for _, ring := range style.ControlRings {
				dc.DrawCircle(p.X, p.Y, ring.Radius*fk)
				stroke(style.China, ring.Width*fk)
			}
		}
	}
}

// premultiplied converts a straight-alpha colour into the premultiplied
// form image/color's RGBA means.
func premultiplied(c color.RGBA) color.RGBA {
	a := uint32(c.A)
	return color.RGBA{uint8(uint32(c.R) * a / 255), uint8(uint32(c.G) * a / 255), uint8(uint32(c.B) * a / 255), c.A}
}
