package mapdata

import (
	"errors"
	"math"
	"os"
	"testing"

	"paxsilica/internal/geo"
)

// shipped decodes the geometry file the site ships.
func shipped(t testing.TB) *World {
	t.Helper()
	b, err := os.ReadFile("../../data/world-50m.bin")
	if err != nil {
		t.Fatal(err)
	}
	w, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestShippedWorld(t *testing.T) {
	w := shipped(t)
	if n := len(w.Countries); n < 235 {
		t.Errorf("%d countries, want all of Natural Earth's (240)", n)
	}
	seen := map[string]bool{}
	for i := range w.Countries {
		c := &w.Countries[i]
		if len(c.Code) != 3 || c.Name == "" {
			t.Errorf("country %d: code %q name %q", i, c.Code, c.Name)
		}
		if seen[c.Code] {
			t.Errorf("code %s twice", c.Code)
		}
		seen[c.Code] = true
		if c.Triangles.Len() == 0 {
			t.Errorf("%s has no triangles to draw", c.Code)
		}
		if !w.Contains(c, c.Label) {
			t.Errorf("%s: label point %v is not inside the country", c.Code, c.Label)
		}
	}
	for _, code := range []string{"CHN", "USA", "SGP", "QAT", "BHR", "LUX", "XKX", "TWN", "COD", "ATA"} {
		if !seen[code] {
			t.Errorf("%s missing", code)
		}
	}
	if got := w.Countries[w.Index("USA")].Name; got != "United States" {
		t.Errorf("USA is named %q", got)
	}
}

// No edge of any ring may cross most of the map: that is the horizontal
// streak that uncut antimeridian rings draw.
func TestShippedWorldHasNoStreaks(t *testing.T) {
	w := shipped(t)
	for i := range w.Countries {
		c := &w.Countries[i]
		for k := range c.Rings {
			r := w.Ring(c, k)
			for j := range r {
				a, b := r[j], r[(j+1)%len(r)]
				if math.Abs(a.X-b.X) > w.Bounds.Dx()/2 && math.Abs(a.Y-w.Bounds.Max.Y) > 1e-3 {
					t.Errorf("%s ring %d: edge %v–%v spans half the map", c.Code, k, a, b)
				}
			}
		}
	}
}

func TestRoundTrip(t *testing.T) {
	w := &World{
		Bounds: geo.Rect{Min: geo.Point{X: 0, Y: 0}, Max: geo.Point{X: 1, Y: 1}},
		Points: []geo.Point{{X: 0, Y: 0}, {X: 1, Y: 0}, {X: 1, Y: 1}, {X: 0, Y: 1}},
		Countries: []Country{{
			Code: "AAA", Name: "Squareland", Label: geo.Point{X: 0.5, Y: 0.5}, Area: 1,
			Vertices: Span{0, 4}, Triangles: Span{0, 6}, Rings: []Span{{0, 4}},
		}},
		Indices: []uint32{0, 1, 2, 0, 2, 3},
	}
	b, err := Encode(w)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	c := got.Countries[0]
	if c.Code != "AAA" || c.Name != "Squareland" || len(got.Points) != 4 || len(got.Indices) != 6 {
		t.Fatalf("round trip lost data: %+v", got)
	}
	for i, p := range got.Points {
		if math.Abs(p.X-w.Points[i].X) > 1e-4 || math.Abs(p.Y-w.Points[i].Y) > 1e-4 {
			t.Errorf("point %d: %v, want %v", i, p, w.Points[i])
		}
	}
	if !got.Contains(&got.Countries[0], geo.Point{X: 0.5, Y: 0.5}) {
		t.Errorf("decoded country does not contain its centre")
	}
}

func TestDecodeRejectsDamage(t *testing.T) {
	good, err := os.ReadFile("../../data/world-50m.bin")
	if err != nil {
		t.Fatal(err)
	}
	flip := func(off int) []byte {
		b := append([]byte(nil), good...)
		b[off] ^= 0xff
		return b
	}
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"wrong magic", []byte("GIF89a..........")},
		{"truncated header", good[:20]},
		{"truncated body", good[:len(good)/2]},
		{"trailing bytes", append(append([]byte(nil), good...), 0)},
		{"bad version", flip(8)},
		{"vertex count too large", flip(16)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Decode(tc.b); !errors.Is(err, ErrFormat) {
				t.Errorf("Decode gave %v, want an ErrFormat", err)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	good, err := os.ReadFile("../../data/world-50m.bin")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good[:4096])
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		w, err := Decode(b) // must never panic
		if err == nil && w == nil {
			t.Fatal("nil world without error")
		}
	})
}
