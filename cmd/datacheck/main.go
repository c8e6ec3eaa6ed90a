// Command datacheck validates the dataset beyond what the explorer's loader
// checks, as a fact-checker would before the explorer is cited: every figure
// has a source, computed shares match their tonnage, no source is a bare home
// page without a note, no suspension or deadline has gone stale by today. It
// prints a short report and exits 1 on any problem.
//
//	go run ./cmd/datacheck [-data data/dataset.json] [-today YYYY-MM-DD]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"paxsilica/internal/dataset"
)

func main() {
	data := flag.String("data", "data/dataset.json", "the dataset to check")
	today := flag.String("today", time.Now().UTC().Format("2006-01-02"), "the date statuses are checked at (YYYY-MM-DD)")
	flag.Parse()
	os.Exit(run(os.Stdout, *data, *today))
}

// run checks the dataset at path as of today, writes the report to w and
// returns the exit code.
func run(w io.Writer, path, today string) int {
	if !dataset.ValidDate(today) || len(today) != 10 {
		fmt.Fprintf(w, "datacheck: -today %q is not a YYYY-MM-DD date\n", today)
		return 2
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(w, "datacheck:", err)
		return 1
	}
	d, err := dataset.Load(raw)
	if err != nil {
		fmt.Fprintf(w, "datacheck: %s does not load:\n%v\n", path, err)
		return 1
	}
	r := d.Check(today)
	fmt.Fprintf(w, "datacheck: %s, version %s, as of %s, checked at %s\n", path, d.Version, d.AsOf, today)
	fmt.Fprintf(w, "  %d figures, each with a source; %d computed shares match their tonnage within rounding\n", r.Figures, r.ComputedShares)
	fmt.Fprintf(w, "  %d sources, %d of them named but not linked (each says why): %d point at an outlet's home page, %d have no address, %d another page\n",
		r.Sources, r.NotLinked, r.NotLinkedHome, r.NotLinkedNone, r.NotLinked-r.NotLinkedHome-r.NotLinkedNone)
	fmt.Fprintf(w, "  %d suspensions, deadlines or terms have passed with what followed not recorded (searched, and shown so):\n", len(r.Passed))
	for _, p := range r.Passed {
		fmt.Fprintln(w, "    "+p)
	}
	if len(r.Problems) == 0 {
		fmt.Fprintln(w, "datacheck: ok")
		return 0
	}
	fmt.Fprintf(w, "datacheck: %d problem(s):\n", len(r.Problems))
	for _, p := range r.Problems {
		fmt.Fprintln(w, "  "+p.String())
	}
	return 1
}
