// Package scenario answers "what if China stops supplying X?" for one
// mineral: how much of world output stays available to the targets, who
// produces it, how concentrated it is, how exposed each target is and who
// could fill the gap. It reads only the dataset, so every figure it gives
// carries the sources of the records it came from; it imports neither
// Ebiten nor syscall/js.
package scenario

import (
	"fmt"
	"slices"
	"strings"

	"paxsilica/internal/dataset"
)

// Target ids other than ISO 3166-1 alpha-3 codes.
const (
	// All: China stops supplying every other country.
	All = "all"
	// PaxSilica: the signatories of the Pax Silica declaration at the date.
	PaxSilica = "paxsilica"
	// MSP: the partners of the Minerals Security Partnership and of FORGE,
	// its successor, at the date.
	MSP = "msp"
)

// Groups lists the target ids that name groups, in the order a picker shows them.
var Groups = []string{All, PaxSilica, MSP}

// Target is who China stops supplying, resolved at a date.
type Target struct {
	// ID is All, PaxSilica, MSP or an alpha-3 code.
	ID string
	// Name reads in a sentence: "every country but China", "Pax Silica
	// signatories", "the United States".
	Name string
	// Countries are the members at the date (for All: nil, meaning every
	// country but China).
	Countries []string
	// Sources back the membership (the blocs' records).
	Sources     []string
	Unconfirmed bool
}

// Includes reports whether China stops supplying code.
func (t Target) Includes(code string) bool {
	if code == "CHN" {
		return false
	}
	return t.ID == All || slices.Contains(t.Countries, code)
}

// blocsOf maps a group target to the dataset blocs it draws members from.
var blocsOf = map[string][]string{
	PaxSilica: {"pax-silica"},
	MSP:       {"msp", "forge"},
}

// NormaliseTarget returns id in canonical form ("USA", "paxsilica") and
// whether it is a target id at all: a group id, or a country code that
// known accepts (nil accepts any three letters). China is not a target.
func NormaliseTarget(id string, known func(string) bool) (string, bool) {
	id = strings.TrimSpace(id)
	if g := strings.ToLower(id); slices.Contains(Groups, g) {
		return g, true
	}
	code := strings.ToUpper(id)
	if len(code) != 3 || code == "CHN" || strings.Trim(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return "", false
	}
	if known != nil && !known(code) {
		return "", false
	}
	return code, true
}

// ResolveTarget returns the target id as of at (YYYY-MM-DD, or "" for the
// latest). A country the dataset does not list is named by name (the map's
// name for it), or by its code.
func ResolveTarget(d *dataset.Dataset, id, name, at string) (Target, error) {
	switch id {
	case All:
		return Target{ID: All, Name: "every country but China"}, nil
	case PaxSilica, MSP:
		t := Target{ID: id, Name: "Pax Silica signatories"}
		if id == MSP {
			t.Name = "MSP and FORGE partners"
		}
		for _, bid := range blocsOf[id] {
			b, ok := d.Bloc(bid)
			if !ok {
				continue
			}
			t.Sources = appendNew(t.Sources, b.Sources...)
			for _, m := range b.Members {
				if m.Country == "" || m.Country == "CHN" || slices.Contains(t.Countries, m.Country) {
					continue
				}
				if dataset.Signed(d.MemberStatus(bid, m.Country, at)) {
					t.Countries = append(t.Countries, m.Country)
					t.Sources = appendNew(t.Sources, m.Sources...)
					t.Unconfirmed = t.Unconfirmed || m.Unconfirmed
				}
			}
		}
		return t, nil
	}
	if id == "CHN" {
		return Target{}, fmt.Errorf("scenario: China is the supplier in this scenario, not a target")
	}
	if len(id) != 3 {
		return Target{}, fmt.Errorf("scenario: unknown target %q (all, paxsilica, msp or a country code)", id)
	}
	if name == "" {
		name = id
	}
	return Target{ID: id, Name: dataset.The(d.CountryName(id, name)), Countries: []string{id}}, nil
}

// appendNew appends the values of vs that s does not hold yet.
func appendNew(s []string, vs ...string) []string {
	for _, v := range vs {
		if !slices.Contains(s, v) {
			s = append(s, v)
		}
	}
	return s
}
