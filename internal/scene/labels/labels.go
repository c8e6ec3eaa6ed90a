// Package labels chooses which country names to show so that none overlap:
// the selected country first, then by priority (area on screen), each kept
// only if its box is clear of those already placed and inside the view.
package labels

import (
	"sort"

	"paxsilica/internal/geo"
)

// Candidate is a label that may be shown, centred on At (screen pixels).
type Candidate struct {
	ID       string
	Text     string
	At       geo.Point
	W, H     float64 // box size in pixels
	Priority float64 // larger first
	Force    bool    // always shown (the selection)
}

// Placed is a label kept, with its box.
type Placed struct {
	Candidate
	Box geo.Rect
}

// Place returns the labels to draw, none overlapping another (with pad
// pixels between) and each inside view.
func Place(cands []Candidate, view geo.Rect, pad float64) []Placed {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ca, cb := cands[order[a]], cands[order[b]]
		if ca.Force != cb.Force {
			return ca.Force
		}
		return ca.Priority > cb.Priority
	})
	var out []Placed
	for _, i := range order {
		c := cands[i]
		box := geo.Rect{
			Min: geo.Point{X: c.At.X - c.W/2, Y: c.At.Y - c.H/2},
			Max: geo.Point{X: c.At.X + c.W/2, Y: c.At.Y + c.H/2},
		}
		if !c.Force && !(view.Contains(box.Min) && view.Contains(box.Max)) {
			continue
		}
		clear := true
		for _, p := range out {
			if overlaps(box, p.Box, pad) {
				clear = false
				break
			}
		}
		if clear {
			out = append(out, Placed{Candidate: c, Box: box})
		}
	}
	return out
}

func overlaps(a, b geo.Rect, pad float64) bool {
	return a.Min.X < b.Max.X+pad && b.Min.X < a.Max.X+pad && a.Min.Y < b.Max.Y+pad && b.Min.Y < a.Max.Y+pad
}
