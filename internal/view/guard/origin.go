package guard

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"paxsilica/internal/view/urlstate"
)

// ParseOrigin reads the ?origin= parameter as a web origin, the form a
// browser gives MessageEvent.origin: "https://news.example" or
// "http://127.0.0.1:8080", the scheme and host in lower case, no default
// port, no path (a trailing slash is dropped), no query, fragment or user.
// Anything else is an error that says what an origin looks like.
func ParseOrigin(s string) (string, error) {
	bad := func(why string) (string, error) {
		return "", fmt.Errorf("not an origin such as https://news.example (%s)", why)
	}
	if len(s) > MaxField {
		return bad(fmt.Sprintf("longer than %d characters", MaxField))
	}
	u, err := url.Parse(s)
	if err != nil {
		return bad("unreadable")
	}
	scheme := strings.ToLower(u.Scheme)
	switch {
	case scheme != "http" && scheme != "https":
		return bad("the scheme must be http or https")
	case u.Opaque != "" || u.Host == "":
		return bad("no host")
	case u.User != nil:
		return bad("a user name")
	case u.Path != "" && u.Path != "/":
		return bad("a path")
	case u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.Contains(s, "#"):
		return bad("a query or fragment")
	}
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if host == "" || strings.ContainsAny(host, " %") {
		return bad("no host")
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // IPv6
	}
	if n, err := strconv.Atoi(port); port != "" && (err != nil || n < 1 || n > 65535) {
		return bad("the port must be 1 to 65535")
	}
	if port != "" && !(scheme == "http" && port == "80") && !(scheme == "https" && port == "443") {
		host += ":" + port
	}
	return scheme + "://" + host, nil
}

// OriginParam reads the value of ?origin= (raw; "" when absent). It returns
// the origin to hold the host page to, or "" with a notice for the panel
// when raw is not an origin: the parameter is then ignored, as if absent.
func OriginParam(raw string) (origin string, notes []urlstate.Notice) {
	if raw == "" {
		return "", nil
	}
	o, err := ParseOrigin(raw)
	if err != nil {
		return "", []urlstate.Notice{{Param: "origin", Value: raw, Message: err.Error() + "; ignored: commands are taken from the embedding page whatever its origin, and events go to it",
			Key: "notice.origin", Args: []string{"error", err.Error()}}}
	}
	return o, nil
}

// Accept decides whether a message event may command the explorer:
// fromParent says whether its source is window.parent (and not the
// explorer's own window), from is its origin, and want the origin
// ?origin= named ("" for any). A refusal that the host page should hear
// about comes with a warning for the console; other windows' messages are
// refused silently (other scripts post messages too).
func Accept(fromParent bool, from, want string) (ok bool, warning string) {
	if !fromParent {
		return false, ""
	}
	if want != "" && from != want {
		return false, "ignored a message from " + from + ": only " + want + " is accepted (?origin=)"
	}
	return true, ""
}
