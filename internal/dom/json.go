package dom

import (
	"slices"
	"unicode/utf8"
)

// AppendJSON appends nodes to b as a JSON array, in the shape encoding/json
// gives a []Node (the fields' tags: t, a, x, k, empty ones left out, the
// attributes by name) and returns the extended buffer. The browser program
// hands its panels to the page as this text; encoding/json, which finds the
// fields by reflection, took several milliseconds of a click for it.
// Invalid UTF-8 is written as U+FFFD, as encoding/json does.
func AppendJSON(b []byte, nodes []Node) []byte {
	b = append(b, '[')
	for i, n := range nodes {
		if i > 0 {
			b = append(b, ',')
		}
		b = n.appendJSON(b)
	}
	return append(b, ']')
}

// appendJSON appends n as a JSON object.
func (n Node) appendJSON(b []byte) []byte {
	b = append(b, '{')
	sep := func() {
		if b[len(b)-1] != '{' {
			b = append(b, ',')
		}
	}
	if n.Tag != "" {
		b = appendString(append(b, `"t":`...), n.Tag)
	}
	if len(n.Attrs) > 0 {
		sep()
		b = append(b, `"a":{`...)
		keys := make([]string, 0, len(n.Attrs))
		for k := range n.Attrs {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, k)
			b = appendString(append(b, ':'), n.Attrs[k])
		}
		b = append(b, '}')
	}
	if n.Text != "" {
		sep()
		b = appendString(append(b, `"x":`...), n.Text)
	}
	if len(n.Kids) > 0 {
		sep()
		b = AppendJSON(append(b, `"k":`...), n.Kids)
	}
	return append(b, '}')
}

// appendString appends s as a JSON string: quotes, backslashes and control
// characters escaped, invalid UTF-8 replaced by U+FFFD.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
