package main

import (
	"sync/atomic"
	"syscall/js"
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

// scheduleFrame asks for a frame: the browser's animation frame is granted
// to Ebiten again if it was parked.
func scheduleFrame() {
	frameAsked.Store(true)
	bootWake.call()
}

// frameBegins is called at the start of Update.
func frameBegins() { frameAsked.Store(false) }

// frameEnds is called at the end of Draw: with nothing asked, the loop
// sleeps (Ebiten's next request for an animation frame is parked).
func frameEnds() {
	if !frameAsked.Load() {
		bootSleep.call()
	}
}

// bootFunc is a function of app.js's paxsilicaBoot, or nothing without it
// (the program run by other means): it is looked up when the program starts,
// after app.js has defined it.
type bootFunc struct {
	f  js.Value
	ok bool
}

var bootWake, bootSleep = lookupBoot("wake"), lookupBoot("sleep")

// bootPaintFirst keeps the map's next frame out of the coming paint, so
// that a click's details are painted first (app.js's boot.paintFirst).
var bootPaintFirst = lookupBoot("paintFirst")

func lookupBoot(name string) bootFunc {
	boot := js.Global().Get("paxsilicaBoot")
	if !boot.Truthy() {
		return bootFunc{}
	}
	f := boot.Get(name)
	return bootFunc{f, f.Type() == js.TypeFunction}
}

func (b bootFunc) call() {
	if b.ok {
		b.f.Invoke()
	}
}
