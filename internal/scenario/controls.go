package scenario

import (
	"slices"

	"paxsilica/internal/dataset"
)

// Controls returns China's export controls on mineral that apply at at
// (announced and not suspended), in file order.
func Controls(d *dataset.Dataset, mineral, at string) []dataset.Tie {
	var out []dataset.Tie
	for _, t := range d.Ties {
		if t.Type == dataset.ExportControl && t.From == "CHN" && slices.Contains(t.Minerals, mineral) && dataset.ControlActive(t, at) {
			out = append(out, t)
		}
	}
	return out
}

// Preset is the "today's controls" choice: the target as China's controls
// on mineral stand at at. A control on every destination makes it All;
// otherwise the country the first control names. ok is false when no
// control on the mineral applies at that date.
func Preset(d *dataset.Dataset, mineral, at string) (target string, controls []dataset.Tie, ok bool) {
	controls = Controls(d, mineral, at)
	if len(controls) == 0 {
		return "", nil, false
	}
	for _, t := range controls {
		if t.To == dataset.All {
			return All, controls, true
		}
	}
	return controls[0].To, controls, true
}
