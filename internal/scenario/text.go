package scenario

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"paxsilica/internal/dataset"
)

// Ignored is what the scenario leaves out, in the reader's words.
const Ignored = "This scenario ignores stocks and stockpiles, recycling, substitution, transshipment through third countries and the price response. " +
	"It takes the output shares of the year shown (the edition published by the timeline's date) as fixed, counts all of China's output as withheld from the targets, and counts the rest as available to them."

// LevelLabels are the map legend's words for each level (the shaded ones
// are countries cut off, by China's share of their imports).
var LevelLabels = map[Level]string{
	Untouched: "not cut off",
	NoData:    "cut off, imports not recorded",
	Low:       "China < 20% of imports",
	Medium:    "China 20–50% of imports",
	High:      "China ≥ 50% of imports",
}

// Title is the panel's heading: "Scenario: China stops supplying gallium to
// the United States".
func (r *Result) Title() string {
	return "Scenario: China stops supplying " + strings.ToLower(r.Mineral.Name) + " to " + r.Target.Name
}

// Summary is the scenario in one plain sentence (or two), e.g. "Without
// China, the United States can draw on 1.3% of 2024 world gallium output
// (10,000 kg), from Russia, Japan and South Korea."
func (r *Result) Summary() string {
	m := r.Mineral
	who := r.Target.Name
	if r.Target.ID == All {
		who = "the rest of the world"
	}
	who = strings.ToUpper(who[:1]) + who[1:]
	var b strings.Builder
	switch {
	case !r.ChinaNamed && !r.AvailableKnown:
		fmt.Fprintf(&b, "China is not among the producers the source names for %s, and no shares are published: this dataset cannot say how much would remain.", strings.ToLower(m.Label()))
	case !r.ChinaNamed:
		fmt.Fprintf(&b, "China is not among the producers the source names for %s: without China, %s can still draw on at least %s of %s output, from %s.",
			strings.ToLower(m.Label()), lowerFirst(who), dataset.Percent(r.Available), strconv.Itoa(m.Year), r.fromNames())
	case !r.ChinaKnown:
		fmt.Fprintf(&b, "China is the leading producer of %s, but no share of world output is published: this dataset cannot say how much would remain for %s.",
			strings.ToLower(m.Label()), lowerFirst(who))
	default:
		share := dataset.Percent(round1(r.Available))
		if r.Rounded {
			share = "about " + share
		}
		fmt.Fprintf(&b, "Without China, %s can draw on %s of world %s output in %d", lowerFirst(who), share, strings.ToLower(m.Name), m.Year)
		if r.Rounded && r.AvailableAmount != nil {
			fmt.Fprintf(&b, ": the %s %s of %s that %s made (the source rounds the world total to %s %s, which China's output alone reaches)",
				dataset.Number(*r.AvailableAmount), m.Unit, m.Stage, r.fromNames(), dataset.Number(*m.World), m.Unit)
		} else if r.AvailableAmount != nil {
			fmt.Fprintf(&b, " (%s %s of %s)", dataset.Number(*r.AvailableAmount), m.Unit, m.Stage)
		} else {
			fmt.Fprintf(&b, " (%s)", m.Stage)
		}
		if r.Rounded {
			// the producers are named above
		} else if len(r.Fillers()) > 0 {
			b.WriteString(", from " + r.fromNames())
		} else if r.Available > 0 {
			b.WriteString(", from producers the source does not name")
		}
		b.WriteString(".")
	}
	if len(r.Target.Countries) == 1 {
		for _, e := range r.Exposures {
			if e.ChinaListed {
				fmt.Fprintf(&b, " China supplied %s of %s imports", approx(e.ChinaShare, e.Approximate), possessive(e.Name))
				if e.Period != "" {
					b.WriteString(" (" + e.Period + ")")
				}
				b.WriteString(".")
				break
			}
		}
	} else if most := r.mostExposed(3); len(most) > 0 {
		b.WriteString(" Most exposed among the targets with import data: " + most + ".")
	}
	if r.Unconfirmed {
		b.WriteString(" Some figures are unconfirmed.")
	}
	return b.String()
}

// fromNames names up to three fillers: "Russia, Japan and South Korea", or
// "Russia, Japan, South Korea and 2 others".
func (r *Result) fromNames() string {
	var names []string
	for _, code := range r.Fillers() {
		for _, s := range r.Suppliers {
			if s.Country == code {
				names = append(names, dataset.The(s.Name))
			}
		}
	}
	if len(names) > 3 {
		n := len(names) - 3
		others := "others"
		if n == 1 {
			others = "other"
		}
		names = append(names[:3], fmt.Sprintf("%d %s", n, others))
	}
	if len(names) == 0 {
		return "producers the source does not name"
	}
	return dataset.AndList(names)
}

// Sections are the panel's statements, each with its sources.
func (r *Result) Sections(d *dataset.Dataset) []dataset.Section {
	m := r.Mineral
	src := m.Sources
	un := m.Unconfirmed
	var secs []dataset.Section
	add := func(h string, ls ...dataset.Line) {
		if len(ls) > 0 {
			secs = append(secs, dataset.Section{Heading: h, Lines: ls})
		}
	}
	sum := dataset.Line{Text: r.Summary(), Sources: m.Sources, Unconfirmed: r.Unconfirmed}
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
		t := dataset.Ordinal(i+1) + " " + s.Name + ": "
		if s.HasShare {
			t += approxFlags(s.Share, s.Approximate, s.AtLeast)
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
		ctl = append(ctl, d.TieLine(c, r.At))
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
				l := dataset.Line{Text: fmt.Sprintf("%s: China supplies %s of its imports", subj, approx(e.ChinaShare, e.Approximate)), Sources: t.Sources, Unconfirmed: t.Unconfirmed, Note: t.Note}
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
			parts = append(parts, d.CountryName(t.From, t.From)+" "+approx(*t.Share, t.Approximate))
		}
	}
	if len(parts) == 0 {
		return "no other source listed"
	}
	return "other sources listed: " + strings.Join(parts, ", ")
}

func approx(v float64, about bool) string { return approxFlags(v, about, false) }

func approxFlags(v float64, about, atLeast bool) string {
	s := dataset.Percent(round1(v))
	switch {
	case atLeast:
		return "more than " + s
	case about:
		return "about " + s
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
func (r *Result) mostExposed(n int) string {
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
		share := approx(e.ChinaShare, e.Approximate)
		if i == 0 {
			share = "China " + share + " of its imports"
		}
		if e.Period != "" {
			share += ", " + e.Period
		}
		parts = append(parts, dataset.The(e.Name)+" ("+share+")")
	}
	return dataset.AndList(parts)
}
