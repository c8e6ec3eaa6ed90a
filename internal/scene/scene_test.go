package scene

import (
	"image/color"
	"slices"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/style"
	"paxsilica/internal/style/scale"
	"paxsilica/internal/view/urlstate"
)

func load(t *testing.T) (*dataset.Dataset, *mapdata.World) {
	return fixtures.Dataset(t), fixtures.World(t)
}

func all(string) bool { return true }

func find(as []Arc, typ, from, to string) *Arc {
	for i := range as {
		if as[i].Type == typ && as[i].From == from && as[i].To == to {
			return &as[i]
		}
	}
	return nil
}

func TestArcs(t *testing.T) {
	ds, w := load(t)
	as := Arcs(ds, w, "", all)
	if a := find(as, dataset.Agreement, "USA", "UZB"); a == nil || len(a.Ties) != 2 {
		t.Errorf("US–Uzbekistan agreements not bundled into one arc: %+v", a)
	}
	imp := find(as, dataset.Import, "CHN", "USA")
	if imp == nil || len(imp.Pieces) != 2 {
		t.Fatalf("China→US import arc should cross the Pacific in two pieces: %+v", imp)
	}
	ge := ArcsFor(ds, w, "", "germanium", all)
	if bel, chn := find(ge, dataset.Import, "BEL", "USA"), find(ge, dataset.Import, "CHN", "USA"); bel == nil || chn == nil || bel.Width <= chn.Width {
		t.Errorf("germanium: Belgium's 42%% arc is not wider than China's 23%%")
	}
	if find(as, dataset.ExportControl, "CHN", "JPN") == nil || find(as, dataset.ExportControl, "CHN", "USA") == nil {
		t.Error("export-control arcs to Japan and the US missing")
	}
	for _, a := range as {
		if a.To == dataset.All {
			t.Errorf("an arc to ALL: %+v", a)
		}
	}
	// Two arcs between China and the US (import, control) bow apart.
	ctl := find(as, dataset.ExportControl, "CHN", "USA")
	if ctl.Pieces[0][len(ctl.Pieces[0])/2] == imp.Pieces[0][len(imp.Pieces[0])/2] {
		t.Error("China–US arcs lie on top of each other")
	}
}

// TestImportArcsPerMineral: every mineral with US import sources gets its
// own arcs, of the edition that applies at the date.
func TestImportArcsPerMineral(t *testing.T) {
	ds, w := load(t)
	for _, tc := range []struct {
		mineral, at string
		from        []string // sources that must be drawn
		not         []string // and some that must not
	}{
		{"germanium", "", []string{"BEL", "CAN", "CHN"}, []string{"CHL"}},
		{"gallium", "", []string{"CAN", "JPN", "CHN", "DEU"}, []string{"BEL", "CHL"}},
		{"rare-earths", "", []string{"CHN", "MYS", "JPN", "EST"}, []string{"CHL"}},
		{"rare-earths-refining", "", []string{"CHN", "MYS"}, []string{"CHL"}},
		{"cobalt", "", []string{"NOR", "FIN", "CAN", "JPN"}, []string{"CHN"}},
		{"lithium", "", []string{"CHL", "ARG"}, []string{"NOR"}},
		{"graphite", "", []string{"CHN", "CAN", "MOZ", "MEX"}, nil},
		{"nickel", "", []string{"CAN", "NOR", "AUS", "BRA"}, nil},
		{"manganese", "", []string{"GAB", "ZAF", "MYS", "AUS"}, nil},
		{"antimony", "", []string{"CHN", "BEL"}, nil},
		{"tungsten", "", []string{"BEL", "CHL", "NOR"}, nil}, // none of its own: all minerals
		{"", "", []string{"BEL", "CHL", "NOR", "GAB"}, nil},
	} {
		t.Run(tc.mineral, func(t *testing.T) {
			as := ArcsFor(ds, w, tc.at, tc.mineral, func(l string) bool { return l == urlstate.LayerImports })
			for _, c := range tc.from {
				if find(as, dataset.Import, c, "USA") == nil {
					t.Errorf("no import arc %s→USA", c)
				}
			}
			for _, c := range tc.not {
				if find(as, dataset.Import, c, "USA") != nil {
					t.Errorf("import arc %s→USA drawn for %s", c, tc.mineral)
				}
			}
		})
	}
}

func TestArcsByLayerAndDate(t *testing.T) {
	ds, w := load(t)
	only := func(l string) func(string) bool { return func(x string) bool { return x == l } }
	for _, a := range Arcs(ds, w, "", only(urlstate.LayerControls)) {
		if a.Type != dataset.ExportControl {
			t.Errorf("controls layer drew a %s arc", a.Type)
		}
	}
	if as := Arcs(ds, w, "2025-06-01", only(urlstate.LayerControls)); find(as, dataset.ExportControl, "CHN", "JPN") != nil {
		t.Error("the 2026 Japan control is drawn in June 2025")
	}
	if as := Arcs(ds, w, "2025-06-01", all); find(as, dataset.Agreement, "USA", "QAT") != nil {
		t.Error("an agreement drawn before it existed")
	}
	if n := len(ControlsOnAll(ds, "2023-01-01")); n != 0 {
		t.Errorf("%d controls on all destinations before the first (2023-07-03)", n)
	}
	if n := len(ControlsOnAll(ds, "")); n < 4 {
		t.Errorf("%d controls on all destinations in force at the latest date", n)
	}
}

func TestNetwork(t *testing.T) {
	ds, _ := load(t)
	g := Network(ds)
	chn, usa, qat := g.Node("CHN"), g.Node("USA"), g.Node("QAT")
	if chn < 0 || usa < 0 || qat < 0 {
		t.Fatal("China, the US or Qatar missing from the network")
	}
	if g.Nodes[chn].Group != GroupChina || g.Nodes[usa].Group != GroupUS || g.Nodes[qat].Group != GroupPaxSilica {
		t.Errorf("groups: CHN %d USA %d QAT %d", g.Nodes[chn].Group, g.Nodes[usa].Group, g.Nodes[qat].Group)
	}
	if g.Nodes[usa].Degree < 20 || g.Nodes[chn].Degree < 20 {
		t.Errorf("degrees: US %d, China %d", g.Nodes[usa].Degree, g.Nodes[chn].Degree)
	}
	for _, e := range g.Edges {
		if e.A < 0 || e.B < 0 || e.A >= len(g.Nodes) || e.B >= len(g.Nodes) {
			t.Fatalf("edge %+v out of range", e)
		}
	}
	if g.Nodes[chn].Pos.X >= g.Nodes[usa].Pos.X {
		t.Errorf("China (%v) is not on the left of the US (%v)", g.Nodes[chn].Pos, g.Nodes[usa].Pos)
	}
}

// Outlines follow style.Outlines' order: MSP members, then Pax Silica
// signatories, then China, each with its bloc's width and colour.
func TestOutlines(t *testing.T) {
	ds, _ := load(t)
	out := Outlines(ds, "2026-11-28")
	if len(out) < 3 || out[len(out)-1].Code != "CHN" || out[len(out)-1].Colour != style.China {
		t.Fatalf("outlines %+v: want China last", out)
	}
	rank := map[float64]int{}
	for i, o := range style.Outlines {
		rank[o.Width] = i
	}
	for i := 1; i < len(out); i++ {
		if rank[out[i].Width] < rank[out[i-1].Width] {
			t.Errorf("outline %d (%s, %v) drawn after a later bloc's", i, out[i].Code, out[i].Width)
		}
	}
	for _, tc := range []struct {
		code string
		want bool
	}{{"JPN", true}, {"USA", true}, {"BRA", false}} {
		got := false
		for _, o := range out {
			got = got || o.Code == tc.code
		}
		if got != tc.want {
			t.Errorf("%s outlined = %v, want %v", tc.code, got, tc.want)
		}
	}
}

// Every network group has a colour.
func TestGroupColours(t *testing.T) {
	if len(style.Groups) != len(GroupNames) {
		t.Errorf("%d group colours for %d groups", len(style.Groups), len(GroupNames))
	}
}

func TestFill(t *testing.T) {
	ds, _ := load(t)
	ga, ok := ds.Mineral("gallium")
	if !ok {
		t.Fatal("no gallium in the fixture")
	}
	ge, _ := ds.Mineral("germanium")
	li, _ := ds.Mineral("lithium")
	re, _ := ds.Mineral("rare-earths")
	li, re = li.At("2026-11-28"), re.At("2026-11-28")
	for _, tc := range []struct {
		name string
		m    *dataset.Mineral
		code string
		want color.RGBA
	}{
		{"no mineral", nil, "CHN", style.Land},
		{"leading producer", ga.At("2025-06-01"), "CHN", scale.Colour(98.7)},
		{"no recorded output", ga, "BRA", scale.NoData},
		{"named leading producer, no figure", ge, "CHN", scale.Colours[len(scale.Colours)-1]},
		{"reserves only", li, "USA", scale.NoData},
		{"reserves only", re, "GRL", scale.NoData},
		{"the year that applies", re.At("2026-01-10"), "AUS", scale.Colour(3.3)},
		{"the year that applies", re.At("2026-03-01"), "AUS", scale.Colour(7.4)},
	} {
		if got := Fill(tc.m, tc.code); got != tc.want {
			t.Errorf("%s: Fill(%s) = %v, want %v", tc.name, tc.code, got, tc.want)
		}
	}
}

func TestMarks(t *testing.T) {
	if m := ScaleMarks(); len(m) != len(scale.Colours)+1 || m[0].Colour != scale.Colours[0] || m[len(m)-1].Colour != scale.NoData {
		t.Errorf("scale marks %+v", m)
	}
	if m := GroupMarks(); len(m) != len(GroupNames) || m[GroupChina].Colour != style.China {
		t.Errorf("group marks %+v", m)
	}
	for _, tc := range []struct {
		layers []string
		want   []string
	}{
		{nil, []string{"Import sources", "US agreements", "Chinese export controls"}},
		{[]string{urlstate.LayerBlocs}, nil},
		{[]string{urlstate.LayerControls}, []string{"Chinese export controls"}},
	} {
		var got []string
		for _, m := range ArcLayerMarks(urlstate.State{Layers: tc.layers}) {
			if m.Kind != "line" || m.Colour == (color.RGBA{}) {
				t.Errorf("layers %q: mark %+v", tc.layers, m)
			}
			got = append(got, m.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("layers %q: marks %q, want %q", tc.layers, got, tc.want)
		}
	}
	if m := LayerMark(urlstate.LayerBlocs); m.Kind != "ring" || m.Colour != style.PaxSilica || m.Text != "Blocs (outlines)" {
		t.Errorf("blocs mark %+v", m)
	}
}
