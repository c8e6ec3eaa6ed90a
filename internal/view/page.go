package view

import (
	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/view/urlstate"
)

// Page is what the explorer asks of the page around the map. The browser
// program (wasm/) does it with the DOM, filling text with textContent only;
// tests record the calls.
type Page interface {
	// ShowPanel fills the details panel.
	ShowPanel(Panel)
	// ShowKey shows what depends on the date, layers, mineral and view but
	// not on the selection: the legend and the events around date at. It
	// is called only when one of those changed.
	// sc, when not nil, is the scenario's legend, which replaces the
	// mineral's and the layers' on the map.
	ShowKey(ds *dataset.Dataset, st urlstate.State, at string, sc *ScenarioLegend)
	// ShowControls makes the toolbar's controls show st.
	ShowControls(st urlstate.State, ds *dataset.Dataset)
	// ListDataset fills the controls that list the dataset: the mineral
	// picker, the search suggestions, the timeline's range.
	ListDataset(ds *dataset.Dataset)
	// WriteURL records st in the page's address.
	WriteURL(st urlstate.State)
	// Notice adds a notice about the URL or the dataset to the panel.
	Notice(urlstate.Notice)
	// ScenarioStatus says, beside the scenario control, what its preset did
	// or why it did nothing ("": nothing to say).
	ScenarioStatus(msg string)
	// SearchStatus says, next to the search box, what a search found ("":
	// nothing to say).
	SearchStatus(msg string)
	// ShowTooltip shows text near at (CSS px); "" hides the tooltip.
	ShowTooltip(text string, at geo.Point)
	// Warn reports an ignored command on the console.
	Warn(msg string)
	// Post sends a message to the embedding page.
	Post(Message)
}
