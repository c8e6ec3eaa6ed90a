package view

import (
	"paxsilica/internal/dataset"
)

// Event is something the reader, the page or the embedding page asks of the
// explorer. Each kind is its own type with typed fields; Explorer.Apply
// carries them out.
type Event interface{ event() }

// Select selects the country with this ISO 3166-1 alpha-3 code; "" clears
// the selection (Escape, or paxsilica:select with null).
type Select struct{ Country string }

// Pick selects what a click, a tap or Enter found on the map: the arc with
// index Arc (of Explorer.Arcs), else the country with index Country (of the
// world), else nothing (-1 for either): a click on the sea clears.
type Pick struct{ Country, Arc int }

// SetMineral colours the map by mineral ID ("" for none).
type SetMineral struct{ ID string }

// SetLayer shows or hides one layer (urlstate.Layer…).
type SetLayer struct {
	Layer string
	On    bool
}

// SetView shows urlstate.ViewMap or urlstate.ViewNetwork.
type SetView struct{ View string }

// SetDate moves the timeline to Date (YYYY-MM-DD), "" for the latest.
type SetDate struct{ Date string }

// Search finds the country or mineral named Text.
type Search struct{ Text string }

// SetScenario shows the scenario "China cuts supply" (On) to Target (a
// urlstate target: TargetAll, TargetPaxSilica, TargetMSP or an alpha-3
// code; "" is TargetAll), or ends it (On false). Mineral, when set, also
// chooses the mineral.
type SetScenario struct {
	On              bool
	Target, Mineral string
}

// ScenarioPreset sets the scenario's target as China's export controls on
// the mineral stand at the timeline's date ("Today's controls").
type ScenarioPreset struct{}

// DatasetLoaded hands over the dataset, or the error that kept it out.
type DatasetLoaded struct {
	Data *dataset.Dataset
	Err  error
}

// FromHost is a command from the embedding page (postMessage): it is
// checked against the map and the dataset, ignored with a warning when it
// names something unknown, and answered by its event even when nothing
// changed.
type FromHost struct{ Event Event }

func (Select) event()         {}
func (Pick) event()           {}
func (SetMineral) event()     {}
func (SetLayer) event()       {}
func (SetView) event()        {}
func (SetDate) event()        {}
func (Search) event()         {}
func (SetScenario) event()    {}
func (ScenarioPreset) event() {}
func (DatasetLoaded) event()  {}
func (FromHost) event()       {}
