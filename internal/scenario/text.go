package scenario

import (
	"fmt"
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

// targetName is the target as it reads in a sentence of loc's language
// (in English, Target.Name).
func (r *Result) targetName(loc *i18n.Catalog) string {
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
	return loc.F("scenario.title", "mineral", lowerName(loc, loc.Mineral(r.Mineral.ID, r.Mineral.Name)), "target", r.targetName(loc))
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
		who = r.targetName(loc)
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

// Sections are the panel's statements, each with its sources.
//
// Only the first sentence (Summary) is in the language of loc so far; the
// other statements are English.
func (r *Result) Sections(loc *i18n.Catalog, d *dataset.Dataset) []dataset.Section {
	m := r.Mineral
	en := i18n.English()
	src := m.Sources
	un := m.Unconfirmed
	var secs []dataset.Section
	add := func(h string, ls ...dataset.Line) {
		if len(ls) > 0 {
			secs = append(secs, dataset.Section{Heading: h, Lines: ls})
		}
	}
	sum := dataset.Line{Text: r.Summary(loc), Sources: m.Sources, Unconfirmed: r.Unconfirmed}
	for _, e := range r.Exposures {
		sum.Sources = appendNew(sum.Sources, e.Sources...)
	}
	add("In one sentence", sum)

	// Supply left.
	var supply []dataset.Line
	year := strconv.Itoa(m.Year)
	if r.Series != nil && r.Series.Edition != "" {
		year = r.Series.Source() // "2025, USGS MCS 2026": the edition that applies at the date
	}
	switch {
	case r.Rounded:
		t := fmt.Sprintf("Available to %s: about %s of world output, %s: what the other producers named make", r.Target.Name, dataset.Percent(round1(r.Available)), year)
		if r.AvailableAmount != nil && r.ChinaAmount != nil && m.World != nil {
			t += fmt.Sprintf(" (%s %s). The world total, %s %s, is rounded: China's %s alone reaches it, so 100%% minus China's share would read 0%%", dataset.Number(*r.AvailableAmount), m.Unit, dataset.Number(*m.World), m.Unit, dataset.Number(*r.ChinaAmount))
		}
		supply = append(supply, dataset.Line{Text: t, Sources: src, Unconfirmed: un})
	case r.ChinaKnown:
		t := fmt.Sprintf("Available to %s: %s of world output, %s (100%% minus China's %s)", r.Target.Name, dataset.Percent(round1(r.Available)), year, dataset.Percent(r.ChinaShare))
		if r.AvailableAmount != nil && r.ChinaAmount != nil && m.World != nil {
			t += fmt.Sprintf("; %s of %s %s, China's %s withheld", dataset.Number(*r.AvailableAmount), dataset.Number(*m.World), m.Unit, dataset.Number(*r.ChinaAmount))
		}
		supply = append(supply, dataset.Line{Text: t, Sources: src, Unconfirmed: un})
	case r.AtLeast:
		supply = append(supply, dataset.Line{Text: fmt.Sprintf("Available to %s: at least %s of world output, %s: China is not among the producers the source names", r.Target.Name, dataset.Percent(round1(r.Available)), year), Sources: src, Unconfirmed: un})
	case r.ChinaNamed:
		supply = append(supply, dataset.Line{Text: "China is the leading producer; no share of world output is published, so what remains is not known", Sources: src, Unconfirmed: un})
	default:
		supply = append(supply, dataset.Line{Text: "No shares of world output are published; what remains is not known", Sources: src, Unconfirmed: un})
	}
	for i, s := range r.Suppliers {
		t := dataset.Ordinal(i18n.English(), i+1) + " " + s.Name + ": "
		if s.HasShare {
			t += approxFlags(en, s.Share, s.Approximate, s.AtLeast)
			if s.Computed {
				t += " (computed)"
			}
		} else {
			t += "no share published"
		}
		if s.Amount != nil {
			t += " — " + dataset.Number(*s.Amount) + " " + m.Unit
		}
		if len(s.Blocs) > 0 {
			t += " — " + strings.Join(s.Blocs, ", ")
		} else {
			t += " — in none of the blocs shown"
		}
		if s.Targeted && len(r.Target.Countries) != 1 && r.Target.ID != All {
			t += "; itself a target"
		}
		supply = append(supply, dataset.Line{Text: t, Sources: src, Unconfirmed: un})
	}
	if r.Unnamed > 0 {
		supply = append(supply, dataset.Line{Text: "Producers the source does not name: " + dataset.Percent(round1(r.Unnamed)), Sources: src, Unconfirmed: un})
	}
	if r.Overrun > 0 {
		supply = append(supply, dataset.Line{Text: fmt.Sprintf("The shares named add up to %s, %s more than the %s left after China: the sources do not add up to 100%%, and the concentration below is taken over the shares named.",
			dataset.Percent(round1(r.Listed+r.ChinaShare)), dataset.Percent(round1(r.Overrun)), dataset.Percent(round1(r.Available))), Sources: src, Unconfirmed: un})
	}
	add("Supply left, producers ranked", supply...)

	// Concentration.
	if r.Today.Known {
		var conc []dataset.Line
		after := func(v float64, f func(float64) string) string {
			if !r.After.Known {
				return "not known"
			}
			return f(v)
		}
		hhi := func(v float64) string { return dataset.Number(float64(int(v + 0.5))) }
		conc = append(conc,
			dataset.Line{Text: "Top three producers: " + dataset.Percent(round1(r.Today.Top3)) + " of world output today; " + after(r.After.Top3, func(v float64) string { return dataset.Percent(round1(v)) }) + " of what remains without China", Sources: src, Unconfirmed: un},
			dataset.Line{Text: "Herfindahl–Hirschman index: " + hhi(r.Today.HHI) + " today; " + after(r.After.HHI, hhi) + " without China (above 2,500 is highly concentrated)", Sources: src, Unconfirmed: un,
				Note: "Both use only the producers the source names, so they are lower bounds."})
		add("How concentrated", conc...)
	}

	// Exposure.
	var exp []dataset.Line
	covered := map[string]bool{}
	for _, e := range r.Exposures {
		covered[e.Country] = true
		exp = append(exp, exposureLines(d, r, e)...)
	}
	var none []string
	for _, c := range r.Target.Countries {
		if !covered[c] {
			none = append(none, d.CountryName(c, c))
		}
	}
	if len(none) > 0 && len(r.Target.Countries) > 1 {
		exp = append(exp, dataset.Line{Text: "No import data in this dataset for " + strings.Join(none, ", "), Sources: r.Target.Sources, Unconfirmed: r.Target.Unconfirmed})
	}
	if r.Target.ID == All {
		exp = append(exp, dataset.Line{Text: "Every other country: no import data in this dataset", Sources: src})
	}
	add("Exposure", exp...)

	var ctl []dataset.Line
	for _, c := range r.Controls {
		ctl = append(ctl, d.TieLine(loc, c, r.At))
	}
	if len(ctl) > 0 {
		ctl = append(ctl, dataset.Line{Text: "Controls require export licences; this scenario assumes none are granted."})
	}
	add("Chinese export controls in force", ctl...)

	add("What this leaves out", dataset.Line{Text: Ignored + " Sources of every figure above:", Sources: r.Sources})
	return secs
}

// exposureLines are one target's statements.
func exposureLines(d *dataset.Dataset, r *Result, e Exposure) []dataset.Line {
	var out []dataset.Line
	name := dataset.The(d.CountryName(e.Country, e.Name))
	if e.Country == r.Target.ID {
		name = e.Name
	}
	subj := strings.ToUpper(name[:1]) + name[1:]
	if e.Reliance != "" {
		out = append(out, dataset.Line{Text: fmt.Sprintf("%s: net import reliance %s (%d)", subj, e.Reliance, r.Mineral.Year), Sources: r.Mineral.Sources, Unconfirmed: r.Mineral.Unconfirmed})
	}
	switch {
	case e.ChinaListed:
		for _, t := range e.Imports {
			if t.From == "CHN" {
				l := dataset.Line{Text: fmt.Sprintf("%s: China supplies %s of its imports", subj, approx(i18n.English(), e.ChinaShare, e.Approximate)), Sources: t.Sources, Unconfirmed: t.Unconfirmed, Note: t.Note}
				if e.Period != "" {
					l.Text += " (" + e.Period + ")"
				}
				l.Text += "; " + others(d, e.Imports)
				out = append(out, l)
			}
		}
	case e.HasImports:
		l := dataset.Line{Text: fmt.Sprintf("%s: China is not among the sources of its imports listed; %s", subj, others(d, e.Imports))}
		for _, t := range e.Imports {
			l.Sources = appendNew(l.Sources, t.Sources...)
			l.Unconfirmed = l.Unconfirmed || t.Unconfirmed
		}
		out = append(out, l)
	default:
		out = append(out, dataset.Line{Text: subj + ": no import data in this dataset"})
	}
	if e.Country == "USA" {
		t := "Tonnes at stake for the United States: not computable, as the dataset records no US consumption or import tonnage"
		if r.ChinaAmount != nil {
			t += fmt.Sprintf("; China's %d output, all withheld in this scenario, was %s %s", r.Mineral.Year, dataset.Number(*r.ChinaAmount), r.Mineral.Unit)
		}
		out = append(out, dataset.Line{Text: t, Sources: r.Mineral.Sources, Unconfirmed: r.Mineral.Unconfirmed})
	}
	return out
}

// others lists the import sources other than China: "other sources listed:
// Belgium 42%, Canada 23%", or "no other source listed".
func others(d *dataset.Dataset, ties []dataset.Tie) string {
	var parts []string
	for _, t := range ties {
		if t.From != "CHN" {
			parts = append(parts, d.CountryName(t.From, t.From)+" "+approx(i18n.English(), *t.Share, t.Approximate))
		}
	}
	if len(parts) == 0 {
		return "no other source listed"
	}
	return "other sources listed: " + strings.Join(parts, ", ")
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
