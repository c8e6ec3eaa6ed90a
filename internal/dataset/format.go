package dataset

import (
	"strconv"
	"strings"

	"paxsilica/internal/i18n"
)

// Number formats v with thousands separators and at most one decimal:
// 750000 → "750,000", 141.2 → "141.2". It is English's (and machine
// formats'); a reader's text says numbers with loc.Number.
func Number(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i > 2 {
		s = strconv.FormatFloat(v, 'f', 1, 64)
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	out := b.String() + frac
	if neg {
		out = "-" + out
	}
	return out
}

// Ordinal returns a rank as loc says it: 1st, 2nd, 3rd, 4th … 11th, 12th,
// 13th, 21st in English; a language's own words for the first few
// (panel.rank.1 to panel.rank.6) and its panel.rank template after them.
func Ordinal(loc *i18n.Catalog, n int) string {
	if loc.English() {
		return englishOrdinal(n)
	}
	if n >= 1 && n <= 6 {
		return loc.T("panel.rank." + strconv.Itoa(n))
	}
	return loc.F("panel.rank", "n", strconv.Itoa(n))
}

func englishOrdinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// Percent formats a share: 98.7 → "98.7%", 76 → "76%". English's; a
// reader's text uses loc.Percent.
func Percent(v float64) string { return Number(v) + "%" }

// statusKeys are the catalog keys of the words a reader sees for
// membership statuses.
var statusKeys = map[string]string{
	FoundingSignatory:       "status.foundingSignatory",
	Signatory:               "status.signatory",
	ReportedSignatory:       "status.reportedSignatory",
	Attended:                "status.attended",
	Guest:                   "status.guest",
	NonSignatoryParticipant: "status.nonSignatoryParticipant",
	Partner:                 "status.partner",
	ReportedPartner:         "status.reportedPartner",
	Member:                  "status.member",
	Chair:                   "status.chair",
	Self:                    "",
}

// StatusLabel returns the reader's words for a membership status.
func StatusLabel(loc *i18n.Catalog, s string) string {
	if k, ok := statusKeys[s]; ok {
		if k == "" {
			return ""
		}
		return loc.T(k)
	}
	return s
}

// needsThe lists country names read with "the" in running text.
var needsThe = map[string]bool{
	"United States": true, "United Kingdom": true, "Netherlands": true, "Philippines": true,
	"United Arab Emirates": true, "Dominican Republic": true, "Bahamas": true, "Gambia": true,
	"Republic of the Congo": true, "Central African Republic": true, "Czech Republic": true,
	"Maldives": true, "Marshall Islands": true, "Solomon Islands": true, "Comoros": true, "Seychelles": true,
}

// The returns the name as it reads in an English sentence: "the United
// States", "China". Other languages' names (loc.Country) are not in the
// list and pass unchanged.
func The(name string) string {
	if needsThe[name] {
		return "the " + name
	}
	return name
}

// AndList joins items as they read in a sentence of loc: "", "a", "a and
// b", "a, b and c" (Hindi: "a, b और c").
func AndList(loc *i18n.Catalog, items []string) string {
	switch n := len(items); n {
	case 0:
		return ""
	case 1:
		return items[0]
	default:
		return loc.F("lang.and", "list", strings.Join(items[:n-1], loc.T("lang.comma")), "last", items[n-1])
	}
}

// reasonKeys are the catalog keys of the words a reader sees for why a
// fact is unconfirmed.
var reasonKeys = map[string]string{
	ReasonSingleSource: "reason.singleSource",
	ReasonSecondary:    "reason.secondary",
	ReasonSecondHand:   "reason.secondHand",
	ReasonContested:    "reason.contested",
	ReasonInferred:     "reason.inferred",
}

// ReasonLabel returns the reader's words for an unconfirmed reason.
func ReasonLabel(loc *i18n.Catalog, r string) string {
	if k, ok := reasonKeys[r]; ok {
		return loc.T(k)
	}
	return r
}

// Unconfirmed words a fact's uncertainty: "unconfirmed: single source,
// contested", or "" for a confirmed one.
func Unconfirmed(loc *i18n.Catalog, c Cite) string {
	if !c.Unconfirmed {
		return ""
	}
	ls := make([]string, len(c.Reasons))
	for i, r := range c.Reasons {
		ls[i] = ReasonLabel(loc, r)
	}
	if len(ls) == 0 {
		return loc.T("reason.unconfirmed")
	}
	return loc.F("reason.unconfirmedBecause", "reasons", strings.Join(ls, loc.T("lang.comma")))
}

// Label is a source's link text: its short name, and "named but not
// linked" where its address is not the article's (or there is none).
func (s Source) Label() string { return s.LabelIn(i18n.English()) }

// LabelIn is Label in the language of loc (the short name is the
// source's own).
func (s Source) LabelIn(loc *i18n.Catalog) string {
	if s.NotLinked != "" {
		return s.Short + loc.T("panel.notLinked")
	}
	return s.Short
}

// Tip describes a source for a link's title: title, publisher and date
// (or why there is none), and why it is not linked.
func (s Source) Tip() string { return s.TipIn(i18n.English()) }

// TipIn is Tip in the language of loc: the title, publisher and notes are
// the source's words, the date and the joining words the reader's.
func (s Source) TipIn(loc *i18n.Catalog) string {
	t := s.Title + " — " + s.Publisher
	switch {
	case s.Date != "" && s.DateNote != "":
		t += ", " + loc.Date(s.Date) + " (" + s.DateNote + ")"
	case s.Date != "":
		t += ", " + loc.Date(s.Date)
	case s.DateNote != "":
		t += loc.F("panel.undated", "note", s.DateNote)
	}
	if s.NotLinked != "" {
		t += loc.F("panel.notLinkedWhy", "why", s.NotLinked)
	}
	return t
}

// Badge is the unconfirmed badge's words for a line, "" for a confirmed
// one: "unconfirmed: single source".
func (l Line) Badge(loc *i18n.Catalog) string {
	return Unconfirmed(loc, Cite{Unconfirmed: l.Unconfirmed, Reasons: l.Reasons})
}
