// Command floor is the benchmark's reference page written with the
// explorer's fixed stack: Go compiled to WebAssembly, drawing with Ebiten.
// It is the smallest honest Go and Ebiten program that does the reference's
// job (e2e/reference/reference.js), so that BenchmarkVersusReference can
// tell what the stack itself costs in the browser apart from what the
// explorer adds.
//
// It fetches world-50m.bin (boot.js starts the fetch), fits the world into
// its canvas as the reference does, and fills every country with style.Land
// over style.Sea in one DrawTriangles32 call per frame, redrawing the whole
// world whenever something changed and never otherwise. A wheel zooms about
// the pointer and a drag pans by d3-zoom's rule; a release that moved under
// 3 px is a click: the country under it is filled with style.Selected and
// named in the details panel. It draws no borders and no outlines, so it does less than
// the reference: a lower bound of the stack, not a rival page.
//
// Every file but this one is built only for GOOS=js GOARCH=wasm (_js.go):
//
//   - main_js.go: start-up: the world's fetch and decode, window.floor,
//     the Ebiten loop.
//   - game_js.go: the game: the view transform, what input does, drawing.
//   - input_js.go: the canvas's pointer and wheel events, queued for Update.
package main
