package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"paxsilica/internal/geo"
	"paxsilica/internal/kit/sitefiles"
	"paxsilica/internal/mapdata/hittest"
	"paxsilica/internal/style"
)

// The floor (e2e/reference/floor) is the reference page written with the
// explorer's fixed stack, Go and Ebiten; BenchmarkVersusReference measures
// it as a third subject. It is built once per test binary run.
var floorBuild struct {
	once sync.Once
	path string
	err  error
}

// floorWasm builds e2e/reference/floor for js/wasm with the flags the
// Makefile builds the explorer with (its WASMFLAGS), once, and returns the
// file's path.
func floorWasm(t testing.TB) string {
	t.Helper()
	floorBuild.once.Do(func() {
		mk, err := os.ReadFile(filepath.Join(repoRoot, "Makefile"))
		if err != nil {
			floorBuild.err = err
			return
		}
		m := regexp.MustCompile(`(?m)^WASMFLAGS\s*:=(.*)$`).FindSubmatch(mk)
		if m == nil {
			floorBuild.err = fmt.Errorf("the Makefile sets no WASMFLAGS")
			return
		}
		// Beside the serve binary: removed when the test binary ends.
		out := filepath.Join(filepath.Dir(serveBin), "floor.wasm")
		// The shell splits the flags as it does when make runs the build.
		cmd := exec.Command("sh", "-c", `exec go build `+string(m[1])+` -o "$0" ./e2e/reference/floor`, out)
		cmd.Dir = repoRoot
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if b, err := cmd.CombinedOutput(); err != nil {
			floorBuild.err = fmt.Errorf("%v\n%s", err, b)
			return
		}
		floorBuild.path = out
	})
	if floorBuild.err != nil {
		t.Fatalf("building e2e/reference/floor: %v", floorBuild.err)
	}
	return floorBuild.path
}

// addFloor lays the floor out in floor/ of site, a directory made by
// referenceSite (the world file and reference.css are one level up): its
// page and boot script, and the wasm and Go's wasm_exec.js under
// content-hashed names, as the explorer's are, each compressed with c. It
// returns the wasm's raw and brotli sizes. Open it at floor/index.html.
func addFloor(t testing.TB, site string, c sitefiles.Compression) (raw, br int) {
	t.Helper()
	dir := filepath.Join(site, "floor")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	read := func(path string) []byte {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	write := func(name string, b []byte) int {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		n, _, err := sitefiles.Precompress(path, c)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	src := filepath.Join(repoRoot, "e2e", "reference", "floor")
	page, boot := string(read(filepath.Join(src, "index.html"))), string(read(filepath.Join(src, "boot.js")))
	for _, f := range []struct{ name, path string }{
		{"floor.wasm", floorWasm(t)},
		{"wasm_exec.js", filepath.Join(repoRoot, "dist", distFile(t, "wasm_exec"))},
	} {
		b := read(f.path)
		hashed := sitefiles.Hashed(f.name, b)
		quoted := `"` + f.name + `"`
		if !strings.Contains(page+boot, quoted) {
			t.Fatalf("e2e/reference/floor loads no %s", f.name)
		}
		page = strings.ReplaceAll(page, quoted, `"`+hashed+`"`)
		boot = strings.ReplaceAll(boot, quoted, `"`+hashed+`"`)
		if n := write(hashed, b); f.name == "floor.wasm" {
			raw, br = len(b), n
		}
	}
	write("index.html", []byte(page))
	write("boot.js", []byte(boot))
	return raw, br
}

// TestFloorPageWorks opens the floor as the benchmark lays it out, clicks
// Brazil and looks: the panel names it, Brazil is filled with the
// selection's colour and the sea is the sea. (Not timed: the benchmark
// measures it.)
func TestFloorPageWorks(t *testing.T) {
	t.Parallel()
	site := referenceSite(t)
	addFloor(t, site, sitefiles.Compression{})
	url, stop, err := startServer(site)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	ctx := newTab(t, viewportW, viewportH)
	if err := chromedp.Run(ctx, chromedp.Navigate(url+"floor/index.html")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.floor && window.floor.ready > 0 && window.floor.frames > 0`, "the floor's first frame")

	w := loadWorld(t)
	bra := &w.Countries[w.Index("BRA")]
	fit := fitIn(t, ctx, "map")
	at := fit.Apply(bra.Label)
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(at.X, at.Y)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("details-title").textContent === "Brazil"`, "the details panel naming Brazil")
	if got := text(t, ctx, "#details-body"); got != "BRA" {
		t.Errorf("details body = %q, want BRA", got)
	}

	// A pixel inside Brazil clear of its borders: the label's, checked
	// against the outline (5 px each way inside), and a pixel of open sea
	// in the South Atlantic, east of Brazil.
	inside := func(p geo.Point) bool { return w.Contains(bra, fit.Invert(p)) }
	for _, d := range []geo.Point{{X: 5}, {X: -5}, {Y: 5}, {Y: -5}} {
		if !inside(geo.Point{X: at.X + d.X, Y: at.Y + d.Y}) {
			t.Fatalf("Brazil's label point %v is within 5 px of its border", at)
		}
	}
	sea := fit.Apply(geo.Point{X: bra.Bounds.Max.X + (bra.Bounds.Max.X-bra.Bounds.Min.X)/2, Y: (bra.Bounds.Min.Y + bra.Bounds.Max.Y) / 2})
	if hittest.New(w).At(fit.Invert(sea)) >= 0 {
		t.Fatalf("the sea point %v is on land", sea)
	}
	waitUntil(t, ctx, "Brazil filled with the selection's colour over the sea", func() (bool, string) {
		img := screenshot(t, ctx)
		b, s := img.At(int(at.X), int(at.Y)), img.At(int(sea.X), int(sea.Y))
		return near(b, style.Selected, 3) && near(s, style.Sea, 3),
			fmt.Sprintf("Brazil's pixel %v is %v (want %v), the sea's %v is %v (want %v)", at, b, style.Selected, sea, s, style.Sea)
	})
}
