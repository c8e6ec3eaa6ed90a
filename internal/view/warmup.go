package view

import (
	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/view/urlstate"
)

// WarmUp runs what a click selecting country code runs (the event, the
// refresh, the panel's composition) on a copy of the explorer whose page
// takes everything and does nothing, and returns the panel the click would
// show. It bundles code's arcs too, kept for when code is selected. The
// explorer's state is unchanged and nothing is asked of its page.
//
// The browser compiles each function of the program the first time it is
// called, and each of those compilations cost from a tenth of a
// millisecond to several here: a visit's first click took several times
// longer than the next ones. The page calls WarmUp while idle, once the
// dataset is in, so that a reader's first click runs code already compiled.
func (e *Explorer) WarmUp(code string) Panel {
	i := e.world.Index(code)
	if i < 0 || e.data == nil {
		return Panel{}
	}
	e.bundle(code)
	var quiet quietPage
	c := *e
	c.page = &quiet
	if !c.Handle(Pick{Country: i, Arc: -1}) {
		c.refresh() // code is already selected: its panel as shown
	}
	return quiet.panel
}

// quietPage is a Page that keeps the panel it is shown and does nothing
// else: the page of WarmUp's copy of the explorer.
type quietPage struct{ panel Panel }

func (q *quietPage) ShowPanel(p Panel)                                               { q.panel = p }
func (*quietPage) ShowKey(*dataset.Dataset, urlstate.State, string, *ScenarioLegend) {}
func (*quietPage) ShowControls(urlstate.State, *dataset.Dataset)                     {}
func (*quietPage) ListDataset(*dataset.Dataset)                                      {}
func (*quietPage) WriteURL(urlstate.State)                                           {}
func (*quietPage) Notice(urlstate.Notice)                                            {}
func (*quietPage) ScenarioStatus(string)                                             {}
func (*quietPage) SearchStatus(string)                                               {}
func (*quietPage) ShowTooltip(string, geo.Point)                                     {}
func (*quietPage) Warn(string)                                                       {}
func (*quietPage) Post(Message)                                                      {}
