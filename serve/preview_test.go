package main

import (
	"bytes"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"paxsilica/internal/i18n/langs"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/poster"
	"paxsilica/internal/view/caption"
)

// previewFS is a site with the real dataset and geometry and a page with
// the preview block.
func previewFS(t *testing.T) fstest.MapFS {
	t.Helper()
	data, err := os.ReadFile(fixtures.Path("dataset.json"))
	if err != nil {
		t.Fatal(err)
	}
	world, err := os.ReadFile(fixtures.Path("world-50m.bin"))
	if err != nil {
		t.Fatal(err)
	}
	return fstest.MapFS{
		"index.html":               {Data: []byte("<!doctype html><head>" + previewStart + `<meta property="og:image" content="poster.png">` + previewEnd + "</head>")},
		"dataset.json":             {Data: data},
		"world-50m.0123456789.bin": {Data: world},
	}
}

func TestPreviewPage(t *testing.T) {
	h := routes(previewFS(t), testOptions("*"))
	for _, tc := range []struct {
		name, path string
		want       []string // in the page
		not        []string
	}{
		{"no view: the static page", "/", []string{`content="poster.png"`}, []string{"og:title"}},
		{"a mineral", "/?mineral=gallium", []string{`property="og:title" content="Gallium`, `og:image" content="http://explorer.test/preview.png?mineral=gallium"`, "twitter:card", "2025: China 100%"}, []string{`content="poster.png"`}},
		{"a mineral at a date before MCS 2026", "/?mineral=gallium&date=2026-01-10", []string{"2024: China 98.7%"}, nil},
		{"a country, normalised", "/index.html?country=jpn&zoom=1", []string{`content="Japan: ties`, `preview.png?country=JPN"`}, nil},
		{"an unknown view: the static page", "/?country=XXX", []string{`content="poster.png"`}, []string{"og:title"}},
		{"a hostile value is not markup", "/?mineral=%22%3E%3Cscript%3E", []string{`content="poster.png"`}, []string{"<script>"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(h, "GET", tc.path, nil)
			body := rec.Body.String()
			if rec.Code != 200 {
				t.Fatalf("status %d: %s", rec.Code, body)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %s:\n%s", w, body)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(body, w) {
					t.Errorf("page has %s:\n%s", w, body)
				}
			}
		})
	}
}

// A Host the site does not answer for gets the static page: the tags'
// absolute URLs never point at a host the client chose.
func TestPreviewPageForeignHost(t *testing.T) {
	req := httptest.NewRequest("GET", "http://evil.example/?mineral=gallium", nil)
	rec := httptest.NewRecorder()
	routes(previewFS(t), testOptions("*")).ServeHTTP(rec, req)
	if body := rec.Body.String(); strings.Contains(body, "evil.example") || !strings.Contains(body, `content="poster.png"`) {
		t.Errorf("status %d, page:\n%s", rec.Code, body)
	}
}

func TestPreviewImage(t *testing.T) {
	h := routes(previewFS(t), testOptions("*"))
	for _, tc := range []struct {
		name, path string
		status     int
		title      string
	}{
		{"default view", "/preview.png", 200, caption.DefaultTitle},
		{"a mineral and a country", "/preview.png?mineral=gallium&country=CHN&date=2026-01-10", 200, "China in gallium"},
		{"unknown country", "/preview.png?country=XXX", 400, ""},
		{"unknown parameter", "/preview.png?colour=red", 400, ""},
		{"malformed zoom", "/preview.png?zoom=1e9&center=1,2", 400, ""},
		{"too long", "/preview.png?country=" + strings.Repeat("A", 2000), 400, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(h, "GET", tc.path, nil)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d: %.200s", rec.Code, tc.status, rec.Body.String())
			}
			if tc.status != 200 {
				if !strings.Contains(rec.Body.String(), "preview") {
					t.Errorf("the refusal does not say what refused: %s", rec.Body.String())
				}
				return
			}
			b := rec.Body.Bytes()
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("not a PNG: %v", err)
			}
			if img.Bounds().Dx() != previewWidth {
				t.Errorf("width %d, want %d", img.Bounds().Dx(), previewWidth)
			}
			text, _ := poster.ReadText(b)
			if !strings.HasPrefix(text["Title"], tc.title) {
				t.Errorf("title %q, want %q…", text["Title"], tc.title)
			}
			if rec.Header().Get("Content-Type") != "image/png" {
				t.Errorf("Content-Type %q", rec.Header().Get("Content-Type"))
			}
		})
	}
}

// The same view, however written, is drawn once; the cache is bounded.
func TestPreviewCache(t *testing.T) {
	p := newPreviews(previewFS(t), publicSite{})
	p.now = func() time.Time { return time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC) }
	for _, q := range []string{"country=JPN&mineral=gallium", "mineral=GALLIUM&country=jpn", "country=JPN&mineral=gallium&layers=blocs,imports,agreements,controls"} {
		rec := do(http.HandlerFunc(p.serveImage), "GET", "/preview.png?"+q, nil)
		if rec.Code != 200 {
			t.Fatalf("%s: %d", q, rec.Code)
		}
	}
	if len(p.cache) != 1 {
		t.Errorf("%d cache entries for one view written three ways: %v", len(p.cache), p.order)
	}
}

// TestPreviewInHindi: with lang=hi the tags and the image's text are the
// view's caption in Hindi from the site's catalog (lang/hi.<hash>.json,
// as the page loads it), with og:locale; a site without the catalog
// answers in English, as its page then does.
func TestPreviewInHindi(t *testing.T) {
	site := previewFS(t)
	hi, _ := langs.Get("hi", []string{"CHN", "RUS", "JPN", "KOR", "USA"})
	js, err := langs.Encode(hi)
	if err != nil {
		t.Fatal(err)
	}
	site["lang/hi.0123456789.json"] = &fstest.MapFile{Data: js}
	h := routes(site, testOptions("*"))
	body := do(h, "GET", "/?mineral=gallium&country=CHN&date=2026-01-10&lang=hi", nil).Body.String()
	for _, w := range []string{`property="og:title" content="गैलियम (निम्न-शुद्धता प्राथमिक उत्पादन) में चीन, 2024: विश्व उत्पादन का 98.7%`,
		`· पैक्स सिलिका एक्सप्लोरर"`, `property="og:locale" content="hi_IN"`, `og:image:alt" content="नक्शा: गैलियम`,
		`preview.png?country=CHN&amp;date=2026-01-10&amp;lang=hi&amp;mineral=gallium"`, "10 जनवरी 2026 की स्थिति में नक्शा"} {
		if !strings.Contains(body, w) {
			t.Errorf("page lacks %s:\n%s", w, body)
		}
	}
	rec := do(h, "GET", "/preview.png?mineral=gallium&country=CHN&date=2026-01-10&lang=hi", nil)
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	text, _ := poster.ReadText(rec.Body.Bytes())
	if !strings.HasPrefix(text["Title"], "गैलियम") || !strings.Contains(text["Description"], "शीर्ष उत्पादक") {
		t.Errorf("PNG text %q", text)
	}
	// Without the catalog in the site: English, no og:locale.
	body = do(routes(previewFS(t), testOptions("*")), "GET", "/?mineral=gallium&lang=hi", nil).Body.String()
	if !strings.Contains(body, `property="og:title" content="Gallium`) || strings.Contains(body, "og:locale") {
		t.Errorf("without the catalog:\n%s", body)
	}
}
