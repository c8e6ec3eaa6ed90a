package main

import (
	"net/http"
	"strings"
)

// csp lets the page run its own scripts and WebAssembly ('wasm-unsafe-eval')
// and nothing more: no inline script or style, no other origin. Only the
// embedding sites allowed by frame-ancestors may frame it.
func csp(frameAncestors string) string {
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"style-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors " + frameAncestors,
	}, "; ")
}

// secure adds the security headers to every response, errors included.
func secure(next http.Handler, frameAncestors string) http.Handler {
	policy := csp(frameAncestors)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", policy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		next.ServeHTTP(w, r)
	})
}
