// Package view is the explorer's state machine, free of the browser: what
// the reader sees selected, hovered and chosen (its URL state), what each
// event does to it, what the panel, the tooltip and the search box say, the
// texts of the Share dialog, and what is told to the embedding page and
// when. The browser program (wasm/) turns DOM events into Events, hands
// them to an Explorer, draws what it says, and does what it asks through
// the Page interface; plain `go test` covers the rest.
package view

import (
	"fmt"
	"strconv"
	"time"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/i18n"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/scene"
	"paxsilica/internal/view/urlstate"
)

// Explorer holds the explorer's state: the view (urlstate.State), the
// selection and the hover, the dataset, and what was last shown and told.
type Explorer struct {
	world *mapdata.World
	page  Page
	now   func() time.Time
	loc   *i18n.Catalog // the language every text is said in

	data    *dataset.Dataset // nil until loaded, or when broken
	dataErr bool
	// held are the embedding page's commands that came before the dataset
	// (paxsilica:ready comes at the first frame, the dataset just after):
	// they are applied, in order, once it is in.
	held []FromHost
	st   urlstate.State

	selected int // country index, or -1
	selArc   int // arc index shown in the panel, or -1
	hover    int // country under the pointer, or -1
	hoverArc int // arc under the pointer, or -1
	tipText  string
	tipPos   geo.Point

	ties       []scene.Arc // an arc per tie (or pair), as scene.Arcs makes them
	onAll      []int       // export controls on all destinations, active at the date
	derivedKey string      // what the arcs, legend and events were made for
	// bundled are the arcs drawn with each selected country ("" none) for
	// the ties of derivedKey, kept: a click on a country seen before does
	// not bundle again (scene.Bundle is most of a click's own work).
	bundled map[string][]scene.Arc

	scen scenarioState // the scenario shown, if any

	ready      bool
	sentSelect string // the selection last told to the parent ("-": none yet)
	sentView   string // the view, mineral and date last told to the parent
	answer     struct{ selection, view bool }
	wantHeight int // the height last asked of the parent
}

// MaxHeldCommands bounds the embedding page's commands kept while the
// dataset is still coming; more are ignored with a warning.
const MaxHeldCommands = 32

// New returns the explorer of world w showing st (read from the URL), which
// acts on page p; now gives the date of the latest view (time.Now if nil).
// It shows the initial state at once.
func New(w *mapdata.World, st urlstate.State, p Page, now func() time.Time) *Explorer {
	return NewIn(i18n.English(), w, st, p, now)
}

// NewIn is New with the texts said in catalog loc (English when nil).
func NewIn(loc *i18n.Catalog, w *mapdata.World, st urlstate.State, p Page, now func() time.Time) *Explorer {
	if now == nil {
		now = time.Now
	}
	if loc == nil {
		loc = i18n.English()
	}
	e := &Explorer{world: w, page: p, now: now, loc: loc, st: st, selected: w.Index(st.Country),
		selArc: -1, hover: -1, hoverArc: -1, sentSelect: "-"}
	e.refresh()
	return e
}

// Loc is the catalog the explorer's texts are said in (English unless the
// page gave another).
func (e *Explorer) Loc() *i18n.Catalog { return e.loc }

// State is the view as the URL holds it.
func (e *Explorer) State() urlstate.State { return e.st }

// Data is the dataset, nil until it has loaded (or when it is broken).
func (e *Explorer) Data() *dataset.Dataset { return e.data }

// Selected is the selected country's index in the world, or -1.
func (e *Explorer) Selected() int { return e.selected }

// SelectedArc is the index in Arcs of the arc shown in the panel, or -1.
func (e *Explorer) SelectedArc() int { return e.selArc }

// Hovered returns the country and the arc under the pointer (-1 for none).
func (e *Explorer) Hovered() (country, arc int) { return e.hover, e.hoverArc }

// Arcs are the ties drawn on the map for the date and layers, fans of them
// bundled into trunks except the selected country's. They are bundled when
// first asked for, by the frame that draws them, not in the click that
// selects the country (its details are painted first).
func (e *Explorer) Arcs() []scene.Arc { return e.bundle(e.st.Country) }

// ControlsOnAll are China's export controls on all destinations active at
// the date, when the controls layer is on (a ring around China).
func (e *Explorer) ControlsOnAll() []int { return e.onAll }

// At is the date the view shows: the timeline's, or today for the latest.
func (e *Explorer) At() string {
	if e.st.Date != "" {
		return e.st.Date
	}
	return e.now().UTC().Format(time.DateOnly)
}

// Handle applies events in order and, when any changed the state, brings
// everything shown up to date once. It reports whether the state changed.
func (e *Explorer) Handle(evs ...Event) bool {
	changed := false
	for _, ev := range evs {
		changed = e.apply(ev) || changed
	}
	if changed {
		e.refresh()
	}
	return changed
}

// apply carries out one event and reports whether the state changed.
func (e *Explorer) apply(ev Event) bool {
	switch ev := ev.(type) {
	case FromHost:
		if e.data == nil && !e.dataErr {
			if len(e.held) < MaxHeldCommands {
				e.held = append(e.held, ev)
			} else {
				e.page.Warn("ignored a command: " + strconv.Itoa(MaxHeldCommands) + " already wait for the dataset")
			}
			return false
		}
		if !e.hostCommandOK(ev.Event) {
			return false
		}
		if sc, ok := ev.Event.(SetScenario); ok && !e.hostScenarioOK(sc) {
			return false
		}
		switch ev.Event.(type) {
		case Select:
			e.answer.selection = true
		case SetMineral, SetView, SetDate, SetScenario:
			e.answer.view = true
		}
		return e.apply(ev.Event)
	case Select:
		if ev.Country == "" {
			return e.selectCountry(-1)
		}
		i := e.world.Index(ev.Country)
		if i < 0 {
			return false
		}
		return e.selectCountry(i)
	case Pick:
		e.tipText = "" // hidden here; the next hover shows it again
		e.page.ShowTooltip("", geo.Point{})
		if ev.Arc >= 0 && ev.Arc < len(e.Arcs()) {
			// The URL keeps the country: the arc is shown over it, not instead.
			e.selArc, e.selected = ev.Arc, -1
			return true
		}
		return e.selectCountry(ev.Country)
	case DatasetLoaded:
		e.data, e.dataErr = ev.Data, ev.Err != nil
		if e.data != nil {
			e.page.ListDataset(e.data)
			if e.st.Mineral != "" && !e.hasMineral(e.st.Mineral) {
				e.page.Notice(urlstate.Notice{Param: "mineral", Value: e.st.Mineral, Message: "no such mineral in the dataset, the map is not coloured by one", Key: "notice.noMineral"})
				e.st.Mineral = ""
			}
		}
		held := e.held
		e.held = nil
		for _, h := range held {
			e.apply(h)
		}
		return true
	case SetMineral:
		if ev.ID != "" && !e.hasMineral(ev.ID) {
			return false
		}
		e.st.Mineral, e.selArc = ev.ID, -1
		return true
	case SetLayer:
		e.st = e.st.WithLayer(ev.Layer, ev.On)
		return true
	case SetView:
		v := ev.View
		if v != urlstate.ViewNetwork && v != urlstate.ViewTable {
			v = "" // the map
		}
		if v == e.st.View {
			return false
		}
		e.st.View = v
		return true
	case SetDate:
		e.st.Date = ev.Date
		return true
	case SetScenario:
		return e.setScenario(ev)
	case ScenarioPreset:
		return e.applyPreset()
	case Search:
		found, status := Find(e.loc, e.world, e.data, ev.Text)
		if status != "" || found.Ok() {
			e.page.SearchStatus(status)
		}
		switch {
		case found.Mineral != "":
			e.st.Mineral, e.selArc = found.Mineral, -1
			return true
		case found.Country >= 0:
			e.selectCountry(found.Country)
			return true
		}
	}
	return false
}

func (e *Explorer) hasMineral(id string) bool {
	if e.data == nil {
		return false
	}
	_, ok := e.data.Mineral(id)
	return ok
}

// hostCommandOK checks a command from the embedding page against the map
// and the dataset: one naming an unknown country or mineral is ignored with
// a warning, and gets no answer.
func (e *Explorer) hostCommandOK(ev Event) bool {
	switch ev := ev.(type) {
	case Select:
		if ev.Country != "" && e.world.Index(ev.Country) < 0 {
			e.page.Warn(fmt.Sprintf("ignored paxsilica:select: no country %q on the map", ev.Country))
			return false
		}
	case SetMineral:
		if ev.ID != "" && !e.hasMineral(ev.ID) {
			e.page.Warn(fmt.Sprintf("ignored paxsilica:setMineral: no mineral %q in the dataset", ev.ID))
			return false
		}
	}
	return true
}

// selectCountry selects country i (-1 clears) and reports a change.
func (e *Explorer) selectCountry(i int) bool {
	if i == e.selected && e.selArc < 0 {
		return false
	}
	e.selected, e.selArc = i, -1
	e.st.Country = ""
	if i >= 0 {
		e.st.Country = e.world.Countries[i].Code
	}
	return true
}

// refresh brings everything derived from the state up to date: the arcs,
// the legend and events (when what they depend on changed), the panel, the
// controls and the URL.
func (e *Explorer) refresh() {
	// Arcs, events and legend depend on the date, layers, mineral and view,
	// not on the selection: a click does not redo them (30 ms in the browser).
	at := e.At()
	e.updateScenario()
	key := fmt.Sprintf("%s|%p|%s|%s|%s|", at, e.data, e.st.Mineral, e.st.View, e.scen.key)
	for _, l := range urlstate.AllLayers {
		if e.st.LayerOn(l) { // nil Layers means all of them: compare what is on
			key += l + ","
		}
	}
	if key != e.derivedKey {
		e.derivedKey, e.bundled = key, nil
		if e.data != nil {
			// A scenario draws its own marks: the layers wait until it ends.
			layerOn := e.st.LayerOn
			if e.scen.r != nil {
				layerOn = func(string) bool { return false }
			}
			e.ties = scene.ArcsFor(e.data, e.world, at, e.st.Mineral, layerOn)
			e.onAll = nil
			if layerOn(urlstate.LayerControls) {
				e.onAll = scene.ControlsOnAll(e.data, at)
			}
		}
		var lg *ScenarioLegend
		if e.scen.r != nil {
			l := NewScenarioLegend(e.loc, e.scen.r)
			lg = &l
		}
		e.page.ShowKey(e.data, e.st, at, lg)
	}
	if e.selArc >= 0 && e.selArc >= len(e.Arcs()) {
		e.selArc = -1
	}
	e.page.ShowPanel(e.panel())
	e.page.ShowControls(e.st, e.data)
	e.page.WriteURL(e.st)
}

// MaxBundled bounds the selections whose bundled arcs are kept.
const MaxBundled = 64

// bundle returns the arcs drawn with country code selected: fans of arcs
// as trunks, but the selection's own ties whole.
func (e *Explorer) bundle(code string) []scene.Arc {
	if a, ok := e.bundled[code]; ok {
		return a
	}
	if e.bundled == nil || len(e.bundled) >= MaxBundled {
		e.bundled = make(map[string][]scene.Arc)
	}
	a := scene.Bundle(e.ties, e.world, scene.BundleOptions{Except: code})
	e.bundled[code] = a
	return a
}

// HoverFromPanel highlights country (-1 for none) for a bar of the panel's
// charts hovered or focused while the pointer is off the map: no tooltip.
// It reports whether the highlight changed.
func (e *Explorer) HoverFromPanel(country int) bool {
	changed := country != e.hover || e.hoverArc != -1
	e.hover, e.hoverArc = country, -1
	if e.tipText != "" {
		e.tipText = ""
		e.page.ShowTooltip("", e.tipPos)
	}
	return changed
}

// Hover notes what is under the pointer (country and arc, -1 for none) and
// where (CSS px; inside is false when the pointer is off the map or
// dragging), and shows or moves the tooltip when its text or place
// changes. It reports whether the hovered country or arc changed.
func (e *Explorer) Hover(country, arc int, at geo.Point, inside bool) bool {
	if !inside {
		country, arc = -1, -1
	}
	changed := country != e.hover || arc != e.hoverArc
	e.hover, e.hoverArc = country, arc
	text := tooltip(e.loc, e.world, e.data, e.Arcs(), e.st.Mineral, e.At(), country, arc)
	if r := e.scen.r; r != nil && arc < 0 && country >= 0 && country < len(e.world.Countries) {
		c := &e.world.Countries[country]
		text = r.Tip(e.loc, c.Code, e.loc.Country(c.Code, c.Name))
	}
	if text != e.tipText || (text != "" && at != e.tipPos) {
		e.tipText, e.tipPos = text, at
		e.page.ShowTooltip(text, at)
	}
	return changed
}

// SetCamera records the map's centre (degrees) and zoom in the URL once a
// pan or zoom has settled; zoom 1 (the whole world) keeps no centre.
func (e *Explorer) SetCamera(lon, lat, zoom float64) {
	e.st.Lon, e.st.Lat, e.st.Zoom, e.st.HasCentre = lon, lat, zoom, zoom > 1.001
	e.page.WriteURL(e.st)
}

// Ready tells the embedding page that the explorer is interactive, and the
// height it wants at width (CSS px).
func (e *Explorer) Ready(width float64) {
	e.ready = true
	e.page.Post(Message{Type: "paxsilica:ready", Fields: map[string]any{"version": Version}})
	e.Resized(width)
}

// Resized asks the embedding page for the height the explorer wants at
// width (CSS px), when it differs from the last asked.
func (e *Explorer) Resized(width float64) {
	h := Height(width)
	if h == e.wantHeight {
		return
	}
	e.wantHeight = h
	for _, m := range resizeMessages(h) {
		e.page.Post(m)
	}
}

// TellParent posts paxsilica:select and paxsilica:view, once the explorer
// is ready, when what they carry has changed or the parent asked.
func (e *Explorer) TellParent() {
	if !e.ready {
		return
	}
	if e.st.Country != e.sentSelect || e.answer.selection {
		var country, name any // null when nothing is selected
		if e.selected >= 0 {
			country, name = e.st.Country, e.world.Countries[e.selected].Name
		}
		e.page.Post(Message{Type: "paxsilica:select", Fields: map[string]any{"country": country, "name": name}})
		e.sentSelect = e.st.Country
	}
	v := e.st.View
	if v == "" {
		v = urlstate.ViewMap
	}
	if key := v + "|" + e.st.Mineral + "|" + e.st.Date + "|" + ScenarioValue(e.st) + "|" + e.st.Lang; key != e.sentView || e.answer.view {
		var mineral, date, scen, target any
		if e.st.Mineral != "" {
			mineral = e.st.Mineral
		}
		if e.st.Date != "" {
			date = e.st.Date
		}
		if e.st.Scenario != "" {
			scen, target = e.st.Scenario, e.st.ScenarioTarget()
		}
		fields := map[string]any{"view": v, "mineral": mineral, "date": date, "scenario": scen, "target": target}
		if e.st.Lang != "" {
			fields["lang"] = e.st.Lang // only when not English: English readers' messages are as they were
		}
		e.page.Post(Message{Type: "paxsilica:view", Fields: fields})
		e.sentView = key
	}
	e.answer.selection, e.answer.view = false, false
}
