package scene

import (
	"testing"

	"paxsilica/internal/i18n"
	"paxsilica/internal/i18n/langs"
	"paxsilica/internal/style/scale"
	"paxsilica/internal/view/urlstate"
)

// Every legend mark with a catalog key says, in English, its own words:
// the page shows the key's text, so English must not change.
func TestMarkKeysSayTheirText(t *testing.T) {
	en := i18n.English()
	var marks []Mark
	marks = append(marks, ScaleMarks()...)
	marks = append(marks, BlocMarks()...)
	marks = append(marks, GroupMarks()...)
	marks = append(marks, ArcLayerMarks(urlstate.State{})...)
	marks = append(marks, LayerMark(urlstate.LayerBlocs))
	for _, m := range marks {
		if m.Key != "" && en.T(m.Key) != m.Text {
			t.Errorf("mark %q: its key %s says %q", m.Text, m.Key, en.T(m.Key))
		}
	}
	for l, name := range LayerNames {
		if en.T(LayerKeys[l]) != name {
			t.Errorf("layer %s: key %q says %q, not %q", l, LayerKeys[l], en.T(LayerKeys[l]), name)
		}
	}
}

// The scale's open-ended classes in the reader's words: English keeps
// ScaleMarks' own, Hindi says them its way; the ranges between stay.
func TestScaleMarksIn(t *testing.T) {
	hi, _ := langs.Get("hi", nil)
	en, marks := ScaleMarksIn(i18n.English()), ScaleMarks()
	for i := range marks {
		if en[i] != marks[i] {
			t.Errorf("English mark %d: %+v, want %+v", i, en[i], marks[i])
		}
	}
	his := ScaleMarksIn(hi)
	last := len(scale.Breaks)
	for _, tc := range []struct {
		i    int
		want string
	}{{0, "1% से कम"}, {1, marks[1].Text}, {last, "50% या अधिक"}} {
		if his[tc.i].Text != tc.want {
			t.Errorf("Hindi mark %d: %q, want %q", tc.i, his[tc.i].Text, tc.want)
		}
	}
}
