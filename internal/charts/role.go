package charts

import (
	"strings"

	"paxsilica/internal/i18n"
	"paxsilica/internal/style"
)

// Role sums a country's summary up in one sentence, the first line a
// reader sees, in the language of loc: its standing in the blocs, its
// place among producers and its main ties. "Pax Silica signatory; largest
// producer of 2 minerals; 3 US agreements." A country with no ties gets
// "No recorded ties in this dataset."
func Role(loc *i18n.Catalog, s Summary) string {
	if s.NoTies {
		return loc.T("chart.role.noTies")
	}
	var parts []string
	for _, b := range s.Badges {
		if b.Key != style.KeyOther { // a signature or partnership, not a visit
			parts = append(parts, loc.F("chart.role.bloc", "bloc", b.Bloc, "status", b.Status))
			break
		}
	}
	switch {
	case s.Leads > 0:
		parts = append(parts, loc.N("chart.role.leads", s.Leads))
	case s.Producer > 0:
		parts = append(parts, loc.N("chart.role.producer", s.Producer))
	}
	for _, c := range s.Counts {
		if c.N == 0 {
			continue
		}
		if p := countPhrase(loc, c); p != "" {
			parts = append(parts, p)
		}
		if len(parts) >= 3 {
			break
		}
	}
	if len(parts) == 0 && len(s.Badges) > 0 {
		parts = append(parts, loc.F("chart.role.bloc", "bloc", s.Badges[0].Bloc, "status", s.Badges[0].Status))
	}
	if len(parts) == 0 {
		return loc.T("chart.role.below")
	}
	out := loc.F("chart.role.sentence", "parts", strings.Join(parts, "; "))
	if loc.English() {
		out = strings.ToUpper(out[:1]) + out[1:]
	}
	return out
}

// countPhrase words a count of ties for Role (chart.role.<kind>.one and
// .other).
func countPhrase(loc *i18n.Catalog, c Count) string {
	switch c.Kind {
	case CountControlsImposed, CountPartnerDeals, CountStakes, CountUSAgreements, CountControlsNaming, CountImports, CountSupplies:
		return loc.N("chart.role."+c.Kind, c.N)
	}
	return ""
}
