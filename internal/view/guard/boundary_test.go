package guard

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every JavaScript callback into the explorer goes through the boundary
// (page.funcOf in wasm/guard_js.go): a js.FuncOf elsewhere would let a panic
// end the program and leave a dead page. The only others are await's, which
// only hand a promise's result to a channel.
func TestCallbacksPassTheBoundary(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "wasm", "*_js.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no wasm/*_js.go found: %v", err)
	}
	allowed := map[string]int{"guard_js.go": 1, "main_js.go": 2}
	call := regexp.MustCompile(`\bjs\.FuncOf\(`)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var n int
		for _, line := range strings.Split(string(b), "\n") {
			if code, _, _ := strings.Cut(line, "//"); call.MatchString(code) {
				n++
			}
		}
		if name := filepath.Base(f); n > allowed[name] {
			t.Errorf("%s calls js.FuncOf %d times (%d allowed): use page.funcOf, so that a panic is recovered", name, n, allowed[name])
		}
	}
}
