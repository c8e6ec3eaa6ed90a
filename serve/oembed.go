package main

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"paxsilica/internal/i18n"
	"paxsilica/internal/i18n/langs"
	"paxsilica/internal/view/urlstate"
)

// viewParams are the explorer's URL parameters an embed keeps.
var viewParams = []string{"country", "mineral", "view", "layers", "date", "center", "zoom", "lang"}

// publicSite says under which origin the explorer is published, for the
// iframes /oembed writes. The Host header is the client's to choose, so it
// is used only when it names one of hosts; a cache that does not key on
// Host could otherwise hand every reader an iframe on the attacker's site.
type publicSite struct {
	origin string          // fixed public origin ("https://explorer.example"), or ""
	hosts  map[string]bool // lower-case host[:port] the request may name when origin is ""
}

// originFor returns the explorer's origin for an answer to r, and false
// when r's Host is not one this site answers for.
func (p publicSite) originFor(r *http.Request) (string, bool) {
	if p.origin != "" {
		return p.origin, true
	}
	host := strings.ToLower(r.Host)
	if !p.hosts[host] {
		return "", false
	}
	scheme := "http"
	if r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https") {
		scheme = "https"
	}
	return scheme + "://" + host, true
}

// parseOrigin reads an origin (scheme, host and optional port) as the
// -public-origin flag takes it; a trailing slash is dropped.
func parseOrigin(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil {
		return "", fmt.Errorf("%q is not a URL: %v", s, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.User != nil ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return "", fmt.Errorf("%q is not an origin such as https://explorer.example", s)
	}
	return u.Scheme + "://" + strings.ToLower(u.Host), nil
}

// oEmbed answers /oembed?url=<explorer URL>&maxwidth=&maxheight=&format=json
// with a "rich" document whose html is the iframe for that view. A relative
// url is taken on this site. Bad parameters are 400, a url that is not this
// site's explorer 404, a format other than json 501 (as oEmbed specifies),
// a request for a host this site does not answer for 421.
func (p publicSite) oEmbed(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed: "+r.Method, http.StatusMethodNotAllowed)
		return
	}
	q := r.URL.Query()
	if f := q.Get("format"); f != "" && f != "json" {
		http.Error(w, "501 format "+strconv.Quote(f)+" not implemented: only json", http.StatusNotImplemented)
		return
	}
	raw := q.Get("url")
	if raw == "" {
		http.Error(w, "400 oembed: the url parameter is missing", http.StatusBadRequest)
		return
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") {
		http.Error(w, "400 oembed: url "+strconv.Quote(raw)+" is not an http(s) URL", http.StatusBadRequest)
		return
	}
	origin, ok := p.originFor(r)
	if !ok {
		http.Error(w, "421 oembed: this server does not answer for host "+strconv.Quote(r.Host)+" (see -public-origin and -hosts)", http.StatusMisdirectedRequest)
		return
	}
	host := strings.TrimPrefix(strings.TrimPrefix(origin, "https://"), "http://")
	if u.Host != "" && !strings.EqualFold(u.Host, host) {
		http.Error(w, "404 oembed: "+strconv.Quote(raw)+" is not on this site ("+host+")", http.StatusNotFound)
		return
	}
	if p := u.Path; p != "" && p != "/" && p != "/index.html" {
		http.Error(w, "404 oembed: "+strconv.Quote(raw)+" is not the explorer's page", http.StatusNotFound)
		return
	}
	width, height := 800, 600
	for _, d := range []struct {
		name string
		v    *int
	}{{"maxwidth", &width}, {"maxheight", &height}} {
		if s := q.Get(d.name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 {
				http.Error(w, "400 oembed: "+d.name+"="+strconv.Quote(s)+" is not a positive whole number", http.StatusBadRequest)
				return
			}
			*d.v = min(*d.v, n)
		}
	}
	view := url.Values{}
	for _, k := range viewParams {
		if v := u.Query().Get(k); v != "" {
			view.Set(k, v)
		}
	}
	// The iframe speaks the view's language, and its title says so too; a
	// language the explorer does not offer is left out (English).
	loc := i18n.English()
	if tag, ok := urlstate.Lang(view.Get(urlstate.LangParam)); ok && tag != "" {
		view.Set(urlstate.LangParam, tag)
		if c, ok := langs.Get(tag, nil); ok {
			loc = c
		}
	} else {
		view.Del(urlstate.LangParam)
	}
	view.Set("embed", "1")
	src := origin + "/?" + view.Encode()
	title, langAttr := loc.T("embed.title"), ""
	if !loc.English() {
		// The title is read in its language in an English host page.
		langAttr = ` lang="` + loc.Tag + `"`
	}
	frame := fmt.Sprintf(`<iframe src="%s" title="%s"%s loading="lazy" style="width:100%%;max-width:%dpx;height:%dpx;border:0" allow="fullscreen"></iframe>`,
		html.EscapeString(src), html.EscapeString(title), langAttr, width, height)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-cache")
	json.NewEncoder(w).Encode(map[string]any{
		"version": "1.0", "type": "rich", "provider_name": "Pax Silica Explorer", "provider_url": origin + "/",
		"title": title, "html": frame, "width": width, "height": height,
	})
}

// healthz answers load balancers: the process is up and serving. Only GET
// and HEAD.
func healthz(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed: "+r.Method, http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if r.Method == http.MethodGet {
		w.Write([]byte("ok\n"))
	}
}
