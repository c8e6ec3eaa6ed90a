package dataset

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
)

// Finding is one problem the maintainer's check (cmd/datacheck) reports,
// at a JSON path.
type Finding struct {
	Path, Reason string
}

func (f Finding) String() string { return f.Path + ": " + f.Reason }

// Report is what Check found: the problems, and counts for the summary.
type Report struct {
	Problems []Finding
	// Figures and ComputedShares count what was checked; NotLinked the
	// sources named but not linked, of which NotLinkedHome point at an
	// outlet's home page and NotLinkedNone have no address at all; Passed
	// the ends (suspensions, deadlines, terms) over by today whose outcome
	// is not recorded.
	Figures, ComputedShares, Sources, NotLinked int
	NotLinkedHome, NotLinkedNone                int
	Passed                                      []string
}

// unconfirmed reports an unconfirmed fact that does not say why.
func (r *Report) unconfirmed(p string, c Cite) {
	if c.Unconfirmed && len(c.Reasons) == 0 {
		r.add(p+".reasons", "missing: say why it is unconfirmed (one or more of %v)", reasons)
	}
}

func (r *Report) add(path, format string, args ...any) {
	r.Problems = append(r.Problems, Finding{path, fmt.Sprintf(format, args...)})
}

// Check validates the dataset beyond Load, as a fact-checker would before
// it is cited: every figure has a source; every computed share is the
// tonnage ÷ the world total within the rounding of the share as written; no
// source is an outlet's home page without a note saying so; every source
// has a date or says why not; every source is cited; and no suspension,
// deadline or term has passed by today without either a recorded outcome or
// a search for one made after it passed (stale). today is YYYY-MM-DD.
func (d *Dataset) Check(today string) Report {
	var r Report
	used := map[string]bool{}
	cite := func(c Cite) {
		for _, s := range c.Sources {
			used[s] = true
		}
	}
	end := func(p string, e *End) {
		if e == nil {
			return
		}
		for _, s := range e.OutcomeSources {
			used[s] = true
		}
		if !passed(e.Date, today) || e.Outcome != "" {
			return
		}
		what := e.What
		if what == "" {
			what = "ends"
		}
		if e.NotFoundAsOf == "" || !passed(e.Date, e.NotFoundAsOf) {
			r.add(p, "%s %s has passed by %s, and neither an outcome nor a search for one after that date is recorded (set outcome, or notFoundAsOf)", what, e.Date, today)
			return
		}
		r.Passed = append(r.Passed, fmt.Sprintf("%s: %s %s (searched to %s)", p, what, e.Date, e.NotFoundAsOf))
	}
	for i, b := range d.Blocs {
		cite(b.Cite)
		r.unconfirmed(fmt.Sprintf("blocs[%d]", i), b.Cite)
		for j, m := range b.Members {
			cite(m.Cite)
			r.unconfirmed(fmt.Sprintf("blocs[%d].members[%d]", i, j), m.Cite)
			end(fmt.Sprintf("blocs[%d].members[%d].ends", i, j), m.Ends)
		}
	}
	for i := range d.Minerals {
		m := &d.Minerals[i]
		r.unconfirmed(fmt.Sprintf("minerals[%d]", i), m.Cite)
		if m.Measure == "" {
			r.add(fmt.Sprintf("minerals[%d].measure", i), "missing: say which stage the figures measure (one of %v)", measures)
		}
		cite(m.Cite)
		cite(Cite{Sources: m.CriticalSources})
		cite(Cite{Sources: m.NoteSources})
		for j := range m.Series {
			d.checkSeriesFigures(&r, fmt.Sprintf("minerals[%d].series[%d]", i, j), &m.Series[j], cite)
		}
	}
	for i, t := range d.Ties {
		p := fmt.Sprintf("ties[%d]", i)
		cite(t.Cite)
		r.unconfirmed(p, t.Cite)
		if t.StatusTyped {
			r.add(p+".status", "typed by hand: a control's status is computed from its dates; remove it")
		}
		if t.Share != nil {
			r.Figures++
		}
		for j, f := range t.Figures {
			cite(f.Cite)
			r.unconfirmed(fmt.Sprintf("%s.figures[%d]", p, j), f.Cite)
			r.Figures++
			if len(f.Sources) == 0 {
				r.add(fmt.Sprintf("%s.figures[%d]", p, j), "a figure without a source")
			}
		}
		for j, pa := range t.Parts {
			cite(pa.Cite)
			pp := p // a control without parts is its own single part
			if len(t.Parts) > 1 || pa.Title != t.Title {
				pp = fmt.Sprintf("%s.parts[%d]", p, j)
			}
			end(pp+".suspension", pa.Suspension)
		}
		end(p+".ends", t.Ends)
	}
	for i, e := range d.Events {
		cite(e.Cite)
		r.unconfirmed(fmt.Sprintf("events[%d]", i), e.Cite)
		end(fmt.Sprintf("events[%d].ends", i), e.Ends)
		if e.TypeMissing {
			r.add(fmt.Sprintf("events[%d].type", i), "missing: say what kind of event it is (one of %v); the timeline colours its tick by it", eventTypes)
		}
	}
	for _, id := range d.SourceIDs {
		s := d.Sources[id]
		p := "sources." + id
		r.Sources++
		if s.NotLinked != "" {
			r.NotLinked++
			switch {
			case s.URL == "":
				r.NotLinkedNone++
			case homePage(s.URL):
				r.NotLinkedHome++
			}
		}
		if s.URL == "" && s.NotLinked == "" {
			r.add(p+".url", "missing: give the article's address, or say in notLinked why there is none")
		}
		if s.URL != "" && s.NotLinked == "" && homePage(s.URL) {
			r.add(p+".url", "%q is an outlet's home page, where nobody can check the claim: give the article's address, or say in notLinked that it was not found", s.URL)
		}
		if s.Date == "" && s.DateNote == "" {
			r.add(p+".date", "missing: give the publication date, or say in dateNote why there is none")
		}
		if !used[id] {
			r.add(p, "cited by nothing")
		}
	}
	if d.AsOf != "" && today != "" && d.AsOf > today {
		r.add("asOf", "%s is after today (%s)", d.AsOf, today)
	}
	return r
}

// checkSeriesFigures checks one series' figures: each has a source, and
// each computed share matches its tonnage.
func (d *Dataset) checkSeriesFigures(r *Report, p string, s *Series, cite func(Cite)) {
	cite(s.Cite)
	if s.Edition == "" || s.Published == "" {
		r.add(p, "the figures do not name their edition and its publication date (series[].edition, .published)")
	}
	r.unconfirmed(p, s.Cite)
	if s.World != nil || s.WorldReserves != nil {
		r.Figures++
	}
	for k, pr := range s.Producers {
		pp := fmt.Sprintf("%s.producers[%d]", p, k)
		cite(pr.Cite)
		r.unconfirmed(pp, pr.Cite)
		if pr.Amount != nil || pr.Share != nil || pr.Reserves != nil {
			r.Figures++
			if len(pr.Sources) == 0 {
				r.add(pp, "a figure without a source")
			}
		}
		if !pr.ShareComputed || pr.Share == nil || pr.Amount == nil || s.World == nil || *s.World == 0 {
			continue
		}
		r.ComputedShares++
		want := *pr.Amount / *s.World * 100
		if math.Abs(*pr.Share-want) > halfUnit(*pr.Share)+1e-9 {
			r.add(pp+".share", "computed share %v%% does not match %v ÷ %v = %.3f%%", *pr.Share, *pr.Amount, *s.World, want)
		}
	}
}

// halfUnit is half a unit of the last decimal a share is written with:
// 79.4 → 0.05, 69 → 0.5.
func halfUnit(v float64) float64 {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	decimals := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		decimals = len(s) - i - 1
	}
	return 0.5 * math.Pow(10, -float64(decimals))
}

// homePage reports whether u is a site's front page (no path, no query).
func homePage(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Path == "" || p.Path == "/") && p.RawQuery == ""
}
