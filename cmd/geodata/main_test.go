package main

import (
	"bytes"
	"os"
	"testing"

	"paxsilica/internal/mapdata"
)

// The committed world file must be exactly what `make data` makes from the
// committed source, so that nobody hand-edits or forgets to regenerate it.
func TestCommittedWorldIsUpToDate(t *testing.T) {
	raw, err := os.ReadFile("../../data/source/countries-50m.json")
	if err != nil {
		t.Fatal(err)
	}
	w, err := build(raw, defaultTolerance)
	if err != nil {
		t.Fatal(err)
	}
	got, err := mapdata.Encode(w)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../data/world-50m.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("data/world-50m.bin differs from a fresh build (%d vs %d bytes): run `make data`", len(want), len(got))
	}
}

func TestBuildRejectsUnknownFeature(t *testing.T) {
	raw := []byte(`{"transform":{"scale":[1,1],"translate":[0,0]},"arcs":[[[0,0],[1,0],[0,1],[-1,-1]]],
		"objects":{"countries":{"geometries":[{"type":"Polygon","arcs":[[0]],"properties":{"name":"Atlantis"}}]}}}`)
	if _, err := build(raw, 0); err == nil {
		t.Error("a feature without an ISO code was accepted")
	}
}
