package main

import (
	"runtime/debug"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"paxsilica/internal/view/guard"
)

// The boundary between Go and the page. A panic that crossed it (a
// JavaScript exception in a call Go made, a bug) would end the Go program
// and leave a dead page; here it is recovered, logged to the console with
// its stack, and said in words in the panel, and the map goes on. Only
// failures frame after frame (guard.StopAfter in a row) stop the explorer,
// with a message saying what broke and to reload. Every JavaScript callback
// into Go is made with funcOf, and the game runs inside guardedGame.

// funcOf is js.FuncOf behind the boundary; where says what the callback
// does, for the reader ("handling a click").
func (p *page) funcOf(where string, f func(this js.Value, args []js.Value) any) js.Func {
	return js.FuncOf(func(this js.Value, args []js.Value) (out any) {
		defer func() {
			if r := recover(); r != nil {
				p.recovered(where, r)
				out = nil
			}
		}()
		return f(this, args)
	})
}

// logFault writes a recovered failure to the console with its stack.
func logFault(where string, r any) {
	defer func() { recover() }() // the console itself may be what fails
	js.Global().Get("console").Call("error", "paxsilica: failed while "+where+": "+guard.Describe(r)+"\n"+string(debug.Stack()))
}

// recovered handles a failure caught outside the frame loop.
func (p *page) recovered(where string, r any) {
	logFault(where, r)
	p.faults.Handled()
	if p.faults.Say() {
		p.sayFault(guard.Survived(p.loc, where, r))
	}
	scheduleFrame() // the map may owe a frame
}

// sayFault shows msg as a notice in the panel, with nothing that may be
// what failed (app.js's builder), and drops a failure here: the console
// has the details.
func (p *page) sayFault(msg string) {
	defer func() { recover() }()
	li := p.el("li", "fault", msg)
	li.Call("setAttribute", "role", "alert")
	p.appendNotice(li)
}

// guardedGame runs the game's frames behind the boundary.
type guardedGame struct {
	g    *game
	p    *page
	bad  bool  // this frame's Update failed
	stop error // set once the explorer gives up; Update returns it
}

func (gg *guardedGame) Update() (err error) {
	if gg.stop != nil {
		return gg.stop
	}
	gg.bad = false
	defer func() {
		if r := recover(); r != nil {
			gg.bad = true
			err = gg.failed("updating the explorer", r)
		}
	}()
	return gg.g.Update()
}

func (gg *guardedGame) Draw(screen *ebiten.Image) {
	if gg.stop != nil {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			gg.failed("drawing the map", r)
		} else if !gg.bad {
			gg.p.faults.FrameOK()
		}
	}()
	gg.g.Draw(screen)
}

func (gg *guardedGame) Layout(w, h int) (int, int) {
	x, y := gg.LayoutF(float64(w), float64(h))
	return int(x), int(y)
}

// LayoutF keeps the last good size when laying out fails.
func (gg *guardedGame) LayoutF(w, h float64) (rw, rh float64) {
	defer func() {
		if r := recover(); r != nil {
			gg.p.recovered("laying out the map", r)
			rw, rh = float64(max(gg.g.m.W, 1)), float64(max(gg.g.m.H, 1))
		}
	}()
	return gg.g.LayoutF(w, h)
}

// failed records a failed frame. It returns ebiten.Termination once the
// failures in a row reach guard.StopAfter, after saying so in words.
func (gg *guardedGame) failed(where string, r any) error {
	logFault(where, r)
	if !gg.p.faults.Failed() {
		if gg.p.faults.Say() {
			gg.p.sayFault(guard.Survived(gg.p.loc, where, r))
		}
		scheduleFrame() // try again on the next frame
		return nil
	}
	gg.p.fail(guard.Stopped(gg.p.loc, where, r))
	gg.stop = ebiten.Termination
	return gg.stop
}
