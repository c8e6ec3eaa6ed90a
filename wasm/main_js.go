package main

import (
	"fmt"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"paxsilica/mapdata"
	"paxsilica/urlstate"
)

func scheduleFrame() { ebiten.ScheduleFrame() }

func main() {
	ui := newPage()
	js.Global().Set("paxsilica", js.Global().Get("Object").New())
	raw, err := await(js.Global().Get("paxsilicaBoot").Get("geometry"))
	if err != nil {
		ui.fail("The map geometry could not be loaded: " + err.Error())
		return
	}
	b := make([]byte, raw.Get("length").Int())
	js.CopyBytesToGo(b, raw)
	world, err := mapdata.Decode(b)
	if err != nil {
		ui.fail("The map geometry is damaged (world-50m.bin): " + err.Error())
		return
	}
	g := newGame(world, ui)
	st, notes := urlstate.Parse(ui.query(), func(code string) bool { return world.Index(code) >= 0 })
	ui.showNotices(notes)
	g.selected = -2 // force the panel to be filled once
	g.setSelected(world.Index(st.Country))

	ebiten.SetWindowTitle("Pax Silica Explorer")
	ebiten.SetFPSMode(ebiten.FPSModeVsyncOffMinimum)
	ebiten.SetScreenClearedEveryFrame(false)
	if err := ebiten.RunGame(g); err != nil {
		ui.fail(fmt.Sprintf("The explorer stopped: %v", err))
	}
}

// await blocks until the JavaScript promise settles. It must not run on a
// JavaScript callback's goroutine.
func await(promise js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	then := js.FuncOf(func(this js.Value, args []js.Value) any {
		ch <- result{v: args[0]}
		return nil
	})
	catch := js.FuncOf(func(this js.Value, args []js.Value) any {
		msg := "unknown error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		ch <- result{err: fmt.Errorf("%s", msg)}
		return nil
	})
	defer then.Release()
	defer catch.Release()
	promise.Call("then", then).Call("catch", catch)
	r := <-ch
	return r.v, r.err
}
