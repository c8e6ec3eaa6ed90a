package main

import (
	"sync"
	"syscall/js"

	"paxsilica/internal/geo"
)

// pointerEvent is one DOM event on the canvas, in CSS pixels.
type pointerEvent struct {
	kind string // "down", "move", "up" or "wheel"
	at   geo.Point
	dy   float64 // the wheel's deltaY
}

// inputQueue holds the canvas's pointer and wheel events until the next
// Update. Events, not Ebiten's per-frame state: a press and a release
// within one frame still make a click.
type inputQueue struct {
	mu sync.Mutex
	q  []pointerEvent
}

// listen queues the canvas's pointer and wheel events.
func (in *inputQueue) listen(canvas js.Value) {
	for _, name := range []string{"pointerdown", "pointermove", "pointerup", "wheel"} {
		kind := name
		if kind != "wheel" {
			kind = name[len("pointer"):]
		}
		canvas.Call("addEventListener", name, js.FuncOf(func(_ js.Value, args []js.Value) any {
			e := args[0]
			if kind == "down" {
				canvas.Call("setPointerCapture", e.Get("pointerId"))
			}
			ev := pointerEvent{kind: kind, at: geo.Point{X: e.Get("offsetX").Float(), Y: e.Get("offsetY").Float()}}
			if kind == "wheel" {
				ev.dy = e.Get("deltaY").Float()
			}
			in.mu.Lock()
			in.q = append(in.q, ev)
			in.mu.Unlock()
			return nil
		}))
	}
}

// drain returns the queued events and empties the queue.
func (in *inputQueue) drain() []pointerEvent {
	in.mu.Lock()
	defer in.mu.Unlock()
	q := in.q
	in.q = nil
	return q
}
