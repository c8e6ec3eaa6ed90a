// Command datazip writes the "Download all data" archive: dataset.json as
// shipped, the whole dataset as CSV files, and a README with the citation
// and the terms of the sources.
//
//	go run ./cmd/datazip -out dist/paxsilica-data.zip
package main

import (
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
	when, err := time.Parse("2006-01-02", ds.AsOf)
	if err != nil {
		when = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	b, err := export.Zip(ds, raw, *site, when)
	if err != nil {
		log.Fatalf("datazip: %v", err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatalf("datazip: %v", err)
	}
	fmt.Printf("datazip: %s, %d bytes\n", *out, len(b))
}
