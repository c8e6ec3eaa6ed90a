package style

import "testing"

func TestFlowScale(t *testing.T) {
	for _, c := range []struct {
		width, want float64
	}{
		{0, FlowScaleMin},
		{200, FlowScaleMin},
		{FlowScaleWidth * FlowScaleMin, FlowScaleMin},
		{630, 0.7},
		{FlowScaleWidth, 1},
		{2400, 1},
	} {
		if got := FlowScale(c.width); got < c.want-1e-9 || got > c.want+1e-9 {
			t.Errorf("FlowScale(%v) = %v, want %v", c.width, got, c.want)
		}
	}
}
