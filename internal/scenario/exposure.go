package scenario

import (
	"slices"

	"paxsilica/internal/dataset"
)

// Level is how exposed a country is in the scenario, for the map.
type Level int

// Levels, from not concerned to most exposed.
const (
	// Untouched: China keeps supplying this country (or it is China).
	Untouched Level = iota
	// NoData: targeted, but the dataset does not record China's share of
	// its imports of the mineral.
	NoData
	// Low: China supplies under 20% of its imports, or is not among the
	// import sources the dataset lists.
	Low
	// Medium: China supplies 20% to under 50% of its imports.
	Medium
	// High: China supplies 50% or more of its imports.
	High
)

// LevelOf classes China's share (%) of a country's imports.
func LevelOf(share float64) Level {
	switch {
	case share >= 50:
		return High
	case share >= 20:
		return Medium
	}
	return Low
}

// Exposure is one targeted country's exposure to the cut, from what the
// dataset records; nothing is estimated.
type Exposure struct {
	Country, Name string
	Level         Level
	// HasImports: the dataset lists sources of the country's imports of
	// the mineral. ChinaListed: China is among them, with ChinaShare (%)
	// over Period; Approximate where reported as "about".
	HasImports, ChinaListed, Approximate bool
	ChinaShare                           float64
	Period                               string
	// Imports are the listed import ties, largest share first.
	Imports []dataset.Tie
	// Reliance is the US net import reliance as USGS prints it (USA only).
	Reliance    string
	Sources     []string
	Unconfirmed bool
}

// exposures lists the targets' exposures: for a country target, that
// country; for a group, every member with import data or, for the United
// States, net import reliance (members without are left to the caller to
// name as having none).
func exposures(d *dataset.Dataset, r *Result) []Exposure {
	imports := map[string][]dataset.Tie{}
	var order []string
	// The import shares of the edition that applies at the date.
	for _, i := range d.ImportsAt(r.At) {
		t := d.Ties[i]
		if t.Mineral != r.Mineral.ID || !dataset.On(t.Date, r.At) || !r.Target.Includes(t.To) {
			continue
		}
		if _, ok := imports[t.To]; !ok {
			order = append(order, t.To)
		}
		imports[t.To] = append(imports[t.To], t)
	}
	if r.Mineral.USNetImportReliance != "" && r.Target.Includes("USA") && !slices.Contains(order, "USA") {
		order = append(order, "USA")
	}
	if len(r.Target.Countries) == 1 && !slices.Contains(order, r.Target.Countries[0]) {
		order = append(order, r.Target.Countries[0])
	}
	// The United States first, then by the order the dataset lists them.
	slices.SortStableFunc(order, func(a, b string) int {
		switch {
		case a == b:
			return 0
		case a == "USA":
			return -1
		case b == "USA":
			return 1
		}
		return 0
	})
	var out []Exposure
	for _, code := range order {
		e := Exposure{Country: code, Name: d.CountryName(code, code), Level: NoData}
		if r.Target.ID == code {
			e.Name = r.Target.Name
		}
		if code == "USA" && r.Mineral.USNetImportReliance != "" {
			e.Reliance = r.Mineral.USNetImportReliance
			e.Sources = appendNew(e.Sources, r.Mineral.Sources...)
		}
		ties := imports[code]
		slices.SortStableFunc(ties, func(a, b dataset.Tie) int {
			switch {
			case *a.Share > *b.Share:
				return -1
			case *a.Share < *b.Share:
				return 1
			}
			return 0
		})
		e.Imports = ties
		e.HasImports = len(ties) > 0
		for _, t := range ties {
			e.Sources = appendNew(e.Sources, t.Sources...)
			e.Unconfirmed = e.Unconfirmed || t.Unconfirmed
			if t.From == "CHN" {
				e.ChinaListed, e.ChinaShare, e.Period, e.Approximate = true, *t.Share, t.Period, t.Approximate
			}
		}
		switch {
		case e.ChinaListed:
			e.Level = LevelOf(e.ChinaShare)
		case e.HasImports:
			e.Level = Low
			e.Period = ties[0].Period
		}
		out = append(out, e)
	}
	return out
}

// Level returns code's exposure for the map: Untouched where China keeps
// supplying it (and for China), NoData for a target without import data.
func (r *Result) Level(code string) Level {
	if !r.Target.Includes(code) {
		return Untouched
	}
	for _, e := range r.Exposures {
		if e.Country == code {
			return e.Level
		}
	}
	return NoData
}

// IsFiller reports whether code is among the producers that could fill the gap.
func (r *Result) IsFiller(code string) bool { return slices.Contains(r.Fillers(), code) }
