package scenario

import (
	"fmt"
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
)

// CountryLines are what the scenario says of one country, for the panel
// above its details: China as the supplier, a target's exposure, a
// producer's part in filling the gap, or that China keeps supplying it.
func (r *Result) CountryLines(d *dataset.Dataset, code string) []dataset.Line {
	m := r.Mineral
	src, un := m.Sources, m.Unconfirmed
	name := dataset.The(d.CountryName(code, code))
	subj := strings.ToUpper(name[:1]) + name[1:]
	var out []dataset.Line
	if code == "CHN" {
		t := "China is the supplier in this scenario"
		if r.ChinaKnown {
			t += fmt.Sprintf(": %s of world %s output in %d, all withheld from %s", dataset.Percent(round1(r.ChinaShare)), strings.ToLower(m.Name), m.Year, r.Target.Name)
		}
		return []dataset.Line{{Text: t, Sources: src, Unconfirmed: un}}
	}
	for i, s := range r.Suppliers {
		if s.Country != code {
			continue
		}
		t := fmt.Sprintf("%s: %s of the producers left", subj, dataset.Ordinal(i18n.English(), i+1))
		if s.HasShare {
			t += ", " + approxFlags(i18n.English(), s.Share, s.Approximate, s.AtLeast) + " of world output"
		}
		if r.IsFiller(code) {
			t += "; could fill part of the gap"
		}
		out = append(out, dataset.Line{Text: t, Sources: src, Unconfirmed: un})
	}
	if !r.Target.Includes(code) {
		return append(out, dataset.Line{Text: subj + ": not a target; China keeps supplying it in this scenario"})
	}
	for _, e := range r.Exposures {
		if e.Country == code {
			return append(out, exposureLines(d, r, e)...)
		}
	}
	return append(out, dataset.Line{Text: subj + ": cut off; no import data in this dataset"})
}

// Tip is the map's tooltip for a country while the scenario is shown.
func (r *Result) Tip(code, name string) string {
	head := name + " — "
	if code == "CHN" {
		t := head + "the supplier in this scenario"
		if r.ChinaKnown {
			t += fmt.Sprintf(", %s of world output (%d)", dataset.Percent(round1(r.ChinaShare)), r.Mineral.Year)
		}
		return t
	}
	var parts []string
	if r.Target.Includes(code) {
		switch e := r.exposure(code); {
		case e != nil && e.ChinaListed:
			p := "cut off; China supplied " + approx(i18n.English(), e.ChinaShare, e.Approximate) + " of its imports"
			if e.Period != "" {
				p += " (" + e.Period + ")"
			}
			parts = append(parts, p)
		case e != nil && e.HasImports:
			parts = append(parts, "cut off; China is not among its import sources listed")
		default:
			parts = append(parts, "cut off; no import data in this dataset")
		}
	} else {
		parts = append(parts, "not cut off")
	}
	for _, s := range r.Suppliers {
		if s.Country == code && r.IsFiller(code) {
			p := "could fill the gap"
			if s.HasShare {
				p += fmt.Sprintf(": %s of world output (%d)", approxFlags(i18n.English(), s.Share, s.Approximate, s.AtLeast), r.Mineral.Year)
			}
			parts = append(parts, p)
		}
	}
	return head + strings.Join(parts, "; ")
}

// exposure returns code's exposure, or nil.
func (r *Result) exposure(code string) *Exposure {
	for i := range r.Exposures {
		if r.Exposures[i].Country == code {
			return &r.Exposures[i]
		}
	}
	return nil
}
