package e2e

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"image"
	"image/png"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"paxsilica/internal/poster"
	"paxsilica/internal/poster/typeset"
	"paxsilica/internal/style/scale"
)

// downloading is held by the test that saves files: where downloads go is
// a setting of the whole browser, so tests that download take turns (and
// run in parallel with the others).
var downloading sync.Mutex

// downloads lets the tab save files into a fresh directory and returns a
// function that clicks a control and waits for the file it saves (its
// suggested name and bytes).
func downloads(t *testing.T, ctx context.Context) func(selector string) (string, []byte) {
	t.Helper()
	downloading.Lock()
	t.Cleanup(downloading.Unlock)
	dir := t.TempDir()
	var mu sync.Mutex
	names := map[string]string{} // GUID → suggested name
	done := make(chan string, 8)
	listen := func(ev any) {
		switch e := ev.(type) {
		case *cdpbrowser.EventDownloadWillBegin:
			mu.Lock()
			names[e.GUID] = e.SuggestedFilename
			mu.Unlock()
		case *cdpbrowser.EventDownloadProgress:
			if e.State == cdpbrowser.DownloadProgressStateCompleted {
				done <- e.GUID
			}
		}
	}
	chromedp.ListenTarget(ctx, listen)
	if err := chromedp.Run(ctx, cdpbrowser.SetDownloadBehavior(cdpbrowser.SetDownloadBehaviorBehaviorAllowAndName).
		WithDownloadPath(dir).WithEventsEnabled(true)); err != nil {
		t.Fatalf("allowing downloads: %v", err)
	}
	return func(selector string) (string, []byte) {
		t.Helper()
		if err := chromedp.Run(ctx, chromedp.Click(selector, chromedp.ByQuery)); err != nil {
			t.Fatalf("clicking %s: %v", selector, err)
		}
		select {
		case guid := <-done:
			b, err := os.ReadFile(filepath.Join(dir, guid))
			if err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			defer mu.Unlock()
			return names[guid], b
		case <-time.After(waitLimit):
			files, _ := os.ReadDir(dir)
			t.Logf("files in the download dir: %v", files)
			t.Fatalf("clicking %s saved nothing; the dialog says %q", selector, text(t, ctx, "#download-status"))
		case <-ctx.Done():
			t.Fatalf("clicking %s saved nothing: %v", selector, ctx.Err())
		}
		return "", nil
	}
}

// openDownloads opens the Download dialog from the toolbar.
func openDownloads(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := chromedp.Run(ctx, chromedp.Click("#download", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("download-dialog").open`, "the Download dialog")
}

// closeDownloads closes the Download dialog with its close button.
func closeDownloads(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := chromedp.Run(ctx, chromedp.Click("#download-close", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `!document.getElementById("download-dialog").open`, "the Download dialog closed")
}

// The PNG of two views, saved through the real controls: it decodes, has
// the stated size, its title (in the PNG's text and so on the figure) names
// the view, the map shows the mineral's colours, and the map regions of the
// two views differ.
func TestDownloadPNG(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	save := downloads(t, ctx)
	var maps []image.Image
	for _, tc := range []struct {
		query, name, title string
	}{
		{"?mineral=gallium&country=CHN&date=2026-01-10", "paxsilica-gallium-CHN-2026-01-10.png", "China in gallium"},
		{"?country=JPN&center=135,35&zoom=4&date=2026-01-10", "paxsilica-JPN-2026-01-10.png", "Japan: ties over critical minerals"},
	} {
		openExplorer(t, ctx, tc.query)
		openDownloads(t, ctx)
		name, b := save("#download-png")
		if name != tc.name {
			t.Errorf("saved as %q, want %q", name, tc.name)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: the PNG does not decode: %v", name, err)
		}
		if img.Bounds().Dx() != poster.FigureWidth || img.Bounds().Dy() < 1200 {
			t.Errorf("%s is %v, want %d px wide (2×) and the map's height", name, img.Bounds(), poster.FigureWidth)
		}
		meta, err := poster.ReadText(b)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(meta["Title"], tc.title) {
			t.Errorf("%s: title %q, want %q…", name, meta["Title"], tc.title)
		}
		if u, err := url.Parse(meta["Source"]); err != nil || !sameView(u.RawQuery, tc.query) {
			t.Errorf("%s: address %q does not carry the view %s", name, meta["Source"], tc.query)
		}
		if dir := os.Getenv("E2E_SHOTS"); dir != "" {
			os.WriteFile(filepath.Join(dir, name), b, 0o644)
		}
		waitFor(t, ctx, `document.getElementById("download-status").textContent.startsWith("Saved `+tc.name+`")`, "the saved message")
		var took struct{ Load, Make float64 }
		eval(t, ctx, `({load: window.paxsilica.exporterLoadMs || 0, make: window.paxsilica.lastDownload.ms})`, &took)
		t.Logf("%s: %d bytes; exporter loaded in %.0f ms, figure made in %.0f ms", name, len(b), took.Load, took.Make)
		if os.Getenv("E2E_SHOTS") != "" {
			screenshot(t, ctx)
		}
		var fetched []string
		eval(t, ctx, `performance.getEntriesByType("resource").map(e => e.name).filter(n => n.includes("/exporter"))`, &fetched)
		for _, f := range fetched {
			if strings.Contains(f, "/exporter-shaping.") {
				t.Errorf("an English page fetched %s: the shaping exporter is for other languages", f)
			}
		}
		maps = append(maps, img)
		chromedp.Run(ctx, chromedp.Click("#download-close", chromedp.ByQuery))
	}
	// The gallium map shows China in the darkest class; the zoom on Japan does not.
	dark := func(img image.Image) int {
		n := 0
		for y := 200; y < 1300; y += 3 {
			for x := 64; x < poster.FigureWidth-64; x += 3 {
				if near(img.At(x, y), scale.Colours[len(scale.Colours)-1], 6) {
					n++
				}
			}
		}
		return n
	}
	if d := dark(maps[0]); d < 500 {
		t.Errorf("the gallium map has %d pixels of the 50%%+ class, want China's fill", d)
	}
	diff, n := 0, 0
	for y := 200; y < 1300; y += 5 {
		for x := 64; x < poster.FigureWidth-64; x += 5 {
			n++
			if !near(maps[0].At(x, y), maps[1].At(x, y), 8) {
				diff++
			}
		}
	}
	if diff < n/4 {
		t.Errorf("the map regions of the two views differ in %d of %d pixels", diff, n)
	}
}

// sameView reports whether two queries hold the same parameters.
func sameView(a, b string) bool {
	qa, _ := url.ParseQuery(strings.TrimPrefix(a, "?"))
	qb, _ := url.ParseQuery(strings.TrimPrefix(b, "?"))
	if len(qa) != len(qb) {
		return false
	}
	for k := range qb {
		if qa.Get(k) != qb.Get(k) {
			return false
		}
	}
	return true
}

// readCSV parses a download, failing on malformed CSV.
func readCSV(t *testing.T, name string, b []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("%s does not parse as CSV: %v\n%s", name, err, b)
	}
	if !bytes.Contains(b, []byte("\r\n")) {
		t.Errorf("%s: lines do not end in CRLF", name)
	}
	return recs
}

// The CSVs of a view, saved through the real controls, parse and match the
// dataset.
func TestDownloadCSV(t *testing.T) {
	t.Parallel()
	ds := loadDataset(t)
	ctx := newTab(t, viewportW, viewportH)
	save := downloads(t, ctx)
	openExplorer(t, ctx, "?mineral=cobalt&country=COD")
	openDownloads(t, ctx)

	name, b := save("#download-producers")
	recs := readCSV(t, name, b)
	m, _ := ds.Mineral("cobalt")
	if name != "producers-cobalt.csv" || recs[0][2] != "ISO code" {
		t.Fatalf("saved %q with header %v", name, recs[0])
	}
	for i, p := range m.Producers {
		if r := recs[i+1]; r[2] != p.Country || r[6] != m.Unit || r[len(r)-1] == "" {
			t.Errorf("row %d = %v, want %s in %s with source URLs", i+1, r, p.Country, m.Unit)
		}
	}

	name, b = save("#download-ties")
	recs = readCSV(t, name, b)
	want := 0
	for _, tie := range ds.Ties {
		if tie.From == "COD" || tie.To == "COD" || tie.To == "ALL" || strings.Contains(strings.Join(tie.Countries, ","), "COD") {
			want++
		}
	}
	if name != "ties-COD.csv" || len(recs)-1 != want {
		t.Errorf("%s has %d ties, the dataset %d", name, len(recs)-1, want)
	}

	name, b = save("#download-events")
	recs = readCSV(t, name, b)
	for _, r := range recs[1:] {
		if !strings.Contains(r[2], "COD") {
			t.Errorf("%s: event %v does not name DR Congo", name, r)
		}
	}

	// Without a mineral the producers button is off and says why: the
	// mineral is put back to none with the page's own picker (as a reader
	// would, rather than loading ?country=COD afresh).
	closeDownloads(t, ctx)
	choose(t, ctx, "#mineral", "", "change")
	waitFor(t, ctx, `(function(){var p = new URLSearchParams(location.search); return !p.has("mineral") && p.get("country") === "COD";})()`, "the mineral dropped from the URL, DR Congo kept")
	openDownloads(t, ctx)
	var disabled bool
	eval(t, ctx, `document.getElementById("download-producers").disabled`, &disabled)
	if !disabled || !strings.Contains(text(t, ctx, "#download-producers-note"), "Choose a mineral") {
		t.Errorf("with no mineral the producers button is enabled or unexplained")
	}
}

// A dataset whose text is a spreadsheet formula comes out neutralised.
func TestDownloadCSVNeutralisesFormulas(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile(filepath.Join(repoRoot, "dist", "dataset.json"))
	if err != nil {
		t.Fatal(err)
	}
	const evil = `=HYPERLINK("http://evil.example","click")`
	hostile := bytes.Replace(raw, []byte(`"name": "DR Congo"`), []byte(fmt.Sprintf(`"name": %q`, evil)), 1)
	if bytes.Equal(hostile, raw) {
		t.Fatal("the dataset no longer names DR Congo so; update the test")
	}
	url := siteWithout(t, "dataset.json", hostile)
	ctx := newTab(t, viewportW, viewportH)
	save := downloads(t, ctx)
	if err := chromedp.Run(ctx, chromedp.Navigate(url+"?mineral=cobalt")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.__msgs.some(m => m && m.type === "paxsilica:ready")`, "the explorer")
	openDownloads(t, ctx)
	name, b := save("#download-producers")
	found := false
	for _, r := range readCSV(t, name, b) {
		for _, c := range r {
			if strings.HasPrefix(c, "=") {
				t.Errorf("cell %q starts with =", c)
			}
			if c == "'"+evil {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no neutralised cell '%s in\n%s", evil, b)
	}
}

// The PNG of a view at lang=hi, saved through the real controls: the page
// fetches the exporter that shapes (exporter-shaping.wasm), which reads the
// page's catalog (window.paxsilica.catalog), so the
// figure's title is the Hindi caption, and it is drawn shaped: the title's
// band is inked across the width the shaped title takes.
func TestDownloadPNGInHindi(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	save := downloads(t, ctx)
	openExplorer(t, ctx, "?mineral=gallium&country=CHN&date=2026-01-10&lang=hi")
	openDownloads(t, ctx)
	name, b := save("#download-png")
	if name != "paxsilica-gallium-CHN-2026-01-10.png" {
		t.Errorf("saved as %q", name)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	meta, err := poster.ReadText(b)
	if err != nil {
		t.Fatal(err)
	}
	var fetched []string
	eval(t, ctx, `performance.getEntriesByType("resource").map(e => e.name).filter(n => n.includes("/exporter"))`, &fetched)
	if len(fetched) != 1 || !strings.Contains(fetched[0], "/exporter-shaping.") {
		t.Errorf("a Hindi page fetched the exporters %q, want exporter-shaping only", fetched)
	}
	const want = "गैलियम (निम्न-शुद्धता प्राथमिक उत्पादन) में चीन, 2024: विश्व उत्पादन का 98.7%"
	if !strings.HasPrefix(meta["Title"], want) {
		t.Errorf("title %q, want %q…", meta["Title"], want)
	}
	if dir := os.Getenv("E2E_SHOTS"); dir != "" {
		os.WriteFile(filepath.Join(dir, "hi-"+name), b, 0o644)
	}
	first := typeset.Wrap(meta["Title"], true, 52, float64(poster.FigureWidth)-128)[0]
	tw := int(typeset.Width(first, true, 52))
	band := image.Rect(64, 64, 64+tw, 64+70)
	for i := 0; i < 8; i++ {
		x0, n := band.Min.X+band.Dx()*i/8, 0
		for y := band.Min.Y; y < band.Max.Y; y++ {
			for x := x0; x < x0+band.Dx()/8; x++ {
				if r, _, _, _ := img.At(x, y).RGBA(); r < 0x8000 {
					n++
				}
			}
		}
		if n < 50 {
			t.Errorf("eighth %d of the title's band has %d dark pixels", i, n)
		}
	}
}
