package mapview

import (
	"testing"
	"time"

	"paxsilica/internal/geo"
	"paxsilica/internal/kit/fixtures"
)

// area is a page's map area in CSS pixels.
func area(x0, y0, x1, y1 float64) geo.Rect {
	return geo.Rect{Min: geo.Point{X: x0, Y: y0}, Max: geo.Point{X: x1, Y: y1}}
}

func TestResize(t *testing.T) {
	m := New(fixtures.World(t))
	for _, tc := range []struct {
		name              string
		w, h, dpr         float64
		area              geo.Rect
		wantW, wantH      int
		resized, refitted bool
		wantVP            geo.Rect
	}{
		{"first size", 800, 600, 1, area(0, 40, 800, 600), 800, 600, true, true, area(0, 40, 800, 600)},
		{"nothing moved", 800, 600, 1, area(0, 40, 800, 600), 800, 600, false, false, area(0, 40, 800, 600)},
		{"the toolbar wrapped", 800, 600, 1, area(0, 80, 800, 600), 800, 600, false, true, area(0, 80, 800, 600)},
		{"a retina screen", 800, 600, 2, area(0, 80, 800, 600), 1600, 1200, true, true, area(0, 160, 1600, 1200)},
		{"fractional CSS pixels round up", 390.5, 844, 3, area(0, 0, 390.5, 500), 1172, 2532, true, true, area(0, 0, 1171.5, 1500)},
		{"no room: the whole screen", 400, 300, 1, area(0, 0, 10, 10), 400, 300, true, true, area(0, 0, 400, 300)},
	} {
		w, h, resized, refitted := m.Resize(tc.w, tc.h, tc.dpr, tc.area)
		if w != tc.wantW || h != tc.wantH || resized != tc.resized || refitted != tc.refitted || m.VP != tc.wantVP {
			t.Errorf("%s: Resize = %d×%d resized %v refitted %v viewport %v; want %d×%d %v %v %v",
				tc.name, w, h, resized, refitted, m.VP, tc.wantW, tc.wantH, tc.resized, tc.refitted, tc.wantVP)
		}
		if m.Moved(tc.area) {
			t.Errorf("%s: the map is not fitted to the area it was just fitted to", tc.name)
		}
	}
}

func TestGestureSettles(t *testing.T) {
	m := New(fixtures.World(t))
	m.Resize(1000, 500, 1, area(0, 0, 1000, 500))
	t0 := time.Unix(1000, 0)
	if m.Gesture(0, 0, nil, t0) || m.Moving() {
		t.Fatal("no input moved the camera")
	}
	if !m.Gesture(-100, 0, []Zoom{{At: geo.Point{X: 500, Y: 250}, Factor: 2}}, t0) || !m.Moving() {
		t.Fatal("a pan and zoom did not move the camera")
	}
	if m.Cam.Zoom != 2 {
		t.Errorf("zoom %v, want 2", m.Cam.Zoom)
	}
	for _, tc := range []struct {
		name   string
		after  time.Duration
		down   bool
		settle bool
	}{
		{"too soon", Settle / 2, false, false},
		{"a finger is still down", 2 * Settle, true, false},
		{"settled", Settle, false, true},
		{"said once", 3 * Settle, false, false},
	} {
		_, zoom, ok := m.Settled(t0.Add(tc.after), tc.down)
		if ok != tc.settle || (ok && zoom != 2) {
			t.Errorf("%s: Settled = %v (zoom %v), want %v", tc.name, ok, zoom, tc.settle)
		}
	}
	m.Home(t0)
	if m.Cam.Zoom != 1 {
		t.Errorf("home zoom %v", m.Cam.Zoom)
	}
	m.SetCamera(0, 0, 0.2)
	if m.Cam.Zoom != 1 {
		t.Errorf("a zoom below 1 from the URL should read as 1, got %v", m.Cam.Zoom)
	}
}

func TestNetworkAnimation(t *testing.T) {
	m := New(fixtures.World(t))
	t0 := time.Unix(1000, 0)
	if m.Step(t0) {
		t.Fatal("a map that stays a map animates")
	}
	m.ShowNetwork(true, t0)
	for _, tc := range []struct {
		at   time.Duration
		want float64
		more bool
	}{
		{NetworkDuration / 2, 0.5, true},
		{NetworkDuration, 1, true},
		{2 * NetworkDuration, 1, false},
	} {
		more := m.Step(t0.Add(tc.at))
		if m.Net.T != tc.want || more != tc.more {
			t.Errorf("at %v: T %v more %v, want %v %v", tc.at, m.Net.T, more, tc.want, tc.more)
		}
	}
	if m.Eased() != 1 || Ease(0.5) != 0.5 || Ease(0) != 0 {
		t.Errorf("Ease: %v %v %v", m.Eased(), Ease(0.5), Ease(0))
	}
	m.Layout(fixtures.Dataset(t))
	if m.Net.Graph == nil || len(m.Net.Graph.Nodes) == 0 {
		t.Fatal("the network was not laid out once shown")
	}
}

// TestPick: a click on a large country's label point picks it, in the map
// and, once the network shows, on its node; a click on the sea picks
// nothing.
func TestPick(t *testing.T) {
	w := fixtures.World(t)
	m := New(w)
	m.Resize(1200, 600, 2, area(0, 0, 1200, 600))
	css := func(code string) geo.Point {
		p := m.Transform().Apply(w.Countries[w.Index(code)].Label)
		return geo.Point{X: p.X / m.DPR, Y: p.Y / m.DPR}
	}
	for _, code := range []string{"BRA", "CHN", "AUS", "USA"} {
		if got := m.Country(css(code)); got != w.Index(code) {
			t.Errorf("map: the click on %s's label point picked %d", code, got)
		}
		if c, a := m.At(nil, css(code)); c != w.Index(code) || a != -1 {
			t.Errorf("At(%s) = %d, %d", code, c, a)
		}
	}
	if got := m.Country(geo.Point{X: 1, Y: 300}); got != -1 {
		t.Errorf("the sea at the map's edge picked %d", got)
	}
	m.JumpToNetwork()
	m.Layout(fixtures.Dataset(t))
	for i, n := range m.Net.Graph.Nodes[:5] {
		p := m.NodeAt(i, m.Transform(), m.Eased())
		if got := m.Country(geo.Point{X: p.X / m.DPR, Y: p.Y / m.DPR}); got != w.Index(n.Code) {
			t.Errorf("network: the click on %s's node picked %d", n.Code, got)
		}
	}
	if c := m.Centre(); c != (geo.Point{X: 600, Y: 300}) {
		t.Errorf("Centre = %v", c)
	}
}

// TestLabels: labels are placed again only when what they depend on
// changed, and the selected country is always labelled, in the names given.
func TestLabels(t *testing.T) {
	w := fixtures.World(t)
	m := New(w)
	m.Resize(1280, 640, 1, area(0, 0, 1280, 640))
	name := func(i int) string { return "«" + w.Countries[i].Name + "»" }
	sel := w.Index("SGP") // too small to be labelled unless selected
	placed, code, ok := m.Labels(m.Transform(), sel, name)
	if !ok || code != "SGP" {
		t.Fatalf("first placement: ok %v code %q", ok, code)
	}
	found := false
	for _, p := range placed {
		if p.ID == "SGP" {
			found = p.Text == "«Singapore»"
		}
	}
	if !found || len(placed) < 10 {
		t.Errorf("%d labels; the selected Singapore labelled in the given name: %v", len(placed), found)
	}
	if _, _, ok := m.Labels(m.Transform(), sel, name); ok {
		t.Error("nothing changed, yet the labels were placed again")
	}
	if _, _, ok := m.Labels(m.Transform(), -1, name); !ok {
		t.Error("the selection changed, yet the labels were not placed again")
	}
	m.ResetLabels()
	if _, _, ok := m.Labels(m.Transform(), -1, name); !ok {
		t.Error("ResetLabels did not make the next call place them")
	}
	if TextWidth("भारत") != TextWidth("abcd") {
		t.Error("TextWidth should count characters, not bytes")
	}
}
