package charts

import (
	"sort"
	"strconv"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/scenario"
	"paxsilica/internal/style"
)

// SummaryMinerals is how many of a country's minerals the summary shows.
const SummaryMinerals = 3

// Badge is a country's standing in a bloc: "Pax Silica · signatory ·
// signed 2026-01-12".
type Badge struct {
	BlocID, Bloc string
	Status       string // in words: "founding signatory", "partner"
	Date         string // with its meaning: "signed 2025-12-12"
	Key          string // colour key
	Sources      []string
	Unconfirmed  bool
}

// MineralShare is one of a country's top minerals: its share and rank.
type MineralShare struct {
	// Label is the mineral with its stage, "Gallium (low-purity primary
	// production)"; Short the name alone, with the stage's kind where the
	// dataset has other stages of it: "Rare earths, refining".
	MineralID, Label, Short string
	Year                    int
	Bar                     Bar
}

// Kinds of counts of a country's ties.
const (
	CountImports         = "imports"          // import sources it depends on
	CountSupplies        = "supplies"         // import ties in which it supplies
	CountPartnerDeals    = "partner-deals"    // the US's agreements with partners
	CountStakes          = "stakes"           // US government stakes
	CountControlsNaming  = "controls-naming"  // Chinese export controls naming it
	CountControlsImposed = "controls-imposed" // China's export controls
	CountUSAgreements    = "us-agreements"    // its agreements with the US
)

// Count is a number of ties of one kind: "3 US agreements".
type Count struct {
	Kind  string // one of the Count kinds
	Key   string // colour key
	Label string // the kind, with the number's noun: "US agreements"
	N     int
}

// Summary answers "what is this country's role" at a glance.
type Summary struct {
	Code, Name string
	Badges     []Badge
	// Minerals are the country's largest shares of world output, largest
	// first; MoreMinerals counts those left out.
	Minerals     []MineralShare
	MoreMinerals int
	Counts       []Count
	// Latest is the country's latest event as of the date; HasLatest is
	// false when it has none.
	Latest    dataset.Event
	HasLatest bool
	// IsBloc: the country is a bloc of its own in the dataset (China, the
	// United States), not a member of one.
	IsBloc bool
	// NoTies: the dataset records no bloc, output or tie of the country
	// (events alone do not count, as in dataset.Profile).
	NoTies bool
	// Producer counts the minerals the country is a ranked producer of
	// (a mineral's stages count once); Leads those it ranks first in at
	// some stage.
	Producer, Leads int
	// Role is the summary in one sentence, the panel's first line (Role).
	Role string
}

// measureWords name a stage's kind in a short label.
var measureWords = map[string]string{
	dataset.MeasureMine:       "mining",
	dataset.MeasureRefining:   "refining",
	dataset.MeasureProduction: "production",
}

// measureWord is a stage's kind in a short label, in the language of loc.
func measureWord(loc *i18n.Catalog, measure string) string {
	if loc.English() || measureWords[measure] == "" {
		return measureWords[measure]
	}
	return loc.T("chart.measure." + measure)
}

// blocOrder is the order of the badges.
var blocOrder = []string{"pax-silica", "msp", "msp-forum", "forge"}

// CountrySummary composes the summary of country code as of at.
func CountrySummary(loc *i18n.Catalog, d *dataset.Dataset, code, at string) Summary {
	s := Summary{Code: code, Name: loc.Country(code, d.CountryName(code, code))}
	for _, b := range d.Blocs {
		for _, m := range b.Members {
			s.IsBloc = s.IsBloc || (m.Country == code && m.Status == dataset.Self)
		}
	}
	for _, id := range blocOrder {
		b, ok := d.Bloc(id)
		if !ok {
			continue
		}
		// The latest standing as of at (attended, then signed).
		var last *dataset.Membership
		for i := range b.Members {
			m := &b.Members[i]
			if m.Country == code && m.Status != dataset.Self && dataset.On(m.Date, at) && (last == nil || m.Date >= last.Date) {
				last = m
			}
		}
		if last == nil {
			continue
		}
		key := style.KeyOther
		switch {
		case id == "pax-silica" && dataset.Signed(last.Status):
			key = style.KeyPaxSilica
		case (id == "msp" || id == "msp-forum" || id == "forge") && dataset.Signed(last.Status):
			key = style.KeyMSP
		}
		date := loc.Date(last.Date)
		if last.DateMeaning != "" && last.Date != "" {
			date = dataset.When(loc, last.DateMeaning, last.Date)
		}
		s.Badges = append(s.Badges, Badge{BlocID: id, Bloc: dataset.BlocName(loc, id, b.Name), Status: dataset.StatusLabel(loc, last.Status), Date: date,
			Key: key, Sources: last.Sources, Unconfirmed: last.Unconfirmed})
	}

	var shares []MineralShare
	produces, leads := map[string]bool{}, map[string]bool{}
	for i := range d.Minerals {
		m := &d.Minerals[i]
		se := m.SeriesAt(at)
		if se == nil {
			continue
		}
		for _, p := range se.Producers {
			if p.Country != code || p.Rank == 0 { // rank 0: listed for reserves only
				continue
			}
			produces[m.Commodity] = true
			if p.Rank == 1 {
				leads[m.Commodity] = true
			}
			b := Bar{Code: code, Label: scenario.MineralLabel(loc, m), Rank: p.Rank, Key: BlocKey(d, code, at), China: code == "CHN"}
			if sh, _, ok := se.Share(p); ok {
				b.Value, b.Text = min(100, sh), shareText(loc, sh, p)
			} else {
				b.Text = loc.T("chart.summary.unpublished")
			}
			b.Detail = loc.F("chart.summary.rank", "rank", dataset.Ordinal(loc, p.Rank), "year", strconv.Itoa(se.Year))
			short := loc.Mineral(m.ID, m.Name)
			if m.Measure != "" && len(d.Measures(m)) > 0 {
				short += ", " + measureWord(loc, m.Measure)
			}
			shares = append(shares, MineralShare{MineralID: m.ID, Label: b.Label, Short: short, Year: se.Year, Bar: b})
		}
	}
	s.Producer, s.Leads = len(produces), len(leads)
	// Largest share first; among equal shares, the better rank.
	sort.SliceStable(shares, func(a, b int) bool {
		if shares[a].Bar.Value != shares[b].Bar.Value {
			return shares[a].Bar.Value > shares[b].Bar.Value
		}
		return shares[a].Bar.Rank < shares[b].Bar.Rank
	})
	if len(shares) > SummaryMinerals {
		s.MoreMinerals = len(shares) - SummaryMinerals
		shares = shares[:SummaryMinerals]
	}
	s.Minerals = shares

	s.Counts = counts(loc, d, code, at)
	for _, e := range d.Events {
		if contains(e.Countries, code) && dataset.On(e.Date, at) && (!s.HasLatest || e.Date >= s.Latest.Date) {
			s.Latest, s.HasLatest = e, true
		}
	}
	ties := 0
	for _, c := range s.Counts {
		ties += c.N
	}
	s.NoTies = len(s.Badges) == 0 && len(s.Minerals) == 0 && ties == 0
	s.Role = Role(loc, s)
	return s
}

// counts counts the country's ties by kind as of at. The United States
// counts the deals it made; China the controls it imposes; any other
// country its deals with the US and the controls that name it.
func counts(loc *i18n.Catalog, d *dataset.Dataset, code, at string) []Count {
	// Import shares count in the edition that applies at at only.
	imports := map[int]bool{}
	for _, i := range d.ImportsAt(at) {
		imports[i] = true
	}
	n := func(keep func(t dataset.Tie) bool) int {
		k := 0
		for i, t := range d.Ties {
			if dataset.On(t.Date, at) && (t.Type != dataset.Import || imports[i]) && keep(t) {
				k++
			}
		}
		return k
	}
	dependencies := Count{Kind: CountImports, Key: style.KeyImport, N: n(func(t dataset.Tie) bool {
		return t.Type == dataset.Import && t.To == code
	})}
	supplies := Count{Kind: CountSupplies, Key: style.KeyImport, N: n(func(t dataset.Tie) bool {
		return t.Type == dataset.Import && t.From == code
	})}
	var out []Count
	switch code {
	case "USA":
		out = append(out,
			Count{Kind: CountPartnerDeals, Key: style.KeyAgreement, N: n(func(t dataset.Tie) bool {
				return (t.Type == dataset.Agreement || t.Type == dataset.Corridor) && t.From == code
			})},
			Count{Kind: CountStakes, Key: style.KeyEquityStake, N: n(func(t dataset.Tie) bool { return t.Type == dataset.EquityStake })},
			Count{Kind: CountControlsNaming, Key: style.KeyExportControl, N: n(func(t dataset.Tie) bool {
				return t.Type == dataset.ExportControl && t.To == code
			})},
			dependencies)
	case "CHN":
		out = append(out,
			Count{Kind: CountControlsImposed, Key: style.KeyExportControl, N: n(func(t dataset.Tie) bool {
				return t.Type == dataset.ExportControl && t.From == code
			})},
			Count{Kind: CountUSAgreements, Key: style.KeyAgreement, N: n(func(t dataset.Tie) bool {
				return (t.Type == dataset.Agreement || t.Type == dataset.Corridor) && (t.To == code || contains(t.Countries, code))
			})},
			supplies, dependencies)
	default:
		out = append(out,
			Count{Kind: CountUSAgreements, Key: style.KeyAgreement, N: n(func(t dataset.Tie) bool {
				return (t.Type == dataset.Agreement || t.Type == dataset.Corridor) && (t.To == code || contains(t.Countries, code))
			})},
			Count{Kind: CountControlsNaming, Key: style.KeyExportControl, N: n(func(t dataset.Tie) bool {
				return t.Type == dataset.ExportControl && t.To == code
			})},
			dependencies)
		if supplies.N > 0 {
			out = append(out, supplies)
		}
	}
	// The label after the count agrees with it (Hindi: 1 समझौता, 2
	// समझौते); none reads as many do (0 समझौते), though CLDR's Hindi rule
	// puts 0 with 1.
	for i := range out {
		form := out[i].N
		if form == 0 {
			form = 2
		}
		out[i].Label = loc.N("chart.count."+out[i].Kind, form)
	}
	return out
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
