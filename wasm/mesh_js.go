package main

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"paxsilica/internal/geo"
	"paxsilica/internal/style"
)

// mesh is a batch of coloured triangles for one DrawTriangles32 call.
type mesh struct {
	v []ebiten.Vertex
	i []uint32
	// clip, when not empty, is the screen: lines and triangles wholly outside
	// it are left out. Zoomed in, most of an arc lies far off screen, and such
	// vertices stall WebGL's buffer uploads in software rendering.
	clip geo.Rect
	// scratchRing is reused by stroke for the decimated ring.
	scratchRing []geo.Point
}

func (m *mesh) reset() { m.v, m.i = m.v[:0], m.i[:0] }

func vertex(p geo.Point, c color.RGBA) ebiten.Vertex {
	return ebiten.Vertex{
		DstX: float32(p.X), DstY: float32(p.Y), SrcX: 1, SrcY: 1,
		ColorR: float32(c.R) / 255, ColorG: float32(c.G) / 255,
		ColorB: float32(c.B) / 255, ColorA: float32(c.A) / 255,
	}
}

// fill adds triangles over screen points pts (indices absolute in pts,
// rebased to this mesh).
func (m *mesh) fill(pts []geo.Point, first, last int, idx []uint32, c color.RGBA) {
	base := uint32(len(m.v))
	for _, p := range pts[first:last] {
		m.v = append(m.v, vertex(p, c))
	}
	for t := 0; t+2 < len(idx); t += 3 {
		p, q, r := pts[idx[t]], pts[idx[t+1]], pts[idx[t+2]]
		if m.clip.Dx() > 0 && (max(p.X, q.X, r.X) < m.clip.Min.X || min(p.X, q.X, r.X) > m.clip.Max.X ||
			max(p.Y, q.Y, r.Y) < m.clip.Min.Y || min(p.Y, q.Y, r.Y) > m.clip.Max.Y) {
			continue
		}
		o := base - uint32(first)
		m.i = append(m.i, idx[t]+o, idx[t+1]+o, idx[t+2]+o)
	}
}

// stroke adds a closed outline of ring r (screen points) as quads of width
// w. Vertices closer than w/2 (at least 0.8 px) to the last one kept are
// skipped: at world scale most border vertices are sub-pixel, and skipping
// them cuts the map's re-render several times over with no visible change.
func (m *mesh) stroke(r []geo.Point, w float64, c color.RGBA) {
	h := w / 2
	minStep := max(h, 0.8)
	kept := m.scratchRing[:0]
	for k, p := range r {
		if k == 0 || math.Hypot(p.X-kept[len(kept)-1].X, p.Y-kept[len(kept)-1].Y) >= minStep {
			kept = append(kept, p)
		}
	}
	m.scratchRing = kept
	if len(kept) < 2 {
		return
	}
	for k := range kept {
		// Extended along the edge by h, so that joints have no notches.
		m.segment(kept[k], kept[(k+1)%len(kept)], h, h, c)
	}
}

// segment adds the quad of a line from a to b, half-width h, extended by ext
// beyond both ends.
func (m *mesh) segment(a, b geo.Point, h, ext float64, c color.RGBA) {
	if m.clip.Dx() > 0 {
		e := h + ext
		if max(a.X, b.X)+e < m.clip.Min.X || min(a.X, b.X)-e > m.clip.Max.X ||
			max(a.Y, b.Y)+e < m.clip.Min.Y || min(a.Y, b.Y)-e > m.clip.Max.Y {
			return
		}
	}
	dx, dy := b.X-a.X, b.Y-a.Y
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	nx, ny := -dy/l*h, dx/l*h
	ex, ey := dx/l*ext, dy/l*ext
	base := uint32(len(m.v))
	m.v = append(m.v,
		vertex(geo.Point{X: a.X + nx - ex, Y: a.Y + ny - ey}, c),
		vertex(geo.Point{X: b.X + nx + ex, Y: b.Y + ny + ey}, c),
		vertex(geo.Point{X: b.X - nx + ex, Y: b.Y - ny + ey}, c),
		vertex(geo.Point{X: a.X - nx - ex, Y: a.Y - ny - ey}, c))
	m.i = append(m.i, base, base+1, base+2, base, base+2, base+3)
}

// disc adds a filled circle of radius r at p.
func (m *mesh) disc(p geo.Point, r float64, c color.RGBA) {
	const n = 16
	base := uint32(len(m.v))
	m.v = append(m.v, vertex(p, c))
	for k := range n {
		a := 2 * math.Pi * float64(k) / n
		m.v = append(m.v, vertex(geo.Point{X: p.X + r*math.Cos(a), Y: p.Y + r*math.Sin(a)}, c))
	}
	for k := range uint32(n) {
		m.i = append(m.i, base, base+1+k, base+1+(k+1)%n)
	}
}

// circle adds a ring outline of radius r and width w at p.
func (m *mesh) circle(p geo.Point, r, w float64, c color.RGBA) {
	const n = 20
	pts := make([]geo.Point, n)
	for k := range n {
		a := 2 * math.Pi * float64(k) / n
		pts[k] = geo.Point{X: p.X + r*math.Cos(a), Y: p.Y + r*math.Sin(a)}
	}
	m.stroke(pts, w, c)
}

// whitePixel is the source image for untextured triangles.
// Vertices sample its centre pixel (1, 1), away from any edge.
var whitePixel = func() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img
}()

// draw renders the mesh into dst in one DrawTriangles32 call, without
// anti-aliasing: DrawTrianglesOptions.AntiAlias is deprecated since Ebiten
// v2.9 (for vector.FillPath, which draws paths, not a prepared batch of
// triangles).
func (m *mesh) draw(dst *ebiten.Image) {
	if len(m.i) == 0 {
		return
	}
	dst.DrawTriangles32(m.v, m.i, whitePixel, &ebiten.DrawTrianglesOptions{})
}

// polyline adds an open line through pts (screen points) of width w.
func (m *mesh) polyline(pts []geo.Point, w float64, c color.RGBA) {
	for k := 1; k < len(pts); k++ {
		m.segment(pts[k-1], pts[k], w/2, w/4, c) // joints overlap a little
	}
}

// arrow adds an arrowhead of length size with its tip at tip, pointing
// away from from, shaped by style.Arrowhead.
func (m *mesh) arrow(from, tip geo.Point, size float64, c color.RGBA) {
	head, ok := style.Arrowhead(from, tip, size)
	if !ok {
		return
	}
	base := uint32(len(m.v))
	m.v = append(m.v, vertex(head[0], c), vertex(head[1], c), vertex(head[2], c))
	m.i = append(m.i, base, base+1, base+2)
}
