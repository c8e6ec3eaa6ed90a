package main

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// /oembed writes iframes on the public origin, or on the request's host only
// when that host is one the server answers for.
func TestOEmbedOrigin(t *testing.T) {
	fixed := routes(testFS(), options{frameAncestors: "*", public: publicSite{origin: "https://explorer.example"}})
	listed := routes(testFS(), testOptions("*"))
	for _, tc := range []struct {
		name   string
		h      http.Handler
		host   string
		query  string
		status int
		want   string
	}{
		{"listed host", listed, "explorer.test", "url=%2F", 200, `"provider_url":"http://explorer.test/"`},
		{"listed host, any case", listed, "EXPLORER.test", "url=%2F", 200, `src=\"http://explorer.test/?embed=1\"`},
		{"unlisted host refused", listed, "evil.example", "url=%2F", 421, "does not answer for host"},
		{"unlisted host with its own url", listed, "evil.example", "url=http://evil.example/", 421, "does not answer for host"},
		{"public origin", fixed, "evil.example", "url=%2F%3Fcountry%3DJPN", 200, `src=\"https://explorer.example/?country=JPN\u0026amp;embed=1\"`},
		{"public origin, url on it", fixed, "internal:8080", "url=https://explorer.example/", 200, `"provider_url":"https://explorer.example/"`},
		{"public origin, url elsewhere", fixed, "explorer.example", "url=https://evil.example/", 404, "is not on this site"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(tc.h, "GET", "/oembed?"+tc.query, map[string]string{"Host": tc.host})
			if rec.Code != tc.status || !strings.Contains(rec.Body.String(), tc.want) {
				t.Errorf("Host %s: %d %s; want %d with %s", tc.host, rec.Code, rec.Body.String(), tc.status, tc.want)
			}
			if tc.host == "evil.example" && strings.Contains(rec.Body.String(), "//evil.example") {
				t.Errorf("the iframe was built on the request's Host: %s", rec.Body.String())
			}
		})
	}
}

func TestParseOrigin(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://explorer.example", "https://explorer.example"},
		{"https://Explorer.Example/", "https://explorer.example"},
		{"http://127.0.0.1:8080", "http://127.0.0.1:8080"},
		{"explorer.example", ""},
		{"ftp://explorer.example", ""},
		{"https://explorer.example/path", ""},
		{"https://explorer.example/?q=1", ""},
		{"https://user@explorer.example", ""},
		{"https://", ""},
		{"javascript:alert(1)", ""},
	} {
		got, err := parseOrigin(tc.in)
		if got != tc.want || (err == nil) != (tc.want != "") {
			t.Errorf("parseOrigin(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

// An explorer URL in Hindi gets a Hindi iframe: lang kept in its src, its
// title in Hindi and marked so; an unknown lang is left out (English).
func TestOEmbedLanguage(t *testing.T) {
	h := routes(testFS(), options{frameAncestors: "*", public: publicSite{origin: "https://explorer.example"}})
	for _, tc := range []struct {
		name, url string
		want      []string
		not       []string
	}{
		{"Hindi", "/?country=IND&lang=hi", []string{`lang=hi`, `title=\"पैक्स सिलिका एक्सप्लोरर:`, `lang=\"hi\"`, `"title":"पैक्स सिलिका एक्सप्लोरर:`}, nil},
		{"Hindi in capitals", "/?lang=HI", []string{`lang=hi`, `lang=\"hi\"`}, []string{"lang=HI"}},
		{"English", "/?lang=en&country=IND", []string{`title=\"Pax Silica Explorer:`}, []string{"lang="}},
		{"unknown", "/?lang=xx", []string{`title=\"Pax Silica Explorer:`}, []string{"lang="}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(h, "GET", "/oembed?url="+url.QueryEscape(tc.url), nil)
			body := rec.Body.String()
			if rec.Code != 200 {
				t.Fatalf("%d %s", rec.Code, body)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("%s: no %s in %s", tc.url, w, body)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(body, n) {
					t.Errorf("%s: %s in %s", tc.url, n, body)
				}
			}
		})
	}
}
