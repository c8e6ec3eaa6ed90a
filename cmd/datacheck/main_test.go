package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.json")
	raw, err := os.ReadFile("../../data/dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	// A computed share that no longer matches its tonnage.
	bad := bytes.Replace(raw, []byte(`"share": 79.4, "shareComputed": true`), []byte(`"share": 78, "shareComputed": true`), 1)
	if bytes.Equal(bad, raw) {
		t.Fatal("graphite's computed share not found in the dataset")
	}
	if err := os.WriteFile(broken, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, path, today string
		code              int
		want              string
	}{
		{"shipped", "../../data/dataset.json", "2026-11-28", 0, "datacheck: ok"},
		{"shipped report", "../../data/dataset.json", "2026-11-28", 0, "computed shares match their tonnage"},
		{"broken share", broken, "2026-11-28", 1, "computed share 78% does not match 1.27e+06 ÷ 1.6e+06 = 79.375%"},
		{"missing file", filepath.Join(dir, "none.json"), "2026-11-28", 1, "datacheck: open"},
		{"bad today", "../../data/dataset.json", "28/11/2026", 2, `-today "28/11/2026" is not a YYYY-MM-DD date`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			if code := run(&out, tc.path, tc.today); code != tc.code || !strings.Contains(out.String(), tc.want) {
				t.Errorf("exit %d, output:\n%s\nwant exit %d and %q", code, out.String(), tc.code, tc.want)
			}
		})
	}
}
