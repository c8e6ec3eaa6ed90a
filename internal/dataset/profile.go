package dataset

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"paxsilica/internal/i18n"
)

// Line is one statement of a panel with the sources it rests on.
type Line struct {
	Text        string
	Sources     []string
	Unconfirmed bool
	// Reasons say why it is unconfirmed (ReasonLabel gives the words).
	Reasons []string
	// Note qualifies the statement (a caveat, a reported range).
	Note string
	// Quoted are the parts of Text and Note in the source's words (titles,
	// terms, notes), which stay in English when the reader's language is
	// not: the page marks them lang="en". Empty in English.
	Quoted []string
}

// Section is a titled group of lines.
type Section struct {
	Heading string
	Lines   []Line
}

// Profile is what the details panel shows for a country.
type Profile struct {
	Code, Name string
	Sections   []Section
	// NoTies is true when the dataset records nothing about the country
	// beyond controls that apply to every destination.
	NoTies bool
}

func line(text string, c Cite) Line {
	return Line{Text: text, Sources: c.Sources, Unconfirmed: c.Unconfirmed, Reasons: c.Reasons, Note: c.Note}
}

// merge returns c with the unconfirmed flag and reasons of more added:
// a producer's figure is as uncertain as its series.
func merge(c Cite, more ...Cite) Cite {
	return c.With(more...)
}

// With returns c flagged unconfirmed, with their reasons, where any of
// more is: a producer's row carries its series' flags as well as its own.
func (c Cite) With(more ...Cite) Cite {
	for _, m := range more {
		if !m.Unconfirmed {
			continue
		}
		c.Unconfirmed = true
		for _, r := range m.Reasons {
			if !slices.Contains(c.Reasons, r) {
				c.Reasons = append(append([]string(nil), c.Reasons...), r)
			}
		}
	}
	return c
}

// CountryName returns the dataset's name for code, or fallback.
func (d *Dataset) CountryName(code, fallback string) string {
	if c, ok := d.Country(code); ok {
		return c.Name
	}
	return fallback
}

// Share returns the producer's share of world output in the mineral's
// current series, computing it from the amount and world total where no
// share is published (computed is then true).
func (m *Mineral) Share(p Producer) (share float64, computed, ok bool) {
	s := Series{World: m.World}
	return s.Share(p)
}

// Label is the mineral's name with its stage: "Cobalt (mine production)".
func (m *Mineral) Label() string { return m.Name + " (" + m.Stage + ")" }

// CountryProfile gathers what the dataset says about one country as of at
// (YYYY-MM-DD: the timeline's date, or today for the latest view; it also
// lets the panel say when a suspension's end date has passed), in the
// language of loc. With a mineral id, the country's role in that mineral
// comes first.
func (d *Dataset) CountryProfile(loc *i18n.Catalog, code, name, at, mineral string) Profile {
	w := d.in(loc)
	p := Profile{Code: code, Name: w.country(code, name)}
	add := func(key string, lines []Line, args ...string) {
		if len(lines) > 0 {
			p.Sections = append(p.Sections, Section{Heading: w.loc.F(key, args...), Lines: lines})
		}
	}
	if m, ok := d.Mineral(mineral); ok {
		focus := w.productionLines(code, at, func(x *Mineral) bool { return x.ID == m.ID })
		if len(focus) == 0 {
			focus = []Line{w.line(w.loc.F("panel.noOutput", "mineral", w.label(m)), m.Cite)}
			focus[0].Note, focus[0].Quoted = "", nil
		}
		add("panel.section.mineral", focus)
	}
	add("panel.section.blocs", w.blocLines(code, at))
	add("panel.section.production", w.productionLines(code, at, func(*Mineral) bool { return true }))
	add("panel.section.imports", w.importLines(at, func(t Tie) bool { return t.From == code || t.To == code }))
	if code == "USA" {
		add("panel.section.agreementsPartners", w.tieLines(at, Agreement, func(t Tie) bool { return t.From == code }))
		add("panel.section.stakes", w.tieLines(at, EquityStake, func(t Tie) bool { return true }))
		add("panel.section.corridors", w.tieLines(at, Corridor, func(t Tie) bool { return t.From == code }))
		add("panel.section.reliance", w.relianceLines(at))
	} else {
		add("panel.section.agreementsUS", w.tieLines(at, Agreement, func(t Tie) bool { return t.To == code }))
		add("panel.section.corridors", w.tieLines(at, Corridor, func(t Tie) bool { return t.To == code || slices.Contains(t.Countries, code) }))
	}
	if code == "CHN" {
		add("panel.section.controlsBy", w.controlLines(at, func(t Tie) bool { return t.From == code }))
	} else {
		add("panel.section.controlsOn", w.controlLines(at, func(t Tie) bool { return t.To == code }), "country", p.Name)
	}
	p.NoTies = len(p.Sections) == 0 || (len(p.Sections) == 1 && p.Sections[0].Heading == w.loc.T("panel.section.mineral"))
	if !p.NoTies && code != "CHN" {
		add("panel.section.controlsAll", w.controlLines(at, func(t Tie) bool { return t.To == All }))
	}
	add("panel.section.timeline", w.eventLines(code, at))
	return p
}

// dateMeanings are the catalog keys of what a member's date means, by the
// dataset's words ("signed"); panel.when.* says the date with them.
var dateMeanings = map[string]string{
	"signed":                                "signed",
	"signed, around":                        "signedAround",
	"reported as joining, around":           "reportedJoiningAround",
	"date of the report":                    "reportDate",
	"guest at the launch summit":            "launchGuest",
	"attended the launch summit":            "launchAttended",
	"listed as of":                          "listedAsOf",
	"listed by one report as joining after": "reportedJoiningAfter",
	"joined":                                "joined",
	"member by":                             "memberBy",
	"chair from":                            "chairFrom",
	// What an end is (End.What).
	"chair until":             "chairUntil",
	"deadline for agreements": "agreementsDeadline",
	"comments due":            "commentsDue",
	"ends":                    "ends",
}

// when says a date with what it means: "signed 2026-02-20" (Hindi: "20
// फ़रवरी 2026 को हस्ताक्षर किए"). Words the catalog does not know stay the
// dataset's, quoted.
func (w *words) when(meaning, date string) string {
	if w.loc.English() {
		return meaning + " " + date
	}
	if k, ok := dateMeanings[meaning]; ok {
		return w.loc.F("panel.when."+k, "date", w.loc.Date(date))
	}
	return w.q(meaning) + " " + w.loc.Date(date)
}

func (w *words) blocLines(code, at string) []Line {
	var out []Line
	for _, b := range w.d.Blocs {
		for _, m := range b.Members {
			if m.Country != code || m.Status == Self || !On(m.Date, at) {
				continue
			}
			text := w.loc.F("panel.blocStatus", "bloc", w.gloss("panel.bloc."+b.ID, b.Name), "status", StatusLabel(w.loc, m.Status))
			if m.Date != "" {
				text += " — " + w.when(m.DateMeaning, m.Date)
			}
			if m.Ends != nil {
				text += "; " + w.endText(m.Ends, at)
			}
			out = append(out, w.line(text, m.Cite))
		}
	}
	return out
}

func (w *words) productionLines(code, at string, keep func(*Mineral) bool) []Line {
	type row struct {
		share float64
		l     Line
	}
	var rows []row
	for i := range w.d.Minerals {
		m := &w.d.Minerals[i]
		if !keep(m) {
			continue
		}
		se, early := m.SeriesAtEarly(at)
		if se == nil {
			continue
		}
		for _, pr := range se.Producers {
			if pr.Country != code {
				continue
			}
			var parts []string
			share, computed, ok := se.Share(pr)
			switch {
			case ok:
				st := w.loc.F("panel.ofWorld", "share", ShareText(w.loc, share, pr, false))
				if computed {
					st += w.loc.T("panel.computed")
				}
				parts = append(parts, st)
			case pr.Leading:
				parts = append(parts, w.loc.T("panel.leadingNoFigure"))
			}
			if pr.Rank > 0 {
				parts = append(parts, w.loc.F("panel.rankPlace", "rank", Ordinal(w.loc, pr.Rank)))
			}
			text := w.label(m) + w.loc.T("lang.comma") + w.source(se)
			if len(parts) > 0 {
				text += ": " + strings.Join(parts, w.loc.T("lang.comma"))
			}
			if pr.Amount != nil {
				text += " — " + w.amount(*pr.Amount, m.Unit)
				if se.World != nil {
					text += w.loc.F("panel.ofTotal", "total", w.amount(*se.World, m.Unit))
				}
			}
			if pr.Reserves != nil {
				text += "; " + w.loc.F("panel.reserves", "amount", w.amount(*pr.Reserves, m.Unit))
			}
			w.q(pr.Note) // the series' note is about the mineral, not this country
			l := w.line(text, merge(pr.Cite, se.Cite))
			l.Note = pr.Note
			if early {
				l.Note = strings.TrimSpace(l.Note + " " + w.loc.F("panel.publishedAfter", "date", w.loc.Date(se.Published)))
			}
			rows = append(rows, row{share: share, l: l})
		}
	}
	sort.SliceStable(rows, func(a, b int) bool { return rows[a].share > rows[b].share })
	out := make([]Line, len(rows))
	for i, r := range rows {
		out[i] = r.l
	}
	return out
}

// ShareText words a producer's share in the language of loc: "about 80%",
// "more than 90%", "69.2% (computed from USGS tonnage)".
func ShareText(loc *i18n.Catalog, share float64, p Producer, computed bool) string {
	s := loc.Percent(share)
	if share > 0 && share < 0.05 {
		s = loc.F("panel.lessThan", "share", loc.Percent(0.1))
	}
	if p.AtLeast {
		s = loc.F("panel.moreThan", "share", s)
	} else if p.Approximate {
		s = loc.F("panel.about", "share", s)
	}
	if computed {
		s += loc.T("panel.computed")
	}
	return s
}

// mineralName is the reader's name of the mineral with id.
func (w *words) mineralName(id string) string {
	if m, ok := w.d.Mineral(id); ok {
		return w.mineral(m)
	}
	return id
}

func (w *words) mineralNames(ids []string) string {
	names := make([]string, 0, len(ids))
	seen := map[string]bool{}
	for _, id := range ids {
		if n := w.mineralName(id); !seen[n] {
			seen[n] = true
			names = append(names, strings.ToLower(n))
		}
	}
	return strings.Join(names, w.loc.T("lang.comma"))
}

// TieLine describes one tie as of at, with its sources, in the language of
// loc: the words of the panel, the tooltip and the arc's details.
func (d *Dataset) TieLine(loc *i18n.Catalog, t Tie, at string) Line { return d.in(loc).tieLine(t, at) }

func (w *words) tieLine(t Tie, at string) Line {
	date := w.loc.Date(t.Date)
	if t.DateNote != "" {
		date = w.q(t.DateNote)
	}
	var text string
	switch t.Type {
	case Import:
		share := w.loc.Percent(*t.Share)
		if t.Approximate {
			share = w.loc.F("panel.about", "share", share)
		}
		text = w.loc.F("panel.importShare", "mineral", w.mineralName(t.Mineral), "from", The(w.country(t.From, t.From)),
			"share", share, "to", The(w.country(t.To, t.To)))
		if t.Period != "" {
			text += " (" + w.q(t.Period) + ")"
		}
		return w.line(text, t.Cite)
	case ExportControl:
		text = w.loc.F("panel.control", "title", w.q(t.Title), "date", w.loc.Date(t.Date))
		if t.Effective != "" && t.Effective != t.Date {
			text += w.loc.F("panel.effective", "date", w.loc.Date(t.Effective))
		}
		if t.To != All {
			text += w.loc.F("panel.aimedAt", "country", w.country(t.To, t.To))
		}
		return w.line(text+"; "+w.controlStatusAt(t, at).Text+w.loc.T("panel.stop"), t.Cite)
	case EquityStake:
		text = date + " — " + w.q(t.Company)
	case Agreement:
		text = date + " — " + w.q(t.Title)
		if t.From == "USA" && t.To != "" {
			text += " (" + w.country(t.To, t.To) + ")"
		}
	default:
		text = date + " — " + w.q(t.Title)
	}
	if t.Amount != "" {
		text += ": " + w.q(t.Amount)
	}
	if t.Terms != "" {
		text += ". " + w.q(strings.TrimSuffix(t.Terms, ".")) + "."
	}
	if len(t.Minerals) > 0 {
		text += " " + w.loc.F("panel.minerals", "minerals", w.mineralNames(t.Minerals))
	}
	if t.Ends != nil {
		text += " " + capitalise(w.endText(t.Ends, at)) + w.loc.T("panel.stop")
	}
	return w.line(text, t.Cite)
}

// TieLines is TieLine followed by one line per headline figure, each with
// its own source.
func (d *Dataset) TieLines(loc *i18n.Catalog, t Tie, at string) []Line {
	return d.in(loc).tieLines1(t, at)
}

func (w *words) tieLines1(t Tie, at string) []Line {
	out := []Line{w.tieLine(t, at)}
	for _, f := range t.Figures {
		out = append(out, w.line(w.q(f.Label)+": "+w.q(f.Value), f.Cite))
	}
	return out
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	if r >= 'a' && r <= 'z' {
		return strings.ToUpper(s[:n]) + s[n:]
	}
	return s
}

func (w *words) tieLines(at, typ string, keep func(Tie) bool) []Line {
	var out []Line
	for _, t := range w.d.Ties {
		if t.Type == typ && On(t.Date, at) && keep(t) {
			out = append(out, w.tieLines1(t, at)...)
		}
	}
	return out
}

// importLines are the import shares that apply at at.
func (w *words) importLines(at string, keep func(Tie) bool) []Line {
	var out []Line
	for _, i := range w.d.ImportsAt(at) {
		if t := w.d.Ties[i]; keep(t) {
			l := w.tieLine(t, at)
			if at != "" && !On(t.Published, at) {
				l.Note = strings.TrimSpace(l.Note + " " + w.loc.F("panel.publishedAfterEarliest", "date", w.loc.Date(t.Published)))
			}
			out = append(out, l)
		}
	}
	return out
}

func (w *words) controlLines(at string, keep func(Tie) bool) []Line {
	return w.tieLines(at, ExportControl, keep)
}

func (w *words) relianceLines(at string) []Line {
	var out []Line
	for i := range w.d.Minerals {
		m := &w.d.Minerals[i]
		se := m.RelianceAt(at)
		if se == nil {
			continue
		}
		l := w.line(w.label(m)+w.loc.T("lang.comma")+w.source(se)+": "+w.q(se.USNetImportReliance), se.Cite)
		l.Note = "" // the series' note is about world output
		out = append(out, l)
	}
	return out
}

// EventLine describes an event as of at, in the language of loc (its
// title is the source's, in English).
func (d *Dataset) EventLine(loc *i18n.Catalog, e Event, at string) Line {
	return d.in(loc).eventLine(e, at)
}

func (w *words) eventLine(e Event, at string) Line {
	text := w.loc.Date(e.Date) + " — " + w.q(e.Title)
	if e.Ends != nil {
		text += ". " + capitalise(w.endText(e.Ends, at)) + w.loc.T("panel.stop")
	}
	return w.line(text, e.Cite)
}

func (w *words) eventLines(code, at string) []Line {
	var out []Line
	for _, e := range w.d.Events {
		if slices.Contains(e.Countries, code) && On(e.Date, at) {
			out = append(out, w.eventLine(e, at))
		}
	}
	return out
}
