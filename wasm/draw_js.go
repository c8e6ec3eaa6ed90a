package main

import (
	"fmt"
	"image/color"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
	"paxsilica/internal/view/urlstate"
)

type colour = color.RGBA

// fillOf is country i's fill on the base map: its class of the chosen
// mineral, or plain land.
func (g *game) fillOf(i int) colour {
	if r := g.ex.Scenario(); r != nil {
		return r.Fill(g.world().Countries[i].Code) // by exposure
	}
	var m *dataset.Mineral
	if ds, id := g.ex.Data(), g.ex.State().Mineral; ds != nil && id != "" {
		if mm, ok := ds.Mineral(id); ok {
			m = mm.At(g.ex.At()) // the figures of the year that applies at the date
		}
	}
	return scene.Fill(m, g.world().Countries[i].Code)
}

// baseKeyNow says what the base image depends on besides the transform.
func (g *game) baseKeyNow() string {
	return fmt.Sprintf("%dx%d|%s|%s|%v|%v|%s", g.m.W, g.m.H, g.ex.State().Mineral, g.ex.At(), g.ex.State().LayerOn(urlstate.LayerBlocs), g.ex.Data() != nil, g.ex.ScenarioKey())
}

func (g *game) Draw(screen *ebiten.Image) {
	start := time.Now()
	var renderMs float64
	t := g.m.Transform()
	moving := g.m.Moving()
	markOnce("first-draw")
	if key := g.baseKeyNow(); g.r.base == nil || key != g.r.baseKey || (!moving && t != g.r.baseT) {
		g.renderBase(t)
		g.r.baseKey, g.r.baseT = key, t
		renderMs = float64(time.Since(start).Microseconds()) / 1000
		if g.r.frames == 0 {
			mark("first-render")
		}
	}
	screen.Fill(style.Sea)
	e := g.m.Eased()
	if e < 1 {
		// Between renders the cached map follows the camera: scaled and moved.
		op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
		s := t.Scale / g.r.baseT.Scale
		op.GeoM.Scale(s, s)
		op.GeoM.Translate(t.Offset.X-g.r.baseT.Offset.X*s, t.Offset.Y-g.r.baseT.Offset.Y*s)
		op.ColorScale.ScaleAlpha(float32(1 - e))
		screen.DrawImage(g.r.base, op)
	}
	g.r.overlay.reset()
	g.r.overlay.clip = geo.Rect{Max: geo.Point{X: float64(g.m.W), Y: float64(g.m.H)}}
	if e < 1 {
		g.drawHighlights(t)
		g.drawArcs(t, 1-e)
	}
	if e > 0 {
		g.drawNetwork(t, e)
	}
	if g.ui.keyboardFocus() {
		// Focus ring around the map area and the cursor Enter selects under.
		r := g.m.VP
		ring := []geo.Point{{X: r.Min.X + g.m.DPR, Y: r.Min.Y + g.m.DPR}, {X: r.Max.X - g.m.DPR, Y: r.Min.Y + g.m.DPR}, {X: r.Max.X - g.m.DPR, Y: r.Max.Y - g.m.DPR}, {X: r.Min.X + g.m.DPR, Y: r.Max.Y - g.m.DPR}}
		g.r.overlay.stroke(ring, style.FocusRingWidth*g.m.DPR, style.Accent)
		c := g.m.VP.Center()
		for _, w := range []struct {
			w float64
			c colour
		}{{style.FocusCrossHalo * g.m.DPR, style.Border}, {style.FocusCrossWidth * g.m.DPR, style.Focus}} {
			d := style.FocusCrossArm * g.m.DPR
			g.r.overlay.polyline([]geo.Point{{X: c.X - d, Y: c.Y}, {X: c.X + d, Y: c.Y}}, w.w, w.c)
			g.r.overlay.polyline([]geo.Point{{X: c.X, Y: c.Y - d}, {X: c.X, Y: c.Y + d}}, w.w, w.c)
		}
	}
	g.r.overlay.draw(screen)
	g.updateLabels(t)
	g.r.frames++
	g.ui.frameDrawn(g.r.frames, float64(time.Since(start).Microseconds())/1000, renderMs)
	if g.r.frames == 1 {
		mark("first-frame")
		g.ui.announceReady()
		g.ex.Ready(float64(g.m.W) / g.m.DPR)
		mark("ready")
		g.ui.takeEarlyInput()
		close(firstDrawn)
	}
	if g.ex.Data() != nil {
		markOnce("data-drawn") // the first frame with the dataset: its layers and colours
	}
	frameEnds()
}

// screenRing returns the world's points s[0]:s[1] (a ring) on screen at t,
// into buf.
func (g *game) screenRing(t projection.Transform, s [2]int, buf []geo.Point) []geo.Point {
	buf = buf[:0]
	for _, p := range g.world().Points[s[0]:s[1]] {
		buf = append(buf, t.Apply(p))
	}
	return buf
}

// renderBase renders every country (coloured by the mineral), the borders,
// the markers of tiny countries and the bloc outlines into the cached base
// image at transform t. It runs on change, never while idle or mid-gesture.
func (g *game) renderBase(t projection.Transform) {
	if g.r.base == nil || g.r.base.Bounds().Dx() != g.m.W || g.r.base.Bounds().Dy() != g.m.H {
		if g.r.base != nil {
			g.r.base.Deallocate()
		}
		g.r.base = ebiten.NewImage(max(1, g.m.W), max(1, g.m.H))
	}
	g.r.base.Fill(style.Sea)
	pts := make([]geo.Point, len(g.world().Points))
	for i, p := range g.world().Points {
		pts[i] = t.Apply(p)
	}
	m := &g.r.scratch
	m.reset()
	m.clip = geo.Rect{Max: geo.Point{X: float64(g.m.W), Y: float64(g.m.H)}}
	for i := range g.world().Countries {
		c := &g.world().Countries[i]
		m.fill(pts, c.Vertices.Start, c.Vertices.End, g.world().Indices[c.Triangles.Start:c.Triangles.End], g.fillOf(i))
	}
	m.draw(g.r.base)
	m.reset()
	bw := style.BorderWidth * g.m.DPR
	for i := range g.world().Countries {
		for _, r := range g.world().Countries[i].Rings {
			m.stroke(pts[r.Start:r.End], bw, style.Border)
		}
	}
	for i := range g.world().Countries {
		if g.m.HasMarker(i, t) {
			m.circle(t.Apply(g.world().Countries[i].Label), style.MarkerRadius*g.m.DPR, style.MarkerWidth*g.m.DPR, style.Marker)
		}
	}
	if r := g.ex.Scenario(); r != nil {
		// The producers that could fill the gap; bloc outlines would
		// compete with them, so the scenario shows none.
		for _, code := range r.Fillers() {
			if i := g.world().Index(code); i >= 0 {
				for _, ring := range g.world().Countries[i].Rings {
					m.stroke(pts[ring.Start:ring.End], style.GapFillerWidth*g.m.DPR, style.GapFiller)
				}
			}
		}
	} else if g.ex.Data() != nil && g.ex.State().LayerOn(urlstate.LayerBlocs) {
		for _, o := range scene.Outlines(g.ex.Data(), g.ex.At()) {
			if i := g.world().Index(o.Code); i >= 0 {
				for _, r := range scene.OutlineRings(g.world(), &g.world().Countries[i], t.Scale/g.m.DPR) {
					m.stroke(pts[r.Start:r.End], o.Width*g.m.DPR, o.Colour)
				}
			}
		}
	}
	m.draw(g.r.base)
	m.reset()
}

// drawHighlights draws the hovered and selected countries over the map.
func (g *game) drawHighlights(t projection.Transform) {
	var buf []geo.Point
	country := func(i int, fill colour, edge colour, w float64) {
		c := &g.world().Countries[i]
		pts := make([]geo.Point, c.Vertices.Len())
		for k, p := range g.world().Points[c.Vertices.Start:c.Vertices.End] {
			pts[k] = t.Apply(p)
		}
		idx := g.world().Indices[c.Triangles.Start:c.Triangles.End]
		g.r.overlay.fill(pts, 0, len(pts), rebase(idx, c.Vertices.Start), fill)
		for _, r := range c.Rings {
			buf = g.screenRing(t, [2]int{r.Start, r.End}, buf)
			if w > style.HaloFrom*g.m.DPR {
				g.r.overlay.stroke(buf, w+style.HaloWidth*g.m.DPR, style.Border)
			}
			g.r.overlay.stroke(buf, w, edge)
		}
		if g.m.Tiny(i, t) {
			g.r.overlay.disc(t.Apply(c.Label), style.TinyDotRadius*g.m.DPR, edge)
		}
	}
	hover, _ := g.ex.Hovered()
	if hover >= 0 && hover != g.ex.Selected() {
		f := style.Hover
		if g.ex.State().Mineral != "" {
			f = style.Darker(g.fillOf(hover), style.HoverDarken)
		}
		country(hover, f, style.Marker, style.HoverEdgeWidth*g.m.DPR)
	}
	if g.ex.Selected() >= 0 {
		f := style.Selected
		if g.ex.State().Mineral != "" {
			f = g.fillOf(g.ex.Selected())
		}
		country(g.ex.Selected(), f, style.SelEdge, style.SelectedEdgeWidth*g.m.DPR)
	}
}

// rebase shifts absolute indices to start at zero.
func rebase(idx []uint32, first int) []uint32 {
	out := make([]uint32, len(idx))
	for i, k := range idx {
		out[i] = k - uint32(first)
	}
	return out
}

// drawArcs draws the ties as arcs with arrowheads, and rings around China
// for controls on all destinations; alpha fades them during the change of
// view.
func (g *game) drawArcs(t projection.Transform, alpha float64) {
	if g.ex.Data() == nil {
		return
	}
	at := g.ex.At()
	var sel string
	if g.ex.Selected() >= 0 {
		sel = g.world().Countries[g.ex.Selected()].Code
	}
	_, hoverArc := g.ex.Hovered()
	// Flows thin on small maps (style.FlowScale), in device px.
	k := style.FlowScale(g.m.VP.Dx()/g.m.DPR) * g.m.DPR
	for i, a := range g.ex.Arcs() {
		w := a.Width
		suspended := a.Type == dataset.ExportControl && !dataset.ControlActive(g.ex.Data().Ties[a.Ties[0]], at)
		dimmed := sel != "" && a.From != sel && a.To != sel
		highlighted := i == hoverArc || i == g.ex.SelectedArc()
		if highlighted {
			w += style.ArcHighlightWidth
		}
		c := style.WithAlpha(a.Colour, style.ArcAlpha(suspended, dimmed, highlighted)*alpha)
		var last []geo.Point
		for _, piece := range a.Pieces {
			sp := make([]geo.Point, len(piece))
			for k, p := range piece {
				sp[k] = t.Apply(p)
			}
			g.r.overlay.polyline(sp, w*k, c)
			last = sp
		}
		if n := len(last); n >= 2 && !a.Trunk {
			g.r.overlay.arrow(last[n-2], last[n-1], style.ArrowLength(w)*k, c)
		}
	}
	if len(g.ex.ControlsOnAll()) > 0 {
		if i := g.world().Index("CHN"); i >= 0 {
			p := t.Apply(g.world().Countries[i].Label)
			c := style.WithAlpha(style.China, alpha)
			for _, r := range style.ControlRings {
				g.r.overlay.circle(p, r.Radius*k, r.Width*k, c)
			}
		}
	}
}
