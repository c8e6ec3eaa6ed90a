package charts

import (
	"fmt"
	"strings"
	"testing"

	"paxsilica/internal/dom"
	"paxsilica/internal/i18n"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/style"
)

func TestLayoutTicks(t *testing.T) {
	tk := func(date string, pos float64, keys ...string) Tick {
		return Tick{Date: date, Pos: pos, Keys: keys, Key: keys[0], Label: date + ": x"}
	}
	ticks := []Tick{
		tk("a", 0.10, style.KeyBloc),
		tk("b", 0.11, style.KeyExportControl), // 1 px after a at 100 px: joins
		tk("c", 0.13, style.KeyBloc),          // joins (2 px), same key once
		tk("d", 0.30, style.KeyAgreement),     // 17 px on: a group of its own
		tk("e", 0.34, style.KeyEvent),         // 4 px: joins d
		tk("f", 0.38, style.KeyEvent),         // 4 px after e, but 8 px from d: over the span, a new group
	}
	for _, tc := range []struct {
		name       string
		width      float64
		gap, span  float64
		groups     string // per tick: group, lead, x, w
		firstLabel string
	}{
		{"narrow", 100, 6, 6, "0 lead 10 3|0 . 11 0|0 . 13 0|1 lead 30 4|1 . 34 0|2 lead 38 0", "3 dates. a: x · b: x · c: x"},
		{"wide enough for each", 1000, 6, 18, "0 lead 10 0|1 lead 11 0|2 lead 13 0|3 lead 30 0|4 lead 34 0|5 lead 38 0", "a: x"},
		{"no width", 0, 6, 18, "0 lead 10 0|1 lead 11 0|2 lead 13 0|3 lead 30 0|4 lead 34 0|5 lead 38 0", "a: x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			marks := LayoutTicks(i18n.English(), ticks, tc.width, tc.gap, tc.span)
			var got []string
			for _, m := range marks {
				lead := "."
				if m.Lead {
					lead = "lead"
				}
				got = append(got, fmt.Sprintf("%d %s %.0f %.0f", m.Group, lead, m.X, m.W))
			}
			if strings.Join(got, "|") != tc.groups {
				t.Errorf("marks %q\nwant  %q", strings.Join(got, "|"), tc.groups)
			}
			if marks[0].GroupLabel != tc.firstLabel {
				t.Errorf("first group's label %q, want %q", marks[0].GroupLabel, tc.firstLabel)
			}
			// Drawn marks do not overlap: each lead starts after the last
			// one's end plus its 3 px minimum.
			end := -1e9
			for _, m := range marks {
				if !m.Lead {
					continue
				}
				x := m.X / 100 * tc.width
				if tc.width > 0 && x < end {
					t.Errorf("mark %s at %.1f px overlaps the previous ending at %.1f", m.Date, x, end)
				}
				end = x + max(3, m.W/100*tc.width)
			}
		})
	}
	if got := strings.Join(LayoutTicks(i18n.English(), ticks, 100, 6, 6)[0].GroupKeys, " "); got != "bloc export-control" {
		t.Errorf("the first group's keys %q", got)
	}
}

// TestTickNodes: one button per date, in order, each named by its own
// events, the group's lead drawn striped with its types and named with all
// its events; only the last date is in the tab order.
func TestTickNodes(t *testing.T) {
	d := fixtures.Dataset(t)
	ticks := Ticks(i18n.English(), d, "2022-06-01", d.AsOf)
	marks := LayoutTicks(i18n.English(), ticks, 240, TickGap, TickSpan)
	nodes := TickNodes(marks)
	if len(nodes) != len(ticks) {
		t.Fatalf("%d buttons for %d dates", len(nodes), len(ticks))
	}
	leads, tabbable := 0, 0
	for i, n := range nodes {
		tk := ticks[i]
		if n.Attrs["data-date"] != tk.Date || n.Attrs["aria-label"] != tk.Label {
			t.Errorf("button %d: %q %q, want %s", i, n.Attrs["data-date"], n.Attrs["aria-label"], tk.Date)
		}
		for _, title := range tk.Events {
			if !strings.Contains(n.Attrs["aria-label"], title) || !strings.Contains(n.Attrs["data-label"], title) {
				t.Errorf("%s: the button does not name %q", tk.Date, title)
			}
		}
		if n.Attrs["tabindex"] == "0" {
			tabbable++
		}
		if n.HasClass("lead") {
			leads++
			var keys []string
			for _, k := range n.Kids {
				keys = append(keys, strings.TrimPrefix(k.Attrs["class"], "k-"))
			}
			if strings.Join(keys, " ") != strings.Join(marks[i].GroupKeys, " ") {
				t.Errorf("%s: stripes %v, want %v", tk.Date, keys, marks[i].GroupKeys)
			}
		} else if !n.HasClass("more") {
			t.Errorf("%s: neither lead nor more", tk.Date)
		}
		if x := n.Attrs["data-x"]; x != dom.Pct(marks[i].X) {
			t.Errorf("%s: data-x %s", tk.Date, x)
		}
	}
	if tabbable != 1 || nodes[len(nodes)-1].Attrs["tabindex"] != "0" {
		t.Errorf("%d buttons in the tab order, want the last one only", tabbable)
	}
	if leads == len(nodes) || leads == 0 {
		t.Errorf("%d drawn marks for %d dates on 240 px: the dense months should group", leads, len(nodes))
	}
}

// TestTicksTypesFromDataset: a tick's colour is its events' type as the
// dataset gives it, not a guess from its text.
func TestTicksTypesFromDataset(t *testing.T) {
	d := fixtures.Dataset(t)
	byDate := map[string][]string{}
	for _, e := range d.Events {
		byDate[e.Date] = append(byDate[e.Date], TickKey(e.Type))
	}
	for _, tk := range Ticks(i18n.English(), d, "2022-06-01", d.AsOf) {
		if strings.Join(tk.Types, " ") != strings.Join(byDate[tk.Date], " ") {
			t.Errorf("%s: types %v, want %v", tk.Date, tk.Types, byDate[tk.Date])
		}
		for _, k := range tk.Keys {
			if _, ok := style.Keys[k]; !ok {
				t.Errorf("%s: key %q has no colour", tk.Date, k)
			}
		}
	}
	for typ, want := range map[string]string{"bloc": style.KeyBloc, "export-control": style.KeyExportControl, "other": style.KeyEvent, "": style.KeyEvent, "summit": style.KeyEvent} {
		if got := TickKey(typ); got != want {
			t.Errorf("TickKey(%q) = %q, want %q", typ, got, want)
		}
	}
}
