package scenario

import (
	"fmt"
	"sort"

	"paxsilica/internal/dataset"
)

// Cut is the scenario "China stops supplying the targets"; the URL's
// scenario=cut.
const Cut = "cut"

// Result is what the scenario shows for one mineral, target and date.
// Shares are percentages of world output as the dataset gives them (a
// share computed from tonnage is marked so on its supplier).
type Result struct {
	// Mineral is the mineral as of At: its Year, World, Producers, US net
	// import reliance and Cite are those of the series that applies then
	// (dataset.Mineral.At), not the latest.
	Mineral *dataset.Mineral
	// Series is that series (nil where the mineral has none).
	Series *dataset.Series
	Target Target
	// At is the date the scenario is read at ("" for the latest).
	At string

	// ChinaNamed: China is among the producers the source names.
	// ChinaKnown: and its share is published or computable.
	ChinaNamed, ChinaKnown bool
	// ChinaShare is China's share of world output (valid when ChinaKnown);
	// ChinaAmount its output in the mineral's unit, where published.
	ChinaShare  float64
	ChinaAmount *float64

	// Available is the share of world output that stays available to the
	// targets: 100 − China's share. AvailableKnown is false where China's
	// share is not known; AtLeast is true where China is not named, so
	// Available is only the named others (a lower bound).
	Available               float64
	AvailableKnown, AtLeast bool
	// AvailableAmount is world − China's output, in the unit, where both
	// are published.
	AvailableAmount *float64
	// Basis says what Available is measured against.
	Basis string
	// Rounded: China's share is computed from a world total rounded so
	// coarsely that China's output alone reaches it (gallium, 2025: 900,000
	// of 900,000 kg) while others are named with output. Available is then
	// the named others' output over the world total, and AvailableAmount
	// their tonnage, not world − China (which would read 0).
	Rounded bool

	// Suppliers are the producers other than China, largest share first
	// (those without a figure last, in the source's order).
	Suppliers []Supplier
	// Listed is the sum of the suppliers' shares. Unnamed is what the
	// source leaves to producers it does not name (Available − Listed when
	// positive); Overrun is by how much the named shares exceed Available
	// (sources that do not add up to 100).
	Listed, Unnamed, Overrun float64

	// Today is the concentration of world output; After that of what
	// remains without China.
	Today, After Concentration

	// Exposures are the targets' exposures, those with data first.
	Exposures []Exposure
	// Controls are China's controls on the mineral in force at the date.
	Controls []dataset.Tie

	// Unconfirmed is true when a figure used is flagged ⚠.
	Unconfirmed bool
	// Sources are every source the result rests on, without repeats.
	Sources []string
}

// Supplier is a producer other than China.
type Supplier struct {
	Country, Name string
	// Share of world output (valid when HasShare); Computed from tonnage.
	Share                                    float64
	HasShare, Computed, Approximate, AtLeast bool
	// Amount in the mineral's unit, or nil.
	Amount *float64
	// Blocs the country belongs to at the date (dataset bloc names), and
	// their ids.
	Blocs, BlocIDs []string
	// Targeted: China stops supplying this producer too.
	Targeted bool
}

// Compute runs the scenario for mineral, target (All, PaxSilica, MSP or an
// alpha-3 code; see NormaliseTarget) and at (YYYY-MM-DD or "" for the
// latest). name is the map's name for a target the dataset does not list.
func Compute(d *dataset.Dataset, mineral, target, name, at string) (*Result, error) {
	base, ok := d.Mineral(mineral)
	if !ok {
		return nil, fmt.Errorf("scenario: unknown mineral %q", mineral)
	}
	// The figures that apply at the timeline's date, not the latest.
	m := base.At(at)
	t, err := ResolveTarget(d, target, name, at)
	if err != nil {
		return nil, err
	}
	r := &Result{Mineral: m, Series: base.SeriesAt(at), Target: t, At: at, Basis: "world output minus China's share"}
	r.cite(m.Cite)
	r.Sources = appendNew(r.Sources, t.Sources...)
	r.Unconfirmed = r.Unconfirmed || t.Unconfirmed

	for _, p := range m.Producers {
		share, computed, has := m.Share(p)
		if p.Country == "CHN" {
			r.ChinaNamed, r.ChinaKnown, r.ChinaShare, r.ChinaAmount = true, has, share, p.Amount
			continue
		}
		s := Supplier{Country: p.Country, Name: d.CountryName(p.Country, p.Country), Share: share, HasShare: has,
			Computed: computed, Approximate: p.Approximate, AtLeast: p.AtLeast, Amount: p.Amount,
			Targeted: t.Includes(p.Country)}
		s.Blocs, s.BlocIDs = blocNames(d, p.Country, at)
		if has {
			r.Listed += share
		}
		r.Suppliers = append(r.Suppliers, s)
	}
	sort.SliceStable(r.Suppliers, func(i, j int) bool {
		a, b := r.Suppliers[i], r.Suppliers[j]
		if a.HasShare != b.HasShare {
			return a.HasShare
		}
		return a.Share > b.Share
	})

	switch {
	case r.ChinaKnown:
		r.AvailableKnown = true
		r.Available = max(0, 100-r.ChinaShare)
		if r.ChinaAmount != nil && m.World != nil {
			v := max(0, *m.World-*r.ChinaAmount)
			r.AvailableAmount = &v
		}
		switch d := r.Listed - r.Available; {
		case d > 0.05 && r.roundedWorld():
			// The world total is rounded: what the others are named with
			// is the better measure of what remains.
			r.Rounded, r.Available = true, r.Listed
			r.AvailableAmount = r.suppliersAmount()
		case d > 0.05:
			r.Overrun = d
		case d < -0.05:
			r.Unnamed = -d
		}
	case !r.ChinaNamed && r.Listed > 0:
		// China's share is at most what the source leaves unnamed.
		r.AvailableKnown, r.AtLeast, r.Available = true, true, r.Listed
		r.Basis = "the producers the source names; China is not among them"
	}
	r.Today = todayConcentration(d, m, at)
	r.After = afterConcentration(r)
	r.Exposures = exposures(d, r)
	for _, e := range r.Exposures {
		r.Sources = appendNew(r.Sources, e.Sources...)
		r.Unconfirmed = r.Unconfirmed || e.Unconfirmed
	}
	for _, c := range Controls(d, m.ID, at) {
		if c.To == dataset.All || t.Includes(c.To) {
			r.Controls = append(r.Controls, c)
		}
	}
	return r, nil
}

// roundedWorld reports whether China's output alone reaches the world
// total while every share is computed from tonnage against it: the world
// total is then rounded, and 100 − China's share (0) says nothing.
func (r *Result) roundedWorld() bool {
	if r.ChinaAmount == nil || r.Mineral.World == nil || *r.ChinaAmount < *r.Mineral.World {
		return false
	}
	for _, p := range r.Mineral.Producers {
		if _, computed, ok := r.Mineral.Share(p); ok && !computed {
			return false
		}
	}
	return true
}

// suppliersAmount is the suppliers' output in the unit, nil where one with
// a share has none.
func (r *Result) suppliersAmount() *float64 {
	var sum float64
	for _, s := range r.Suppliers {
		if s.HasShare && s.Amount == nil {
			return nil
		}
		if s.Amount != nil {
			sum += *s.Amount
		}
	}
	return &sum
}

// cite adds a record's sources and flag to the result.
func (r *Result) cite(c dataset.Cite) {
	r.Sources = appendNew(r.Sources, c.Sources...)
	r.Unconfirmed = r.Unconfirmed || c.Unconfirmed
}

// Fillers are the producers that could fill the gap: the suppliers with
// output, largest first.
func (r *Result) Fillers() []string {
	var out []string
	for _, s := range r.Suppliers {
		if (s.HasShare && s.Share > 0) || (!s.HasShare && s.Amount != nil && *s.Amount > 0) {
			out = append(out, s.Country)
		}
	}
	return out
}

// blocNames lists the blocs code belongs to at at, by name (not China's or
// the United States' own).
func blocNames(d *dataset.Dataset, code, at string) (names, ids []string) {
	for _, b := range d.Blocs {
		st := d.MemberStatus(b.ID, code, at)
		if st != dataset.Self && dataset.Signed(st) {
			names = append(names, b.Name)
			ids = append(ids, b.ID)
		}
	}
	return names, ids
}
