package dataset

import (
	"strconv"

	"github.com/tidwall/gjson"
)

// node is a JSON value with its path, for reading fields with type checks
// that report where a value is missing or of the wrong type.
type node struct {
	r    gjson.Result
	path string
	errs *Errors
	// fields of an object, read in one pass: looking each key up with
	// r.Get would scan the object again for every field.
	fields []field
}

// field is one key and value of an object.
type field struct {
	key string
	v   gjson.Result
}

// newNode makes the node for value r at path.
func newNode(r gjson.Result, path string, errs *Errors) node {
	n := node{r: r, path: path, errs: errs}
	if r.IsObject() {
		n.fields = make([]field, 0, 8)
		r.ForEach(func(k, v gjson.Result) bool {
			n.fields = append(n.fields, field{k.Str, v})
			return true
		})
	}
	return n
}

// at returns field key of an object node (the first, as gjson.Get finds),
// or a missing value.
func (n node) at(key string) node {
	p := key
	if n.path != "" {
		p = n.path + "." + key
	}
	for _, f := range n.fields {
		if f.key == key {
			return newNode(f.v, p, n.errs)
		}
	}
	return node{path: p, errs: n.errs}
}

func typeName(r gjson.Result) string {
	switch {
	case !r.Exists():
		return "missing"
	case r.IsObject():
		return "an object"
	case r.IsArray():
		return "an array"
	}
	switch r.Type {
	case gjson.String:
		return "a string"
	case gjson.Number:
		return "a number"
	case gjson.True, gjson.False:
		return "a boolean"
	case gjson.Null:
		return "null"
	}
	return "unknown"
}

// str reads a string field; required ones must be present and non-empty.
func (n node) str(key string, required bool) string {
	v := n.at(key)
	switch {
	case !v.r.Exists() || v.r.Type == gjson.Null:
		if required {
			n.errs.add(v.path, "missing")
		}
		return ""
	case v.r.Type != gjson.String:
		n.errs.add(v.path, "must be a string, not %s", typeName(v.r))
		return ""
	case required && v.r.Str == "":
		n.errs.add(v.path, "must not be empty")
	}
	return v.r.Str
}

// num reads an optional number (nil when absent or null).
func (n node) num(key string) *float64 {
	v := n.at(key)
	if !v.r.Exists() || v.r.Type == gjson.Null {
		return nil
	}
	if v.r.Type != gjson.Number {
		n.errs.add(v.path, "must be a number, not %s", typeName(v.r))
		return nil
	}
	f := v.r.Num
	return &f
}

// boolean reads an optional boolean (false when absent).
func (n node) boolean(key string) bool {
	v := n.at(key)
	if !v.r.Exists() {
		return false
	}
	if !v.r.IsBool() {
		n.errs.add(v.path, "must be true or false, not %s", typeName(v.r))
		return false
	}
	return v.r.Bool()
}

// list reads an array field, one node per element.
func (n node) list(key string, required bool) []node {
	v := n.at(key)
	if !v.r.Exists() || v.r.Type == gjson.Null {
		if required {
			n.errs.add(v.path, "missing")
		}
		return nil
	}
	if !v.r.IsArray() {
		n.errs.add(v.path, "must be an array, not %s", typeName(v.r))
		return nil
	}
	var out []node
	for i, e := range v.r.Array() {
		out = append(out, newNode(e, v.path+"["+strconv.Itoa(i)+"]", n.errs))
	}
	return out
}

// strs reads an optional array of strings.
func (n node) strs(key string) []string {
	var out []string
	for _, e := range n.list(key, false) {
		if e.r.Type != gjson.String {
			n.errs.add(e.path, "must be a string, not %s", typeName(e.r))
			continue
		}
		out = append(out, e.r.Str)
	}
	return out
}

// object checks that the node is an object.
func (n node) object() bool {
	if !n.r.IsObject() {
		n.errs.add(n.path, "must be an object, not %s", typeName(n.r))
		return false
	}
	return true
}

// cite reads the sources, unconfirmed flag, reasons and note that every
// fact carries.
func (n node) cite() Cite {
	c := n.citeOptional()
	if len(c.Sources) == 0 {
		n.errs.add(n.at("sources").path, "every fact needs at least one source")
	}
	return c
}

// citeOptional reads a cite whose sources may be inherited (a producer
// takes its series' sources).
func (n node) citeOptional() Cite {
	return Cite{Sources: n.strs("sources"), Unconfirmed: n.boolean("unconfirmed"),
		Reasons: n.strs("reasons"), Note: n.str("note", false)}
}

// end reads an optional End object.
func (n node) end(key string) *End {
	v := n.at(key)
	if !v.r.Exists() || v.r.Type == gjson.Null {
		return nil
	}
	if !v.object() {
		return nil
	}
	return &End{Date: v.str("date", true), What: v.str("what", false), Outcome: v.str("outcome", false),
		OutcomeSources: v.strs("outcomeSources"), NotFoundAsOf: v.str("notFoundAsOf", false)}
}

// computed reports a field that must not be typed by hand because the
// explorer computes it.
func (n node) computed(key, why string) {
	if v := n.at(key); v.r.Exists() {
		n.errs.add(v.path, "is computed, not stored: %s", why)
	}
}
