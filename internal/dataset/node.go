package dataset

import (
	"iter"
	"strconv"

	"github.com/tidwall/gjson"
)

// node is a JSON value with its path, for reading fields with type checks
// that report where a value is missing or of the wrong type.
type node struct {
	r gjson.Result
	// The path is made only when it is needed: an error's, or a
	// container's (its children's paths start with it). Most fields the
	// loader asks for are absent or fine, and building each one's path
	// string took a fifth of Load. full is the path of a container (and
	// of the root, ""); a field is base.key, an element base[idx].
	full, base, key string
	idx             int
	errs            *Errors
	// fields of an object, read in one pass: looking each key up with
	// r.Get would scan the object again for every field. They live in
	// the load's arena, which also holds the scratch they are read into.
	fields []field
	arena  *arena
}

// arena holds the fields of the objects being read, in one block
// instead of a slice per object. An object's fields are appended as gjson
// walks it; one that does not fit moves to a new block. The loader reads
// depth first, so the fields of an array's element and of everything in it
// are dropped once the element is read (release), and the block stays as
// large as one path from the root.
type arena struct {
	block []field
	moves int // how many times the block was replaced
}

// add appends field f of the object whose fields start at start in the
// block, and returns where they start now.
func (a *arena) add(start int, f field) int {
	if len(a.block) == cap(a.block) {
		n := len(a.block) - start
		b := make([]field, n, max(256, 2*cap(a.block), 2*n))
		copy(b, a.block[start:])
		a.block, start = b, 0
		a.moves++
	}
	a.block = append(a.block, f)
	return start
}

// mark is a place in the arena to release back to.
type mark struct{ len, moves int }

func (a *arena) mark() mark { return mark{len(a.block), a.moves} }

// release drops the fields added since m, unless the block was replaced
// since (its fields then stay in the old block, for the collector).
func (a *arena) release(m mark) {
	if a.moves == m.moves {
		clear(a.block[m.len:])
		a.block = a.block[:m.len]
	}
}

// field is one key and value of an object.
type field struct {
	key string
	v   gjson.Result
}

// newNode makes the node for value r at path.
func newNode(r gjson.Result, path string, errs *Errors) node {
	return node{r: r, full: path, idx: -1, errs: errs, arena: &arena{}}.filled()
}

// path is the node's JSON path ("ties[3].parts[0].effective").
func (n node) path() string {
	switch {
	case n.idx >= 0:
		return n.base + "[" + strconv.Itoa(n.idx) + "]"
	case n.key == "":
		return n.full
	case n.base == "":
		return n.key
	}
	return n.base + "." + n.key
}

// prefix is the path n's fields and elements start with.
func (n node) prefix() string {
	if n.key == "" && n.idx < 0 {
		return n.full
	}
	return n.path()
}

// child makes the node for value r under n, at field key or element idx
// (-1 for a field); a container's path is made now, for its children.
func (n node) child(r gjson.Result, key string, idx int) node {
	c := node{r: r, base: n.prefix(), key: key, idx: idx, errs: n.errs, arena: n.arena}
	if r.IsObject() || r.IsArray() {
		c.full, c.key, c.idx = c.path(), "", -1
	}
	return c.filled()
}

// filled reads the fields of an object node.
func (n node) filled() node {
	if !n.r.IsObject() {
		return n
	}
	a := n.arena
	start := len(a.block)
	n.r.ForEach(func(k, v gjson.Result) bool {
		start = a.add(start, field{k.Str, v})
		return true
	})
	n.fields = a.block[start:len(a.block):len(a.block)]
	return n
}

// get returns the value of field key of an object node (the first, as
// gjson.Get finds), or a value that does not exist.
func (n node) get(key string) gjson.Result {
	for i := range n.fields {
		if n.fields[i].key == key {
			return n.fields[i].v
		}
	}
	return gjson.Result{}
}

// fieldPath is the path of field key of n, made for an error.
func (n node) fieldPath(key string) string {
	return node{base: n.prefix(), key: key, idx: -1}.path()
}

// at returns field key of an object node (the first, as gjson.Get finds),
// or a missing value.
func (n node) at(key string) node {
	for _, f := range n.fields {
		if f.key == key {
			return n.child(f.v, key, -1)
		}
	}
	return node{base: n.prefix(), key: key, idx: -1, errs: n.errs, arena: n.arena}
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
	v := n.get(key)
	switch {
	case !v.Exists() || v.Type == gjson.Null:
		if required {
			n.errs.add(n.fieldPath(key), "missing")
		}
		return ""
	case v.Type != gjson.String:
		n.errs.add(n.fieldPath(key), "must be a string, not %s", typeName(v))
		return ""
	case required && v.Str == "":
		n.errs.add(n.fieldPath(key), "must not be empty")
	}
	return v.Str
}

// num reads an optional number (nil when absent or null).
func (n node) num(key string) *float64 {
	v := n.get(key)
	if !v.Exists() || v.Type == gjson.Null {
		return nil
	}
	if v.Type != gjson.Number {
		n.errs.add(n.fieldPath(key), "must be a number, not %s", typeName(v))
		return nil
	}
	f := v.Num
	return &f
}

// boolean reads an optional boolean (false when absent).
func (n node) boolean(key string) bool {
	v := n.get(key)
	if !v.Exists() {
		return false
	}
	if !v.IsBool() {
		n.errs.add(n.fieldPath(key), "must be true or false, not %s", typeName(v))
		return false
	}
	return v.Bool()
}

// list reads an array field, one node per element, each made as the
// array is walked.
func (n node) list(key string, required bool) iter.Seq[node] {
	return func(yield func(node) bool) {
		v, ok := n.array(key, required)
		if !ok {
			return
		}
		i := 0
		v.r.ForEach(func(_, e gjson.Result) bool {
			m := n.arena.mark()
			c := v.child(e, "", i)
			i++
			more := yield(c)
			n.arena.release(m)
			return more
		})
	}
}

// array returns the array field key, reporting a missing (when required)
// or mistyped one.
func (n node) array(key string, required bool) (node, bool) {
	v := n.at(key)
	if !v.r.Exists() || v.r.Type == gjson.Null {
		if required {
			n.errs.add(v.path(), "missing")
		}
		return v, false
	}
	if !v.r.IsArray() {
		n.errs.add(v.path(), "must be an array, not %s", typeName(v.r))
		return v, false
	}
	return v, true
}

// strs reads an optional array of strings. It reads the array in place:
// every fact has one or two (sources, reasons), and making a node and a
// path for each took a tenth of Load.
func (n node) strs(key string) []string {
	v := n.get(key)
	if !v.Exists() || v.Type == gjson.Null {
		return nil
	}
	if !v.IsArray() {
		n.errs.add(n.fieldPath(key), "must be an array, not %s", typeName(v))
		return nil
	}
	var out []string
	i := 0
	v.ForEach(func(_, e gjson.Result) bool {
		if e.Type != gjson.String {
			n.errs.add(n.fieldPath(key)+"["+strconv.Itoa(i)+"]", "must be a string, not %s", typeName(e))
		} else {
			out = append(out, e.Str)
		}
		i++
		return true
	})
	return out
}

// object checks that the node is an object.
func (n node) object() bool {
	if !n.r.IsObject() {
		n.errs.add(n.path(), "must be an object, not %s", typeName(n.r))
		return false
	}
	return true
}

// cite reads the sources, unconfirmed flag, reasons and note that every
// fact carries.
func (n node) cite() Cite {
	c := n.citeOptional()
	if len(c.Sources) == 0 {
		n.errs.add(n.at("sources").path(), "every fact needs at least one source")
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
		n.errs.add(v.path(), "is computed, not stored: %s", why)
	}
}
