// Package weburl is the explorer's one rule for the links it shows: the
// dataset's validator and the page's DOM builder (assets/app.js) apply the
// same pattern, so a source URL the dataset accepts is one the page opens.
package weburl

import (
	"regexp"
	"strings"
)

// Pattern accepts http and https URLs, the scheme in any case, with a host
// (no spaces, controls or "@", so no user name disguising the host) and
// then anything without spaces or controls. It is written so that Go's
// regexp and JavaScript's RegExp read it alike; assets/app.js holds the
// same text in a String.raw literal, and a test checks they match.
const Pattern = `^[Hh][Tt][Tt][Pp][Ss]?://[^/?#@\x00-\x20\x7f]+(?:[/?#][^\x00-\x20\x7f]*)?$`

var re = regexp.MustCompile(Pattern)

// Normalise returns s with its scheme in lower case, and false when s is not
// a link the explorer shows.
func Normalise(s string) (string, bool) {
	if !re.MatchString(s) {
		return "", false
	}
	i := strings.Index(s, "://")
	return strings.ToLower(s[:i]) + s[i:], true
}
