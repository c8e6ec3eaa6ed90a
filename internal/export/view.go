package export

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/scenario"
)

// Producers is the table of a mineral's producers at at (YYYY-MM-DD, ""
// for the latest): the figures of the year and edition that apply then, as
// the map shows them (dataset.Mineral.SeriesAt). Columns: rank, country, ISO
// code, share of world output and its basis, quantity, unit, year, stage,
// edition, reserves and sources; the world total is the footer.
func Producers(loc *i18n.Catalog, ds *dataset.Dataset, mineral, at string) (Table, error) {
	m, ok := ds.Mineral(mineral)
	if !ok {
		return Table{}, fmt.Errorf("export: unknown mineral %q", mineral)
	}
	label, unit := scenario.MineralLabel(loc, m), loc.Unit(m.Unit)
	t := Table{
		Name:     "producers-" + m.ID + ".csv",
		Caption:  loc.F("export.caption.producers", "mineral", label, "unit", unit),
		Header:   producersHeader,
		Headings: headings(loc, producersHeader),
	}
	se, early := m.SeriesAtEarly(at)
	if se == nil {
		return t, nil
	}
	t.Caption = loc.F("export.caption.producersSeries", "mineral", label, "figures", se.Source(), "unit", unit)
	if early {
		t.Caption += loc.F("export.caption.early", "published", loc.Date(se.Published), "date", loc.Date(at))
	}
	t.Rows, t.Foot = seriesRows(ds, m, se)
	if !loc.English() {
		stage := map[string]Cell{"Stage": {Text: loc.Stage(m.ID, m.Stage)}}
		for _, r := range t.Rows {
			t.Shown = append(t.Shown, shownRow(loc, t.Header, r, stage))
		}
		for _, r := range t.Foot {
			t.ShownFoot = append(t.ShownFoot, shownRow(loc, t.Header, r, stage))
		}
	}
	return t, nil
}

// producersHeader names the columns of seriesRows.
var producersHeader = append([]string{"Rank", "Country", "ISO code", "Share (% of world output)", "Share basis",
	"Quantity", "Unit", "Year", "Stage", "Edition", "Reserves"}, citeHeader...)

// seriesRows are the producers of one series of m, and its world total as
// the footer. Each row cites the producer's sources, flagged as its series.
func seriesRows(ds *dataset.Dataset, m *dataset.Mineral, se *dataset.Series) (rows, foot [][]string) {
	year := strconv.Itoa(se.Year)
	for _, p := range se.Producers {
		share, basis := "", "not published (named leading producer)"
		if s, computed, ok := se.Share(p); ok {
			share = strconv.FormatFloat(round(s, 2), 'f', -1, 64)
			switch {
			case computed:
				basis = basisComputed
			case p.AtLeast:
				basis = "published, at least"
			case p.Approximate:
				basis = "published, approximate"
			default:
				basis = "published"
			}
		} else if !p.Leading {
			basis = "no output recorded (reserves only)"
		}
		rank := ""
		if p.Rank > 0 {
			rank = strconv.Itoa(p.Rank)
		}
		row := []string{rank, ds.CountryName(p.Country, p.Country), p.Country, share, basis,
			num(p.Amount), m.Unit, year, m.Stage, se.Edition, num(p.Reserves)}
		rows = append(rows, append(row, citeCells(ds, p.Cite.With(se.Cite))...))
	}
	if se.World != nil || se.WorldReserves != nil {
		share, reserves := "", num(se.WorldReserves)
		if se.World != nil {
			share = "100"
		}
		if se.WorldReservesAtLeast && reserves != "" {
			reserves = "more than " + reserves
		}
		row := []string{"", "World", "", share, "world total", num(se.World), m.Unit, year, m.Stage, se.Edition, reserves}
		foot = append(foot, append(row, citeCells(ds, se.Cite)...))
	}
	return rows, foot
}

// Ties is the table of the ties of a country that exist at at (YYYY-MM-DD,
// "" for the latest): date, type, direction, counterpart, minerals, status,
// details and sources. Import shares are those of the edition that applies
// at at (dataset.ImportsAt), as the map draws them. Export controls on
// every destination are included for every country they reach.
func Ties(loc *i18n.Catalog, ds *dataset.Dataset, code, at string) (Table, error) {
	c, ok := ds.Country(code)
	if !ok {
		return Table{}, fmt.Errorf("export: unknown country %q", code)
	}
	t := Table{
		Name:    "ties-" + code + suffix(at) + ".csv",
		Caption: loc.F("export.caption.ties", "country", countryName(loc, code, c.Name), "asOf", asOf(loc, ds, at)),
		Header: append([]string{"Date", "Type", "Direction", "Counterpart", "Counterpart ISO code", "Minerals",
			"Share (% of imports)", "Status", "Details"}, citeHeader...),
	}
	t.Headings = headings(loc, t.Header)
	imports := map[int]bool{}
	for _, i := range ds.ImportsAt(at) {
		imports[i] = true
	}
	for i, tie := range ds.Ties {
		if !dataset.On(tie.Date, at) || (tie.Type == dataset.Import && !imports[i]) {
			continue
		}
		dir, other := "", ""
		switch {
		case tie.From == code && tie.Type == dataset.Corridor:
			dir, other = "with", list(without(tie.Countries, code))
		case tie.From == code:
			dir, other = "to", tie.To
		case tie.To == code:
			dir, other = "from", tie.From
		case tie.To == dataset.All && tie.From != code:
			dir, other = "from", tie.From
		case slices.Contains(tie.Countries, code):
			dir, other = "with", list(without(append([]string{tie.From}, tie.Countries...), code))
		default:
			continue
		}
		row := append(tieCells(ds, tie, at, dir, other), citeCells(ds, tie.Cite)...)
		t.Rows = append(t.Rows, row)
		if !loc.English() {
			t.Shown = append(t.Shown, shownRow(loc, t.Header, row, tieShown(loc, ds, tie, at)))
		}
	}
	return t, nil
}

// tieShown are the cells of a tie's status and details in the language of
// loc, the parts' titles and the source's words in them quoted.
func tieShown(loc *i18n.Catalog, ds *dataset.Dataset, tie dataset.Tie, at string) map[string]Cell {
	l := ds.TieLine(loc, tie, at)
	over := map[string]Cell{"Details": {Text: l.Text, Quoted: l.Quoted}}
	if tie.Type == dataset.ExportControl {
		// The details' line says the status too: its quoted words (the
		// parts' titles, the announcements that suspended them) are the
		// status's.
		over["Status"] = Cell{Text: ds.ControlStatus(loc, tie, at), Quoted: l.Quoted}
	}
	return over
}

// tieCells are a tie's columns before its citation.
func tieCells(ds *dataset.Dataset, tie dataset.Tie, at, dir, other string) []string {
	date := tie.Date
	if tie.DateNote != "" {
		date = tie.DateNote
	}
	minerals := tie.Minerals
	if tie.Mineral != "" {
		minerals = []string{tie.Mineral}
	}
	status := ""
	if tie.Type == dataset.ExportControl {
		status = ds.ControlStatus(i18n.English(), tie, at)
	}
	name := other
	if other == dataset.All {
		name = "all destinations"
	} else if c, ok := ds.Country(other); ok {
		name = c.Name
	}
	return []string{date, tie.Type, dir, name, other, list(minerals), num(tie.Share), status, ds.TieLine(i18n.English(), tie, at).Text}
}

// Events is the table of events: those naming country code up to at when a
// code is given, otherwise those around at (within 45 days, as the panel
// lists them).
func Events(loc *i18n.Catalog, ds *dataset.Dataset, code, at string) (Table, error) {
	t := Table{Header: append([]string{"Date", "Event", "Countries", "Minerals"}, citeHeader...)}
	t.Headings = headings(loc, t.Header)
	var events []dataset.Event
	if code != "" {
		c, ok := ds.Country(code)
		if !ok {
			return Table{}, fmt.Errorf("export: unknown country %q", code)
		}
		t.Name = "events-" + code + suffix(at) + ".csv"
		t.Caption = loc.F("export.caption.eventsOf", "country", countryName(loc, code, c.Name), "asOf", asOf(loc, ds, at))
		for _, e := range ds.Events {
			if slices.Contains(e.Countries, code) && dataset.On(e.Date, at) {
				events = append(events, e)
			}
		}
	} else {
		t.Name = "events" + suffix(at) + ".csv"
		when := at
		if when == "" {
			when = ds.AsOf
		}
		t.Caption = loc.F("export.caption.eventsAround", "date", loc.Date(when))
		events = ds.EventsNear(at, EventDays, EventLimit)
	}
	for _, e := range events {
		row := append(eventCells(e), citeCells(ds, e.Cite)...)
		t.Rows = append(t.Rows, row)
		if !loc.English() {
			t.Shown = append(t.Shown, shownRow(loc, t.Header, row, nil))
		}
	}
	return t, nil
}

// EventDays and EventLimit are the window of the events listed around a
// date, the same as the panel's.
const (
	EventDays  = 45
	EventLimit = 8
)

func eventCells(e dataset.Event) []string {
	return []string{e.Date, e.Title, list(e.Countries), list(e.Minerals)}
}

func without(codes []string, code string) []string {
	var out []string
	for _, c := range codes {
		if c != code {
			out = append(out, c)
		}
	}
	return out
}

func suffix(at string) string {
	if at == "" {
		return ""
	}
	return "-" + at
}

func asOf(loc *i18n.Catalog, ds *dataset.Dataset, at string) string {
	if at == "" {
		return loc.F("export.asOf.latest", "date", loc.Date(ds.AsOf))
	}
	return loc.F("export.asOf", "date", loc.Date(at))
}

// countryName is a country as a caption names it: "the United States" in
// English, CLDR's name in other languages.
func countryName(loc *i18n.Catalog, code, english string) string {
	if loc.English() {
		return dataset.The(english)
	}
	return loc.Country(code, english)
}

func round(v float64, d int) float64 {
	p := math.Pow(10, float64(d))
	return math.Round(v*p) / p
}
