package dataset

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestSchemaDescribesEveryField: every field name the loader reads (the
// keys in load.go and node.go) appears, in backticks, in data/SCHEMA.md, so
// the schema a maintainer reads is the one the explorer checks.
func TestSchemaDescribesEveryField(t *testing.T) {
	schema, err := os.ReadFile("../../data/SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	key := regexp.MustCompile(`\.(?:str|num|boolean|list|strs|at|end|computed)\("([a-zA-Z0-9]+)"`)
	var keys []string
	for _, f := range []string{"load.go", "node.go"} {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range key.FindAllStringSubmatch(string(src), -1) {
			keys = append(keys, m[1])
		}
	}
	// A loop over the format-1 keys names them in a list, not a call.
	keys = append(keys, "year", "world", "producers", "usNetImportReliance")
	slices.Sort(keys)
	keys = slices.Compact(keys)
	if len(keys) < 60 {
		t.Fatalf("found only %d keys in the loader: the pattern no longer matches it", len(keys))
	}
	for _, k := range keys {
		if !strings.Contains(string(schema), "`"+k+"`") && !regexp.MustCompile(`[{ ,]`+k+`[,}]`).Match(schema) {
			t.Errorf("data/SCHEMA.md does not describe %q, which the loader reads", k)
		}
	}
}
