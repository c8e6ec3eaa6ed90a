package main

import (
	"fmt"
	"net/url"
	"strings"
	"syscall/js"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"paxsilica/internal/dataset"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/view"
	"paxsilica/internal/view/guard"
	"paxsilica/internal/view/urlstate"
)

func main() {
	mark("go-main") // the Go runtime started, every package initialised
	// app.js may have left the language's catalog in window.paxsilica.
	if js.Global().Get("paxsilica").Type() != js.TypeObject {
		js.Global().Set("paxsilica", js.Global().Get("Object").New())
	}
	// The language first: every text below, failures too, is said in it.
	search, _ := url.ParseQuery(strings.TrimPrefix(js.Global().Get("location").Get("search").String(), "?"))
	lang, _ := urlstate.Lang(search.Get(urlstate.LangParam)) // an unknown one is noticed with the rest below
	loc, langNotes := pageCatalog(lang)
	ui := newPage(loc)
	raw, err := await(js.Global().Get("paxsilicaBoot").Get("geometry"))
	if err != nil {
		ui.fail(loc.F("error.geometry", "error", err.Error()))
		return
	}
	b := make([]byte, raw.Get("length").Int())
	js.CopyBytesToGo(b, raw)
	world, err := mapdata.Decode(b)
	mark("geometry-decoded")
	if err != nil {
		ui.fail(loc.F("error.geometryDamaged", "error", err.Error()))
		return
	}
	q, _ := url.ParseQuery(ui.query())
	origin, originNotes := guard.OriginParam(q.Get("origin"))
	m := newMessenger(js.Global(), origin)
	m.listen(ui)
	if q.Get("embed") == "1" {
		ui.embedMode()
	}
	ui.msg = m
	g := newGame(world, ui)
	ui.clickNow = g.clickNow
	ui.watchMapArea(g.areaMoved)
	ui.wireControls(world)
	ui.wireScenario(world)
	ui.setChartColours()
	ui.wireCharts()
	ui.wireShare()
	st, notes := urlstate.Parse(ui.query(), urlstate.Checks{Country: func(code string) bool { return world.Index(code) >= 0 }})
	ui.showNotices(append(append(notes, langNotes...), originNotes...))
	if st.View == urlstate.ViewNetwork {
		g.m.JumpToNetwork()
	}
	if st.HasCentre {
		g.m.SetCamera(st.Lon, st.Lat, st.Zoom)
	}
	g.ex = view.NewIn(loc, world, st, ui, nil)
	g.stateChanged()

	go loadDataset(ui)
	mark("page-wired")

	ebiten.SetWindowTitle("Pax Silica Explorer")
	// Ebiten draws a frame, with one Update, on each animation frame it is
	// granted; app.js grants none while the explorer sleeps (loop_js.go),
	// so an idle explorer draws nothing. (The deprecated minimum-FPS mode
	// drew only when asked too, but also ran a whole frame inside every
	// mouse, wheel, key and touch event: a click's details waited for a
	// frame in the click's own task, and a gesture drew a frame per event.)
	ebiten.SetTPS(ebiten.SyncWithFPS)
	ebiten.SetScreenClearedEveryFrame(false)
	// The page, not the map, has the focus at first: readers tab to the map.
	if err := ebiten.RunGameWithOptions(&guardedGame{g: g, p: ui}, &ebiten.RunGameOptions{InitUnfocused: true}); err != nil {
		// Ebiten cannot start without WebGL 2: say that in words (app.js
		// does not check first; a context to check cost every start).
		if !hasWebGL2() {
			ui.fail(loc.T("boot.noWebGL"))
			return
		}
		ui.fail(loc.F("error.stoppedErr", "error", err.Error()))
	}
}

// loadDataset fetches (already started by app.js), checks and builds the
// dataset once, and hands it to the game; a broken one is reported in the
// panel with every problem's JSON path while the map goes on working.
func loadDataset(ui *page) {
	defer func() {
		if r := recover(); r != nil {
			ui.recovered("reading the dataset", r)
			err := fmt.Errorf("%s", guard.Describe(r))
			ui.showDatasetError(view.DatasetProblems(ui.loc, err))
			ui.post(view.DatasetLoaded{Err: err})
		}
	}()
	raw, err := await(js.Global().Get("paxsilicaBoot").Get("dataset"))
	if err != nil {
		ui.showDatasetError(view.DatasetProblems(ui.loc, err))
		ui.post(view.DatasetLoaded{Err: err})
		return
	}
	b := make([]byte, raw.Get("length").Int())
	js.CopyBytesToGo(b, raw)
	afterFirstFrame(ui)
	mark("dataset-decode-start")
	ds, err := dataset.Load(b)
	mark("dataset-decoded")
	// For the benchmark: decode and validate the dataset again, alone on the
	// event loop, and answer how long it took in ms (target: 20 ms). At
	// start-up the load shares the loop with the first frames.
	ui.win.Get("paxsilica").Set("decodeDataset", ui.funcOf("decoding the dataset", func(js.Value, []js.Value) any {
		start := time.Now()
		dataset.Load(b)
		return float64(time.Since(start).Microseconds()) / 1000
	}))
	if err != nil {
		ui.showDatasetError(view.DatasetProblems(ui.loc, err))
		ui.post(view.DatasetLoaded{Err: err})
		return
	}
	ui.showDatasetInfo(ds)
	ui.post(view.DatasetLoaded{Data: ds})
	mark("dataset-shown")
}

// firstDrawn is closed when the first frame has been drawn.
var firstDrawn = make(chan struct{})

// afterFirstFrame waits until the first frame has been drawn (or, without
// one, 5 s: a page that never gets an animation frame still gets its
// dataset), then for a task of its own. Go runs every goroutine that can run
// before it gives the thread back, so without this the dataset's work (decode,
// panel, lists, about a second on a first visit here) ran inside the first
// frame's task: the live map was painted, and paxsilica:ready delivered, only
// after it. Now both come first, and the dataset follows in its own task.
func afterFirstFrame(ui *page) {
	select {
	case <-firstDrawn:
	case <-time.After(5 * time.Second):
	}
	await(ui.nextTask())
}

// nextTask returns a promise settled by a zero-delay timer: a task that the
// browser queues after what is already waiting (the ready message, input).
func (p *page) nextTask() js.Value {
	executor := p.funcOf("waiting for a task of its own", func(_ js.Value, args []js.Value) any {
		p.win.Call("setTimeout", args[0], 0)
		return nil
	})
	defer executor.Release() // the Promise constructor calls it at once
	return p.win.Get("Promise").New(executor)
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
