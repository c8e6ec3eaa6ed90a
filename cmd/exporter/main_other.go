//go:build !js

package main

import (
	"fmt"
	"os"
)

// main says how to build the exporter: it runs only in the browser.
func main() {
	fmt.Fprintln(os.Stderr, "exporter: build with GOOS=js GOARCH=wasm; the page loads it when the reader opens Download")
	os.Exit(2)
}
