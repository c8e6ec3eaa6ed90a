package scenario

import (
	"sort"

	"paxsilica/internal/dataset"
)

// Concentration measures how concentrated a supply is, over the producers
// the source names (so both figures are lower bounds where it names only
// the leading ones).
type Concentration struct {
	// Top3 is the combined share (%) of the three largest producers.
	Top3 float64
	// HHI is the Herfindahl–Hirschman index, Σ share², 0–10,000.
	HHI float64
	// Known is false where no share is known.
	Known bool
}

// todayConcentration is the concentration of world output today, as the
// mineral panel gives it.
func todayConcentration(d *dataset.Dataset, m *dataset.Mineral, at string) Concentration {
	st := d.MineralStats(m, at)
	return Concentration{Top3: st.Top3, HHI: st.HHI, Known: st.Known}
}

// afterConcentration is the concentration of the supply left without China:
// each supplier's share of what remains. What remains is Available, or the
// named suppliers' total where that is larger (sources that do not add up).
// Where China is not named, removing it changes nothing the dataset can
// measure, and the result is today's.
func afterConcentration(r *Result) Concentration {
	if r.AtLeast {
		return r.Today
	}
	if !r.AvailableKnown {
		return Concentration{}
	}
	total := max(r.Available, r.Listed)
	if total <= 0 || r.Listed <= 0 {
		return Concentration{}
	}
	var shares []float64
	for _, s := range r.Suppliers {
		if s.HasShare {
			shares = append(shares, s.Share/total*100)
		}
	}
	return concentration(shares)
}

// concentration computes Top3 and HHI of shares (percentages).
func concentration(shares []float64) Concentration {
	c := Concentration{Known: len(shares) > 0}
	sorted := append([]float64(nil), shares...)
	sort.Sort(sort.Reverse(sort.Float64Slice(sorted)))
	for i, s := range sorted {
		if i < 3 {
			c.Top3 += s
		}
		c.HHI += s * s
	}
	return c
}
