// Command geodata converts Natural Earth admin-0 countries, as TopoJSON from
// the world-atlas package, into the explorer's binary world file: arcs
// simplified (shared borders stay shared), rings cut at ±180°, projected to
// Equal Earth and triangulated once, so the browser does none of this.
//
//	go run ./cmd/geodata -in data/source/countries-50m.json -out data/world-50m.bin
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"slices"
	"sort"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/geo/triangulate"
	"paxsilica/internal/mapdata"
)

type topology struct {
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects struct {
		Countries struct {
			Geometries []struct {
				Type       string          `json:"type"`
				ID         string          `json:"id"`
				Arcs       json.RawMessage `json:"arcs"`
				Properties struct {
					Name string `json:"name"`
				} `json:"properties"`
			} `json:"geometries"`
		} `json:"countries"`
	} `json:"objects"`
}

// defaultTolerance, in degrees (about 3 km), keeps borders within a fifth of
// a pixel of Natural Earth's 1:50m lines on a full-HD world map.
const defaultTolerance = 0.03

func main() {
	in := flag.String("in", "data/source/countries-50m.json", "world-atlas TopoJSON input")
	out := flag.String("out", "data/world-50m.bin", "binary world output")
	tol := flag.Float64("tolerance", defaultTolerance, "Douglas–Peucker tolerance in degrees")
	flag.Parse()
	raw, err := os.ReadFile(*in)
	if err != nil {
		log.Fatalf("geodata: %v", err)
	}
	w, err := build(raw, *tol)
	if err != nil {
		log.Fatalf("geodata: %v", err)
	}
	b, err := mapdata.Encode(w)
	if err != nil {
		log.Fatalf("geodata: %v", err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatalf("geodata: %v", err)
	}
	fmt.Printf("geodata: %d countries, %d vertices, %d triangles, %d bytes → %s\n",
		len(w.Countries), len(w.Points), len(w.Indices)/3, len(b), *out)
}

// feature is one country being assembled, in geographic then plane units.
type feature struct {
	code, name string
	outers     []geo.Ring
	holes      []geo.Ring
}

func build(raw []byte, tol float64) (*mapdata.World, error) {
	var t topology
	if err := json.Unmarshal(raw, &t); err != nil {
		return nil, err
	}
	full := make([][]geo.Point, len(t.Arcs))
	simple := make([][]geo.Point, len(t.Arcs))
	for i, a := range t.Arcs {
		var x, y float64
		pts := make([]geo.Point, len(a))
		for j, d := range a {
			x, y = x+d[0], y+d[1]
			pts[j] = geo.Point{X: x*t.Transform.Scale[0] + t.Transform.Translate[0], Y: y*t.Transform.Scale[1] + t.Transform.Translate[1]}
		}
		full[i], simple[i] = pts, geo.Simplify(pts, tol)
	}
	ring := func(arcs [][]geo.Point, ids []int) geo.Ring {
		var r geo.Ring
		for _, id := range ids {
			var p []geo.Point
			if id >= 0 {
				p = arcs[id]
			} else {
				p = slices.Clone(arcs[^id])
				slices.Reverse(p)
			}
			if len(r) > 0 {
				p = p[1:]
			}
			r = append(r, p...)
		}
		return r.Dedup()
	}
	byCode := map[string]*feature{}
	var order []string
	for _, g := range t.Objects.Countries.Geometries {
		code, name, ok := mapdata.Lookup(g.ID, g.Properties.Name)
		if !ok {
			return nil, fmt.Errorf("no ISO code for feature %q (id %q)", g.Properties.Name, g.ID)
		}
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, err
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, err
			}
		default:
			return nil, fmt.Errorf("%s: unexpected geometry %s", code, g.Type)
		}
		f := byCode[code]
		if f == nil {
			f = &feature{code: code, name: name}
			byCode[code] = f
			order = append(order, code)
		}
		for _, poly := range polys {
			for ri, ids := range poly {
				r := ring(simple, ids)
				if len(r) < 3 || math.Abs(r.SignedArea()) < 1e-12 {
					r = ring(full, ids) // small islands keep every point
				}
				pieces, polar := geo.CutAntimeridian(r)
				for _, piece := range pieces {
					if ri == 0 || polar {
						f.outers = append(f.outers, piece)
					} else {
						f.holes = append(f.holes, piece)
					}
				}
			}
		}
	}
	// Countries with holes (enclaves around them) are drawn first.
	sort.SliceStable(order, func(i, j int) bool {
		hi, hj := len(byCode[order[i]].holes) > 0, len(byCode[order[j]].holes) > 0
		if hi != hj {
			return hi
		}
		return order[i] < order[j]
	})
	w := &mapdata.World{Bounds: geo.EmptyRect()}
	for _, code := range order {
		f := byCode[code]
		c := mapdata.Country{Code: f.code, Name: f.name, Bounds: geo.EmptyRect()}
		c.Vertices.Start, c.Triangles.Start = len(w.Points), len(w.Indices)
		var largest geo.Ring
		for _, r := range f.outers {
			pr := project(r)
			if math.Abs(pr.SignedArea()) < minArea {
				continue // a sliver, such as a circle of latitude at the pole
			}
			tri := triangulate.Ring(pr)
			ra, ta := math.Abs(pr.SignedArea()), triangulate.Area(pr, tri)
			if ra > 1e-6 && math.Abs(ta-ra)/ra > 0.01 {
				log.Printf("geodata: %s: triangles cover %.4f of a ring of area %.4f", code, ta, ra)
			}
			base := len(w.Points)
			for _, i := range tri {
				w.Indices = append(w.Indices, uint32(base+i))
			}
			c.Rings = append(c.Rings, mapdata.Span{Start: base, End: base + len(pr)})
			w.Points = append(w.Points, pr...)
			c.Area += ra
			if math.Abs(pr.SignedArea()) > math.Abs(largest.SignedArea()) {
				largest = pr
			}
		}
		for _, h := range f.holes {
			ph := project(h)
			base := len(w.Points)
			c.Rings = append(c.Rings, mapdata.Span{Start: base, End: base + len(ph)})
			w.Points = append(w.Points, ph...)
			c.Area -= math.Abs(ph.SignedArea())
		}
		c.Vertices.End, c.Triangles.End = len(w.Points), len(w.Indices)
		for _, p := range w.Points[c.Vertices.Start:c.Vertices.End] {
			c.Bounds = c.Bounds.Extend(p)
		}
		w.Bounds = w.Bounds.Union(c.Bounds)
		c.Label = insidePoint(largest)
		w.Countries = append(w.Countries, c)
	}
	return w, nil
}

// minArea is the smallest projected ring kept, in square plane units: far
// below a pixel at any zoom the explorer offers, far above rounding noise.
const minArea = 1e-9

func project(r geo.Ring) geo.Ring {
	out := make(geo.Ring, len(r))
	for i, p := range r {
		out[i] = projection.EqualEarth(p)
	}
	return out.Dedup()
}

// insidePoint returns a point inside r: the middle of the widest run of the
// horizontal line through r's centroid that lies inside r.
func insidePoint(r geo.Ring) geo.Point {
	c := r.Centroid()
	var xs []float64
	for i := range r {
		a, b := r[i], r[(i+1)%len(r)]
		if (a.Y > c.Y) != (b.Y > c.Y) {
			xs = append(xs, a.X+(c.Y-a.Y)*(b.X-a.X)/(b.Y-a.Y))
		}
	}
	sort.Float64s(xs)
	best, bestW := c, -1.0
	for i := 0; i+1 < len(xs); i += 2 {
		if w := xs[i+1] - xs[i]; w > bestW {
			best, bestW = geo.Point{X: (xs[i] + xs[i+1]) / 2, Y: c.Y}, w
		}
	}
	return best
}
