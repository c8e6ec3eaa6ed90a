// Command wasm is the Pax Silica Explorer that runs in the browser: built with
// GOOS=js GOARCH=wasm, it draws the map with Ebiten and fills the page's HTML
// panels from Go. Every file but this one is browser glue (_js.go); the logic
// it uses lives in packages that plain `go test` covers.
package main
