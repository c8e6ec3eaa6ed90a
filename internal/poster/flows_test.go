package poster

import (
	"fmt"
	"image"
	"testing"

	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/view/urlstate"
)

// TestFlowsLeaveTheMapReadable: in the default view the arcs of ties and
// China's control rings cover only a small part of the map at every width
// a reader meets, a phone's included: the map must read as countries first,
// not as a hairball of lines. The cover is what changes when the arc layers
// are turned off. At 10 % the budget fails the fixed-width flows of
// dataset 2026.11.28-1 on a phone (11–13 %).
func TestFlowsLeaveTheMapReadable(t *testing.T) {
	w := fixtures.World(t)
	ds := fixtures.Dataset(t)
	const at, most = "2026-11-28", 0.10
	blocsOnly := urlstate.State{Layers: []string{urlstate.LayerBlocs}}
	for _, width := range []int{320, 390, 600, 935, 1280} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			all := Render(w, ds, Options{Width: width, PxPerCSS: 1, At: at})
			bare := Render(w, ds, Options{Width: width, PxPerCSS: 1, At: at, View: blocsOnly})
			cover := changed(all, bare)
			t.Logf("flows cover %.1f %% of the map at %d px", 100*cover, width)
			if cover > most {
				t.Errorf("at %d px the flows cover %.1f %% of the map, want at most %.0f %%", width, 100*cover, 100*most)
			}
			if cover == 0 {
				t.Errorf("at %d px no flow is drawn", width)
			}
		})
	}
}

// changed is the share of pixels that differ between a and b.
func changed(a, b image.Image) float64 {
	r := a.Bounds()
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			ar, ag, ab, _ := a.At(x, y).RGBA()
			br, bg, bb, _ := b.At(x, y).RGBA()
			if ar != br || ag != bg || ab != bb {
				n++
			}
		}
	}
	return float64(n) / float64(r.Dx()*r.Dy())
}
