package dataset

import (
	"encoding/json"
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestEveryErrorNamesItsPath: every error Load reports names a JSON path
// that leads into the file it read (the element itself, or for a missing
// or misplaced field, the object that should hold it), so a maintainer can
// go to it. Only problems with the whole file have no path. The cases are
// the validation rules' and, over the shipped dataset, a sweep that gives
// every hundred-and-first value a wrong type or removes it.
func TestEveryErrorNamesItsPath(t *testing.T) {
	check := func(t *testing.T, name string, raw []byte) int {
		t.Helper()
		var doc any
		json.Unmarshal(raw, &doc) // invalid JSON leaves doc nil: only whole-file errors may follow
		_, err := Load(raw)
		var es Errors
		if err == nil {
			return 0
		}
		if !errors.As(err, &es) {
			t.Fatalf("%s: error %v is not Errors", name, err)
		}
		for _, e := range es {
			if e.Path == "" {
				if !wholeFile(e.Reason) {
					t.Errorf("%s: %q names no path", name, e.Error())
				}
				continue
			}
			if !resolves(doc, e.Path) {
				t.Errorf("%s: %q: the path leads nowhere in the file", name, e.Error())
			}
		}
		return len(es)
	}
	for _, tc := range validationCases {
		check(t, tc.name, []byte(strings.Replace(minimal, tc.old, tc.new, 1)))
	}

	raw, err := os.ReadFile("../../data/dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	var shipped any
	if err := json.Unmarshal(raw, &shipped); err != nil {
		t.Fatal(err)
	}
	var leaves []string
	walkLeaves(shipped, "", &leaves)
	broken, reported := 0, 0
	for i := 0; i < len(leaves); i += 101 {
		for _, op := range []string{"retype", "remove"} {
			var doc any
			json.Unmarshal(raw, &doc)
			if !mutateAt(doc, leaves[i], op) {
				continue
			}
			b, _ := json.Marshal(doc)
			if n := check(t, op+" "+leaves[i], b); n > 0 {
				broken++
				reported += n
			}
		}
	}
	if broken < 20 {
		t.Errorf("only %d of the sweep's mutations were refused: the sweep tests too little", broken)
	}
	t.Logf("%d leaves, %d mutated files refused with %d errors, each at a path in the file", len(leaves), broken, reported)
}

// wholeFile reports whether an error without a path is about the whole file.
func wholeFile(reason string) bool {
	for _, p := range []string{"not valid JSON", "nested deeper than", "must be an object"} {
		if strings.HasPrefix(reason, p) {
			return true
		}
	}
	return false
}

var segmentRE = regexp.MustCompile(`^([^\[\]]+)((?:\[\d+\])*)$`)

// resolves reports whether path ("ties[12].parts[0].suspension.date")
// leads to a value in doc, or to the object or array that holds the last
// step (a missing field, an index past the end).
func resolves(doc any, path string) bool {
	var steps []any // string keys and int indices
	for _, seg := range strings.Split(path, ".") {
		m := segmentRE.FindStringSubmatch(seg)
		if m == nil {
			return false
		}
		steps = append(steps, m[1])
		for _, ix := range strings.Split(strings.Trim(m[2], "[]"), "][") {
			if ix != "" {
				n, _ := strconv.Atoi(ix)
				steps = append(steps, n)
			}
		}
	}
	cur := doc
	for k, s := range steps {
		var next any
		ok := false
		switch v := cur.(type) {
		case map[string]any:
			if key, isKey := s.(string); isKey {
				next, ok = v[key]
			}
		case []any:
			if n, isIndex := s.(int); isIndex && n < len(v) {
				next, ok = v[n], true
			}
		}
		if !ok {
			// Only the last step may be missing, and only from a container.
			_, obj := cur.(map[string]any)
			_, arr := cur.([]any)
			return k == len(steps)-1 && (obj || arr)
		}
		cur = next
	}
	return true
}

// walkLeaves lists the paths of doc's scalar values, in the dataset's own
// notation ("minerals[2].series[0].world").
func walkLeaves(v any, path string, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			p := k
			if path != "" {
				p = path + "." + k
			}
			walkLeaves(c, p, out)
		}
	case []any:
		for i, c := range x {
			walkLeaves(c, path+"["+strconv.Itoa(i)+"]", out)
		}
	default:
		*out = append(*out, path)
	}
	// Map order is random: sort for a reproducible sweep.
	if path == "" {
		sortStrings(*out)
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// mutateAt gives the value at path a wrong type ("retype": a string
// becomes a number, anything else a string) or deletes it ("remove").
func mutateAt(doc any, path, op string) bool {
	i := strings.LastIndexAny(path, ".[")
	parentPath, last := "", path
	if i >= 0 {
		parentPath, last = path[:i], strings.TrimPrefix(strings.TrimSuffix(path[i:], "]"), ".")
		last = strings.TrimPrefix(last, "[")
	}
	parent := doc
	if parentPath != "" {
		parent = lookup(doc, parentPath)
	}
	wrong := func(v any) any {
		if _, isString := v.(string); isString {
			return 7
		}
		return "seven"
	}
	switch p := parent.(type) {
	case map[string]any:
		if op == "remove" {
			delete(p, last)
		} else {
			p[last] = wrong(p[last])
		}
		return true
	case []any:
		n, err := strconv.Atoi(last)
		if err != nil || n >= len(p) || op == "remove" {
			return false // removing from a list shifts the rest: not a one-field break
		}
		p[n] = wrong(p[n])
		return true
	}
	return false
}

func lookup(doc any, path string) any {
	cur := doc
	for _, seg := range strings.Split(path, ".") {
		m := segmentRE.FindStringSubmatch(seg)
		if m == nil {
			return nil
		}
		obj, _ := cur.(map[string]any)
		cur = obj[m[1]]
		for _, ix := range strings.Split(strings.Trim(m[2], "[]"), "][") {
			if ix == "" {
				continue
			}
			n, _ := strconv.Atoi(ix)
			arr, _ := cur.([]any)
			if n >= len(arr) {
				return nil
			}
			cur = arr[n]
		}
	}
	return cur
}
