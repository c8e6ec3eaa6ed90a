package main

import (
	"sync/atomic"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
)

// Ebiten's loop asks the browser for every animation frame, even when it has
// nothing to draw, and each answer is a call into Go: about 40 ms of CPU a
// second on a slow machine, spent on nothing. app.js hands Ebiten a
// requestAnimationFrame that parks the request while the explorer sleeps.
// The explorer sleeps after a frame in which nothing asked for another, and
// wakes whenever something does (an event, a timer, an animation).

// frameAsked records whether anything asked for a frame since the last
// Update began.
var frameAsked atomic.Bool

// scheduleFrame asks for a frame: Ebiten's, and the browser's if parked.
func scheduleFrame() {
	frameAsked.Store(true)
	ebiten.ScheduleFrame()
	callBoot("wake")
}

// frameBegins is called at the start of Update.
func frameBegins() { frameAsked.Store(false) }

// frameEnds is called at the end of Draw: with nothing asked, the loop sleeps.
func frameEnds() {
	if !frameAsked.Load() {
		callBoot("sleep")
	}
}

// callBoot calls paxsilicaBoot[name]() if app.js defines it.
func callBoot(name string) {
	boot := js.Global().Get("paxsilicaBoot")
	if boot.Truthy() {
		if f := boot.Get(name); f.Type() == js.TypeFunction {
			f.Invoke()
		}
	}
}
