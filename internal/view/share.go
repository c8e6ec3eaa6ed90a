package view

import (
	"html"
	"net/url"

	"paxsilica/internal/i18n"
)

// Title is the explorer's title in English, as an embedding iframe names
// it (embed.title in the catalog).
const Title = "Pax Silica Explorer: critical-mineral ties between China, the US and partners"

// base is the address of the page without its query.
func base(origin, path string) string { return origin + path }

// shared is the query of a view to share: the page's own, without the
// embedding parameters (embed, origin).
func shared(query string) url.Values {
	q, _ := url.ParseQuery(query)
	q.Del("embed")
	q.Del("origin")
	return q
}

// Link is the address of the view in the full explorer, for the Share
// dialog and the embed's "Open the full explorer" link: the page at origin
// and path with query (the page's own, without "?"), less embed and origin.
func Link(origin, path, query string) string {
	u := base(origin, path)
	if s := shared(query).Encode(); s != "" {
		u += "?" + s
	}
	return u
}

// Snippet is the HTML that embeds the view in another page: an iframe of
// it with ?embed=1, and the optional script that lets the iframe take the
// height the explorer asks for. The iframe's title is in the language of
// loc.
func Snippet(loc *i18n.Catalog, origin, path, query string) string {
	q := shared(query)
	q.Set("embed", "1")
	src := base(origin, path) + "?" + q.Encode()
	return `<iframe src="` + html.EscapeString(src) + `" title="` + html.EscapeString(loc.T("embed.title")) + `" loading="lazy" style="width:100%;height:560px;border:0" allow="fullscreen"></iframe>` +
		"\n" + `<script src="` + html.EscapeString(base(origin, path)+"embed.js") + `" async></script>`
}
