package dataset

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/tidwall/gjson"
)

// MaxDepth is how deeply a dataset's arrays and objects may nest. The
// shipped one nests 5 deep. gjson validates and parses by recursion, and
// under WebAssembly the browser's call stack, not Go's, runs out first: a
// file of 10,000 nested arrays stopped the explorer for good. Load refuses
// a deeper file before gjson reads it.
const MaxDepth = 64

// Load parses and validates a dataset. On any problem it returns Errors (all
// of them, up to a limit), each naming the JSON path and the reason; it never
// panics, whatever the input.
func Load(raw []byte) (*Dataset, error) {
	if err := checkDepth(raw, MaxDepth); err != nil {
		return nil, err
	}
	if !gjson.ValidBytes(raw) {
		return nil, Errors{{Reason: "not valid JSON" + where(raw)}}
	}
	root := gjson.ParseBytes(raw)
	var errs Errors
	n := newNode(root, "", &errs)
	if !n.object() {
		return nil, errs
	}
	d := &Dataset{
		Version:     n.str("version", true),
		AsOf:        n.str("asOf", true),
		Description: n.str("description", false),
		Sources:     map[string]Source{},
	}
	for c := range n.list("countries", true) {
		if c.object() {
			d.Countries = append(d.Countries, Country{Code: c.str("code", true), Name: c.str("name", true)})
		}
	}
	for o := range n.list("organisations", false) {
		if o.object() {
			d.Organisations = append(d.Organisations, Organisation{ID: o.str("id", true), Name: o.str("name", true)})
		}
	}
	if s := n.at("sources"); !s.r.Exists() {
		errs.add("sources", "missing")
	} else if s.object() {
		d.Sources = make(map[string]Source, len(s.fields))
		d.SourceIDs = make([]string, 0, len(s.fields))
		for _, f := range s.fields {
			m := s.arena.mark()
			e := s.child(f.v, f.key, -1)
			if e.object() {
				d.SourceIDs = append(d.SourceIDs, f.key)
				d.Sources[f.key] = Source{
					ID: f.key, Short: e.str("short", true), Title: e.str("title", true),
					Publisher: e.str("publisher", true), URL: e.str("url", false), Date: e.str("date", false),
					DateNote: e.str("dateNote", false), NotLinked: e.str("notLinked", false),
				}
			}
			s.arena.release(m)
		}
	}
	for b := range n.list("blocs", true) {
		if !b.object() {
			continue
		}
		bl := Bloc{ID: b.str("id", true), Name: b.str("name", true), Description: b.str("description", false),
			Date: b.str("date", false), Cite: b.cite()}
		for m := range b.list("members", true) {
			if m.object() {
				bl.Members = append(bl.Members, Membership{
					Country: m.str("country", false), Organisation: m.str("organisation", false),
					Status: m.str("status", true), Date: m.str("date", false), DateMeaning: m.str("dateMeaning", false),
					Ends: m.end("ends"), Cite: m.cite(),
				})
			}
		}
		d.Blocs = append(d.Blocs, bl)
	}
	for m := range n.list("minerals", true) {
		if m.object() {
			d.Minerals = append(d.Minerals, readMineral(m))
		}
	}
	for t := range n.list("ties", true) {
		if t.object() {
			d.Ties = append(d.Ties, readTie(t))
		}
	}
	for e := range n.list("events", true) {
		if e.object() {
			ev := Event{Date: e.str("date", true), Title: e.str("title", true), Type: e.str("type", false),
				Countries: e.strs("countries"), Minerals: e.strs("minerals"), Ends: e.end("ends"), Cite: e.cite()}
			if ev.Type == "" {
				ev.Type, ev.TypeMissing = EventOther, true
			}
			d.Events = append(d.Events, ev)
		}
	}
	d.validate(&errs)
	if len(errs) > 0 {
		return nil, errs
	}
	d.rank()
	d.settle()
	return d, nil
}

// checkDepth returns an error when arrays and objects in raw nest deeper
// than max, saying where. It reads raw as JSON text without recursion
// (brackets inside strings do not count) and does not otherwise validate it.
func checkDepth(raw []byte, max int) error {
	depth := 0
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '"':
			// Skip the string in a loop of its own: the escaped byte
			// after a backslash, up to the closing quote.
			for i++; i < len(raw) && raw[i] != '"'; i++ {
				if raw[i] == '\\' {
					i++
				}
			}
		case '[', '{':
			if depth++; depth > max {
				line, col := lineCol(raw, i)
				return Errors{{Reason: fmt.Sprintf("nested deeper than %d levels of arrays and objects, at line %d, column %d", max, line, col)}}
			}
		case ']', '}':
			depth--
		}
	}
	return nil
}

// lineCol returns the line and column (1-based, in bytes) of offset i.
func lineCol(raw []byte, i int) (int, int) {
	line, col := 1, 1
	for _, b := range raw[:i] {
		if b == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// readMineral reads one mineral and its series.
func readMineral(m node) Mineral {
	mi := Mineral{ID: m.str("id", true), Name: m.str("name", true), Unit: m.str("unit", false),
		Stage: m.str("stage", true), Commodity: m.str("commodity", false), Measure: m.str("measure", false),
		Critical2025: m.boolean("critical2025"), CriticalNote: m.str("criticalNote", false),
		CriticalSources: m.strs("criticalSources"), NoteSources: m.strs("noteSources"), Cite: m.cite()}
	if mi.Commodity == "" {
		mi.Commodity = mi.ID
	}
	if !m.at("series").r.Exists() && m.at("year").r.Exists() {
		// The one-year shorthand of dataset format 1: the figures at the
		// mineral's top level, cited by the mineral's sources. cmd/datacheck
		// asks for the edition and its date.
		se := readSeries(m, false)
		se.Cite = Cite{Sources: mi.Sources, Unconfirmed: mi.Unconfirmed, Reasons: mi.Reasons}
		mi.Series = []Series{se}
		return mi
	}
	for _, k := range []string{"year", "world", "producers", "usNetImportReliance"} {
		m.computed(k, "with series[], the figures go in the series, one entry per data year and edition")
	}
	for s := range m.list("series", true) {
		if s.object() {
			mi.Series = append(mi.Series, readSeries(s, true))
		}
	}
	return mi
}

// readSeries reads one series (or, with full false, the shorthand's
// figures from a mineral).
func readSeries(s node, full bool) Series {
	se := Series{Edition: s.str("edition", full), Published: s.str("published", full), Revised: s.boolean("revised"),
		Partial: s.boolean("partial"), World: s.num("world"), WorldNote: s.str("worldNote", false),
		WorldReserves: s.num("worldReserves"), WorldReservesAtLeast: s.boolean("worldReservesAtLeast"),
		USNetImportReliance: s.str("usNetImportReliance", false)}
	if full {
		se.Cite = s.cite()
	}
	if y := s.num("year"); y == nil {
		s.errs.add(s.at("year").path(), "missing")
	} else {
		se.Year = int(*y)
	}
	for p := range s.list("producers", true) {
		if !p.object() {
			continue
		}
		se.Producers = append(se.Producers, Producer{Country: p.str("country", true),
			Amount: p.num("amount"), Share: p.num("share"), ShareComputed: p.boolean("shareComputed"),
			Approximate: p.boolean("approximate"), AtLeast: p.boolean("atLeast"), Leading: p.boolean("leading"),
			Reserves: p.num("reserves"), Cite: p.citeOptional()})
		if pr := &se.Producers[len(se.Producers)-1]; !full && pr.Amount == nil && pr.Share == nil && pr.Reserves == nil {
			pr.Leading = true // format 1: a producer with no figure is the named leading one
		}
	}
	return se
}

// readTie reads one tie; an export control without parts is one part made
// of its own dates.
func readTie(t node) Tie {
	ti := Tie{
		Type: t.str("type", true), From: t.str("from", true), To: t.str("to", true),
		Mineral: t.str("mineral", false), Minerals: t.strs("minerals"), Countries: t.strs("countries"),
		Share: t.num("share"), Approximate: t.boolean("approximate"), Period: t.str("period", false),
		Published: t.str("published", false), Title: t.str("title", false),
		Terms: t.str("terms", false), Amount: t.str("amount", false), Company: t.str("company", false),
		Date: t.str("date", false), DateNote: t.str("dateNote", false), Effective: t.str("effective", false),
		Extraterritorial: t.boolean("extraterritorial"), Ends: t.end("ends"), Scope: t.str("scope", false), Cite: t.cite(),
	}
	if ti.Type == Agreement && ti.Scope == "" {
		ti.Scope = ScopeGovernment
	}
	// Format 1 typed a control's status by hand; it is now computed from
	// the dates. A typed status is still read (and must agree with them);
	// cmd/datacheck asks for it to go.
	switch status := t.str("status", false); status {
	case "", legacyInForce:
	case legacySuspended:
		if !t.at("suspendedUntil").r.Exists() && !t.at("suspension").r.Exists() {
			t.errs.add(t.at("suspendedUntil").path(), "missing")
		}
	default:
		t.errs.add(t.at("status").path(), "unknown status %q (in-force or suspended; better, leave it out: it is computed from the dates)", status)
	}
	ti.StatusTyped = t.at("status").r.Exists()
	for f := range t.list("figures", false) {
		if f.object() {
			ti.Figures = append(ti.Figures, Figure{Label: f.str("label", true), Value: f.str("value", true), Cite: f.cite()})
		}
	}
	if ti.Type != ExportControl {
		return ti
	}
	readPart := func(p node, inherit bool) Part {
		pa := Part{Title: p.str("title", !inherit), Effective: p.str("effective", false),
			SuspendedOn: p.str("suspendedOn", false), SuspendedBy: p.str("suspendedBy", false),
			Suspension: p.end("suspension")}
		if until := p.str("suspendedUntil", false); until != "" && pa.Suspension == nil {
			pa.Suspension = &End{Date: until, What: "suspension until"} // format 1
		}
		if !inherit {
			pa.Cite = p.citeOptional()
		}
		if pa.Effective == "" {
			pa.Effective = ti.Date
		}
		return pa
	}
	listed := false
	for p := range t.list("parts", false) {
		listed = true
		if p.object() {
			ti.Parts = append(ti.Parts, readPart(p, false))
		}
	}
	if !listed {
		pa := readPart(t, true)
		pa.Title = ti.Title
		ti.Parts = []Part{pa}
	}
	if ti.Effective == "" {
		for _, p := range ti.Parts {
			if ti.Effective == "" || p.Effective < ti.Effective {
				ti.Effective = p.Effective
			}
		}
	}
	return ti
}

// where says where a JSON syntax error is. gjson only answers valid or not;
// on this error path encoding/json finds the offset, turned into a line and
// column a person can go to.
func where(raw []byte) string {
	if len(bytes.TrimSpace(raw)) == 0 {
		return ": the file is empty"
	}
	var v any
	err := json.Unmarshal(raw, &v)
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		if err != nil {
			return ": " + err.Error()
		}
		return ""
	}
	// Offset counts the bytes read up to and including the offending one.
	line, col := lineCol(raw, max(0, min(int(se.Offset)-1, len(raw))))
	return fmt.Sprintf(": %s at line %d, column %d", se.Error(), line, col)
}
