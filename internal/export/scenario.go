package export

import (
	"fmt"
	"strconv"
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/scenario"
)

// Scenario is the table of the scenario "China cuts supply of mineral to
// target" at at (YYYY-MM-DD): China as the supplier, the producers left
// (ranked, with their blocs and whether they could fill the gap) and each
// target's exposure, with the share left to the targets in the footer.
// The figures are those of the edition that applies at at.
func Scenario(loc *i18n.Catalog, ds *dataset.Dataset, mineral, target, at string) (Table, error) {
	r, err := scenario.Compute(ds, mineral, target, "", at)
	if err != nil {
		return Table{}, fmt.Errorf("export: %w", err)
	}
	m := r.Mineral
	year := strconv.Itoa(m.Year)
	t := Table{
		Name:    "scenario-" + m.ID + "-" + strings.ToLower(r.Target.ID) + suffix(at) + ".csv",
		Caption: loc.F("export.caption.scenario", "title", r.Title(loc), "figures", figures(r)),
		Header: append([]string{"Role", "Rank", "Country", "ISO code", "Share (% of world output)", "Quantity", "Unit", "Year",
			"Blocs", "Cut off", "Could fill the gap", "China's share of its imports (%)", "Import period", "US net import reliance"}, citeHeader...),
	}
	t.Headings = headings(loc, t.Header)
	share := func(v float64, ok bool) string {
		if !ok {
			return ""
		}
		return strconv.FormatFloat(round(v, 2), 'f', -1, 64)
	}
	if r.ChinaNamed {
		row := []string{"supplier", "", ds.CountryName("CHN", "China"), "CHN", share(r.ChinaShare, r.ChinaKnown), num(r.ChinaAmount), m.Unit, year,
			"", "no", "no", "", "", ""}
		t.Rows = append(t.Rows, append(row, citeCells(ds, m.Cite)...))
		t.shown(loc, nil)
	}
	for i, s := range r.Suppliers {
		row := []string{"producer left", strconv.Itoa(i + 1), s.Name, s.Country, share(s.Share, s.HasShare), num(s.Amount), m.Unit, year,
			strings.Join(s.Blocs, "; "), yesNo(s.Targeted), yesNo(r.IsFiller(s.Country)), "", "", ""}
		t.Rows = append(t.Rows, append(row, citeCells(ds, m.Cite)...))
		blocs := make([]string, len(s.Blocs))
		for k, name := range s.Blocs {
			blocs[k] = name
			if k < len(s.BlocIDs) {
				blocs[k] = dataset.BlocName(loc, s.BlocIDs[k], name)
			}
		}
		t.shown(loc, map[string]Cell{"Blocs": {Text: strings.Join(blocs, "; ")}})
	}
	for _, e := range r.Exposures {
		china := ""
		if e.ChinaListed {
			china = share(e.ChinaShare, true)
		}
		c := dataset.Cite{Sources: e.Sources, Unconfirmed: e.Unconfirmed}
		var over map[string]Cell
		if !e.HasImports && e.Reliance == "" {
			c.Note = "no import data in this dataset"
			over = map[string]Cell{"Note": {Text: loc.T("table.note.noImports")}}
		} else if e.HasImports && !e.ChinaListed {
			c.Note = "China is not among the import sources listed"
			over = map[string]Cell{"Note": {Text: loc.T("table.note.chinaNotListed")}}
		}
		row := []string{"target", "", ds.CountryName(e.Country, e.Country), e.Country, "", "", "", year,
			"", "yes", "", china, e.Period, e.Reliance}
		t.Rows = append(t.Rows, append(row, citeCells(ds, c)...))
		t.shown(loc, over)
	}
	if r.AvailableKnown {
		row := []string{"available to the targets", "", "", "", share(r.Available, true), num(r.AvailableAmount), m.Unit, year,
			"", "", "", "", "", ""}
		c := m.Cite
		c.Note = r.Basis
		if r.AtLeast {
			c.Note += " (at least)"
		}
		if r.Rounded {
			c.Note = "the other producers' output: the world total is rounded and China's output alone reaches it"
		}
		c.Note += ". " + concentrationText(r)
		t.Foot = append(t.Foot, append(row, citeCells(ds, c)...))
		if !loc.English() {
			note := Cell{Text: availableNote(loc, r)}
			t.ShownFoot = append(t.ShownFoot, shownRow(loc, t.Header, t.Foot[len(t.Foot)-1], map[string]Cell{"Note": note}))
		}
	}
	return t, nil
}

// shown adds the last row's cells in the language of loc to t.Shown
// (nothing in English), over as shownRow takes it.
func (t *Table) shown(loc *i18n.Catalog, over map[string]Cell) {
	if !loc.English() {
		t.Shown = append(t.Shown, shownRow(loc, t.Header, t.Rows[len(t.Rows)-1], over))
	}
}

// availableNote is the footer's note (what the share left is measured
// against and the concentration) in the language of loc, for the table
// view; the CSV keeps the English of concentrationText.
func availableNote(loc *i18n.Catalog, r *scenario.Result) string {
	var note string
	switch {
	case r.Rounded:
		note = loc.T("table.note.rounded")
	case r.Basis == namedBasis:
		note = loc.T("table.note.basisNamed")
	default:
		note = loc.T("table.note.basisWorld")
	}
	if r.AtLeast && !r.Rounded {
		note += loc.T("table.note.atLeast")
	}
	stop := loc.T("table.note.stop")
	if !r.Today.Known {
		return note + stop + " " + loc.T("table.note.noConcentration") + stop
	}
	after := func(v float64, pct bool) string {
		switch {
		case !r.After.Known:
			return loc.T("scenario.notKnown")
		case pct:
			return loc.Percent(round(v, 1))
		}
		return loc.Number(round(v, 0))
	}
	return note + stop + " " +
		loc.F("scenario.top3", "today", loc.Percent(round(r.Today.Top3, 1)), "after", after(r.After.Top3, true)) + stop + " " +
		loc.F("scenario.hhi", "today", loc.Number(round(r.Today.HHI, 0)), "after", after(r.After.HHI, false)) + stop
}

// namedBasis is scenario.Result.Basis when China is not among the
// producers the source names.
const namedBasis = "the producers the source names; China is not among them"

// concentrationText gives top-3 share and HHI today and without China.
func concentrationText(r *scenario.Result) string {
	if !r.Today.Known {
		return "No shares published: concentration not known."
	}
	s := fmt.Sprintf("Top three: %s today", dataset.Percent(round(r.Today.Top3, 1)))
	if r.After.Known {
		s += fmt.Sprintf(", %s of what remains without China", dataset.Percent(round(r.After.Top3, 1)))
	}
	s += fmt.Sprintf("; HHI %s today", dataset.Number(round(r.Today.HHI, 0)))
	if r.After.Known {
		s += fmt.Sprintf(", %s without China", dataset.Number(round(r.After.HHI, 0)))
	}
	return s + "."
}

// figures names the year and edition the scenario reads: "2025, USGS MCS 2026".
func figures(r *scenario.Result) string {
	if r.Series != nil && r.Series.Edition != "" {
		return r.Series.Source()
	}
	return strconv.Itoa(r.Mineral.Year)
}
