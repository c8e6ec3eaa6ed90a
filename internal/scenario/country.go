package scenario

import (
	"strconv"
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
)

// CountryLines are what the scenario says of one country, for the panel
// above its details, in the language of loc: China as the supplier, a
// target's exposure, a producer's part in filling the gap, or that China
// keeps supplying it.
func (r *Result) CountryLines(loc *i18n.Catalog, d *dataset.Dataset, code string) []dataset.Line {
	m := r.Mineral
	src, un := m.Sources, m.Unconfirmed
	subj := subject(loc, d, code, code)
	var out []dataset.Line
	if code == "CHN" {
		t := loc.T("scenario.country.supplier")
		if r.ChinaKnown {
			t += loc.F("scenario.country.supplierShare", "pct", loc.Percent(round1(r.ChinaShare)),
				"mineral", lowerName(loc, loc.Mineral(m.ID, m.Name)), "year", strconv.Itoa(m.Year), "target", r.TargetName(loc))
		}
		return []dataset.Line{{Text: t, Sources: src, Unconfirmed: un}}
	}
	for i, s := range r.Suppliers {
		if s.Country != code {
			continue
		}
		t := loc.F("scenario.country.producer", "who", subj, "rank", dataset.Ordinal(loc, i+1))
		if s.HasShare {
			t += loc.F("scenario.country.producerShare", "share", approxFlags(loc, s.Share, s.Approximate, s.AtLeast))
		}
		if r.IsFiller(code) {
			t += loc.T("scenario.country.fill")
		}
		out = append(out, dataset.Line{Text: t, Sources: src, Unconfirmed: un})
	}
	if !r.Target.Includes(code) {
		return append(out, dataset.Line{Text: loc.F("scenario.country.notTarget", "who", subj)})
	}
	for _, e := range r.Exposures {
		if e.Country == code {
			return append(out, exposureLines(loc, d, r, e)...)
		}
	}
	return append(out, dataset.Line{Text: loc.F("scenario.country.noData", "who", subj)})
}

// Tip is the map's tooltip for a country (name, as the map names it)
// while the scenario is shown, in the language of loc.
func (r *Result) Tip(loc *i18n.Catalog, code, name string) string {
	year := strconv.Itoa(r.Mineral.Year)
	if code == "CHN" {
		t := loc.F("scenario.tip.supplier", "name", name)
		if r.ChinaKnown {
			t += loc.F("scenario.tip.supplierShare", "pct", loc.Percent(round1(r.ChinaShare)), "year", year)
		}
		return t
	}
	var parts []string
	if r.Target.Includes(code) {
		switch e := r.exposure(code); {
		case e != nil && e.ChinaListed:
			period := ""
			if e.Period != "" {
				period = " (" + e.Period + ")"
			}
			parts = append(parts, loc.F("scenario.tip.china", "pct", approx(loc, e.ChinaShare, e.Approximate), "period", period))
		case e != nil && e.HasImports:
			parts = append(parts, loc.T("scenario.tip.notChina"))
		default:
			parts = append(parts, loc.T("scenario.tip.noData"))
		}
	} else {
		parts = append(parts, loc.T("scenario.tip.notCut"))
	}
	for _, s := range r.Suppliers {
		if s.Country == code && r.IsFiller(code) {
			p := loc.T("scenario.tip.fill")
			if s.HasShare {
				p += loc.F("scenario.tip.fillShare", "share", approxFlags(loc, s.Share, s.Approximate, s.AtLeast), "year", year)
			}
			parts = append(parts, p)
		}
	}
	return name + " — " + strings.Join(parts, "; ")
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
