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
// unconfirmed (flagged ⚠ by the fact sheets the dataset was compiled from, which
// are not in this repository), with the reasons why.
type Cite struct {
	Sources     []string
	Unconfirmed bool
	// Reasons say why a fact is unconfirmed: ReasonSingleSource and the
	// other Reason constants. Required when Unconfirmed.
	Reasons []string
	Note    string
}

// Why a fact is unconfirmed.
const (
	ReasonSingleSource = "single-source"
	ReasonSecondary    = "secondary-copy" // a copy of the primary, not the primary
	ReasonSecondHand   = "second-hand"    // quoted second-hand with no stable address (⚠⚠)
	ReasonContested    = "contested"
	ReasonInferred     = "inferred"
)

var reasons = []string{ReasonSingleSource, ReasonSecondary, ReasonSecondHand, ReasonContested, ReasonInferred}

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
	// Ends is when the standing ends (a chair's term), if it does.
	Ends *End
	Cite
}

// End is the date a suspension, deadline, term or deal runs out, and what
// is known of what followed. Where nothing is recorded the explorer says
// so once the date has passed; it never guesses.
type End struct {
	// Date is when it runs out; What names it ("deadline for agreements").
	Date, What string
	// Outcome is what followed, with its sources; "" when not recorded.
	Outcome        string
	OutcomeSources []string
	// NotFoundAsOf is the date up to which the outcome was searched for
	// and not found: a passed end without it is stale (cmd/datacheck).
	NotFoundAsOf string
}

// Measures: the stage a mineral's figures measure.
const (
	MeasureMine       = "mine"
	MeasureRefining   = "refining"
	MeasureProduction = "production" // metal or primary output not split by stage
)

var measures = []string{MeasureMine, MeasureRefining, MeasureProduction}

// Mineral is one mineral at one stage (mine, refining …) with its figures
// per data year and edition.
type Mineral struct {
	ID, Name, Unit, Stage string
	// Commodity groups the stages of one mineral ("rare-earths" for both
	// mine output and refining); Measure is the stage as a kind.
	Commodity, Measure string
	// Series are the figures per data year and edition, in file order.
	Series []Series
	// Year, World, WorldNote, Producers and USNetImportReliance are those
	// of the series that applies at the dataset's date (Current).
	Year                int
	World               *float64
	WorldNote           string
	Producers           []Producer
	USNetImportReliance string
	Critical2025        bool
	CriticalNote        string
	// CriticalSources back Critical2025; NoteSources back Cite.Note. After
	// Load, Cite's sources and flags are those of the current series, which
	// Year, World and Producers come from.
	CriticalSources, NoteSources []string
	Cite
	// own is the mineral's own Cite, as the file gives it.
	own Cite
}

// Series is one data year of a mineral as one edition of a source gives
// it: world total, producers, reserves and US net import reliance.
type Series struct {
	Year int
	// Edition names the publication ("USGS MCS 2026"); Published is its
	// release date, from which the figures apply on the timeline.
	Edition, Published string
	// Revised: the edition revises an earlier edition's figure for Year.
	Revised bool
	// Partial: only some rows of the edition were found; the series is
	// listed but never drives the map.
	Partial bool
	// World is the world total in the mineral's unit; nil where it is not
	// published (WorldNote says why).
	World     *float64
	WorldNote string
	// WorldReserves in the unit; WorldReservesAtLeast for "> 85,000,000".
	WorldReserves        *float64
	WorldReservesAtLeast bool
	Producers            []Producer
	// USNetImportReliance as USGS prints it ("100%", ">50%"), or "".
	USNetImportReliance string
	Cite
}

// Producer is a country's output of a mineral in one series. Amount and
// Share are nil where not published; Leading names the leading producer
// where no figure is published.
type Producer struct {
	Country       string
	Amount, Share *float64
	// ShareComputed: the share is country ÷ world computed from USGS tonnage.
	ShareComputed, Approximate, AtLeast, Leading bool
	// Reserves in the mineral's unit, nil where not given.
	Reserves *float64
	// Rank among the series' producers by amount (or by share, or by
	// order in the file); equal amounts share a rank. 0 for a country
	// listed only for its reserves.
	Rank int
	// Cite: the producer's own sources, or the series' where it names none.
	Cite
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
	// Published is when an import share's edition was released: at a date
	// the latest published set applies (ImportsAt).
	Published string
	Title     string
	Terms     string
	Amount    string
	Company   string
	// Date is the signing or announcement date; DateNote keeps a reported
	// range ("2025-11-18/19").
	Date, DateNote string
	// Effective: an export control's first effective date (of its parts).
	Effective        string
	Extraterritorial bool
	// Parts of an export control, each with its own dates: the status at a
	// date is computed from them (ControlStatusAt), never typed by hand.
	Parts []Part
	// Figures are the tie's headline numbers, each with its own source.
	Figures []Figure
	// Ends is a deadline or term of an agreement or stake.
	Ends *End
	// StatusTyped: the file types a status by hand (format 1); it is
	// computed from the dates instead.
	StatusTyped bool
	// Scope of an agreement: ScopeGovernment (default), ScopeTrade or
	// ScopeCompany.
	Scope string
	Cite
}

// Statuses format 1 typed by hand.
const (
	legacyInForce   = "in-force"
	legacySuspended = "suspended"
)

// Agreement scopes.
const (
	ScopeGovernment = "government" // a critical-minerals deal between governments
	ScopeTrade      = "trade"      // a trade agreement, not a critical-minerals framework
	ScopeCompany    = "company"    // between companies or bodies, not the US government
)

var scopes = []string{ScopeGovernment, ScopeTrade, ScopeCompany}

// Part is one clause or announcement of an export control.
type Part struct {
	Title     string
	Effective string
	// SuspendedOn is when the part was suspended (by the act SuspendedBy);
	// Suspension.Date is when the suspension runs out.
	SuspendedOn, SuspendedBy string
	Suspension               *End
	Cite
}

// Figure is one headline number of a tie, labelled by who gave it.
type Figure struct {
	Label, Value string
	Cite
}

// Event types: what kind of thing happened, which colours its tick on the
// timeline. The tie types Agreement, Corridor, EquityStake and
// ExportControl name events of those kinds too.
const (
	EventBloc  = "bloc"  // a bloc launched, joined or signed
	EventOther = "other" // anything else (policy, publications, meetings)
)

// eventTypes are the values an event's type may take.
var eventTypes = []string{EventBloc, Agreement, Corridor, EquityStake, ExportControl, Import, EventOther}

// Event is a dated item of the timeline.
type Event struct {
	Date, Title string
	// Type is one of the event types (EventBloc, Agreement, Corridor,
	// EquityStake, ExportControl, Import, EventOther); EventOther where the
	// file gives none (cmd/datacheck asks for it).
	Type string
	// TypeMissing: the file gives no type.
	TypeMissing         bool
	Countries, Minerals []string
	// Ends is a deadline the event set, if any.
	Ends *End
	Cite
}

// Source is a document or outlet that a fact cites.
type Source struct {
	ID, Short, Title, Publisher, URL, Date string
	// DateNote says why Date is missing or partial ("undated page").
	DateNote string
	// NotLinked says why URL is not the article itself (only the outlet is
	// named, or no stable address exists); the panel says "named but not
	// linked".
	NotLinked string
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
