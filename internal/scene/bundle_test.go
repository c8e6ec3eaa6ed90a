package scene

import (
	"math"
	"slices"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/style"
	"paxsilica/internal/view/urlstate"
)

// fan makes synthetic arcs of one type from (or to) hub, one per other end.
func fan(typ, hub string, out bool, others ...string) []Arc {
	var as []Arc
	for i, o := range others {
		a := Arc{Type: typ, From: hub, To: o, Ties: []int{i}, Width: style.ArcWidth, Pieces: [][]geo.Point{{{}, {X: 1}}}}
		if !out {
			a.From, a.To = o, hub
		}
		as = append(as, a)
	}
	return as
}

// renumber shifts the arcs' tie indices by k.
func renumber(as []Arc, k int) []Arc {
	for i := range as {
		as[i].Ties = []int{as[i].Ties[0] + k}
	}
	return as
}

// tally counts each tie among the arcs that are drawn with an end (not
// trunks), and among the trunks.
func tally(as []Arc) (ends, trunks map[int]int) {
	ends, trunks = map[int]int{}, map[int]int{}
	for _, a := range as {
		for _, ti := range a.Ties {
			if a.Trunk {
				trunks[ti]++
			} else {
				ends[ti]++
			}
		}
	}
	return ends, trunks
}

func TestBundle(t *testing.T) {
	_, w := load(t)
	europe := []string{"FRA", "DEU", "ITA", "POL", "BEL"}
	for _, tc := range []struct {
		name    string
		in      []Arc
		opts    BundleOptions
		trunks  int      // how many trunks
		loose   []string // far ends drawn whole
		members int      // branches in all
	}{
		{"a fan to one region is one trunk", fan(dataset.Agreement, "USA", true, europe...), BundleOptions{}, 1, nil, 5},
		{"two regions, two trunks", fan(dataset.Agreement, "USA", true, "FRA", "DEU", "ITA", "JPN", "KOR", "PHL"), BundleOptions{}, 2, nil, 6},
		{"a lone far end stays whole", fan(dataset.Agreement, "USA", true, "FRA", "DEU", "ITA", "AUS"), BundleOptions{}, 1, []string{"AUS"}, 3},
		{"too few arcs: nothing bundled", fan(dataset.Agreement, "USA", true, "FRA", "DEU", "ITA"), BundleOptions{}, 0, []string{"FRA", "DEU", "ITA"}, 0},
		{"MinArcs lowered", fan(dataset.Agreement, "USA", true, "FRA", "DEU", "ITA"), BundleOptions{MinArcs: 3}, 1, nil, 3},
		{"the selection's own tie is drawn whole", fan(dataset.Agreement, "USA", true, europe...), BundleOptions{Except: "DEU"}, 1, []string{"DEU"}, 4},
		{"the selected hub keeps its trunks", fan(dataset.Agreement, "USA", true, europe...), BundleOptions{Except: "USA"}, 0, europe, 0},
		{"a fan in", fan(dataset.Import, "USA", false, europe...), BundleOptions{}, 1, nil, 5},
		{"layers apart", slices.Concat(fan(dataset.Agreement, "USA", true, "FRA", "DEU"), renumber(fan(dataset.Import, "USA", true, "ITA", "POL"), 2)), BundleOptions{}, 0, []string{"FRA", "DEU", "ITA", "POL"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Bundle(tc.in, w, tc.opts)
			trunks, branches := 0, 0
			var loose []string
			for _, a := range got {
				switch {
				case a.Trunk:
					trunks++
				case a.Branch:
					branches++
				default:
					if a.From == "USA" {
						loose = append(loose, a.To)
					} else {
						loose = append(loose, a.From)
					}
				}
			}
			slices.Sort(loose)
			want := slices.Clone(tc.loose)
			slices.Sort(want)
			if trunks != tc.trunks || branches != tc.members || !slices.Equal(loose, want) {
				t.Errorf("%d trunks, %d branches, whole: %v; want %d, %d, %v", trunks, branches, loose, tc.trunks, tc.members, want)
			}
			// Every tie is drawn to its end exactly once.
			ends, _ := tally(got)
			for _, a := range tc.in {
				for _, ti := range a.Ties {
					if ends[ti] != 1 {
						t.Errorf("tie %d drawn to its end %d times", ti, ends[ti])
					}
				}
			}
		})
	}
}

func TestBundleGeometry(t *testing.T) {
	_, w := load(t)
	in := fan(dataset.Agreement, "USA", true, "FRA", "DEU", "ITA", "POL", "BEL")
	got := Bundle(in, w, BundleOptions{})
	var trunk *Arc
	for i := range got {
		if got[i].Trunk {
			trunk = &got[i]
		}
	}
	if trunk == nil {
		t.Fatal("no trunk")
	}
	usa := w.Countries[w.Index("USA")].Label
	first := trunk.Pieces[0][0]
	if math.Hypot(first.X-usa.X, first.Y-usa.Y) > 1e-6 {
		t.Errorf("the trunk starts at %v, not at the United States' label point %v", first, usa)
	}
	pl := trunk.Pieces[len(trunk.Pieces)-1]
	split := pl[len(pl)-1]
	if len(trunk.Ties) != 5 || trunk.Width <= style.ArcWidth || trunk.Width > style.TrunkWidthMax {
		t.Errorf("trunk carries %d ties at width %v", len(trunk.Ties), trunk.Width)
	}
	for _, a := range got {
		if !a.Branch {
			continue
		}
		start := a.Pieces[0][0]
		last := a.Pieces[len(a.Pieces)-1]
		end := last[len(last)-1]
		to := w.Countries[w.Index(a.To)].Label
		if math.Hypot(start.X-split.X, start.Y-split.Y) > 1e-6 || math.Hypot(end.X-to.X, end.Y-to.Y) > 1e-6 {
			t.Errorf("branch to %s runs %v → %v, want the split %v → %v", a.To, start, end, split, to)
		}
	}
}

// The shipped data's default view: the US fan of agreements becomes a few
// trunks, every arc is within the width caps, and the result is the same
// every time.
func TestBundleShippedFan(t *testing.T) {
	ds, w := load(t)
	raw := Arcs(ds, w, "", all)
	got := Bundle(raw, w, BundleOptions{})
	fromUS := func(as []Arc) (whole, trunks int) {
		for _, a := range as {
			if LayerOf(a.Type) == urlstate.LayerAgreements && a.From == "USA" {
				if a.Trunk {
					trunks++
				} else if !a.Branch {
					whole++
				}
			}
		}
		return
	}
	rawWhole, _ := fromUS(raw)
	whole, trunks := fromUS(got)
	if rawWhole < 20 || trunks == 0 || whole+trunks > rawWhole*2/5 {
		t.Errorf("US agreements: %d arcs became %d whole arcs and %d trunks; want two fifths or fewer strokes from the US", rawWhole, whole, trunks)
	}
	for _, a := range got {
		if a.Width > style.TrunkWidthMax || (!a.Trunk && a.Width > style.ArcWidthMax) {
			t.Errorf("%s %s→%s is %v px wide", a.Type, a.From, a.To, a.Width)
		}
	}
	again := Bundle(raw, w, BundleOptions{})
	if len(again) != len(got) {
		t.Fatal("Bundle is not deterministic")
	}
	for i := range got {
		if got[i].From != again[i].From || got[i].To != again[i].To || !slices.Equal(got[i].Ties, again[i].Ties) {
			t.Fatalf("Bundle is not deterministic at %d", i)
		}
	}
}
