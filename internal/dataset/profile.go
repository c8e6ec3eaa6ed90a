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
	return Line{Text: text, Sources: c.Sources, Unconfirmed: c.Unconfirmed, Note: c.Note}
}

// CountryName returns the dataset's name for code, or fallback.
func (d *Dataset) CountryName(code, fallback string) string {
	if c, ok := d.Country(code); ok {
		return c.Name
	}
	return fallback
}

// Share returns the producer's share of world output, computing it from the
// amount and world total where no share is published (computed is then true).
func (m *Mineral) Share(p Producer) (share float64, computed, ok bool) {
	if p.Share != nil {
		return *p.Share, p.ShareComputed, true
	}
	if p.Amount != nil && m.World != nil && *m.World > 0 {
		return *p.Amount / *m.World * 100, true, true
	}
	return 0, false, false
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
		focus := d.productionLines(code, func(x *Mineral) bool { return x.ID == m.ID })
		if len(focus) == 0 {
			focus = []Line{line("No recorded output of "+m.Label()+" in this dataset.", m.Cite)}
			focus[0].Note = ""
		}
		add("Selected mineral", focus)
	}
	add("Blocs", d.blocLines(code, at))
	add("Production", d.productionLines(code, func(*Mineral) bool { return true }))
	add("Imports", d.tieLines(at, Import, func(t Tie) bool { return t.From == code || t.To == code }))
	if code == "USA" {
		add("Agreements with partners", d.tieLines(at, Agreement, func(t Tie) bool { return t.From == code }))
		add("US government stakes", d.tieLines(at, EquityStake, func(t Tie) bool { return true }))
		add("Corridors", d.tieLines(at, Corridor, func(t Tie) bool { return t.From == code }))
		add("Net import reliance", d.relianceLines())
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
			out = append(out, line(text, m.Cite))
		}
	}
	return out
}

func (d *Dataset) productionLines(code string, keep func(*Mineral) bool) []Line {
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
		for _, pr := range m.Producers {
			if pr.Country != code {
				continue
			}
			var parts []string
			share, computed, ok := m.Share(pr)
			switch {
			case ok:
				s := Percent(share)
				if pr.AtLeast {
					s = "more than " + s
				} else if pr.Approximate {
					s = "about " + s
				}
				s += " of world output"
				if computed {
					s += " (computed from USGS tonnage)"
				}
				parts = append(parts, s)
			case pr.Amount == nil:
				parts = append(parts, "the leading producer (no figure published)")
			}
			parts = append(parts, Ordinal(pr.Rank))
			text := fmt.Sprintf("%s, %d: %s", m.Label(), m.Year, strings.Join(parts, ", "))
			if pr.Amount != nil {
				text += " — " + Number(*pr.Amount) + " " + m.Unit
				if m.World != nil {
					text += " of " + Number(*m.World) + " " + m.Unit
				}
			}
			l := line(text, m.Cite)
			l.Note = "" // the mineral's note is about the mineral, not this country
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
	return line(text, t.Cite)
}

// ControlStatus describes an export control's status at at in words. Where
// a suspension's end has passed, it says the dataset does not record what
// followed rather than guess.
func (d *Dataset) ControlStatus(t Tie, at string) string {
	if t.Status != Suspended || (at != "" && t.SuspendedOn != "" && at < t.SuspendedOn) {
		return "in force"
	}
	s := "suspended"
	if t.SuspendedOn != "" {
		s += " on " + t.SuspendedOn
	}
	s += " until " + t.SuspendedUntil
	if at != "" && t.SuspendedUntil < at {
		s += "; that date has passed, and this dataset (as of " + d.AsOf + ") does not record what followed"
	}
	return s
}

func (d *Dataset) tieLines(at, typ string, keep func(Tie) bool) []Line {
	var out []Line
	for _, t := range d.Ties {
		if t.Type == typ && On(t.Date, at) && keep(t) {
			out = append(out, d.TieLine(t, at))
		}
	}
	return out
}

func (d *Dataset) controlLines(at string, keep func(Tie) bool) []Line {
	return d.tieLines(at, ExportControl, keep)
}

func (d *Dataset) relianceLines() []Line {
	var out []Line
	for i := range d.Minerals {
		m := &d.Minerals[i]
		if m.USNetImportReliance == "" {
			continue
		}
		l := line(fmt.Sprintf("%s, %d: %s", m.Label(), m.Year, m.USNetImportReliance), m.Cite)
		l.Note = "" // the mineral's note is about world output
		out = append(out, l)
	}
	return out
}

func (d *Dataset) eventLines(code, at string) []Line {
	var out []Line
	for _, e := range d.Events {
		if slices.Contains(e.Countries, code) && On(e.Date, at) {
			out = append(out, line(e.Date+" — "+e.Title, e.Cite))
		}
	}
	return out
}
