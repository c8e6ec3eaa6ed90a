package e2e

import (
	"bytes"
	"image"
	"image/png"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"paxsilica/internal/poster"
)

func get(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

var metaRE = regexp.MustCompile(`<meta (?:property|name)="([^"]+)" content="([^"]*)">`)

// metas returns the page's meta tags by property or name.
func metas(page []byte) map[string]string {
	out := map[string]string{}
	for _, m := range metaRE.FindAllSubmatch(page, -1) {
		out[string(m[1])] = strings.ReplaceAll(string(m[2]), "&amp;", "&")
	}
	return out
}

// Link previews from the real server: per-view tags and images for two
// views, the static fallback for a malformed one, and a refusal of the
// malformed image.
func TestLinkPreviews(t *testing.T) {
	t.Parallel()
	type shot struct {
		img   image.Image
		title string
	}
	var shots []shot
	for _, tc := range []struct {
		query, title string
	}{
		{"mineral=gallium&country=CHN&date=2026-01-10", "China in gallium"},
		{"country=JPN&center=135,35&zoom=4", "Japan: ties over critical minerals"},
	} {
		t.Run(tc.query, func(t *testing.T) {
			resp, page := get(t, siteURL+"?"+tc.query)
			if resp.StatusCode != 200 {
				t.Fatalf("page: %d", resp.StatusCode)
			}
			m := metas(page)
			if !strings.HasPrefix(m["og:title"], tc.title) || !strings.HasPrefix(m["twitter:title"], tc.title) {
				t.Errorf("og:title %q, twitter:title %q, want %q…", m["og:title"], m["twitter:title"], tc.title)
			}
			if m["twitter:card"] != "summary_large_image" || m["og:description"] == "" {
				t.Errorf("card %q, description %q", m["twitter:card"], m["og:description"])
			}
			img := m["og:image"]
			if !strings.HasPrefix(img, siteURL+"preview.png?") || m["twitter:image"] != img {
				t.Fatalf("og:image %q, twitter:image %q", img, m["twitter:image"])
			}
			resp, b := get(t, img)
			if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "image/png" {
				t.Fatalf("image: %d %s: %.200s", resp.StatusCode, resp.Header.Get("Content-Type"), b)
			}
			dec, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("image does not decode: %v", err)
			}
			if w := dec.Bounds().Dx(); m["og:image:width"] != itoa(w) {
				t.Errorf("og:image:width %q, image is %d wide", m["og:image:width"], w)
			}
			text, _ := poster.ReadText(b)
			if !strings.HasPrefix(text["Title"], tc.title) {
				t.Errorf("image title %q, want %q…", text["Title"], tc.title)
			}
			shots = append(shots, shot{dec, text["Title"]})
		})
	}
	if len(shots) == 2 {
		a, b := shots[0].img, shots[1].img
		diff, n := 0, 0
		for y := 0; y < a.Bounds().Dy(); y += 5 {
			for x := 0; x < a.Bounds().Dx(); x += 5 {
				n++
				if a.At(x, y) != b.At(x, y) {
					diff++
				}
			}
		}
		if diff < n/4 {
			t.Errorf("the two views' images differ in %d of %d pixels", diff, n)
		}
	}
	t.Run("malformed view", func(t *testing.T) {
		_, page := get(t, siteURL+"?country=XXX&zoom=banana")
		m := metas(page)
		if !strings.Contains(m["og:image"], "poster.") || strings.Contains(m["og:image"], "preview.png") {
			t.Errorf("a malformed view's page gives og:image %q, want the poster", m["og:image"])
		}
		resp, b := get(t, siteURL+"preview.png?country=XXX&zoom=banana")
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), "country") {
			t.Errorf("malformed image: %d %s", resp.StatusCode, b)
		}
	})
	t.Run("static copy falls back to the poster", func(t *testing.T) {
		page, err := os.ReadFile(filepath.Join(repoRoot, "dist", "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		m := metas(page)
		img := m["og:image"]
		if !strings.HasPrefix(img, "poster.") {
			t.Fatalf("dist/index.html og:image %q, want the hashed poster", img)
		}
		if _, err := os.Stat(filepath.Join(repoRoot, "dist", img)); err != nil {
			t.Errorf("og:image %s is not in dist/: %v", img, err)
		}
	})
}

func itoa(n int) string { return strconv.Itoa(n) }
