package dom

import "strings"

// Quoting splits text into text nodes and spans marked lang="en" around
// each place where one of quoted (the source's own words, which stay in
// English in a page of another language) occurs, so that the browser
// shapes, hyphenates and reads them as English. With nothing quoted found
// it is one text node.
func Quoting(text string, quoted []string) []Node {
	var out []Node
	for text != "" {
		at, q := -1, ""
		for _, s := range quoted {
			if s == "" {
				continue
			}
			if i := strings.Index(text, s); i >= 0 && (at < 0 || i < at || (i == at && len(s) > len(q))) {
				at, q = i, s
			}
		}
		if at < 0 {
			break
		}
		if at > 0 {
			out = append(out, Text(text[:at]))
		}
		out = append(out, El("span", "", q).Attr("lang", "en"))
		text = text[at+len(q):]
	}
	if text != "" {
		out = append(out, Text(text))
	}
	return out
}
