// Package dataset is the explorer's model of critical-mineral ties: countries,
// blocs, minerals, ties, events and the sources behind every figure. Load
// reads it from JSON with gjson and validates it; a broken file yields
// errors that name the JSON path and the reason.
package dataset

// Dataset is the whole model, built once at load.
type Dataset struct {
	Version, AsOf, Description string
	Countries                  []Country
	Organisations              []Organisation
	Blocs                      []Bloc
	Minerals                   []Mineral
	Ties                       []Tie
	Events                     []Event
	// Sources by id; SourceIDs keeps the file's order.
	Sources   map[string]Source
	SourceIDs []string

	country map[string]int
	mineral map[string]int
	org     map[string]int
	bloc    map[string]int
}

// Cite is what every fact carries: its sources and whether it is
// unconfirmed (single-sourced, contested or secondary: flagged ⚠ by the
// fact sheets the dataset was compiled from, which are not in this repository).
type Cite struct {
	Sources     []string
	Unconfirmed bool
	Note        string
}

// Country is a country the dataset speaks of, by ISO 3166-1 alpha-3 code.
type Country struct{ Code, Name string }

// Organisation is a body that is not a country (the EU, the OECD).
type Organisation struct{ ID, Name string }

// Membership statuses.
const (
	FoundingSignatory       = "founding-signatory"
	Signatory               = "signatory"
	ReportedSignatory       = "reported-signatory"
	Attended                = "attended"
	Guest                   = "guest"
	NonSignatoryParticipant = "non-signatory-participant"
	Partner                 = "partner"
	ReportedPartner         = "reported-partner"
	Member                  = "member"
	Chair                   = "chair"
	Self                    = "self"
)

var memberStatuses = []string{FoundingSignatory, Signatory, ReportedSignatory, Attended, Guest,
	NonSignatoryParticipant, Partner, ReportedPartner, Member, Chair, Self}

// Bloc is a grouping: Pax Silica, the MSP, its Forum, FORGE, or China and the
// United States themselves.
type Bloc struct {
	ID, Name, Description, Date string
	Members                     []Membership
	Cite
}

// Membership is one country's (or organisation's) standing in a bloc from a
// date; a country may have several (attended, then signed).
type Membership struct {
	Country, Organisation string
	Status                string
	// Date is ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); DateMeaning says what
	// happened then ("signed", "listed as of", …).
	Date, DateMeaning string
	Cite
}

// Mineral is one mineral at one stage (mine, refining …) with its producers.
type Mineral struct {
	ID, Name, Unit, Stage string
	Year                  int
	// World is the world total in Unit; nil where it is not published.
	World     *float64
	WorldNote string
	Producers []Producer
	// USNetImportReliance as USGS gives it ("100%", ">50%"), or "".
	USNetImportReliance string
	Critical2025        bool
	CriticalNote        string
	// CriticalSources back Critical2025; NoteSources back Cite.Note; the
	// mineral's own Sources back its figures.
	CriticalSources, NoteSources []string
	Cite
}

// Producer is a country's output of a mineral. Amount and Share are nil
// where not published; a producer with neither is named the leading one.
type Producer struct {
	Country       string
	Amount, Share *float64
	// ShareComputed: the share is country ÷ world computed from USGS tonnage.
	ShareComputed, Approximate, AtLeast bool
	// Rank among the mineral's producers by amount (or by share, or by
	// order in the file); equal amounts share a rank.
	Rank int
}

// Tie types.
const (
	Production    = "production" // derived from Mineral.Producers, not stored
	Import        = "import"
	Agreement     = "agreement"
	ExportControl = "export-control"
	EquityStake   = "equity-stake"
	Corridor      = "corridor"
)

var storedTieTypes = []string{Import, Agreement, ExportControl, EquityStake, Corridor}

// All is the target of an export control that applies to every country.
const All = "ALL"

// Export control statuses.
const (
	InForce   = "in-force"
	Suspended = "suspended"
)

// Tie is one typed link between countries (or a country and a mineral).
type Tie struct {
	Type     string
	From, To string
	// Mineral is the single mineral of an import; Minerals those of the others.
	Mineral  string
	Minerals []string
	// Countries are a corridor's countries.
	Countries []string
	Share     *float64
	// Approximate: the share is reported as "about".
	Approximate bool
	Period      string
	Title       string
	Terms       string
	Amount      string
	Company     string
	// Date is the signing or announcement date; DateNote keeps a reported
	// range ("2025-11-18/19").
	Date, DateNote string
	// Effective, Status, SuspendedOn, SuspendedUntil: export controls.
	Effective, Status, SuspendedOn, SuspendedUntil string
	Extraterritorial                               bool
	Cite
}

// Event is a dated item of the timeline.
type Event struct {
	Date, Title         string
	Countries, Minerals []string
	Cite
}

// Source is a document or outlet that a fact cites.
type Source struct {
	ID, Short, Title, Publisher, URL, Date string
}

// Country returns the country with code, if the dataset has it.
func (d *Dataset) Country(code string) (Country, bool) {
	i, ok := d.country[code]
	if !ok {
		return Country{}, false
	}
	return d.Countries[i], true
}

// Mineral returns the mineral with id.
func (d *Dataset) Mineral(id string) (*Mineral, bool) {
	i, ok := d.mineral[id]
	if !ok {
		return nil, false
	}
	return &d.Minerals[i], true
}

// Bloc returns the bloc with id.
func (d *Dataset) Bloc(id string) (*Bloc, bool) {
	i, ok := d.bloc[id]
	if !ok {
		return nil, false
	}
	return &d.Blocs[i], true
}

// Organisation returns the organisation with id.
func (d *Dataset) Organisation(id string) (Organisation, bool) {
	i, ok := d.org[id]
	if !ok {
		return Organisation{}, false
	}
	return d.Organisations[i], true
}
