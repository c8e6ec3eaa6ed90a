package dataset

import (
	"strconv"
	"strings"
)

// Number formats v with thousands separators and at most one decimal:
// 750000 → "750,000", 141.2 → "141.2".
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

// Ordinal returns 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st.
func Ordinal(n int) string {
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

// Percent formats a share: 98.7 → "98.7%", 76 → "76%".
func Percent(v float64) string { return Number(v) + "%" }

// statusLabels are the words a reader sees for membership statuses.
var statusLabels = map[string]string{
	FoundingSignatory:       "founding signatory",
	Signatory:               "signatory",
	ReportedSignatory:       "reported signatory",
	Attended:                "attended, did not sign then",
	Guest:                   "guest",
	NonSignatoryParticipant: "non-signatory participant",
	Partner:                 "partner",
	ReportedPartner:         "reported partner",
	Member:                  "member",
	Chair:                   "chair",
	Self:                    "",
}

// StatusLabel returns the reader's words for a membership status.
func StatusLabel(s string) string {
	if l, ok := statusLabels[s]; ok {
		return l
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

// The returns the name as it reads in a sentence: "the United States",
// "China".
func The(name string) string {
	if needsThe[name] {
		return "the " + name
	}
	return name
}

// AndList joins items as they read in a sentence: "", "a", "a and b",
// "a, b and c".
func AndList(items []string) string {
	switch n := len(items); n {
	case 0:
		return ""
	case 1:
		return items[0]
	default:
		return strings.Join(items[:n-1], ", ") + " and " + items[n-1]
	}
}

// reasonLabels are the words a reader sees for why a fact is unconfirmed.
var reasonLabels = map[string]string{
	ReasonSingleSource: "single source",
	ReasonSecondary:    "secondary copy",
	ReasonSecondHand:   "quoted second-hand, not checked against the primary",
	ReasonContested:    "contested",
	ReasonInferred:     "inferred",
}

// ReasonLabel returns the reader's words for an unconfirmed reason.
func ReasonLabel(r string) string {
	if l, ok := reasonLabels[r]; ok {
		return l
	}
	return r
}

// Unconfirmed words a fact's uncertainty: "unconfirmed: single source,
// contested", or "" for a confirmed one.
func Unconfirmed(c Cite) string {
	if !c.Unconfirmed {
		return ""
	}
	ls := make([]string, len(c.Reasons))
	for i, r := range c.Reasons {
		ls[i] = ReasonLabel(r)
	}
	if len(ls) == 0 {
		return "unconfirmed"
	}
	return "unconfirmed: " + strings.Join(ls, ", ")
}

// Label is a source's link text: its short name, and "named but not
// linked" where its address is not the article's (or there is none).
func (s Source) Label() string {
	if s.NotLinked != "" {
		return s.Short + " (named but not linked)"
	}
	return s.Short
}

// Tip describes a source for a link's title: title, publisher and date
// (or why there is none), and why it is not linked.
func (s Source) Tip() string {
	t := s.Title + " — " + s.Publisher
	switch {
	case s.Date != "" && s.DateNote != "":
		t += ", " + s.Date + " (" + s.DateNote + ")"
	case s.Date != "":
		t += ", " + s.Date
	case s.DateNote != "":
		t += ", undated: " + s.DateNote
	}
	if s.NotLinked != "" {
		t += ". Not linked: " + s.NotLinked
	}
	return t
}

// Badge is the unconfirmed badge's words for a line, "" for a confirmed
// one: "unconfirmed: single source".
func (l Line) Badge() string {
	return Unconfirmed(Cite{Unconfirmed: l.Unconfirmed, Reasons: l.Reasons})
}
