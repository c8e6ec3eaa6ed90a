package e2e

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"paxsilica/internal/kit/sitefiles"
)

// sizeBudget is what the built site may send at most, at one compression
// level: the explorer's wasm in brotli and the whole first load (what the
// page loads by itself; see sitefiles.OnDemand). Each is the size measured when the
// budget was set plus about 2 %: a change that makes the wasm grow more
// than that must say so here (docs/BENCHMARKS.md, "Sizes").
type sizeBudget struct{ wasm, firstLoad int }

// sizeBudgets, by the level dist/ was compressed at: brotli 3 (make build,
// make test) and brotli 11 (make dist, what ships; #14's target for the
// first load is 2.0 MB).
var sizeBudgets = map[bool]sizeBudget{
	false: {wasm: 3_290_000, firstLoad: 3_540_000},
	true:  {wasm: 2_385_000, firstLoad: 2_595_000},
}

// TestSizeBudget measures the site in dist/ as built against its budget.
// It lives with the browser tests because they too need dist/ (make test
// builds it first; TestMain stops without it), so it never passes for want
// of a build.
func TestSizeBudget(t *testing.T) {
	t.Parallel()
	dist := filepath.Join(repoRoot, "dist")
	if wasms, _ := filepath.Glob(filepath.Join(dist, "explorer.??????????.wasm")); len(wasms) != 1 {
		t.Fatalf("site: dist/ holds %d built explorers, want 1: rebuild it (make build)", len(wasms))
	}
	best, ok := compressedAt(t, filepath.Join(dist, "index.html"))
	if !ok {
		t.Fatalf("site: dist/index.html.br is compressed at neither brotli 3 nor 11: rebuild dist/")
	}
	budget := sizeBudgets[best]
	wasm, firstLoad := 0, 0
	err := filepath.WalkDir(dist, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dist, p)
		n := filepath.ToSlash(rel)
		if ext := filepath.Ext(n); ext == ".br" || ext == ".gz" || sitefiles.OnDemand(n) {
			return nil
		}
		st, err := os.Stat(p + ".br")
		if err != nil {
			st, err = os.Stat(p)
		}
		if err != nil {
			return err
		}
		firstLoad += int(st.Size())
		if strings.HasPrefix(n, "explorer.") {
			wasm = int(st.Size())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	level := map[bool]string{false: "brotli 3", true: "brotli 11"}[best]
	t.Logf("%s: explorer wasm %d bytes (budget %d), first load %d (budget %d)", level, wasm, budget.wasm, firstLoad, budget.firstLoad)
	if wasm > budget.wasm {
		t.Errorf("site: the explorer's wasm is %d bytes in %s, over its budget of %d: find what it newly links (docs/BENCHMARKS.md, Sizes)", wasm, level, budget.wasm)
	}
	if firstLoad > budget.firstLoad {
		t.Errorf("site: the first load is %d bytes in %s, over its budget of %d", firstLoad, level, budget.firstLoad)
	}
}

// compressedAt says whether the .br copy beside path was made at brotli 11
// (true) or brotli 3 (false), by compressing path again at each (ok is false
// when neither gives the same size).
func compressedAt(t *testing.T, path string) (best, ok bool) {
	t.Helper()
	st, err := os.Stat(path + ".br")
	if err != nil {
		t.Fatalf("site: %v", err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, best := range []bool{false, true} {
		tmp := filepath.Join(t.TempDir(), "index.html")
		if err := os.WriteFile(tmp, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		br, _, err := sitefiles.Precompress(tmp, sitefiles.Compression{Best: best})
		if err != nil {
			t.Fatal(err)
		}
		if int64(br) == st.Size() {
			return best, true
		}
	}
	return false, false
}
