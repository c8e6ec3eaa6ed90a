package main

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"testing"
	"time"

	"paxsilica/internal/kit/fixtures"
)

func parse(t *testing.T, b []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	return recs
}

func TestArchive(t *testing.T) {
	ds := fixtures.Dataset(t)
	raw := []byte(`{"raw":true}`)
	b, err := archive(ds, raw, "https://explorer.example/", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range z.File {
		rc, _ := f.Open()
		files[f.Name], _ = io.ReadAll(rc)
		rc.Close()
	}
	if !bytes.Equal(files["dataset.json"], raw) {
		t.Error("dataset.json is not the file as shipped")
	}
	if !strings.Contains(string(files["README.txt"]), ds.Version) {
		t.Error("README.txt does not give the dataset version")
	}
	for _, c := range []struct {
		name string
		rows int
	}{
		{"countries.csv", len(ds.Countries)},
		{"ties.csv", len(ds.Ties)},
		{"events.csv", len(ds.Events)},
		{"sources.csv", len(ds.Sources)},
		{"minerals.csv", len(ds.Minerals)},
	} {
		if got := len(parse(t, files[c.name])) - 1; got != c.rows {
			t.Errorf("%s: %d rows, want %d", c.name, got, c.rows)
		}
	}
	again, _ := archive(ds, raw, "https://explorer.example/", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if !bytes.Equal(b, again) {
		t.Error("the same dataset gave different archives")
	}
}
