package scenario

import (
	"sort"
	"strconv"
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
)

// Ignored is what the scenario leaves out, in the reader's words
// (scenario.ignored; the panel's last section, in English).
const Ignored = "This scenario ignores stocks and stockpiles, recycling, substitution, transshipment through third countries and the price response. " +
	"It takes the output shares of the year shown (the edition published by the timeline's date) as fixed, counts all of China's output as withheld from the targets, and counts the rest as available to them."

// IgnoredShort is the first sentence of what the scenario leaves out, in
// the language of loc, as the figure's summary ends.
func IgnoredShort(loc *i18n.Catalog) string {
	if loc.English() {
		return strings.SplitAfter(Ignored, ". ")[0]
	}
	return loc.T("scenario.ignored.short")
}

// LevelLabels are the map legend's English words for each level (the
// shaded ones are countries cut off, by China's share of their imports).
var LevelLabels = map[Level]string{
	Untouched: "not cut off",
	NoData:    "cut off, imports not recorded",
	Low:       "China < 20% of imports",
	Medium:    "China 20–50% of imports",
	High:      "China ≥ 50% of imports",
}

// levelKeys are the catalog keys of the levels' words.
var levelKeys = map[Level]string{
	Untouched: "scenario.level.untouched",
	NoData:    "scenario.level.noData",
	Low:       "scenario.level.low",
	Medium:    "scenario.level.medium",
	High:      "scenario.level.high",
}

// LevelLabel is the map legend's words for level l in the language of loc.
func LevelLabel(loc *i18n.Catalog, l Level) string {
	if loc.English() {
		return LevelLabels[l]
	}
	return loc.T(levelKeys[l])
}

// MineralLabel is a mineral's name with its stage, "Gallium (low-purity
// primary production)", from the catalog's glossary (in English, the
// dataset's words: dataset.Mineral.Label).
func MineralLabel(loc *i18n.Catalog, m *dataset.Mineral) string {
	return loc.Mineral(m.ID, m.Name) + " (" + loc.Stage(m.ID, m.Stage) + ")"
}

// TargetName is the target as it reads in a sentence of loc's language
// (in English, Target.Name).
func (r *Result) TargetName(loc *i18n.Catalog) string {
	if loc.English() {
		return r.Target.Name
	}
	switch r.Target.ID {
	case All, PaxSilica, MSP:
		return loc.T("scenario.target." + r.Target.ID)
	}
	return loc.Country(r.Target.ID, strings.TrimPrefix(r.Target.Name, "the "))
}

// lowerName lowercases a mineral's name inside an English sentence; other
// languages keep their glossary's spelling.
func lowerName(loc *i18n.Catalog, s string) string {
	if loc.English() {
		return strings.ToLower(s)
	}
	return s
}

// Title is the panel's heading: "Scenario: China stops supplying gallium to
// the United States".
func (r *Result) Title(loc *i18n.Catalog) string {
	return loc.F("scenario.title", "mineral", lowerName(loc, loc.Mineral(r.Mineral.ID, r.Mineral.Name)), "target", r.TargetName(loc))
}

// Summary is the scenario in one plain sentence (or two), e.g. "Without
// China, the United States can draw on 1.3% of 2024 world gallium output
// (10,000 kg), from Russia, Japan and South Korea."
func (r *Result) Summary(loc *i18n.Catalog) string {
	m := r.Mineral
	who := r.Target.Name
	if r.Target.ID == All {
		who = "the rest of the world"
	}
	who = lowerFirst(strings.ToUpper(who[:1]) + who[1:])
	if !loc.English() {
		who = r.TargetName(loc)
		if r.Target.ID == All {
			who = loc.T("scenario.target.rest")
		}
	}
	label := lowerName(loc, MineralLabel(loc, m))
	name := lowerName(loc, loc.Mineral(m.ID, m.Name))
	year := strconv.Itoa(m.Year)
	unit, stage := loc.Unit(m.Unit), loc.Stage(m.ID, m.Stage)
	var b strings.Builder
	switch {
	case !r.ChinaNamed && !r.AvailableKnown:
		b.WriteString(loc.F("scenario.summary.unnamedUnknown", "mineral", label))
	case !r.ChinaNamed:
		b.WriteString(loc.F("scenario.summary.unnamed", "mineral", label, "who", who,
			"pct", loc.Percent(r.Available), "year", year, "from", r.fromNames(loc)))
	case !r.ChinaKnown:
		b.WriteString(loc.F("scenario.summary.unknown", "mineral", label, "who", who))
	default:
		share := loc.Percent(round1(r.Available))
		if r.Rounded {
			share = loc.F("scenario.about", "pct", share)
		}
		args := []string{"who", who, "share", share, "mineral", name, "year", year, "stage", stage, "unit", unit}
		switch {
		case r.Rounded && r.AvailableAmount != nil:
			b.WriteString(loc.F("scenario.summary.rounded", append(args, "amount", loc.Number(*r.AvailableAmount),
				"from", r.fromNames(loc), "world", loc.Number(*m.World))...))
		default:
			detail := loc.F("scenario.summary.stage", "stage", stage)
			if r.AvailableAmount != nil {
				detail = loc.F("scenario.summary.amount", "amount", loc.Number(*r.AvailableAmount), "unit", unit, "stage", stage)
			}
			from := ""
			switch {
			case r.Rounded:
				// the producers are named in the rounded sentence
			case len(r.Fillers()) > 0:
				from = loc.F("scenario.summary.from", "list", r.fromNames(loc))
			case r.Available > 0:
				from = loc.F("scenario.summary.from", "list", loc.T("scenario.unnamedProducers"))
			}
			b.WriteString(loc.F("scenario.summary.available", append(args, "detail", detail, "from", from)...))
		}
	}
	if len(r.Target.Countries) == 1 {
		for _, e := range r.Exposures {
			if e.ChinaListed {
				whose := loc.Country(e.Country, e.Name)
				if loc.English() {
					whose = possessive(e.Name)
				}
				period := ""
				if e.Period != "" {
					period = " (" + e.Period + ")"
				}
				b.WriteString(" " + loc.F("scenario.summary.chinaSupplied", "pct", approx(loc, e.ChinaShare, e.Approximate), "whose", whose, "period", period))
				break
			}
		}
	} else if most := r.mostExposed(loc, 3); len(most) > 0 {
		b.WriteString(" " + loc.F("scenario.summary.mostExposed", "list", most))
	}
	if r.Unconfirmed {
		b.WriteString(" " + loc.T("scenario.summary.unconfirmed"))
	}
	return b.String()
}

// fromNames names up to three fillers: "Russia, Japan and South Korea", or
// "Russia, Japan, South Korea and 2 others".
func (r *Result) fromNames(loc *i18n.Catalog) string {
	var names []string
	for _, code := range r.Fillers() {
		for _, s := range r.Suppliers {
			if s.Country == code {
				if loc.English() {
					names = append(names, dataset.The(s.Name))
				} else {
					names = append(names, loc.Country(s.Country, s.Name))
				}
			}
		}
	}
	if len(names) > 3 {
		names = append(names[:3], loc.N("scenario.others", len(names)-3))
	}
	if len(names) == 0 {
		return loc.T("scenario.unnamedProducers")
	}
	return dataset.AndList(loc, names)
}

// Sections are the panel's statements, each with its sources, in the
// language of loc. Section headings are the catalog's scenario.section.*
// (SectionHeading).
func (r *Result) Sections(loc *i18n.Catalog, d *dataset.Dataset) []dataset.Section {
	m := r.Mineral
	src := m.Sources
	un := m.Unconfirmed
	unit := loc.Unit(m.Unit)
	target := r.TargetName(loc)
	pct := func(v float64) string { return loc.Percent(round1(v)) }
	var secs []dataset.Section
	add := func(key string, ls ...dataset.Line) {
		if len(ls) > 0 {
			secs = append(secs, dataset.Section{Heading: SectionHeading(loc, key), Lines: ls})
		}
	}
	sum := dataset.Line{Text: r.Summary(loc), Sources: m.Sources, Unconfirmed: r.Unconfirmed}
	for _, e := range r.Exposures {
		sum.Sources = appendNew(sum.Sources, e.Sources...)
	}
	add(SectionSentence, sum)

	// Supply left.
	var supply []dataset.Line
	year := strconv.Itoa(m.Year)
	if r.Series != nil && r.Series.Edition != "" {
		year = r.Series.Source() // "2025, USGS MCS 2026": the edition that applies at the date
	}
	switch {
	case r.Rounded:
		t := loc.F("scenario.supply.rounded", "target", target, "pct", pct(r.Available), "figures", year)
		if r.AvailableAmount != nil && r.ChinaAmount != nil && m.World != nil {
			t += loc.F("scenario.supply.roundedAmount", "amount", loc.Number(*r.AvailableAmount), "unit", unit,
				"world", loc.Number(*m.World), "china", loc.Number(*r.ChinaAmount))
		}
		supply = append(supply, dataset.Line{Text: t, Sources: src, Unconfirmed: un})
	case r.ChinaKnown:
		t := loc.F("scenario.supply.known", "target", target, "pct", pct(r.Available), "figures", year, "china", loc.Percent(r.ChinaShare))
		if r.AvailableAmount != nil && r.ChinaAmount != nil && m.World != nil {
			t += loc.F("scenario.supply.knownAmount", "amount", loc.Number(*r.AvailableAmount), "world", loc.Number(*m.World),
				"unit", unit, "china", loc.Number(*r.ChinaAmount))
		}
		supply = append(supply, dataset.Line{Text: t, Sources: src, Unconfirmed: un})
	case r.AtLeast:
		supply = append(supply, dataset.Line{Text: loc.F("scenario.supply.atLeast", "target", target, "pct", pct(r.Available), "figures", year), Sources: src, Unconfirmed: un})
	case r.ChinaNamed:
		supply = append(supply, dataset.Line{Text: loc.T("scenario.supply.chinaUnknown"), Sources: src, Unconfirmed: un})
	default:
		supply = append(supply, dataset.Line{Text: loc.T("scenario.supply.none"), Sources: src, Unconfirmed: un})
	}
	for i, s := range r.Suppliers {
		share := loc.T("scenario.noShare")
		if s.HasShare {
			share = approxFlags(loc, s.Share, s.Approximate, s.AtLeast)
			if s.Computed {
				share += loc.T("scenario.computed")
			}
		}
		t := loc.F("scenario.supplier", "rank", dataset.Ordinal(loc, i+1), "name", loc.Country(s.Country, s.Name), "share", share)
		if s.Amount != nil {
			t += " — " + loc.Number(*s.Amount) + " " + unit
		}
		if len(s.BlocIDs) > 0 {
			names := make([]string, len(s.BlocIDs))
			for k, id := range s.BlocIDs {
				names[k] = dataset.BlocName(loc, id, s.Blocs[k])
			}
			t += " — " + strings.Join(names, ", ")
		} else {
			t += " — " + loc.T("scenario.noBlocs")
		}
		if s.Targeted && len(r.Target.Countries) != 1 && r.Target.ID != All {
			t += loc.T("scenario.itselfTarget")
		}
		supply = append(supply, dataset.Line{Text: t, Sources: src, Unconfirmed: un})
	}
	if r.Unnamed > 0 {
		supply = append(supply, dataset.Line{Text: loc.F("scenario.unnamed", "pct", pct(r.Unnamed)), Sources: src, Unconfirmed: un})
	}
	if r.Overrun > 0 {
		supply = append(supply, dataset.Line{Text: loc.F("scenario.overrun", "listed", pct(r.Listed+r.ChinaShare), "over", pct(r.Overrun), "available", pct(r.Available)),
			Sources: src, Unconfirmed: un})
	}
	add(SectionSupply, supply...)

	// Concentration.
	if r.Today.Known {
		after := func(v float64, f func(float64) string) string {
			if !r.After.Known {
				return loc.T("scenario.notKnown")
			}
			return f(v)
		}
		hhi := func(v float64) string { return loc.Number(float64(int(v + 0.5))) }
		add(SectionConcentration,
			dataset.Line{Text: loc.F("scenario.top3", "today", pct(r.Today.Top3), "after", after(r.After.Top3, pct)), Sources: src, Unconfirmed: un},
			dataset.Line{Text: loc.F("scenario.hhi", "today", hhi(r.Today.HHI), "after", after(r.After.HHI, hhi)), Sources: src, Unconfirmed: un,
				Note: loc.T("scenario.lowerBounds")})
	}

	// Exposure.
	var exp []dataset.Line
	covered := map[string]bool{}
	for _, e := range r.Exposures {
		covered[e.Country] = true
		exp = append(exp, exposureLines(loc, d, r, e)...)
	}
	var none []string
	for _, c := range r.Target.Countries {
		if !covered[c] {
			none = append(none, loc.Country(c, d.CountryName(c, c)))
		}
	}
	if len(none) > 0 && len(r.Target.Countries) > 1 {
		exp = append(exp, dataset.Line{Text: loc.F("scenario.noImportsFor", "list", strings.Join(none, ", ")), Sources: r.Target.Sources, Unconfirmed: r.Target.Unconfirmed})
	}
	if r.Target.ID == All {
		exp = append(exp, dataset.Line{Text: loc.T("scenario.everyOther"), Sources: src})
	}
	add(SectionExposure, exp...)

	var ctl []dataset.Line
	for _, c := range r.Controls {
		ctl = append(ctl, d.TieLine(loc, c, r.At))
	}
	if len(ctl) > 0 {
		ctl = append(ctl, dataset.Line{Text: loc.T("scenario.licences")})
	}
	add(SectionControls, ctl...)

	add(SectionIgnored, dataset.Line{Text: loc.T("scenario.ignored"), Sources: r.Sources})
	return secs
}

// The scenario panel's sections, in order (SectionHeading words them).
const (
	SectionSentence      = "sentence"
	SectionSupply        = "supply"
	SectionConcentration = "concentration"
	SectionExposure      = "exposure"
	SectionControls      = "controls"
	SectionIgnored       = "ignored"
)

// SectionHeading is the heading of section id (Section*) as loc says it.
func SectionHeading(loc *i18n.Catalog, id string) string {
	return loc.T("scenario.section." + id)
}

// exposureLines are one target's statements.
func exposureLines(loc *i18n.Catalog, d *dataset.Dataset, r *Result, e Exposure) []dataset.Line {
	var out []dataset.Line
	subj := subject(loc, d, e.Country, e.Name)
	if e.Country == r.Target.ID && loc.English() {
		subj = strings.ToUpper(e.Name[:1]) + e.Name[1:] // the target's own words
	}
	if e.Reliance != "" {
		out = append(out, dataset.Line{Text: loc.F("scenario.exposure.reliance", "who", subj, "reliance", e.Reliance, "year", strconv.Itoa(r.Mineral.Year)),
			Sources: r.Mineral.Sources, Unconfirmed: r.Mineral.Unconfirmed})
	}
	switch {
	case e.ChinaListed:
		for _, t := range e.Imports {
			if t.From == "CHN" {
				period := ""
				if e.Period != "" {
					period = " (" + e.Period + ")"
				}
				out = append(out, dataset.Line{Text: loc.F("scenario.exposure.china", "who", subj, "pct", approx(loc, e.ChinaShare, e.Approximate),
					"period", period, "others", others(loc, d, e.Imports)), Sources: t.Sources, Unconfirmed: t.Unconfirmed, Note: t.Note})
			}
		}
	case e.HasImports:
		l := dataset.Line{Text: loc.F("scenario.exposure.notChina", "who", subj, "others", others(loc, d, e.Imports))}
		for _, t := range e.Imports {
			l.Sources = appendNew(l.Sources, t.Sources...)
			l.Unconfirmed = l.Unconfirmed || t.Unconfirmed
		}
		out = append(out, l)
	default:
		out = append(out, dataset.Line{Text: loc.F("scenario.exposure.none", "who", subj)})
	}
	if e.Country == "USA" {
		t := loc.T("scenario.exposure.usTonnes")
		if r.ChinaAmount != nil {
			t += loc.F("scenario.exposure.usChina", "year", strconv.Itoa(r.Mineral.Year), "amount", loc.Number(*r.ChinaAmount), "unit", loc.Unit(r.Mineral.Unit))
		}
		out = append(out, dataset.Line{Text: t, Sources: r.Mineral.Sources, Unconfirmed: r.Mineral.Unconfirmed})
	}
	return out
}

// subject is a country at the head of a statement: "The United States",
// "Japan" (fallback where the dataset has no name for code).
func subject(loc *i18n.Catalog, d *dataset.Dataset, code, fallback string) string {
	if !loc.English() {
		return loc.Country(code, d.CountryName(code, fallback))
	}
	name := dataset.The(d.CountryName(code, fallback))
	return strings.ToUpper(name[:1]) + name[1:]
}

// others lists the import sources other than China: "other sources listed:
// Belgium 42%, Canada 23%", or "no other source listed".
func others(loc *i18n.Catalog, d *dataset.Dataset, ties []dataset.Tie) string {
	var parts []string
	for _, t := range ties {
		if t.From != "CHN" {
			parts = append(parts, loc.Country(t.From, d.CountryName(t.From, t.From))+" "+approx(loc, *t.Share, t.Approximate))
		}
	}
	if len(parts) == 0 {
		return loc.T("scenario.others.none")
	}
	return loc.F("scenario.others.list", "list", strings.Join(parts, ", "))
}

func approx(loc *i18n.Catalog, v float64, about bool) string {
	return approxFlags(loc, v, about, false)
}

func approxFlags(loc *i18n.Catalog, v float64, about, atLeast bool) string {
	s := loc.Percent(round1(v))
	switch {
	case atLeast:
		return loc.F("scenario.moreThan", "pct", s)
	case about:
		return loc.F("scenario.about", "pct", s)
	}
	return s
}

// round1 rounds to one decimal, so that 100 − 98.7 reads 1.3.
func round1(v float64) float64 { return float64(int64(v*10+0.5)) / 10 }

func lowerFirst(s string) string {
	if strings.HasPrefix(s, "The ") {
		return "the " + s[4:]
	}
	return s
}

// possessive returns "the United States'" or "Japan's".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// mostExposed names up to n targets China supplied the largest shares of
// imports to: "South Korea (China about 80% of its imports), the United
// States (71%) and Japan (about 70%)"; "" where none is recorded.
func (r *Result) mostExposed(loc *i18n.Catalog, n int) string {
	var es []Exposure
	for _, e := range r.Exposures {
		if e.ChinaListed {
			es = append(es, e)
		}
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].ChinaShare > es[j].ChinaShare })
	var parts []string
	for i, e := range es {
		if i == n {
			break
		}
		share := approx(loc, e.ChinaShare, e.Approximate)
		if i == 0 {
			share = loc.F("scenario.mostExposed.first", "pct", share)
		}
		if e.Period != "" {
			share += ", " + e.Period
		}
		name := dataset.The(e.Name)
		if !loc.English() {
			name = loc.Country(e.Country, e.Name)
		}
		parts = append(parts, name+" ("+share+")")
	}
	return dataset.AndList(loc, parts)
}
