package dataset

import (
	"fmt"
	"slices"
	"sort"
	"strings"
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
// lets the panel say when a suspension's end date has passed). With a
// mineral id, the country's role in that mineral comes first.
func (d *Dataset) CountryProfile(code, name, at, mineral string) Profile {
	p := Profile{Code: code, Name: d.CountryName(code, name)}
	add := func(heading string, lines []Line) {
		if len(lines) > 0 {
			p.Sections = append(p.Sections, Section{Heading: heading, Lines: lines})
		}
	}
	if m, ok := d.Mineral(mineral); ok {
		focus := d.productionLines(code, at, func(x *Mineral) bool { return x.ID == m.ID })
		if len(focus) == 0 {
			focus = []Line{line("No recorded output of "+m.Label()+" in this dataset.", m.Cite)}
			focus[0].Note = ""
		}
		add("Selected mineral", focus)
	}
	add("Blocs", d.blocLines(code, at))
	add("Production", d.productionLines(code, at, func(*Mineral) bool { return true }))
	add("Imports", d.importLines(at, func(t Tie) bool { return t.From == code || t.To == code }))
	if code == "USA" {
		add("Agreements with partners", d.tieLines(at, Agreement, func(t Tie) bool { return t.From == code }))
		add("US government stakes", d.tieLines(at, EquityStake, func(t Tie) bool { return true }))
		add("Corridors", d.tieLines(at, Corridor, func(t Tie) bool { return t.From == code }))
		add("Net import reliance", d.relianceLines(at))
	} else {
		add("Agreements with the United States", d.tieLines(at, Agreement, func(t Tie) bool { return t.To == code }))
		add("Corridors", d.tieLines(at, Corridor, func(t Tie) bool { return t.To == code || slices.Contains(t.Countries, code) }))
	}
	if code == "CHN" {
		add("Export controls China imposes", d.controlLines(at, func(t Tie) bool { return t.From == code }))
	} else {
		add("Chinese export controls on "+p.Name, d.controlLines(at, func(t Tie) bool { return t.To == code }))
	}
	p.NoTies = len(p.Sections) == 0 || (len(p.Sections) == 1 && p.Sections[0].Heading == "Selected mineral")
	if !p.NoTies && code != "CHN" {
		add("Chinese export controls on all destinations", d.controlLines(at, func(t Tie) bool { return t.To == All }))
	}
	add("Timeline", d.eventLines(code, at))
	return p
}

func (d *Dataset) blocLines(code, at string) []Line {
	var out []Line
	for _, b := range d.Blocs {
		for _, m := range b.Members {
			if m.Country != code || m.Status == Self || !On(m.Date, at) {
				continue
			}
			text := b.Name + ": " + StatusLabel(m.Status)
			if m.Date != "" {
				text += " — " + m.DateMeaning + " " + m.Date
			}
			if m.Ends != nil {
				text += "; " + d.EndText(m.Ends, at)
			}
			out = append(out, line(text, m.Cite))
		}
	}
	return out
}

func (d *Dataset) productionLines(code, at string, keep func(*Mineral) bool) []Line {
	type row struct {
		share float64
		l     Line
	}
	var rows []row
	for i := range d.Minerals {
		m := &d.Minerals[i]
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
				st := ShareText(share, pr, false) + " of world output"
				if computed {
					st += " (computed from USGS tonnage)"
				}
				parts = append(parts, st)
			case pr.Leading:
				parts = append(parts, "the leading producer (no figure published)")
			}
			if pr.Rank > 0 {
				parts = append(parts, Ordinal(pr.Rank))
			}
			text := fmt.Sprintf("%s, %s", m.Label(), se.Source())
			if len(parts) > 0 {
				text += ": " + strings.Join(parts, ", ")
			}
			if pr.Amount != nil {
				text += " — " + Number(*pr.Amount) + " " + m.Unit
				if se.World != nil {
					text += " of " + Number(*se.World) + " " + m.Unit
				}
			}
			if pr.Reserves != nil {
				text += "; reserves " + Number(*pr.Reserves) + " " + m.Unit
			}
			l := line(text, merge(pr.Cite, se.Cite))
			l.Note = pr.Note // the series' note is about the mineral, not this country
			if early {
				l.Note = strings.TrimSpace(l.Note + " Published " + se.Published + ", after the chosen date; the best figure known.")
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

// ShareText words a producer's share: "about 80%", "more than 90%",
// "69.2% (computed from USGS tonnage)".
func ShareText(share float64, p Producer, computed bool) string {
	s := Percent(share)
	if share > 0 && share < 0.05 {
		s = "less than 0.1%"
	}
	if p.AtLeast {
		s = "more than " + s
	} else if p.Approximate {
		s = "about " + s
	}
	if computed {
		s += " (computed from USGS tonnage)"
	}
	return s
}

func (d *Dataset) mineralName(id string) string {
	if m, ok := d.Mineral(id); ok {
		return m.Name
	}
	return id
}

func (d *Dataset) mineralNames(ids []string) string {
	names := make([]string, 0, len(ids))
	seen := map[string]bool{}
	for _, id := range ids {
		if n := d.mineralName(id); !seen[n] {
			seen[n] = true
			names = append(names, strings.ToLower(n))
		}
	}
	return strings.Join(names, ", ")
}

// TieLine describes one tie as of at, with its sources: the words of the
// panel, the tooltip and the arc's details.
func (d *Dataset) TieLine(t Tie, at string) Line {
	date := t.Date
	if t.DateNote != "" {
		date = t.DateNote
	}
	var text string
	switch t.Type {
	case Import:
		share := Percent(*t.Share)
		if t.Approximate {
			share = "about " + share
		}
		text = fmt.Sprintf("%s: %s supplies %s of the imports of %s", d.mineralName(t.Mineral), The(d.CountryName(t.From, t.From)), share, The(d.CountryName(t.To, t.To)))
		if t.Period != "" {
			text += " (" + t.Period + ")"
		}
		return line(text, t.Cite)
	case ExportControl:
		text = t.Title + ". Announced " + t.Date
		if t.Effective != "" && t.Effective != t.Date {
			text += ", effective " + t.Effective
		}
		if t.To != All {
			text += ", aimed at " + d.CountryName(t.To, t.To)
		}
		return line(text+"; "+d.ControlStatus(t, at)+".", t.Cite)
	case EquityStake:
		text = date + " — " + t.Company
	case Agreement:
		text = date + " — " + t.Title
		if t.From == "USA" && t.To != "" {
			text += " (" + d.CountryName(t.To, t.To) + ")"
		}
	default:
		text = date + " — " + t.Title
	}
	if t.Amount != "" {
		text += ": " + t.Amount
	}
	if t.Terms != "" {
		text += ". " + strings.TrimSuffix(t.Terms, ".") + "."
	}
	if len(t.Minerals) > 0 {
		text += " Minerals: " + d.mineralNames(t.Minerals) + "."
	}
	if t.Ends != nil {
		text += " " + capitalise(d.EndText(t.Ends, at)) + "."
	}
	return line(text, t.Cite)
}

// TieLines is TieLine followed by one line per headline figure, each with
// its own source.
func (d *Dataset) TieLines(t Tie, at string) []Line {
	out := []Line{d.TieLine(t, at)}
	for _, f := range t.Figures {
		out = append(out, line(f.Label+": "+f.Value, f.Cite))
	}
	return out
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (d *Dataset) tieLines(at, typ string, keep func(Tie) bool) []Line {
	var out []Line
	for _, t := range d.Ties {
		if t.Type == typ && On(t.Date, at) && keep(t) {
			out = append(out, d.TieLines(t, at)...)
		}
	}
	return out
}

// importLines are the import shares that apply at at.
func (d *Dataset) importLines(at string, keep func(Tie) bool) []Line {
	var out []Line
	for _, i := range d.ImportsAt(at) {
		if t := d.Ties[i]; keep(t) {
			l := d.TieLine(t, at)
			if at != "" && !On(t.Published, at) {
				l.Note = strings.TrimSpace(l.Note + " Published " + t.Published + ", after the chosen date; the earliest figure known.")
			}
			out = append(out, l)
		}
	}
	return out
}

func (d *Dataset) controlLines(at string, keep func(Tie) bool) []Line {
	return d.tieLines(at, ExportControl, keep)
}

func (d *Dataset) relianceLines(at string) []Line {
	var out []Line
	for i := range d.Minerals {
		m := &d.Minerals[i]
		se := m.RelianceAt(at)
		if se == nil {
			continue
		}
		l := line(fmt.Sprintf("%s, %s: %s", m.Label(), se.Source(), se.USNetImportReliance), se.Cite)
		l.Note = "" // the series' note is about world output
		out = append(out, l)
	}
	return out
}

// EventLine describes an event as of at.
func (d *Dataset) EventLine(e Event, at string) Line {
	text := e.Date + " — " + e.Title
	if e.Ends != nil {
		text += ". " + capitalise(d.EndText(e.Ends, at)) + "."
	}
	return line(text, e.Cite)
}

func (d *Dataset) eventLines(code, at string) []Line {
	var out []Line
	for _, e := range d.Events {
		if slices.Contains(e.Countries, code) && On(e.Date, at) {
			out = append(out, d.EventLine(e, at))
		}
	}
	return out
}
