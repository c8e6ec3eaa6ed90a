package charts

import (
	"strconv"

	"paxsilica/internal/dom"
)

// TickNodes renders the timeline's marks (LayoutTicks) as buttons, one per
// date, in date order: a group's lead is drawn at its first date, as wide
// as the group, striped with the colours of its events' types, and names
// them all on hover (data-label); the other dates of the group are drawn
// only when focused. Each button names its own date's events for the
// keyboard and screen readers (aria-label). The last date takes the focus
// (tabindex 0); the arrow keys move between dates.
func TickNodes(marks []TickMark) []dom.Node {
	out := make([]dom.Node, 0, len(marks))
	for i, m := range marks {
		cls, keys, label := "tick more", m.Keys, m.Label
		if m.Lead {
			cls, keys, label = "tick lead", m.GroupKeys, m.GroupLabel
		}
		b := dom.El("button", cls, "").Attr("type", "button").Attr("data-x", dom.Pct(m.X)).
			Attr("data-date", m.Date).Attr("data-day", strconv.Itoa(m.Day)).
			Attr("aria-label", m.Label).Attr("data-label", label)
		if m.Lead && m.W > 0 {
			b = b.Attr("data-w", dom.Pct(m.W))
		}
		tab := "-1"
		if i == len(marks)-1 {
			tab = "0"
		}
		b = b.Attr("tabindex", tab)
		for _, k := range keys {
			b.Kids = append(b.Kids, dom.El("span", "k-"+k, "").Attr("aria-hidden", "true"))
		}
		out = append(out, b)
	}
	return out
}
