package main

import (
	"errors"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"paxsilica/internal/mapdata"
)

// worldURL is the explorer's world file, beside the reference page one
// directory up.
const worldURL = "../world-50m.bin"

func main() {
	mark("go-main")
	w, err := fetchWorld(worldURL)
	js.Global().Delete("floorWorld")
	mark("world-decoded")
	if err != nil {
		setDetails("The floor map could not load: "+err.Error(), "")
		return
	}
	// Draw only when something changed: Ebiten keeps the screen between
	// frames, and draws nothing to the canvas when Draw drew nothing. One
	// Update per animation frame, with the events queued since the last.
	// Ebiten's requestAnimationFrame loop still calls into Go every frame;
	// the explorer's app.js parks it when idle, the floor does not.
	ebiten.SetScreenClearedEveryFrame(false)
	ebiten.SetTPS(ebiten.SyncWithFPS)
	g := newGame(w)
	g.input.listen(js.Global().Get("document").Call("querySelector", "canvas"))
	if err := ebiten.RunGame(g); err != nil {
		setDetails("The floor map stopped: "+err.Error(), "")
	}
}

// fetchWorld fetches and decodes the world file at url with the browser's
// fetch, or takes the fetch boot.js started (window.floorWorld).
func fetchWorld(url string) (*mapdata.World, error) {
	started := js.Global().Get("floorWorld")
	if !started.Truthy() {
		started = js.Global().Call("fetch", url)
	}
	resp, err := await(started)
	if err != nil {
		return nil, errors.New("floor: " + url + ": " + err.Error())
	}
	if !resp.Get("ok").Bool() {
		return nil, errors.New("floor: " + url + ": HTTP " + resp.Get("status").String())
	}
	buf, err := await(resp.Call("arrayBuffer"))
	if err != nil {
		return nil, errors.New("floor: " + url + ": " + err.Error())
	}
	b := make([]byte, buf.Get("byteLength").Int())
	js.CopyBytesToGo(b, js.Global().Get("Uint8Array").New(buf))
	w, err := mapdata.Decode(b)
	if err != nil {
		return nil, errors.New("floor: " + url + ": " + err.Error())
	}
	return w, nil
}

// await blocks until promise settles and returns its value or its error.
// It must not run on the browser's event loop (it does in main).
func await(promise js.Value) (js.Value, error) {
	done := make(chan js.Value, 1)
	failed := make(chan error, 1)
	then := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- args[0]
		return nil
	})
	defer then.Release()
	catch := js.FuncOf(func(_ js.Value, args []js.Value) any {
		failed <- errors.New(args[0].Call("toString").String())
		return nil
	})
	defer catch.Release()
	promise.Call("then", then, catch)
	select {
	case v := <-done:
		return v, nil
	case err := <-failed:
		return js.Value{}, err
	}
}

// mark marks a step of the start-up on the page's performance timeline as
// floor:<step>, for a start-up breakdown.
func mark(step string) { js.Global().Get("performance").Call("mark", "floor:"+step) }

// setDetails fills the details panel, as the reference does, with text
// only.
func setDetails(title, body string) {
	doc := js.Global().Get("document")
	doc.Call("getElementById", "details-title").Set("textContent", title)
	doc.Call("getElementById", "details-body").Set("textContent", body)
}

// report is window.floor, what the benchmark reads, as the reference's
// window.reference: {ready, firstFrame, frames, frameAt}, times from
// performance.now() in ms.
type report struct {
	obj, frameAt, perf js.Value
	frames             int
}

func newReport() *report {
	r := &report{obj: js.Global().Get("Object").New(), frameAt: js.Global().Get("Array").New(), perf: js.Global().Get("performance")}
	r.obj.Set("ready", 0)
	r.obj.Set("firstFrame", 0)
	r.obj.Set("frames", 0)
	r.obj.Set("frameAt", r.frameAt)
	js.Global().Set("floor", r.obj)
	return r
}

// frame records a frame drawn now; the first one also makes the page ready.
func (r *report) frame() {
	now := r.perf.Call("now")
	r.frames++
	r.obj.Set("frames", r.frames)
	if r.frames == 1 {
		mark("first-frame")
		r.obj.Set("firstFrame", now)
		r.obj.Set("ready", now)
	}
	r.frameAt.Call("push", now)
	if r.frameAt.Length() > 1024 {
		r.frameAt.Call("shift")
	}
}
