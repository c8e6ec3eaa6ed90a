package charts

import (
	"strings"

	"paxsilica/internal/dataset"
	"paxsilica/internal/style"
)

// Role sums a country's summary up in one sentence, the first line a
// reader sees: its standing in the blocs, its place among producers and
// its main ties. "Pax Silica signatory; largest producer of 2 minerals;
// 3 US agreements." A country with no ties gets "No recorded ties in this
// dataset."
func Role(s Summary) string {
	if s.NoTies {
		return "No recorded ties in this dataset."
	}
	var parts []string
	for _, b := range s.Badges {
		if b.Key != style.KeyOther { // a signature or partnership, not a visit
			parts = append(parts, b.Bloc+" "+b.Status)
			break
		}
	}
	switch {
	case s.Leads > 0:
		parts = append(parts, "largest producer of "+plural(s.Leads, "mineral", "minerals")+" recorded")
	case s.Producer > 0:
		parts = append(parts, "among the listed producers of "+plural(s.Producer, "mineral", "minerals"))
	}
	for _, c := range s.Counts {
		if c.N == 0 {
			continue
		}
		if p := countPhrase(c); p != "" {
			parts = append(parts, p)
		}
		if len(parts) >= 3 {
			break
		}
	}
	if len(parts) == 0 && len(s.Badges) > 0 {
		parts = append(parts, s.Badges[0].Bloc+" "+s.Badges[0].Status)
	}
	if len(parts) == 0 {
		return "Ties recorded below."
	}
	out := strings.Join(parts, "; ") + "."
	return strings.ToUpper(out[:1]) + out[1:]
}

// countPhrase words a count of ties for Role.
func countPhrase(c Count) string {
	switch c.Kind {
	case CountControlsImposed:
		return "imposes " + plural(c.N, "export control", "export controls")
	case CountPartnerDeals:
		return plural(c.N, "agreement", "agreements") + " with partners"
	case CountStakes:
		return plural(c.N, "government stake", "government stakes")
	case CountUSAgreements:
		return plural(c.N, "US agreement", "US agreements")
	case CountControlsNaming:
		return "named by " + plural(c.N, "Chinese export control", "Chinese export controls")
	case CountImports:
		return plural(c.N, "recorded import source", "recorded import sources")
	case CountSupplies:
		return "supplier in " + plural(c.N, "recorded import tie", "recorded import ties")
	}
	return ""
}

// plural is "1 mineral", "2 minerals".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return dataset.Number(float64(n)) + " " + many
}
