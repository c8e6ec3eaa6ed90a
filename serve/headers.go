package main

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"
)

// csp lets the page run its own scripts and WebAssembly ('wasm-unsafe-eval')
// and nothing more: no inline script or style, no other origin. Fonts may
// also be data: URLs (the language switch's small face lives inside
// app.css). Only the embedding sites allowed by frame-ancestors may frame it.
func csp(frameAncestors string) string {
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"style-src 'self'",
		"img-src 'self' data:",
		"font-src 'self' data:",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors " + frameAncestors,
	}, "; ")
}

// securityHeaders are the headers every answer carries, errors included.
func securityHeaders(frameAncestors string) http.Header {
	return http.Header{
		"Content-Security-Policy": {csp(frameAncestors)},
		"X-Content-Type-Options":  {"nosniff"},
		"Referrer-Policy":         {"strict-origin-when-cross-origin"},
	}
}

// secure adds the security headers to every response the handler writes.
// (The answers net/http writes by itself get them from guardedConn.)
func secure(next http.Handler, frameAncestors string) http.Handler {
	headers := securityHeaders(frameAncestors)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		for k, v := range headers {
			h[k] = v
		}
		next.ServeHTTP(w, r)
	})
}

// ancestorSource is one CSP source expression as frame-ancestors takes it
// (CSP 3, "source-expression"): a scheme ("https:"), or a host with an
// optional scheme, a leading "*." wildcard, a port and a path. Separators
// (";" and ","), quotes and controls have no place in one.
var ancestorSource = regexp.MustCompile(`^(?:[A-Za-z][A-Za-z0-9+.-]*:|(?:[A-Za-z][A-Za-z0-9+.-]*://)?(?:\*|(?:\*\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)(?::(?:[0-9]{1,5}|\*))?(?:/[A-Za-z0-9._~!$&()*+=:@%/-]*)?)$`)

// checkFrameAncestors validates the -frame-ancestors flag: a space-separated
// list of source expressions, or 'none' alone. A value that could add
// directives ("x; script-src *") or is not a source list is refused at
// start, where a typo would otherwise silently break every embed.
func checkFrameAncestors(v string) error {
	fields := strings.Fields(v)
	if len(fields) == 0 {
		return fmt.Errorf("-frame-ancestors is empty: give 'none', 'self', * or the embedding origins")
	}
	if strings.Join(fields, " ") != v {
		return fmt.Errorf("-frame-ancestors %q: separate sources with single spaces, nothing else", v)
	}
	for _, f := range fields {
		switch {
		case f == "'none'":
			if len(fields) > 1 {
				return fmt.Errorf("-frame-ancestors %q: 'none' must stand alone", v)
			}
		case f == "'self'" || f == "*":
		case strings.HasPrefix(f, "'"):
			return fmt.Errorf("-frame-ancestors %q: %s is not allowed here (only 'self' and 'none')", v, f)
		case !ancestorSource.MatchString(f):
			return fmt.Errorf("-frame-ancestors %q: %q is not a CSP source such as https://news.example or *.example.org", v, f)
		}
	}
	return nil
}
