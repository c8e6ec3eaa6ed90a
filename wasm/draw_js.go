package main

import (
	"fmt"
	"image/color"
	"math"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/geo/arcs"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/scene"
	"paxsilica/internal/scene/labels"
	"paxsilica/internal/style"
	"paxsilica/internal/view/urlstate"
)

type colour = color.RGBA

func ease(t float64) float64 { return t * t * (3 - 2*t) }

// fillOf is country i's fill on the base map: its class of the chosen
// mineral, or plain land.
func (g *game) fillOf(i int) colour {
	var m *dataset.Mineral
	if g.data != nil && g.st.Mineral != "" {
		m, _ = g.data.Mineral(g.st.Mineral)
	}
	return scene.Fill(m, g.world.Countries[i].Code)
}

// baseKeyNow says what the base image depends on besides the transform.
func (g *game) baseKeyNow() string {
	return fmt.Sprintf("%dx%d|%s|%s|%v|%v", g.w, g.h, g.st.Mineral, g.at(), g.st.LayerOn(urlstate.LayerBlocs), g.data != nil)
}

func (g *game) Draw(screen *ebiten.Image) {
	start := time.Now()
	var renderMs float64
	t := g.transform()
	moving := !g.lastMove.IsZero()
	if key := g.baseKeyNow(); g.base == nil || key != g.baseKey || (!moving && t != g.baseT) {
		g.renderBase(t)
		g.baseKey, g.baseT = key, t
		renderMs = float64(time.Since(start).Microseconds()) / 1000
	}
	screen.Fill(style.Sea)
	e := ease(g.netT)
	if e < 1 {
		// Between renders the cached map follows the camera: scaled and moved.
		op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
		s := t.Scale / g.baseT.Scale
		op.GeoM.Scale(s, s)
		op.GeoM.Translate(t.Offset.X-g.baseT.Offset.X*s, t.Offset.Y-g.baseT.Offset.Y*s)
		op.ColorScale.ScaleAlpha(float32(1 - e))
		screen.DrawImage(g.base, op)
	}
	g.overlay.reset()
	g.overlay.clip = geo.Rect{Max: geo.Point{X: float64(g.w), Y: float64(g.h)}}
	if e < 1 {
		g.drawHighlights(t)
		g.drawArcs(t, 1-e)
	}
	if e > 0 {
		g.drawNetwork(t, e)
	}
	if g.ui.keyboardFocus() {
		// Focus ring around the map area and the cursor Enter selects under.
		r := g.vp
		ring := []geo.Point{{X: r.Min.X + g.dpr, Y: r.Min.Y + g.dpr}, {X: r.Max.X - g.dpr, Y: r.Min.Y + g.dpr}, {X: r.Max.X - g.dpr, Y: r.Max.Y - g.dpr}, {X: r.Min.X + g.dpr, Y: r.Max.Y - g.dpr}}
		g.overlay.stroke(ring, style.FocusRingWidth*g.dpr, style.Accent)
		c := g.vp.Center()
		for _, w := range []struct {
			w float64
			c colour
		}{{style.FocusCrossHalo * g.dpr, style.Border}, {style.FocusCrossWidth * g.dpr, style.Focus}} {
			d := style.FocusCrossArm * g.dpr
			g.overlay.polyline([]geo.Point{{X: c.X - d, Y: c.Y}, {X: c.X + d, Y: c.Y}}, w.w, w.c)
			g.overlay.polyline([]geo.Point{{X: c.X, Y: c.Y - d}, {X: c.X, Y: c.Y + d}}, w.w, w.c)
		}
	}
	g.overlay.draw(screen)
	g.updateLabels(t)
	g.frames++
	g.ui.frameDrawn(g.frames, float64(time.Since(start).Microseconds())/1000, renderMs)
	if !g.ready {
		g.ready = true
		g.ui.announceReady(g.msg)
		g.askHeight(float64(g.w) / g.dpr)
	}
	frameEnds()
}

// screenRing returns ring r of country c on screen at t, into buf.
func (g *game) screenRing(t projection.Transform, s [2]int, buf []geo.Point) []geo.Point {
	buf = buf[:0]
	for _, p := range g.world.Points[s[0]:s[1]] {
		buf = append(buf, t.Apply(p))
	}
	return buf
}

// renderBase renders every country (coloured by the mineral), the borders,
// the markers of tiny countries and the bloc outlines into the cached base
// image at transform t. It runs on change, never while idle or mid-gesture.
func (g *game) renderBase(t projection.Transform) {
	if g.base == nil || g.base.Bounds().Dx() != g.w || g.base.Bounds().Dy() != g.h {
		if g.base != nil {
			g.base.Deallocate()
		}
		g.base = ebiten.NewImage(max(1, g.w), max(1, g.h))
	}
	g.base.Fill(style.Sea)
	pts := make([]geo.Point, len(g.world.Points))
	for i, p := range g.world.Points {
		pts[i] = t.Apply(p)
	}
	m := &g.scratch
	m.reset()
	m.clip = geo.Rect{Max: geo.Point{X: float64(g.w), Y: float64(g.h)}}
	for i := range g.world.Countries {
		c := &g.world.Countries[i]
		m.fill(pts, c.Vertices.Start, c.Vertices.End, g.world.Indices[c.Triangles.Start:c.Triangles.End], g.fillOf(i))
	}
	m.draw(g.base)
	m.reset()
	bw := style.BorderWidth * g.dpr
	for i := range g.world.Countries {
		for _, r := range g.world.Countries[i].Rings {
			m.stroke(pts[r.Start:r.End], bw, style.Border)
		}
	}
	for i := range g.world.Countries {
		if g.hasMarker(i, t) {
			m.circle(t.Apply(g.world.Countries[i].Label), style.MarkerRadius*g.dpr, style.MarkerWidth*g.dpr, style.Marker)
		}
	}
	if g.data != nil && g.st.LayerOn(urlstate.LayerBlocs) {
		for _, o := range scene.Outlines(g.data, g.at()) {
			if i := g.world.Index(o.Code); i >= 0 {
				for _, r := range scene.OutlineRings(g.world, &g.world.Countries[i], t.Scale/g.dpr) {
					m.stroke(pts[r.Start:r.End], o.Width*g.dpr, o.Colour)
				}
			}
		}
	}
	m.draw(g.base)
	m.reset()
}

// drawHighlights draws the hovered and selected countries over the map.
func (g *game) drawHighlights(t projection.Transform) {
	var buf []geo.Point
	country := func(i int, fill colour, edge colour, w float64) {
		c := &g.world.Countries[i]
		pts := make([]geo.Point, c.Vertices.Len())
		for k, p := range g.world.Points[c.Vertices.Start:c.Vertices.End] {
			pts[k] = t.Apply(p)
		}
		idx := g.world.Indices[c.Triangles.Start:c.Triangles.End]
		g.overlay.fill(pts, 0, len(pts), rebase(idx, c.Vertices.Start), fill)
		for _, r := range c.Rings {
			buf = g.screenRing(t, [2]int{r.Start, r.End}, buf)
			if w > style.HaloFrom*g.dpr {
				g.overlay.stroke(buf, w+style.HaloWidth*g.dpr, style.Border)
			}
			g.overlay.stroke(buf, w, edge)
		}
		if g.index.Tiny(i, t, g.pickOptions()) {
			g.overlay.disc(t.Apply(c.Label), style.TinyDotRadius*g.dpr, edge)
		}
	}
	if g.hover >= 0 && g.hover != g.selected {
		f := style.Hover
		if g.st.Mineral != "" {
			f = style.Darker(g.fillOf(g.hover), style.HoverDarken)
		}
		country(g.hover, f, style.Marker, style.HoverEdgeWidth*g.dpr)
	}
	if g.selected >= 0 {
		f := style.Selected
		if g.st.Mineral != "" {
			f = g.fillOf(g.selected)
		}
		country(g.selected, f, style.SelEdge, style.SelectedEdgeWidth*g.dpr)
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
	if g.data == nil {
		return
	}
	at := g.at()
	var sel string
	if g.selected >= 0 {
		sel = g.world.Countries[g.selected].Code
	}
	for i, a := range g.arcs {
		w := a.Width
		suspended := a.Type == dataset.ExportControl && !dataset.ControlActive(g.data.Ties[a.Ties[0]], at)
		dimmed := sel != "" && a.From != sel && a.To != sel
		highlighted := i == g.hoverArc || i == g.selArc
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
			g.overlay.polyline(sp, w*g.dpr, c)
			last = sp
		}
		if n := len(last); n >= 2 && !a.Trunk {
			g.overlay.arrow(last[n-2], last[n-1], style.ArrowLength(w)*g.dpr, c)
		}
	}
	if len(g.onAll) > 0 {
		if i := g.world.Index("CHN"); i >= 0 {
			p := t.Apply(g.world.Countries[i].Label)
			c := style.WithAlpha(style.China, alpha)
			for _, r := range style.ControlRings {
				g.overlay.circle(p, r.Radius*g.dpr, r.Width*g.dpr, c)
			}
		}
	}
}

// nodeAt returns node i's screen position: between its country on the map
// and its place in the network, by the eased transition e.
func (g *game) nodeAt(i int, t projection.Transform, e float64) geo.Point {
	n := g.graph.Nodes[i]
	var m geo.Point
	if ci := g.world.Index(n.Code); ci >= 0 {
		m = t.Apply(g.world.Countries[ci].Label)
	}
	pad := 48 * g.dpr
	c := g.vp.Center()
	net := geo.Point{X: c.X + n.Pos.X*(g.vp.Dx()/2-pad), Y: c.Y + n.Pos.Y*(g.vp.Dy()/2-pad)}
	return geo.Point{X: m.X + (net.X-m.X)*e, Y: m.Y + (net.Y-m.Y)*e}
}

func (g *game) nodeRadius(i int) float64 {
	return style.NodeRadius(g.graph.Nodes[i].Degree) * g.dpr
}

// drawNetwork draws the countries as nodes and the ties as edges.
func (g *game) drawNetwork(t projection.Transform, e float64) {
	if g.graph == nil {
		return
	}
	at := g.at()
	sel := -1
	if g.selected >= 0 {
		sel = g.graph.Node(g.world.Countries[g.selected].Code)
	}
	for _, ed := range g.graph.Edges {
		tie := g.data.Ties[ed.Tie]
		if !dataset.On(tie.Date, at) || !g.st.LayerOn(scene.LayerOf(ed.Type)) {
			continue
		}
		op := style.EdgeOpacity
		if sel >= 0 {
			op = style.EdgeDimmed
			if ed.A == sel || ed.B == sel {
				op = style.EdgeSelected
			}
		}
		g.overlay.polyline([]geo.Point{g.nodeAt(ed.A, t, e), g.nodeAt(ed.B, t, e)}, style.EdgeWidth*g.dpr, style.WithAlpha(style.Ties[ed.Type], op*e))
	}
	cols := style.Groups
	for i, n := range g.graph.Nodes {
		p, r := g.nodeAt(i, t, e), g.nodeRadius(i)
		fill, rim := cols[n.Group], style.Border
		if ci := g.world.Index(n.Code); ci >= 0 && g.st.Mineral != "" {
			// The chosen mineral colours the nodes as it does the map; the
			// group shows as the rim.
			fill, rim = g.fillOf(ci), cols[n.Group]
		}
		g.overlay.disc(p, r+style.NodeRim*g.dpr, style.WithAlpha(rim, e))
		g.overlay.disc(p, r, style.WithAlpha(fill, e))
		if i == sel {
			g.overlay.circle(p, r+style.SelectedNodeGap*g.dpr, style.SelectedNodeWidth*g.dpr, style.WithAlpha(style.SelEdge, e))
		} else if ci := g.world.Index(n.Code); ci >= 0 && ci == g.hover {
			g.overlay.circle(p, r+style.HoverNodeGap*g.dpr, style.HoverNodeWidth*g.dpr, style.WithAlpha(style.Marker, e))
		}
	}
}

// pick returns the country under a point given in CSS pixels, or -1: in the
// network, the node within reach.
func (g *game) pick(css geo.Point) int {
	p := geo.Point{X: css.X * g.dpr, Y: css.Y * g.dpr}
	if g.netTarget == 1 && g.graph != nil {
		t, e := g.transform(), ease(g.netT)
		best, bestD := -1, math.Inf(1)
		for i := range g.graph.Nodes {
			q := g.nodeAt(i, t, e)
			if d := math.Hypot(q.X-p.X, q.Y-p.Y); d <= g.nodeRadius(i)+5*g.dpr && d < bestD {
				best, bestD = i, d
			}
		}
		if best < 0 {
			return -1
		}
		return g.world.Index(g.graph.Nodes[best].Code)
	}
	return g.index.Pick(g.transform(), p, g.pickOptions())
}

// arcAt returns the arc under a point (CSS pixels) in the map view, or -1.
func (g *game) arcAt(css geo.Point) int {
	if g.netTarget == 1 {
		return -1
	}
	p := geo.Point{X: css.X * g.dpr, Y: css.Y * g.dpr}
	t := g.transform()
	best, bestD := -1, 5*g.dpr
	ends := 14 * g.dpr // near its ends an arc yields to the country it touches
	for i, a := range g.arcs {
		if len(a.Pieces) == 0 {
			continue
		}
		first := t.Apply(a.Pieces[0][0])
		lastPiece := a.Pieces[len(a.Pieces)-1]
		last := t.Apply(lastPiece[len(lastPiece)-1])
		if math.Hypot(p.X-first.X, p.Y-first.Y) < ends || math.Hypot(p.X-last.X, p.Y-last.Y) < ends {
			continue
		}
		for _, piece := range a.Pieces {
			sp := make([]geo.Point, len(piece))
			for k, q := range piece {
				sp[k] = t.Apply(q)
			}
			if d := arcs.Distance(p, sp) - a.Width*g.dpr/2; d < bestD {
				best, bestD = i, d
			}
		}
	}
	return best
}

// updateHover finds what is under the pointer, highlights it and explains
// it in the tooltip.
func (g *game) updateHover() {
	pos, inside := g.ui.pointerState()
	h, ha := -1, -1
	if inside {
		if ha = g.arcAt(pos); ha < 0 {
			h = g.pick(pos)
		}
	}
	if h != g.hover || ha != g.hoverArc {
		g.hover, g.hoverArc = h, ha
		if h >= 0 || ha >= 0 {
			ebiten.SetCursorShape(ebiten.CursorShapePointer)
		} else {
			ebiten.SetCursorShape(ebiten.CursorShapeDefault)
		}
		scheduleFrame()
	}
	// The tooltip follows the pointer and the state (mineral, date); the DOM
	// is touched only when its text or place changes.
	text := g.tooltip(h, ha)
	if text != g.tipText || (text != "" && pos != g.tipPos) {
		g.tipText, g.tipPos = text, pos
		g.ui.showTooltip(text, pos.X, pos.Y)
	}
}

// tooltip is the text for a hovered country (with the current measure) or arc.
func (g *game) tooltip(h, ha int) string {
	switch {
	case ha >= 0 && g.data != nil:
		a := g.arcs[ha]
		s := g.data.TieLine(g.data.Ties[a.Ties[0]], g.at()).Text
		if len(a.Ties) > 1 {
			s += fmt.Sprintf(" (and %d more)", len(a.Ties)-1)
		}
		return s + " Click for sources."
	case h >= 0:
		c := &g.world.Countries[h]
		if g.data == nil {
			return c.Name
		}
		if m, ok := g.data.Mineral(g.st.Mineral); ok {
			for _, p := range m.Producers {
				if p.Country == c.Code {
					if s, computed, ok := m.Share(p); ok {
						extra := ""
						if computed {
							extra = " (computed)"
						}
						return fmt.Sprintf("%s — %s: %s of world output%s, %s", c.Name, m.Name, dataset.Percent(s), extra, dataset.Ordinal(p.Rank))
					}
					return c.Name + " — " + m.Name + ": leading producer"
				}
			}
			return c.Name + " — " + m.Name + ": no recorded output"
		}
		return c.Name
	}
	return ""
}

// updateLabels places country (or node) names that do not overlap, when the
// view has changed.
func (g *game) updateLabels(t projection.Transform) {
	key := fmt.Sprintf("%v|%.3f|%d|%d", t, g.netT, g.selected, g.w)
	if key == g.labelsKey {
		return
	}
	g.labelsKey = key
	d := g.dpr
	view := geo.Rect{Min: geo.Point{X: g.vp.Min.X / d, Y: g.vp.Min.Y / d}, Max: geo.Point{X: g.vp.Max.X / d, Y: g.vp.Max.Y / d}}
	var cands []labels.Candidate
	textW := func(s string) float64 { return float64(len([]rune(s)))*6.6 + 4 }
	selCode := ""
	if g.selected >= 0 {
		selCode = g.world.Countries[g.selected].Code
	}
	if g.netT < 0.5 {
		for i := range g.world.Countries {
			c := &g.world.Countries[i]
			// Label countries whose land (not their islands' spread) is
			// large enough on screen to carry the name.
			side := math.Sqrt(c.Area) * t.Scale / d
			tw := textW(c.Name)
			if i != g.selected && (side < 40 || tw > side*2) {
				continue
			}
			p := t.Apply(c.Label)
			cands = append(cands, labels.Candidate{ID: c.Code, Text: c.Name, At: geo.Point{X: p.X / d, Y: p.Y / d},
				W: tw, H: 14, Priority: c.Area, Force: i == g.selected})
		}
	} else if g.graph != nil {
		e := ease(g.netT)
		for i, n := range g.graph.Nodes {
			if n.Degree < 6 && n.Code != selCode {
				continue
			}
			name := n.Code
			if ci := g.world.Index(n.Code); ci >= 0 {
				name = g.world.Countries[ci].Name
			}
			p, r := g.nodeAt(i, t, e), g.nodeRadius(i)
			tw := textW(name)
			cands = append(cands, labels.Candidate{ID: n.Code, Text: name,
				At: geo.Point{X: (p.X+r)/d + tw/2 + 3, Y: p.Y / d}, W: tw, H: 14, Priority: float64(n.Degree), Force: n.Code == selCode})
		}
	}
	g.ui.showLabels(labels.Place(cands, view, 2), selCode)
}
