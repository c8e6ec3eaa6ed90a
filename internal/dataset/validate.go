package dataset

import (
	"regexp"
	"slices"
	"sort"
	"strconv"

	"paxsilica/internal/isodate"
	"paxsilica/internal/weburl"
)

var (
	codeRE    = regexp.MustCompile(`^[A-Z]{3}$`)
	idRE      = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	percentRE = regexp.MustCompile(`^[<>]?\d{1,3}%$`)
)

// shareSlack is how far the producers of one mineral may sum above 100%:
// published shares are rounded.
const shareSlack = 1.0

// ValidDate reports whether s is an ISO 8601 calendar date: YYYY, YYYY-MM or
// YYYY-MM-DD, with a real month and day (the rule of package isodate).
func ValidDate(s string) bool { return isodate.Valid(s) }

// validate checks every reference, range and date, and builds the indexes.
// It is the one place the rules live; the explorer and the tests both use it
// through Load.
func (d *Dataset) validate(errs *Errors) {
	if d.AsOf != "" && !ValidDate(d.AsOf) {
		errs.add("asOf", "%q is not an ISO 8601 date", d.AsOf)
	}
	d.country = map[string]int{}
	for i, c := range d.Countries {
		p := "countries[" + strconv.Itoa(i) + "].code"
		switch _, dup := d.country[c.Code]; {
		case !codeRE.MatchString(c.Code):
			errs.add(p, "%q is not an ISO 3166-1 alpha-3 code (three capital letters)", c.Code)
		case dup:
			errs.add(p, "country %q is listed twice", c.Code)
		default:
			d.country[c.Code] = i
		}
	}
	d.org = map[string]int{}
	for i, o := range d.Organisations {
		if _, dup := d.org[o.ID]; dup {
			errs.add("organisations["+strconv.Itoa(i)+"].id", "organisation %q is listed twice", o.ID)
		}
		d.org[o.ID] = i
	}
	for _, id := range d.SourceIDs {
		s := d.Sources[id]
		if s.URL != "" {
			// The page's link rule (weburl), with the scheme in lower case.
			if u, ok := weburl.Normalise(s.URL); ok {
				s.URL = u
				d.Sources[id] = s
			} else {
				errs.add("sources."+id+".url", "%q is not an http(s) URL with a host (no spaces, controls or user name)", s.URL)
			}
		}
		if s.Date != "" && !ValidDate(s.Date) {
			errs.add("sources."+id+".date", "%q is not an ISO 8601 date", s.Date)
		}
	}
	d.mineral = map[string]int{}
	for i, m := range d.Minerals {
		p := "minerals[" + strconv.Itoa(i) + "]"
		if !idRE.MatchString(m.ID) {
			errs.add(p+".id", "%q is not a lower-case id such as \"rare-earths\"", m.ID)
		} else if _, dup := d.mineral[m.ID]; dup {
			errs.add(p+".id", "mineral %q is listed twice", m.ID)
		}
		d.mineral[m.ID] = i
	}
	d.bloc = map[string]int{}
	for i, b := range d.Blocs {
		p := "blocs[" + strconv.Itoa(i) + "]"
		if !idRE.MatchString(b.ID) {
			errs.add(p+".id", "%q is not a lower-case id", b.ID)
		}
		d.bloc[b.ID] = i
		d.checkCite(errs, p, b.Cite)
		d.checkDate(errs, sub(p, ".date"), b.Date, false)
		for j, m := range b.Members {
			mp := p + ".members[" + strconv.Itoa(j) + "]"
			switch {
			case (m.Country == "") == (m.Organisation == ""):
				errs.add(mp, "needs exactly one of country and organisation")
			case m.Country != "":
				d.checkCountry(errs, sub(mp, ".country"), m.Country, false)
			default:
				if _, ok := d.org[m.Organisation]; !ok {
					errs.add(mp+".organisation", "unknown organisation %q", m.Organisation)
				}
			}
			if !slices.Contains(memberStatuses, m.Status) {
				errs.add(mp+".status", "unknown status %q (one of %v)", m.Status, memberStatuses)
			}
			d.checkDate(errs, sub(mp, ".date"), m.Date, m.Status != Self)
			d.checkEnd(errs, sub(mp, ".ends"), m.Ends, m.Date)
			d.checkCite(errs, mp, m.Cite)
		}
	}
	for i, m := range d.Minerals {
		d.checkMineral(errs, "minerals["+strconv.Itoa(i)+"]", m)
	}
	for i, t := range d.Ties {
		d.checkTie(errs, "ties["+strconv.Itoa(i)+"]", t)
	}
	for i, e := range d.Events {
		p := "events[" + strconv.Itoa(i) + "]"
		d.checkDate(errs, sub(p, ".date"), e.Date, true)
		if !slices.Contains(eventTypes, e.Type) {
			errs.add(p+".type", "unknown type %q (one of %v)", e.Type, eventTypes)
		}
		for j, c := range e.Countries {
			d.checkCountry(errs, item(p, ".countries", j), c, false)
		}
		for j, m := range e.Minerals {
			d.checkMineralRef(errs, item(p, ".minerals", j), m)
		}
		d.checkEnd(errs, sub(p, ".ends"), e.Ends, e.Date)
		d.checkCite(errs, p, e.Cite)
	}
}

func (d *Dataset) checkMineral(errs *Errors, p string, m Mineral) {
	d.checkCite(errs, p, m.Cite)
	d.checkSourceIDs(errs, sub(p, ".criticalSources"), m.CriticalSources)
	d.checkSourceIDs(errs, sub(p, ".noteSources"), m.NoteSources)
	if m.Critical2025 && len(m.CriticalSources) == 0 {
		errs.add(p+".criticalSources", "critical2025 needs a source")
	}
	if !idRE.MatchString(m.Commodity) {
		errs.add(p+".commodity", "%q is not a lower-case id", m.Commodity)
	}
	if m.Measure != "" && !slices.Contains(measures, m.Measure) { // "" in format 1: cmd/datacheck asks for it
		errs.add(p+".measure", "unknown measure %q (one of %v)", m.Measure, measures)
	}
	if len(m.Series) == 0 {
		errs.add(p+".series", "a mineral needs at least one series of figures")
	}
	for i, s := range m.Series {
		sp := p + ".series[" + strconv.Itoa(i) + "]"
		for k := range i {
			if m.Series[k].Year == s.Year && m.Series[k].Edition == s.Edition {
				errs.add(sp, "%d in %s is listed twice", s.Year, s.Edition)
			}
		}
		d.checkSeries(errs, sp, m, s)
	}
}

func (d *Dataset) checkSeries(errs *Errors, p string, m Mineral, s Series) {
	d.checkCite(errs, p, s.Cite)
	d.checkDate(errs, sub(p, ".published"), s.Published, false)
	if s.Year < 1900 || s.Year > 2100 {
		errs.add(p+".year", "%d is not a plausible data year", s.Year)
	}
	if s.World != nil && *s.World < 0 {
		errs.add(p+".world", "world total %v is negative", *s.World)
	}
	if s.WorldReserves != nil && *s.WorldReserves < 0 {
		errs.add(p+".worldReserves", "world reserves %v are negative", *s.WorldReserves)
	}
	if s.USNetImportReliance != "" && !percentRE.MatchString(s.USNetImportReliance) {
		errs.add(p+".usNetImportReliance", "%q is not a percentage such as \"76%%\" or \">50%%\"", s.USNetImportReliance)
	}
	var sum float64
	amounts := s.World != nil || s.WorldReserves != nil
	for j, pr := range s.Producers {
		pp := p + ".producers[" + strconv.Itoa(j) + "]"
		d.checkCountry(errs, sub(pp, ".country"), pr.Country, false)
		d.checkCite(errs, pp, pr.Cite)
		if pr.Amount == nil && pr.Share == nil && pr.Reserves == nil && !pr.Leading {
			errs.add(pp, "needs an amount, a share, reserves or \"leading\": true")
		}
		if pr.Share != nil {
			if *pr.Share < 0 || *pr.Share > 100 {
				errs.add(pp+".share", "share %v%% is outside 0–100", *pr.Share)
			}
			sum += *pr.Share
		}
		if pr.ShareComputed && (pr.Share == nil || pr.Amount == nil || s.World == nil) {
			errs.add(pp+".shareComputed", "a computed share needs the share, the amount and the world total")
		}
		if pr.Amount != nil {
			amounts = true
			if *pr.Amount < 0 {
				errs.add(pp+".amount", "amount %v is negative", *pr.Amount)
			}
			if s.World != nil && *pr.Amount > *s.World {
				errs.add(pp+".amount", "amount %v is more than the world total %v", *pr.Amount, *s.World)
			}
		}
		if pr.Reserves != nil {
			amounts = true
			if *pr.Reserves < 0 {
				errs.add(pp+".reserves", "reserves %v are negative", *pr.Reserves)
			}
		}
		for k := range j {
			if s.Producers[k].Country == pr.Country {
				errs.add(pp+".country", "%q is listed twice as a producer", pr.Country)
			}
		}
	}
	if sum > 100+shareSlack {
		errs.add(p+".producers", "shares sum to %.1f%%, above 100%%", sum)
	}
	if m.Unit == "" && amounts {
		errs.add(p, "amounts need the mineral's unit")
	}
}

func (d *Dataset) checkTie(errs *Errors, p string, t Tie) {
	if !slices.Contains(storedTieTypes, t.Type) {
		errs.add(p+".type", "unknown tie type %q (one of %v)", t.Type, storedTieTypes)
		return
	}
	d.checkCite(errs, p, t.Cite)
	d.checkCountry(errs, sub(p, ".from"), t.From, false)
	d.checkCountry(errs, sub(p, ".to"), t.To, t.Type == ExportControl)
	for j, m := range t.Minerals {
		d.checkMineralRef(errs, item(p, ".minerals", j), m)
	}
	for j, c := range t.Countries {
		d.checkCountry(errs, item(p, ".countries", j), c, false)
	}
	if t.Share != nil && (*t.Share < 0 || *t.Share > 100) {
		errs.add(p+".share", "share %v%% is outside 0–100", *t.Share)
	}
	d.checkDate(errs, sub(p, ".date"), t.Date, t.Type != Import)
	d.checkEnd(errs, sub(p, ".ends"), t.Ends, t.Date)
	for j, f := range t.Figures {
		d.checkCite(errs, p+".figures["+strconv.Itoa(j)+"]", f.Cite)
	}
	switch t.Type {
	case Import:
		d.checkDate(errs, sub(p, ".published"), t.Published, false)
		d.checkMineralRef(errs, sub(p, ".mineral"), t.Mineral)
		if t.Share == nil {
			errs.add(p+".share", "missing: an import tie gives the share of imports")
		}
	case Agreement, Corridor:
		if t.Title == "" {
			errs.add(p+".title", "missing")
		}
		if t.Type == Agreement && !slices.Contains(scopes, t.Scope) {
			errs.add(p+".scope", "unknown scope %q (one of %v)", t.Scope, scopes)
		}
	case EquityStake:
		if t.Company == "" {
			errs.add(p+".company", "missing")
		}
	case ExportControl:
		if t.Title == "" {
			errs.add(p+".title", "missing")
		}
		d.checkDate(errs, sub(p, ".effective"), t.Effective, false)
		for j, pa := range t.Parts {
			pp := p
			if len(t.Parts) > 1 || pa.Title != t.Title {
				pp = p + ".parts[" + strconv.Itoa(j) + "]"
				d.checkCite(errs, pp, pa.Cite)
			}
			d.checkDate(errs, sub(pp, ".effective"), pa.Effective, false)
			if pa.Effective != "" && t.Date != "" && pa.Effective < t.Date {
				errs.add(pp+".effective", "%s is before the announcement (%s)", pa.Effective, t.Date)
			}
			d.checkDate(errs, sub(pp, ".suspendedOn"), pa.SuspendedOn, pa.Suspension != nil)
			switch {
			case pa.SuspendedOn != "" && pa.Suspension == nil:
				errs.add(pp+".suspension", "missing: a suspension needs its end date (suspension.date)")
			case pa.Suspension != nil:
				d.checkEnd(errs, sub(pp, ".suspension"), pa.Suspension, pa.SuspendedOn)
			}
		}
	}
}

// checkEnd checks an End: its date (after since), the search date, and
// the outcome's sources.
func (d *Dataset) checkEnd(errs *Errors, at path, e *End, since string) {
	if e == nil {
		return
	}
	p := at.String()
	d.checkDate(errs, sub(p, ".date"), e.Date, true)
	if e.Date != "" && since != "" && ValidDate(e.Date) && e.Date < since {
		errs.add(p+".date", "%s is before %s, when it began", e.Date, since)
	}
	d.checkDate(errs, sub(p, ".notFoundAsOf"), e.NotFoundAsOf, false)
	d.checkSourceIDs(errs, sub(p, ".outcomeSources"), e.OutcomeSources)
	if e.Outcome != "" && len(e.OutcomeSources) == 0 {
		errs.add(p+".outcomeSources", "an outcome needs a source")
	}
}

func (d *Dataset) checkCountry(errs *Errors, p path, code string, allowAll bool) {
	if allowAll && code == All {
		return
	}
	if _, ok := d.country[code]; !ok {
		errs.add(p.String(), "unknown country %q", code)
	}
}

func (d *Dataset) checkMineralRef(errs *Errors, p path, id string) {
	if _, ok := d.mineral[id]; !ok {
		errs.add(p.String(), "unknown mineral %q", id)
	}
}

func (d *Dataset) checkDate(errs *Errors, p path, s string, required bool) {
	switch {
	case s == "" && required:
		errs.add(p.String(), "missing")
	case s != "" && !ValidDate(s):
		errs.add(p.String(), "%q is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", s)
	}
}

// checkSourceIDs reports the ids in the list at path p that name no
// source, each at its own index ("minerals[3].criticalSources[0]").
func (d *Dataset) checkSourceIDs(errs *Errors, p path, ids []string) {
	for j, s := range ids {
		if _, ok := d.Sources[s]; !ok {
			errs.add(p.String()+"["+strconv.Itoa(j)+"]", "unknown source %q", s)
		}
	}
}

func (d *Dataset) checkCite(errs *Errors, p string, c Cite) {
	d.checkSourceIDs(errs, sub(p, ".sources"), c.Sources)
	if !c.Unconfirmed && len(c.Reasons) > 0 {
		errs.add(p+".reasons", "given, but unconfirmed is not true")
	}
	for j, r := range c.Reasons {
		if !slices.Contains(reasons, r) {
			errs.add(p+".reasons["+strconv.Itoa(j)+"]", "unknown reason %q (one of %v)", r, reasons)
		}
	}
}

// rank sets each producer's rank within its mineral: by amount where
// amounts are given, else by share, else by order; equal values share a rank.
func (d *Dataset) rank() {
	for i := range d.Minerals {
		for j := range d.Minerals[i].Series {
			rankProducers(d.Minerals[i].Series[j].Producers)
		}
	}
}

// rankProducers ranks one series' producers; those listed only for their
// reserves get no rank.
func rankProducers(ps []Producer) {
	{
		key := func(p Producer) float64 {
			switch {
			case p.Amount == nil && p.Share == nil && !p.Leading:
				return -2
			case p.Amount != nil:
				return *p.Amount
			case p.Share != nil:
				return *p.Share
			}
			return -1
		}
		order := make([]int, len(ps))
		for k := range order {
			order[k] = k
		}
		sort.SliceStable(order, func(a, b int) bool { return key(ps[order[a]]) > key(ps[order[b]]) })
		for pos, k := range order {
			ps[k].Rank = pos + 1
			if key(ps[k]) == -2 {
				ps[k].Rank = 0
			} else if pos > 0 && key(ps[k]) >= 0 && key(ps[k]) == key(ps[order[pos-1]]) {
				ps[k].Rank = ps[order[pos-1]].Rank
			}
		}
	}
}

// path is the JSON path of a value being checked, made into a string only
// for an error: most values pass, and making every path took a fifth of
// the validation.
type path struct {
	base, field string
	idx         int // -1 for a field; else the element of the array field
}

// sub is the path of field f (".date") under base.
func sub(base, f string) path { return path{base, f, -1} }

// item is the path of element idx of array field f under base.
func item(base, f string, idx int) path { return path{base, f, idx} }

func (p path) String() string {
	if p.idx < 0 {
		return p.base + p.field
	}
	return p.base + p.field + "[" + strconv.Itoa(p.idx) + "]"
}
