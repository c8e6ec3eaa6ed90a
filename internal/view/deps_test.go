package view

import (
	"os/exec"
	"strings"
	"testing"
)

// The explorer's state machine and the map's geometry (mapview) must stay
// free of the browser and of drawing: no syscall/js, no Ebiten, no gg; nor
// of the catalogs' builder (internal/i18n/langs and x/text's tables), which
// the wasm must not link.
func TestNoBrowserOrDrawingDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if dep == "syscall/js" || strings.Contains(dep, "hajimehoshi/ebiten") || strings.Contains(dep, "fogleman/gg") ||
			dep == "paxsilica/internal/i18n/langs" || strings.HasPrefix(dep, "golang.org/x/text/language") {
			t.Errorf("internal/view depends on %s", dep)
		}
	}
}
