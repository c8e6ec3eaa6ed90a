package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"io/fs"
	"net/http"
	"strings"
	"sync"
	"time"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/poster"
	"paxsilica/internal/view/caption"
	"paxsilica/internal/view/urlstate"
)

// Link previews. index.html carries Open Graph and Twitter card tags between
// previewStart and previewEnd, pointing at the poster; for a page URL with a
// view in its query, serve rewrites them for that view (its title and
// description, and /preview.png of that view), so that a link pasted into a
// chat shows what it links to. /preview.png?<view> draws the view's map with
// gg: views it does not know are refused, at most previewWorkers are drawn
// at once, and answers are cached by the normalised view.
const (
	previewStart = "<!-- preview -->"
	previewEnd   = "<!-- /preview -->"
	// previewWidth is the image's width: what Open Graph and Twitter cards
	// show best (the height follows the world, 2:1).
	previewWidth = 1200
	// previewWorkers bound the work: renders at once (about 0.3 s and 20 MB each).
	previewWorkers = 2
	// previewWait is how long a request waits for a worker before a 503.
	previewWait = 15 * time.Second
	// previewCacheSize bounds the memory: images kept (about 60 KB each).
	previewCacheSize = 256
	// maxPreviewQuery refuses absurd queries before parsing them.
	maxPreviewQuery = 1024
)

// previews draws and caches the preview images and tags of views. It loads
// the dataset and geometry from the site on first use.
type previews struct {
	fsys   fs.FS
	public publicSite // the origin the tags' absolute URLs use
	now    func() time.Time

	once  sync.Once
	world *mapdata.World
	data  *dataset.Dataset
	err   error

	workers chan struct{}
	mu      sync.Mutex
	cache   map[string][]byte
	order   []string // cache keys, oldest first
	// catalogs are the languages' texts read from the site (lang/<tag>.<hash>.json), by tag;
	// nil where the site has none or it does not parse (the preview is then English).
	catalogs map[string]*i18n.Catalog
}

func newPreviews(fsys fs.FS, public publicSite) *previews {
	return &previews{fsys: fsys, public: public, now: time.Now, workers: make(chan struct{}, previewWorkers), cache: map[string][]byte{},
		catalogs: map[string]*i18n.Catalog{}}
}

// load reads the dataset and the geometry (world-50m.<hash>.bin) from the site.
func (p *previews) load() error {
	p.once.Do(func() {
		raw, err := fs.ReadFile(p.fsys, "dataset.json")
		if err != nil {
			p.err = fmt.Errorf("preview: %w", err)
			return
		}
		if p.data, err = dataset.Load(raw); err != nil {
			p.err = fmt.Errorf("preview: dataset.json: %w", err)
			return
		}
		names, _ := fs.Glob(p.fsys, "world-50m*.bin")
		if len(names) == 0 {
			p.err = errors.New("preview: the site has no world-50m geometry")
			return
		}
		gb, err := fs.ReadFile(p.fsys, names[0])
		if err != nil {
			p.err = fmt.Errorf("preview: %w", err)
			return
		}
		if p.world, err = mapdata.Decode(gb); err != nil {
			p.err = fmt.Errorf("preview: %s: %w", names[0], err)
		}
	})
	return p.err
}

// view parses a page or image query into a view, or says why it is not one
// the explorer knows.
func (p *previews) view(rawQuery string) (urlstate.State, error) {
	if len(rawQuery) > maxPreviewQuery {
		return urlstate.State{}, fmt.Errorf("the query is longer than %d bytes", maxPreviewQuery)
	}
	st, notes := urlstate.Parse(rawQuery, urlstate.Checks{
		Country: func(c string) bool { return p.world.Index(c) >= 0 },
		Mineral: func(id string) bool { _, ok := p.data.Mineral(id); return ok },
	})
	if len(notes) > 0 {
		msgs := make([]string, len(notes))
		for i, n := range notes {
			msgs[i] = n.String()
		}
		return st, errors.New(strings.Join(msgs, "; "))
	}
	return st, nil
}

// loc is the catalog of view st's language, as the page would load it
// (the site's lang/<tag>.<hash>.json); English for English, and where the
// site has no such catalog or it does not parse (the page then says so
// itself, in English).
func (p *previews) loc(st urlstate.State) *i18n.Catalog {
	if st.Lang == "" {
		return i18n.English()
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	c, ok := p.catalogs[st.Lang]
	if !ok {
		if names, _ := fs.Glob(p.fsys, "lang/"+st.Lang+".*.json"); len(names) > 0 {
			if b, err := fs.ReadFile(p.fsys, names[0]); err == nil {
				if parsed, err := i18n.Parse(b); err == nil && parsed.Tag == st.Lang {
					c = parsed
				}
			}
		}
		p.catalogs[st.Lang] = c
	}
	if c == nil {
		return i18n.English()
	}
	return c
}

// at is the date a view shows: its own, or today (as the live map).
func (p *previews) at(st urlstate.State) string {
	if st.Date != "" {
		return st.Date
	}
	return p.now().UTC().Format(time.DateOnly)
}

// serveImage answers /preview.png?<view>.
func (p *previews) serveImage(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed: "+r.Method, http.StatusMethodNotAllowed)
		return
	}
	if err := p.load(); err != nil {
		http.Error(w, "503 "+err.Error(), http.StatusServiceUnavailable)
		return
	}
	st, err := p.view(r.URL.RawQuery)
	if err != nil {
		http.Error(w, "400 preview: not a view of the explorer: "+err.Error(), http.StatusBadRequest)
		return
	}
	at := p.at(st)
	key := st.Query("") + "|" + at
	img, err := p.image(r.Context(), key, st, at)
	if err != nil {
		w.Header().Set("Retry-After", "5")
		http.Error(w, "503 preview: "+err.Error(), http.StatusServiceUnavailable)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "image/png")
	h.Set("Cache-Control", "public, max-age=3600")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(img))
}

// image returns the PNG of view st at at, from the cache or drawn by one of
// the workers.
func (p *previews) image(ctx context.Context, key string, st urlstate.State, at string) ([]byte, error) {
	if b, ok := p.cached(key); ok {
		return b, nil
	}
	wait, cancel := context.WithTimeout(ctx, previewWait)
	defer cancel()
	select {
	case p.workers <- struct{}{}:
	case <-wait.Done():
		return nil, errors.New("busy drawing other previews, try again")
	}
	defer func() { <-p.workers }()
	if b, ok := p.cached(key); ok { // drawn while this request waited
		return b, nil
	}
	img := poster.Render(p.world, p.data, poster.Options{Width: previewWidth, PxPerCSS: 1.5, At: at, View: st})
	b, err := poster.EncodePNG(img)
	if err != nil {
		return nil, err
	}
	c := caption.Describe(p.loc(st), p.data, st, at)
	if b, err = poster.WithText(b, [][2]string{{"Title", c.Title}, {"Description", c.Summary}}); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.cache[key]; !ok {
		if len(p.order) >= previewCacheSize {
			delete(p.cache, p.order[0])
			p.order = p.order[1:]
		}
		p.order = append(p.order, key)
	}
	p.cache[key] = b
	return b, nil
}

func (p *previews) cached(key string) ([]byte, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	b, ok := p.cache[key]
	return b, ok
}

// servePage answers the page for a URL with a view in its query, with the
// preview tags of that view. It reports false, having written nothing, when
// the static page should be served instead: no tags to rewrite, no dataset,
// a view the explorer does not know (the page then lists the problems
// itself, and the preview is the poster's), or a Host this site does not
// answer for (the tags' absolute URLs would point at it).
func (p *previews) servePage(w http.ResponseWriter, r *http.Request) bool {
	if r.URL.RawQuery == "" || (r.Method != http.MethodGet && r.Method != http.MethodHead) || p.load() != nil {
		return false
	}
	page, err := fs.ReadFile(p.fsys, "index.html")
	if err != nil {
		return false
	}
	i, j := bytes.Index(page, []byte(previewStart)), bytes.Index(page, []byte(previewEnd))
	if i < 0 || j < i {
		return false
	}
	st, err := p.view(r.URL.RawQuery)
	if err != nil {
		return false
	}
	origin, ok := p.public.originFor(r)
	if !ok {
		return false
	}
	at := p.at(st)
	loc := p.loc(st)
	c := caption.Describe(loc, p.data, st, at)
	q := st.Query("")
	pageURL, imgURL := origin+"/", origin+"/preview.png"
	if q != "" {
		pageURL += "?" + q
		imgURL += "?" + q
	}
	title := loc.F("figure.preview.title", "title", c.Title)
	desc := loc.F("figure.preview.description", "summary", c.Summary, "subtitle", c.Subtitle)
	wd, ht := poster.Size(p.world, previewWidth)
	locale := "" // English pages carry no og:locale, as before
	if !loc.English() {
		locale = loc.T("figure.preview.locale")
	}
	tags := previewTags(title, desc, pageURL, imgURL, loc.F("figure.preview.alt", "title", c.Title), locale, wd, ht)
	out := make([]byte, 0, len(page)+len(tags))
	out = append(out, page[:i+len(previewStart)]...)
	out = append(out, tags...)
	out = append(out, page[j:]...)
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(out))
	return true
}

// previewTags writes the Open Graph and Twitter card tags of a view.
// alt is the image's text alternative ("Map: <title>" in the page's
// language); locale the Open Graph locale of a page not in English
// ("hi_IN"), or "".
func previewTags(title, desc, pageURL, imgURL, alt, locale string, wd, ht int) string {
	e := html.EscapeString
	var b strings.Builder
	meta := func(attr, name, content string) {
		fmt.Fprintf(&b, "\n<meta %s=\"%s\" content=\"%s\">", attr, name, e(content))
	}
	meta("property", "og:type", "website")
	meta("property", "og:site_name", "Pax Silica Explorer")
	if locale != "" {
		meta("property", "og:locale", locale)
	}
	meta("property", "og:title", title)
	meta("property", "og:description", desc)
	meta("property", "og:url", pageURL)
	meta("property", "og:image", imgURL)
	meta("property", "og:image:type", "image/png")
	meta("property", "og:image:width", fmt.Sprint(wd))
	meta("property", "og:image:height", fmt.Sprint(ht))
	meta("property", "og:image:alt", alt)
	meta("name", "twitter:card", "summary_large_image")
	meta("name", "twitter:title", title)
	meta("name", "twitter:description", desc)
	meta("name", "twitter:image", imgURL)
	meta("name", "twitter:image:alt", alt)
	b.WriteString("\n")
	return b.String()
}
