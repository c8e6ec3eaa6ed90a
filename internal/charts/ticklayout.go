package charts

import (
	"strings"

	"paxsilica/internal/i18n"
)

// TickMark is where and how one tick is drawn on a strip of a given width.
// Ticks that would overlap share a group: the group's first tick (Lead) is
// drawn, from its date to the group's last, coloured by every type in it
// and named with all their events on hover; the others are kept, in place,
// for the keyboard (each date stays a stop of its own) but are not drawn
// until focused.
type TickMark struct {
	Tick
	// X is the mark's left edge and W its width, in per cent of the strip
	// (0 for a single date: the page gives it its minimum width).
	X, W float64
	// Lead: the group's drawn mark. Group numbers the groups from the left.
	Lead  bool
	Group int
	// GroupKeys are the colour keys of the group's events, each once;
	// GroupLabel names them all (the lead's tooltip); GroupSize is the
	// number of dates in the group.
	GroupKeys  []string
	GroupLabel string
	GroupSize  int
}

// TickGap and TickSpan are LayoutTicks' spacing on the page, in CSS px:
// dates closer than TickGap to the group's last share its mark, up to
// TickSpan from its first.
const (
	TickGap  = 6
	TickSpan = 18
)

// LayoutTicks gives each tick its mark on a strip width CSS px wide: a
// tick less than gap px after the previous one joins its group, unless the
// group would then span more than span px; a group is drawn as one mark
// from its first date to its last. Marks of different groups are at least
// gap px apart, or abut where a dense run was cut at span. A width of zero
// or less leaves every tick a group of its own.
func LayoutTicks(loc *i18n.Catalog, ticks []Tick, width, gap, span float64) []TickMark {
	out := make([]TickMark, len(ticks))
	first := -1
	for i, t := range ticks {
		m := TickMark{Tick: t, X: t.Pos * 100}
		join := first >= 0 && width > 0 &&
			(t.Pos-ticks[i-1].Pos)*width < gap && (t.Pos-ticks[first].Pos)*width <= span
		if join {
			m.Group = out[first].Group
			out[first].W = (t.Pos - ticks[first].Pos) * 100
		} else {
			if first >= 0 {
				m.Group = out[first].Group + 1
			}
			first = i
			m.Lead = true
		}
		out[i] = m
	}
	// Each group's keys and label, from its dates.
	for i := 0; i < len(out); {
		j := i
		var keys, labels []string
		for ; j < len(out) && out[j].Group == out[i].Group; j++ {
			for _, k := range out[j].Keys {
				if !contains(keys, k) {
					keys = append(keys, k)
				}
			}
			labels = append(labels, out[j].Label)
		}
		label := strings.Join(labels, " · ")
		if j-i > 1 {
			label = loc.F("chart.tick.dates", "n", loc.Int(j-i), "list", label)
		}
		for k := i; k < j; k++ {
			out[k].GroupKeys, out[k].GroupLabel, out[k].GroupSize = keys, label, j-i
		}
		i = j
	}
	return out
}
