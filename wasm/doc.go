// Command wasm is the Pax Silica Explorer that runs in the browser: built
// with GOOS=js GOARCH=wasm, it draws the map with Ebiten and fills the
// page's HTML from Go. Every file but this one is browser glue (_js.go);
// the explorer's state and decisions live in internal/view (selection,
// hover, events, search, panel and tooltip texts, share texts, messages to
// the embedding page) and where things are on screen in internal/view/mapview
// (fitting, camera, network layout and animation, picking, label placing),
// both tested with plain `go test`, and what it draws comes from
// internal/scene and internal/style.
//
//   - main_js.go: start-up: geometry, URL, dataset, the Ebiten loop.
//   - game_js.go: the game, three parts as in Ebiten's examples/2048: the
//     explorer (view.Explorer), the map's geometry (mapview.Map) and what
//     drawing keeps between frames; input → view events and camera moves.
//   - draw_js.go, network_js.go, labels_js.go, mesh_js.go: drawing the map,
//     the network, the labels, and the triangle batches they are made of.
//   - pick_js.go: hover: what is under the pointer, and the cursor.
//   - page_js.go, panel_js.go, controls_js.go, dom_js.go: the page around
//     the map (view.Page): panel, legend, tooltip, controls, URL.
//   - table_js.go: the Table view and the map's text alternative.
//   - charts_js.go, ticks_js.go: the panel's charts and the timeline's
//     event ticks, composed as HTML by internal/charts: colours, wiring to
//     the map and the timeline, laying the ticks out for the strip's width.
//   - input_js.go: pointer, wheel and keys on the map, and the input queued
//     for the next frame (post, click, drain).
//   - messages_js.go, embed_js.go, share_js.go: the embedding page's
//     messages, the embed layout, the Share dialog.
//   - loop_js.go: idle costs nothing: the loop sleeps when nothing changes.
//   - guard_js.go: the boundary between Go and the page: a failure in a
//     callback or a frame is recovered, logged and said in words
//     (internal/view/guard decides when the explorer must stop).
package main
