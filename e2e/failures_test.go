package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// siteWithout serves a copy of dist/ with the named file missing (or
// replaced by content when content is not nil) and returns its URL.
func siteWithout(t *testing.T, name string, content []byte) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(repoRoot, "dist")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || e.Name() == name {
			continue
		}
		// Links keep the copy cheap: the .wasm is megabytes.
		if err := os.Symlink(filepath.Join(src, e.Name()), filepath.Join(dir, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	if content != nil {
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	url, stop, err := startServer(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	return url
}

func TestLoadFailuresAreExplained(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		content    []byte
		want       string
	}{
		{"wasm missing", "explorer.wasm", nil, "The explorer could not start: explorer.wasm: HTTP 404"},
		{"wasm corrupt", "explorer.wasm", []byte("not wasm at all"), "The explorer could not start: "},
		{"geometry missing", "world-50m.bin", nil, "The map geometry could not be loaded: Error: world-50m.bin: HTTP 404"},
		{"geometry corrupt", "world-50m.bin", []byte("PSXWORLD\x02\x00\x00\x00"), "The map geometry is damaged (world-50m.bin): not a world geometry file: version 2, want 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			url := siteWithout(t, tc.file, tc.content)
			ctx := newTab(t, viewportW, viewportH)
			if err := chromedp.Run(ctx, chromedp.Navigate(url)); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, fmt.Sprintf(`document.getElementById("status-text").textContent.startsWith(%q) && document.getElementById("status").classList.contains("error")`, tc.want), "the message "+tc.want)
			if !visible(t, ctx, "#status") {
				t.Error("the error message is not visible")
			}
		})
	}
}
