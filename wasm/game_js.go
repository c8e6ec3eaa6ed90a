package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/geo/projection"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/mapdata/hittest"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
	"paxsilica/internal/view/urlstate"
)

// settle is how long a view must stay still before the map is re-rendered
// sharp at the new scale; until then the cached image is moved and scaled.
const settle = 250 * time.Millisecond

// game is the Ebiten side of the explorer. Its view state is one
// urlstate.State (what the URL holds) plus a camera; everything drawn is
// derived from them.
type game struct {
	world *mapdata.World
	index *hittest.Index
	ui    *page

	data    *dataset.Dataset // nil until loaded, or when broken
	dataErr bool
	graph   *scene.Graph
	ties    []scene.Arc // an arc per tie (or pair), as scene.Arcs makes them
	arcs    []scene.Arc // what is drawn: ties with fans bundled
	onAll   []int       // export controls on all destinations, active at the date

	st       urlstate.State
	cam      projection.Camera
	selected int // country index, or -1
	selArc   int // arc index shown in the panel, or -1
	hover    int // country (or network node's country) under the pointer
	hoverArc int
	tipText  string    // the tooltip shown, "" when hidden
	tipPos   geo.Point // where it was placed (CSS px)

	w, h int     // screen size in device pixels
	dpr  float64 // device pixels per CSS pixel
	vp   geo.Rect
	fit  projection.Transform

	base     *ebiten.Image // countries, borders, blocs; re-rendered on change
	baseT    projection.Transform
	baseKey  string
	lastMove time.Time
	overlay  mesh
	scratch  mesh

	netT      float64 // 0 map … 1 network
	netTarget float64
	netStart  time.Time
	netFrom   float64

	labelsKey string
	frames    int
	ready     bool

	msg        *messenger
	sentSelect string // the last selection told to the parent ("-" for none yet)
	sentView   string // the last view, mineral and date told to the parent
	derivedKey string // what the arcs, events and legend were made for
	wantHeight int    // the last height asked of the parent
	answer     struct{ selection, view bool }
}

// clickNow applies a click at once, in the pointer event's own task, so the
// panel shows the country in the frame the click lands in, not the one
// after: the next Update would come a frame later, and the panel would show
// a frame after that. JavaScript runs one thing at a time, and the game loop
// is waiting for its animation frame meanwhile, so the state is not shared.
func (g *game) clickNow(at geo.Point) {
	if g.apply(event{kind: evClick, pos: at}) {
		g.stateChanged()
	}
	scheduleFrame()
}

func newGame(w *mapdata.World, ui *page, m *messenger) *game {
	return &game{world: w, index: hittest.New(w), ui: ui, hover: -1, hoverArc: -1,
		selected: -1, selArc: -1, dpr: 1, cam: projection.Home(w.Bounds), msg: m, sentSelect: "-"}
}

// at is the date the view shows: the timeline's, or today for the latest.
func (g *game) at() string {
	if g.st.Date != "" {
		return g.st.Date
	}
	return time.Now().UTC().Format("2006-01-02")
}

func (g *game) transform() projection.Transform { return g.cam.Transform(g.fit, g.vp) }

// pickOptions: countries too small to click are picked near their label
// point (style.PickTinyPx, style.PickRadius).
func (g *game) pickOptions() hittest.Options {
	return hittest.Options{TinyPx: style.PickTinyPx * g.dpr, RadiusPx: style.PickRadius * g.dpr}
}

// hasMarker: countries narrower than style.MarkerTinyPx get a marker.
func (g *game) hasMarker(i int, t projection.Transform) bool {
	return g.index.Tiny(i, t, hittest.Options{TinyPx: style.MarkerTinyPx * g.dpr})
}

// Layout is not called by Ebiten when LayoutF exists; it is here to satisfy
// ebiten.Game.
func (g *game) Layout(outsideW, outsideH int) (int, int) {
	w, h := g.LayoutF(float64(outsideW), float64(outsideH))
	return int(w), int(h)
}

// LayoutF is called every frame with the canvas size in CSS pixels and
// answers in device pixels, so that the map is crisp at any device pixel
// ratio. The map is fitted to the page's map area as it is laid out now:
// that area changes without the canvas changing (the toolbar wraps, the
// panel moves under the map, an embed's frame is resized), and a fit kept
// from an earlier layout draws the world where the page no longer shows it.
func (g *game) LayoutF(outsideW, outsideH float64) (float64, float64) {
	dpr := ebiten.Monitor().DeviceScaleFactor()
	w, h := int(math.Ceil(outsideW*dpr)), int(math.Ceil(outsideH*dpr))
	resized := w != g.w || h != g.h || dpr != g.dpr
	g.w, g.h, g.dpr = w, h, dpr
	if vp := g.viewport(); resized || vp != g.vp {
		g.refit(vp)
	}
	if resized {
		g.askHeight(outsideW)
	}
	return float64(w), float64(h)
}

// viewport is the page's map area in device pixels, or the whole screen if
// the page leaves the map no room.
func (g *game) viewport() geo.Rect {
	area := g.ui.mapArea() // CSS px
	vp := geo.Rect{
		Min: geo.Point{X: area.Min.X * g.dpr, Y: area.Min.Y * g.dpr},
		Max: geo.Point{X: area.Max.X * g.dpr, Y: area.Max.Y * g.dpr},
	}
	if vp.Dx() < 16 || vp.Dy() < 16 {
		vp = geo.Rect{Max: geo.Point{X: float64(g.w), Y: float64(g.h)}}
	}
	return vp
}

// refit fits the world into viewport vp; the camera keeps its centre and
// zoom.
func (g *game) refit(vp geo.Rect) {
	g.vp = vp
	g.fit = projection.Fit(g.world.Bounds, g.vp, 8*g.dpr)
	g.baseKey = "" // the base image must be re-rendered at the new size
	g.labelsKey = ""
	scheduleFrame()
}

func (g *game) Update() error {
	frameBegins()
	events, dx, dy, zooms := g.ui.drain()
	changed := false
	for _, ev := range events {
		if ev.fromHost && !g.hostCommandOK(ev) {
			continue
		}
		changed = g.apply(ev) || changed
		if ev.fromHost {
			g.answer.selection = g.answer.selection || ev.kind == evSelect || ev.kind == evClear
			g.answer.view = g.answer.view || ev.kind == evMineral || ev.kind == evView || ev.kind == evDate
		}
	}
	if dx != 0 || dy != 0 || len(zooms) > 0 {
		for _, z := range zooms {
			g.cam = g.cam.ZoomAt(g.fit, g.vp, geo.Point{X: z.at.X * g.dpr, Y: z.at.Y * g.dpr}, z.factor)
		}
		g.cam = g.cam.Pan(g.fit, dx*g.dpr, dy*g.dpr).Clamp(g.world.Bounds)
		g.viewMoved()
	}
	if g.netTarget > 0 && g.graph == nil && g.data != nil {
		// Laying out the network takes 70 ms in the browser: not at start-up
		// for a view most readers never open.
		g.graph = scene.Network(g.data)
	}
	if changed {
		g.stateChanged()
	}
	g.tellParent()
	g.updateHover()
	if !g.lastMove.IsZero() && time.Since(g.lastMove) >= settle && !g.ui.pointerDown() {
		g.lastMove = time.Time{}
		g.writeCamera()
		scheduleFrame()
	}
	if g.netT != g.netTarget {
		k := math.Min(1, float64(time.Since(g.netStart))/float64(500*time.Millisecond))
		g.netT = g.netFrom + (g.netTarget-g.netFrom)*k
		scheduleFrame()
	}
	return nil
}

// tellParent posts paxsilica:select and paxsilica:view when what they carry
// has changed, or when the parent asked.
func (g *game) tellParent() {
	if !g.ready {
		return
	}
	sel := g.st.Country
	if sel != g.sentSelect || g.answer.selection {
		var country, name any // null when nothing is selected
		if g.selected >= 0 {
			country, name = g.st.Country, g.world.Countries[g.selected].Name
		}
		g.msg.send("paxsilica:select", map[string]any{"country": country, "name": name})
		g.sentSelect = sel
	}
	view := g.st.View
	if view == "" {
		view = urlstate.ViewMap
	}
	key := view + "|" + g.st.Mineral + "|" + g.st.Date
	if key != g.sentView || g.answer.view {
		var mineral, date any
		if g.st.Mineral != "" {
			mineral = g.st.Mineral
		}
		if g.st.Date != "" {
			date = g.st.Date
		}
		g.msg.send("paxsilica:view", map[string]any{"view": view, "mineral": mineral, "date": date})
		g.sentView = key
	}
	g.answer.selection, g.answer.view = false, false
}

// askHeight tells the parent the height the explorer wants at this width
// (CSS pixels): the map's aspect plus the controls, within 400–650 px as
// embeds are commonly sized, more on narrow screens where the panel is
// under the map.
func (g *game) askHeight(width float64) {
	h := int(math.Round(math.Max(400, math.Min(650, width*0.5+170))))
	if width < 760 {
		h = int(math.Round(math.Max(480, math.Min(760, width*0.5+360))))
	}
	if h == g.wantHeight {
		return
	}
	g.wantHeight = h
	g.msg.send("paxsilica:resize", map[string]any{"height": h})
	g.msg.send("embed-size", map[string]any{"sentinel": "amp", "height": h})
}

// viewMoved notes a pan or zoom: the cached map is moved now and rendered
// sharp once the view has settled.
func (g *game) viewMoved() {
	g.lastMove = time.Now()
	g.ui.wakeAfter(int(settle/time.Millisecond) + 10)
	scheduleFrame()
}

// writeCamera stores the camera in the state and the URL.
func (g *game) writeCamera() {
	c := projection.EqualEarthInverse(g.cam.Centre)
	g.st.Lon, g.st.Lat, g.st.Zoom, g.st.HasCentre = c.X, c.Y, g.cam.Zoom, g.cam.Zoom > 1.001
	g.ui.writeURL(g.st)
}

// hostCommandOK checks a command from the embedding page against the map
// and the dataset: an unknown code is ignored with a warning, and gets no
// answer.
func (g *game) hostCommandOK(ev event) bool {
	switch {
	case ev.kind == evSelect && g.world.Index(ev.code) < 0:
		warn("ignored paxsilica:select: no country " + strconv.Quote(ev.code) + " on the map")
		return false
	case ev.kind == evMineral && ev.code != "" && (g.data == nil || !g.hasMineral(ev.code)):
		warn("ignored paxsilica:setMineral: no mineral " + strconv.Quote(ev.code) + " in the dataset")
		return false
	}
	return true
}

// apply carries out one event and reports whether the state changed.
func (g *game) apply(ev event) bool {
	switch ev.kind {
	case evClear:
		return g.selectCountry(-1)
	case evSelect:
		i := g.world.Index(ev.code)
		if i < 0 {
			return false
		}
		return g.selectCountry(i)
	case evClick:
		g.tipText = "" // hidden here; updateHover shows it again as before
		g.ui.showTooltip("", 0, 0)
		if a := g.arcAt(ev.pos); a >= 0 {
			g.selArc, g.selected = a, -1
			return true
		}
		return g.selectCountry(g.pick(ev.pos))
	case evEnter:
		c := g.vp.Center()
		c.X, c.Y = c.X/g.dpr, c.Y/g.dpr
		return g.selectCountry(g.pick(c))
	case evDataset:
		g.data, g.dataErr = ev.ds, ev.err != nil
		if g.data != nil {
			g.graph = nil // laid out when the network view is first shown
			g.ui.fillDatasetControls(g.data)
			if g.st.Mineral != "" {
				if _, ok := g.data.Mineral(g.st.Mineral); !ok {
					g.ui.addNotice(urlstate.Notice{Param: "mineral", Value: g.st.Mineral, Message: "no such mineral in the dataset, the map is not coloured by one"})
					g.st.Mineral = ""
				}
			}
		}
		return true
	case evReset:
		g.cam = projection.Home(g.world.Bounds)
		g.viewMoved()
	case evZoom:
		c := g.vp.Center()
		g.cam = g.cam.ZoomAt(g.fit, g.vp, c, ev.factor).Clamp(g.world.Bounds)
		g.viewMoved()
	case evMineral:
		if ev.code != "" && (g.data == nil || !g.hasMineral(ev.code)) {
			return false
		}
		g.st.Mineral, g.selArc = ev.code, -1
		return true
	case evLayer:
		g.st = g.st.WithLayer(ev.code, ev.on)
		return true
	case evView:
		return g.setView(ev.code)
	case evDate:
		g.st.Date = ev.code
		return true
	case evSearch:
		return g.search(ev.code)
	}
	return false
}

func (g *game) hasMineral(id string) bool {
	_, ok := g.data.Mineral(id)
	return ok
}

// setView switches between the map, the network (animating the change)
// and the table (shown over the map, which stays as it was).
func (g *game) setView(v string) bool {
	if v != urlstate.ViewNetwork && v != urlstate.ViewTable {
		v = ""
	}
	if v == g.st.View {
		return false
	}
	g.st.View = v
	g.netFrom, g.netStart = g.netT, time.Now()
	g.netTarget = 0
	if v == urlstate.ViewNetwork {
		g.netTarget = 1
	}
	return true
}

// search finds a country (by name or code) or a mineral (by name or id):
// an exact match first, else the only name that starts with the text. It
// says so when nothing, or too much, matches.
func (g *game) search(text string) bool {
	q := strings.ToLower(strings.TrimSpace(text))
	if q == "" {
		return false
	}
	type hit struct {
		country int
		mineral string
	}
	var exact, prefix []hit
	try := func(h hit, names ...string) {
		for _, n := range names {
			if n = strings.ToLower(n); n == q {
				exact = append(exact, h)
				return
			}
		}
		for _, n := range names {
			if strings.HasPrefix(strings.ToLower(n), q) {
				prefix = append(prefix, h)
				return
			}
		}
	}
	for i, c := range g.world.Countries {
		try(hit{country: i}, c.Name, c.Code)
	}
	if g.data != nil {
		for i := range g.data.Minerals {
			m := &g.data.Minerals[i]
			try(hit{country: -1, mineral: m.ID}, m.Label(), m.Name, m.ID)
		}
	}
	var h hit
	switch {
	case len(exact) > 0:
		h = exact[0]
	case len(prefix) == 1:
		h = prefix[0]
	case len(prefix) > 1:
		g.ui.searchStatus(strconv.Itoa(len(prefix)) + " names start with “" + text + "”: type more")
		return false
	default:
		g.ui.searchStatus("No country or mineral called “" + text + "”")
		return false
	}
	g.ui.searchStatus("")
	if h.mineral != "" {
		g.st.Mineral, g.selArc = h.mineral, -1
		return true
	}
	g.selectCountry(h.country)
	return true
}

// selectCountry selects country i (-1 clears) and reports a change.
func (g *game) selectCountry(i int) bool {
	if i == g.selected && g.selArc < 0 {
		return false
	}
	g.selected, g.selArc = i, -1
	g.st.Country = ""
	if i >= 0 {
		g.st.Country = g.world.Countries[i].Code
	}
	return true
}

// stateChanged brings everything derived from the state up to date: arcs,
// the panel, the controls, the legend, the URL.
func (g *game) stateChanged() {
	// Arcs, events and legend depend on the date, layers, mineral and view,
	// not on the selection: a click does not redo them (30 ms in the browser).
	key := fmt.Sprintf("%s|%p|%s|%s|", g.at(), g.data, g.st.Mineral, g.st.View)
	for _, l := range urlstate.AllLayers {
		if g.st.LayerOn(l) { // nil Layers means all of them: compare what is on
			key += l + ","
		}
	}
	if key != g.derivedKey {
		g.derivedKey = key
		if g.data != nil {
			g.ties = scene.Arcs(g.data, g.world, g.at(), g.st.LayerOn)
			g.onAll = nil
			if g.st.LayerOn(urlstate.LayerControls) {
				g.onAll = scene.ControlsOnAll(g.data, g.at())
			}
			g.ui.showEvents(g.data, g.at())
		}
		g.ui.showLegend(g.data, g.st)
	}
	// Fans of arcs are drawn as trunks, but the selection's own ties whole.
	g.arcs = scene.Bundle(g.ties, g.world, scene.BundleOptions{Except: g.st.Country})
	if g.selArc >= len(g.arcs) {
		g.selArc = -1
	}
	g.showDetails()
	g.ui.showTables(g.data, g.st, g.at())
	g.ui.showMapText(g.data, g.st, g.at())
	g.ui.syncControls(g.st, g.data)
	g.ui.writeURL(g.st)
	g.labelsKey = ""
	scheduleFrame()
}

// showDetails fills the panel: a clicked arc's ties, else the selected
// country, else the chosen mineral, else an introduction.
func (g *game) showDetails() {
	switch {
	case g.selArc >= 0 && g.data != nil:
		a := g.arcs[g.selArc]
		pr := dataset.Profile{}
		var lines []dataset.Line
		for _, ti := range a.Ties {
			lines = append(lines, g.data.TieLine(g.data.Ties[ti], g.at()))
		}
		pr.Sections = []dataset.Section{{Heading: tieHeading(a.Type), Lines: lines}}
		g.ui.showProfile(g.data, arcTitle(g.data, a), pr)
	case g.selected >= 0:
		c := &g.world.Countries[g.selected]
		switch {
		case g.data != nil:
			g.ui.showProfile(g.data, c.Name, g.data.CountryProfile(c.Code, c.Name, g.at(), g.st.Mineral))
		case g.dataErr:
			g.ui.showMessage(c.Name, "The dataset could not be used (see above), so there are no details to show.")
		default:
			g.ui.showMessage(c.Name, "Loading the dataset…")
		}
	case g.data != nil && g.st.Mineral != "":
		m, _ := g.data.Mineral(g.st.Mineral)
		g.ui.showProfile(g.data, m.Name, g.data.MineralProfile(m, g.at()))
	default:
		g.ui.showMessage("No country selected", "Click a country on the map to see its ties over critical minerals, or choose a mineral to colour the map by its producers.")
	}
}

// arcTitle names an arc's ends; a trunk's far end is its countries' count.
func arcTitle(ds *dataset.Dataset, a scene.Arc) string {
	name := func(code string) string {
		if code == "" {
			return strconv.Itoa(len(a.Ties)) + " ties"
		}
		return ds.CountryName(code, code)
	}
	return name(a.From) + " → " + name(a.To)
}

func tieHeading(t string) string {
	switch t {
	case dataset.Import:
		return "Import source"
	case dataset.Agreement:
		return "Agreements"
	case dataset.Corridor:
		return "Corridor"
	case dataset.ExportControl:
		return "Export controls"
	}
	return "Ties"
}
