package mapview

import (
	"math"
	"unicode/utf8"

	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/scene/labels"
)

// labelInputs is what the placed labels depend on.
type labelInputs struct {
	t        projection.Transform
	net      float64
	selected int
	w        int
}

// Labels places country names (or, in the network, node names) that do not
// overlap, in CSS pixels, at transform t with country selected (or -1);
// name gives a country's name in the reader's language. It returns ok false
// when nothing they depend on has changed since the last call (the labels
// shown stay right), and the selected country's code.
func (m *Map) Labels(t projection.Transform, selected int, name func(i int) string) (placed []labels.Placed, selCode string, ok bool) {
	in := labelInputs{t: t, net: m.Net.T, selected: selected, w: m.W}
	if m.labelsValid && m.labelsFor == in {
		return nil, "", false
	}
	m.labelsFor, m.labelsValid = in, true
	d := m.DPR
	view := geo.Rect{Min: geo.Point{X: m.VP.Min.X / d, Y: m.VP.Min.Y / d}, Max: geo.Point{X: m.VP.Max.X / d, Y: m.VP.Max.Y / d}}
	if selected >= 0 {
		selCode = m.World.Countries[selected].Code
	}
	var cands []labels.Candidate
	if m.Net.T < 0.5 {
		for i := range m.World.Countries {
			c := &m.World.Countries[i]
			// Label countries whose land (not their islands' spread) is
			// large enough on screen to carry the name.
			side := math.Sqrt(c.Area) * t.Scale / d
			text := name(i)
			tw := TextWidth(text)
			if i != selected && (side < 40 || tw > side*2) {
				continue
			}
			p := t.Apply(c.Label)
			cands = append(cands, labels.Candidate{ID: c.Code, Text: text, At: geo.Point{X: p.X / d, Y: p.Y / d},
				W: tw, H: 14, Priority: c.Area, Force: i == selected})
		}
	} else if m.Net.Graph != nil {
		e := m.Eased()
		for i, n := range m.Net.Graph.Nodes {
			if n.Degree < 6 && n.Code != selCode {
				continue
			}
			text := n.Code
			if ci := m.World.Index(n.Code); ci >= 0 {
				text = name(ci)
			}
			p, r := m.NodeAt(i, t, e), m.NodeRadius(i)
			tw := TextWidth(text)
			cands = append(cands, labels.Candidate{ID: n.Code, Text: text,
				At: geo.Point{X: (p.X+r)/d + tw/2 + 3, Y: p.Y / d}, W: tw, H: 14, Priority: float64(n.Degree), Force: n.Code == selCode})
		}
	}
	return labels.Place(cands, view, 2), selCode, true
}

// ResetLabels makes the next Labels call place the labels again (the
// names changed).
func (m *Map) ResetLabels() { m.labelsValid = false }

// TextWidth estimates a label's width in CSS pixels: the labels' 11 px
// type averages 6.6 px a character, plus padding.
func TextWidth(s string) float64 { return float64(utf8.RuneCountInString(s))*6.6 + 4 }
