package scene

import (
	"testing"

	"paxsilica/internal/i18n"
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
