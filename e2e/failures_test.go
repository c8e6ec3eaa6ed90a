package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// siteWithout serves a copy of dist/ with one file missing (or replaced by
// content when content is not nil) and returns its URL. stem names the file
// before its content hash ("explorer" for explorer.<hash>.wasm); its
// compressed copies go too, so the replacement is what is served.
func siteWithout(t *testing.T, stem string, content []byte) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(repoRoot, "dist")
	name := distFile(t, stem)
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || e.Name() == name || e.Name() == name+".br" || e.Name() == name+".gz" {
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
	t.Parallel()
	for _, tc := range []struct {
		name, file string
		content    []byte
		want       string
	}{
		{"wasm missing", "explorer", nil, "The explorer could not start: " + distFile(t, "explorer") + ": HTTP 404"},
		{"wasm corrupt", "explorer", []byte("not wasm at all"), "The explorer could not start: "},
		{"geometry missing", "world-50m", nil, "The map geometry could not be loaded: Error: " + distFile(t, "world-50m") + ": HTTP 404"},
		{"geometry corrupt", "world-50m", []byte("PSXWORLD\x09\x00\x00\x00"), "The map geometry is damaged (world-50m.bin): not a world geometry file: version 9, want 3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
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

// distFile returns the name in dist/ of the file with the given stem:
// "explorer" → "explorer.<hash>.wasm", "dataset.json" → itself.
func distFile(t testing.TB, stem string) string {
	t.Helper()
	if _, err := os.Stat(filepath.Join(repoRoot, "dist", stem)); err == nil {
		return stem
	}
	matches, _ := filepath.Glob(filepath.Join(repoRoot, "dist", stem+".??????????.*"))
	for _, m := range matches {
		if ext := filepath.Ext(m); ext != ".br" && ext != ".gz" {
			return filepath.Base(m)
		}
	}
	t.Fatalf("no %s.<hash>.* in dist/", stem)
	return ""
}
