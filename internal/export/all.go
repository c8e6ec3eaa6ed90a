package export

import (
	"fmt"
	"slices"
	"strconv"

	"paxsilica/internal/dataset"
)

// All returns the whole dataset as tables: countries, bloc memberships,
// minerals, producers, ties, events and sources.
func All(ds *dataset.Dataset) []Table {
	countries := Table{Name: "countries.csv", Caption: "Countries", Header: []string{"ISO code", "Country"}}
	for _, c := range ds.Countries {
		countries.Rows = append(countries.Rows, []string{c.Code, c.Name})
	}
	members := Table{Name: "memberships.csv", Caption: "Bloc memberships",
		Header: append([]string{"Bloc", "Bloc name", "Member", "Member ISO code", "Status", "Date", "Date meaning"}, citeHeader...)}
	for _, b := range ds.Blocs {
		for _, m := range b.Members {
			code, name := m.Country, ds.CountryName(m.Country, m.Country)
			if m.Organisation != "" {
				code, name = "", m.Organisation
				if o, ok := ds.Organisation(m.Organisation); ok {
					name = o.Name
				}
			}
			row := []string{b.ID, b.Name, name, code, m.Status, m.Date, m.DateMeaning}
			members.Rows = append(members.Rows, append(row, citeCells(ds, m.Cite)...))
		}
	}
	minerals := Table{Name: "minerals.csv", Caption: "Minerals",
		Header: append([]string{"Mineral id", "Mineral", "Stage", "Year", "World total", "Unit", "World note",
			"US net import reliance", "On the USGS 2025 critical list"}, citeHeader...)}
	producers := Table{Name: "producers.csv", Caption: "Producers of every mineral, every year and edition",
		Header: append([]string{"Mineral id"}, producersHeader...)}
	for i := range ds.Minerals {
		m := &ds.Minerals[i]
		row := []string{m.ID, m.Name, m.Stage, strconv.Itoa(m.Year), num(m.World), m.Unit, m.WorldNote,
			m.USNetImportReliance, yesNo(m.Critical2025)}
		minerals.Rows = append(minerals.Rows, append(row, citeCells(ds, m.Cite)...))
		for j := range m.Series {
			rows, foot := seriesRows(ds, m, &m.Series[j])
			for _, r := range slices.Concat(rows, foot) {
				producers.Rows = append(producers.Rows, append([]string{m.ID}, r...))
			}
		}
	}
	ties := Table{Name: "ties.csv", Caption: "Ties",
		Header: append([]string{"Date", "Type", "From", "To", "Countries", "Minerals", "Share (% of imports)",
			"Status", "Details"}, citeHeader...)}
	for _, t := range ds.Ties {
		c := tieCells(ds, t, "", "", "")
		row := []string{c[0], t.Type, t.From, t.To, list(t.Countries), c[5], c[6], c[7], c[8]}
		ties.Rows = append(ties.Rows, append(row, citeCells(ds, t.Cite)...))
	}
	events := Table{Name: "events.csv", Caption: "Events", Header: append([]string{"Date", "Event", "Countries", "Minerals"}, citeHeader...)}
	for _, e := range ds.Events {
		events.Rows = append(events.Rows, append(eventCells(e), citeCells(ds, e.Cite)...))
	}
	sources := Table{Name: "sources.csv", Caption: "Sources", Header: []string{"Source id", "Short name", "Title", "Publisher", "Date", "URL"}}
	for _, id := range ds.SourceIDs {
		s := ds.Sources[id]
		sources.Rows = append(sources.Rows, []string{id, s.Short, s.Title, s.Publisher, s.Date, s.URL})
	}
	return []Table{countries, members, minerals, producers, ties, events, sources}
}

// Readme is the text that goes with the downloaded data: what it is, how
// to cite it, and the terms its parts come under.
func Readme(ds *dataset.Dataset, siteURL string) string {
	if siteURL != "" {
		siteURL = ", " + siteURL
	}
	return fmt.Sprintf(`Pax Silica Explorer: the whole dataset
Dataset version %s, facts gathered up to %s.

%s

Files
  dataset.json     the dataset as the explorer reads it (schema: data/SCHEMA.md in the project)
  countries.csv    countries and their ISO 3166-1 alpha-3 codes
  memberships.csv  who belongs to which bloc (Pax Silica, MSP, ...), since when
  minerals.csv     minerals by stage: world total, unit, year, US net import reliance
                   (the latest year and edition)
  producers.csv    producers of each mineral, per data year and edition: share of
                   world output, quantity, unit, year, edition, reserves
  ties.csv         imports, US agreements, equity stakes, corridors, Chinese export controls
  events.csv       the timeline
  sources.csv      every source cited, with its address

Every row names its sources (the Sources and Source URLs columns; ids in
sources.csv). "Unconfirmed: yes" marks facts that rest on a single or
secondary source or are contested; the Note column says why. Shares
marked "computed" are the country's quantity divided by the world total.
The CSV files are RFC 4180 (UTF-8, comma-separated, CRLF line ends); a
cell that would start with =, +, - or @ and is not a number begins with an
apostrophe, so that spreadsheets do not run it as a formula.

How to cite
  Pax Silica Explorer, dataset version %s (as of %s)%s,
  and the original sources named in each row.

Licences
  The figures come from the sources listed in sources.csv and remain under
  their terms: USGS Mineral Commodity Summaries are works of the US
  Government (public domain in the United States); government statements
  and news reports are quoted for their facts, with links to the originals.
  The map geometry the explorer draws is Natural Earth (public domain).
  The project states no further licence for this compilation.
`, ds.Version, ds.AsOf, ds.Description, ds.Version, ds.AsOf, siteURL)
}
