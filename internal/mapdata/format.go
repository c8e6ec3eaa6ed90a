package mapdata

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"paxsilica/internal/geo"
)

// The binary world format, little-endian:
//
//	magic    "PSXWORLD" (8 bytes), then u32 format version (3)
//	u32      countries, vertices, indices, rings
//	f32×4    bounds minX minY maxX maxY (plane units)
//	country  u8 len + code, u16 len + name (UTF-8), f32 labelX labelY area,
//	         u32 vertexStart vertexEnd indexStart indexEnd ringCount
//	ring     u32 start end (absolute vertex indices), for each country in order
//	vertex   u16 x, u16 y quantised over bounds to 0…16383 (14 bits),
//	         each stored as the difference
//	         from the previous vertex modulo 2¹⁶ (all x first, then all y);
//	         small differences compress far better than positions
//	index    u16, relative to the owning country's vertexStart, stored as the
//	         difference from the country's previous index modulo 2¹⁶
//	         (neighbouring triangles share vertices: half the size compressed)
//
// Quantising to 14 bits keeps vertices within half of 1/16383 of the map's
// width, about 1 km on the ground: a third of the 0.03° (3 km) tolerance the
// geometry is simplified to, and 0.1 px on a 4K screen. 16 bits would cost
// 17 KB more with brotli for detail the simplification has already removed.
const (
	magic         = "PSXWORLD"
	formatVersion = 3
	// steps is the largest quantised coordinate.
	steps = 1<<14 - 1
)

// Encode serialises w. It fails when a country has more than 65536 vertices,
// which 16-bit relative indices cannot address.
func Encode(w *World) ([]byte, error) {
	le := binary.LittleEndian
	b := []byte(magic)
	rings := 0
	for _, c := range w.Countries {
		rings += len(c.Rings)
	}
	b = le.AppendUint32(b, formatVersion)
	for _, n := range []int{len(w.Countries), len(w.Points), len(w.Indices), rings} {
		b = le.AppendUint32(b, uint32(n))
	}
	for _, f := range []float64{w.Bounds.Min.X, w.Bounds.Min.Y, w.Bounds.Max.X, w.Bounds.Max.Y} {
		b = le.AppendUint32(b, math.Float32bits(float32(f)))
	}
	for _, c := range w.Countries {
		if c.Vertices.Len() > 1<<16 {
			return nil, fmt.Errorf("mapdata: %s has %d vertices, more than 16-bit indices address", c.Code, c.Vertices.Len())
		}
		if len(c.Code) > 255 || len(c.Name) > 65535 {
			return nil, fmt.Errorf("mapdata: %s: code or name too long", c.Code)
		}
		b = append(b, byte(len(c.Code)))
		b = append(b, c.Code...)
		b = le.AppendUint16(b, uint16(len(c.Name)))
		b = append(b, c.Name...)
		for _, f := range []float64{c.Label.X, c.Label.Y, c.Area} {
			b = le.AppendUint32(b, math.Float32bits(float32(f)))
		}
		for _, n := range []int{c.Vertices.Start, c.Vertices.End, c.Triangles.Start, c.Triangles.End, len(c.Rings)} {
			b = le.AppendUint32(b, uint32(n))
		}
	}
	for _, c := range w.Countries {
		for _, r := range c.Rings {
			b = le.AppendUint32(b, uint32(r.Start))
			b = le.AppendUint32(b, uint32(r.End))
		}
	}
	q := func(v, lo, span float64) uint16 {
		return uint16(math.Round(max(0, min(1, (v-lo)/span)) * steps))
	}
	var px, py uint16
	for _, p := range w.Points {
		x := q(p.X, w.Bounds.Min.X, w.Bounds.Dx())
		b, px = le.AppendUint16(b, x-px), x
	}
	for _, p := range w.Points {
		y := q(p.Y, w.Bounds.Min.Y, w.Bounds.Dy())
		b, py = le.AppendUint16(b, y-py), y
	}
	for _, c := range w.Countries {
		var prev uint16
		for _, i := range w.Indices[c.Triangles.Start:c.Triangles.End] {
			v := uint16(int(i) - c.Vertices.Start)
			b, prev = le.AppendUint16(b, v-prev), v
		}
	}
	return b, nil
}

// ErrFormat is wrapped by every error Decode returns for malformed input.
var ErrFormat = errors.New("not a world geometry file")

// reader reads little-endian values and remembers the first error.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.off+n > len(r.b) {
		r.err = fmt.Errorf("%w: truncated at byte %d reading %s", ErrFormat, r.off, what)
		return nil
	}
	s := r.b[r.off : r.off+n]
	r.off += n
	return s
}

func (r *reader) u32(what string) int {
	if s := r.take(4, what); s != nil {
		return int(binary.LittleEndian.Uint32(s))
	}
	return 0
}

func (r *reader) f32(what string) float64 {
	if s := r.take(4, what); s != nil {
		return float64(math.Float32frombits(binary.LittleEndian.Uint32(s)))
	}
	return 0
}

// Decode parses a world file made by Encode and checks every range in it,
// so that a truncated or corrupt file gives an error, never a panic.
func Decode(b []byte) (*World, error) {
	r := &reader{b: b}
	if m := r.take(len(magic), "magic"); r.err != nil || string(m) != magic {
		return nil, fmt.Errorf("%w: bad magic", ErrFormat)
	}
	if v := r.u32("version"); r.err == nil && v != formatVersion {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrFormat, v, formatVersion)
	}
	nc, nv, ni, nr := r.u32("counts"), r.u32("counts"), r.u32("counts"), r.u32("counts")
	if r.err == nil && (nv*4+ni*2+nr*8 > len(b) || nc > len(b)) {
		return nil, fmt.Errorf("%w: counts exceed the file size", ErrFormat)
	}
	w := &World{}
	w.Bounds = geo.Rect{
		Min: geo.Point{X: r.f32("bounds"), Y: r.f32("bounds")},
		Max: geo.Point{X: r.f32("bounds"), Y: r.f32("bounds")},
	}
	if r.err != nil {
		return nil, r.err
	}
	w.Countries = make([]Country, nc)
	ringCounts := make([]int, nc)
	for i := range w.Countries {
		c := &w.Countries[i]
		if l := r.take(1, "code length"); l != nil {
			c.Code = string(r.take(int(l[0]), "code"))
		}
		if l := r.take(2, "name length"); l != nil {
			c.Name = string(r.take(int(binary.LittleEndian.Uint16(l)), "name"))
		}
		c.Label = geo.Point{X: r.f32("label"), Y: r.f32("label")}
		c.Area = r.f32("area")
		c.Vertices = Span{r.u32("vertices"), r.u32("vertices")}
		c.Triangles = Span{r.u32("triangles"), r.u32("triangles")}
		ringCounts[i] = r.u32("ring count")
		if r.err != nil {
			return nil, r.err
		}
		if !valid(c.Vertices, nv) || !valid(c.Triangles, ni) || c.Triangles.Len()%3 != 0 {
			return nil, fmt.Errorf("%w: country %d (%s) has ranges outside the file", ErrFormat, i, c.Code)
		}
	}
	for i := range w.Countries {
		c := &w.Countries[i]
		if ringCounts[i] > nr {
			return nil, fmt.Errorf("%w: country %s claims %d rings", ErrFormat, c.Code, ringCounts[i])
		}
		c.Rings = make([]Span, ringCounts[i])
		for j := range c.Rings {
			s := Span{r.u32("ring"), r.u32("ring")}
			if r.err == nil && (!valid(s, nv) || s.Start < c.Vertices.Start || s.End > c.Vertices.End) {
				return nil, fmt.Errorf("%w: ring %d of %s lies outside its vertices", ErrFormat, j, c.Code)
			}
			c.Rings[j] = s
		}
	}
	xs := r.take(nv*2, "vertices")
	ys := r.take(nv*2, "vertices")
	idx := r.take(ni*2, "indices")
	if r.err != nil {
		return nil, r.err
	}
	w.Points = make([]geo.Point, nv)
	le := binary.LittleEndian
	var qx, qy uint16
	for i := range w.Points {
		qx += le.Uint16(xs[2*i:])
		qy += le.Uint16(ys[2*i:])
		w.Points[i] = geo.Point{
			X: w.Bounds.Min.X + float64(qx)/steps*w.Bounds.Dx(),
			Y: w.Bounds.Min.Y + float64(qy)/steps*w.Bounds.Dy(),
		}
	}
	w.Indices = make([]uint32, ni)
	for ci := range w.Countries {
		c := &w.Countries[ci]
		var rel uint16
		for k := c.Triangles.Start; k < c.Triangles.End; k++ {
			rel += le.Uint16(idx[2*k:])
			v := c.Vertices.Start + int(rel)
			if v >= c.Vertices.End {
				return nil, fmt.Errorf("%w: triangle index %d of %s outside its vertices", ErrFormat, k, c.Code)
			}
			w.Indices[k] = uint32(v)
		}
		c.Bounds = geo.EmptyRect()
		for _, p := range w.Points[c.Vertices.Start:c.Vertices.End] {
			c.Bounds = c.Bounds.Extend(p)
		}
	}
	if r.off != len(b) {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(b)-r.off)
	}
	return w, nil
}

func valid(s Span, n int) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= n }
