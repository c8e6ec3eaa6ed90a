// Command datazip writes the "Download all data" archive: dataset.json as
// shipped, the whole dataset as CSV files, and a README with the citation
// and the terms of the sources.
//
//	go run ./cmd/datazip -out dist/paxsilica-data.zip
package main

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"paxsilica/internal/dataset"
	"paxsilica/internal/export"
)

func main() {
	data := flag.String("dataset", "data/dataset.json", "the dataset")
	out := flag.String("out", "dist/paxsilica-data.zip", "where to write the archive")
	site := flag.String("site-url", "", "the explorer's address, for the citation (optional)")
	flag.Parse()
	raw, err := os.ReadFile(*data)
	if err != nil {
		log.Fatalf("datazip: %v", err)
	}
	ds, err := dataset.Load(raw)
	if err != nil {
		log.Fatalf("datazip: %s: %v", *data, err)
	}
	// Entries are dated by the dataset, so an unchanged dataset gives the
	// same archive.
	when, err := time.Parse(time.DateOnly, ds.AsOf)
	if err != nil {
		when = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	b, err := archive(ds, raw, *site, when)
	if err != nil {
		log.Fatalf("datazip: %v", err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatalf("datazip: %v", err)
	}
	fmt.Printf("datazip: %s, %d bytes\n", *out, len(b))
}

// archive writes the archive of the whole dataset: dataset.json as shipped, a
// CSV file per table of export.All, and README.txt. modified dates every entry,
// so that the same dataset gives the same bytes.
func archive(ds *dataset.Dataset, raw []byte, siteURL string, modified time.Time) ([]byte, error) {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	add := func(name string, content []byte) error {
		w, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return err
		}
		_, err = w.Write(content)
		return err
	}
	if err := add("README.txt", []byte(export.Readme(ds, siteURL))); err != nil {
		return nil, fmt.Errorf("datazip: %w", err)
	}
	if err := add("dataset.json", raw); err != nil {
		return nil, fmt.Errorf("datazip: %w", err)
	}
	for _, t := range export.All(ds) {
		if err := add(t.Name, t.CSV()); err != nil {
			return nil, fmt.Errorf("datazip: %w", err)
		}
	}
	if err := z.Close(); err != nil {
		return nil, fmt.Errorf("datazip: %w", err)
	}
	return b.Bytes(), nil
}
