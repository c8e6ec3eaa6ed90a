package view

import (
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"paxsilica/internal/geo"
	"paxsilica/internal/i18n"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/scene"
	"paxsilica/internal/view/urlstate"
)

// TestEvents applies sequences of events and checks the state after them.
func TestEvents(t *testing.T) {
	for _, tc := range []struct {
		name     string
		start    urlstate.State
		events   []Event
		changed  bool
		country  string // selected country (and the URL's)
		mineral  string
		view     string
		date     string
		warnings int
	}{
		{name: "select", events: []Event{Select{Country: "JPN"}}, changed: true, country: "JPN"},
		{name: "select again changes nothing", start: urlstate.State{Country: "JPN"}, events: []Event{Select{Country: "JPN"}}, country: "JPN"},
		{name: "unknown code is ignored", start: urlstate.State{Country: "JPN"}, events: []Event{Select{Country: "XXA"}}, country: "JPN"},
		{name: "clear", start: urlstate.State{Country: "JPN"}, events: []Event{Select{}}, changed: true},
		{name: "click the sea", start: urlstate.State{Country: "JPN"}, events: []Event{Pick{Country: -1, Arc: -1}}, changed: true},
		{name: "mineral", events: []Event{SetMineral{ID: "gallium"}}, changed: true, mineral: "gallium"},
		{name: "unknown mineral", events: []Event{SetMineral{ID: "kryptonite"}}},
		{name: "mineral off", start: urlstate.State{Mineral: "gallium"}, events: []Event{SetMineral{}}, changed: true},
		{name: "network", events: []Event{SetView{View: urlstate.ViewNetwork}}, changed: true, view: urlstate.ViewNetwork},
		{name: "table", events: []Event{SetView{View: urlstate.ViewTable}}, changed: true, view: urlstate.ViewTable},
		{name: "map is the default", events: []Event{SetView{View: urlstate.ViewMap}}},
		{name: "date", events: []Event{SetDate{Date: "2025-01-02"}}, changed: true, date: "2025-01-02"},
		{name: "search a country", events: []Event{Search{Text: "japan"}}, changed: true, country: "JPN"},
		{name: "search a mineral", events: []Event{Search{Text: "Gallium"}}, changed: true, mineral: "gallium"},
		{name: "search nothing", start: urlstate.State{Country: "JPN"}, events: []Event{Search{Text: "Atlantis"}}, country: "JPN"},
		{name: "host selects", events: []Event{FromHost{Select{Country: "CHN"}}}, changed: true, country: "CHN"},
		{name: "host names no country", start: urlstate.State{Country: "JPN"}, events: []Event{FromHost{Select{Country: "XXA"}}}, country: "JPN", warnings: 1},
		{name: "host names no mineral", events: []Event{FromHost{SetMineral{ID: "kryptonite"}}}, warnings: 1},
		{name: "host clears", start: urlstate.State{Country: "JPN"}, events: []Event{FromHost{Select{}}}, changed: true},
		{name: "several at once", events: []Event{Select{Country: "USA"}, SetMineral{ID: "lithium"}, SetDate{Date: "2024-05-01"}}, changed: true, country: "USA", mineral: "lithium", date: "2024-05-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, r := newExplorer(t, tc.start, false)
			if got := e.Handle(tc.events...); got != tc.changed {
				t.Errorf("changed = %v, want %v", got, tc.changed)
			}
			st := e.State()
			if st.Country != tc.country || r.url.Country != tc.country {
				t.Errorf("country %q (URL %q), want %q", st.Country, r.url.Country, tc.country)
			}
			if sel := e.Selected(); (tc.country == "") != (sel < 0) || (sel >= 0 && sel != index(t, tc.country)) {
				t.Errorf("selected index %d for %q", sel, tc.country)
			}
			if st.Mineral != tc.mineral || st.View != tc.view || st.Date != tc.date {
				t.Errorf("mineral %q view %q date %q, want %q %q %q", st.Mineral, st.View, st.Date, tc.mineral, tc.view, tc.date)
			}
			if r.controls.Mineral != st.Mineral || r.controls.View != st.View {
				t.Errorf("the controls show %+v, the state is %+v", r.controls, st)
			}
			if len(r.warnings) != tc.warnings {
				t.Errorf("warnings %q, want %d", r.warnings, tc.warnings)
			}
		})
	}
}

// TestHostCommandsWaitForTheDataset: paxsilica:ready comes before the
// dataset, so a command from the embedding page that comes in between waits
// for it and is then applied, in order; with the dataset broken, commands
// apply at once (and one that needs the dataset is refused with a warning).
func TestHostCommandsWaitForTheDataset(t *testing.T) {
	for _, tc := range []struct {
		name     string
		events   []Event
		loaded   DatasetLoaded // nil Data and Err: not loaded
		mineral  string        // before the dataset, then after
		country  string
		held     int
		warnings int
	}{
		{name: "mineral waits", events: []Event{FromHost{SetMineral{ID: "gallium"}}}, mineral: "gallium", held: 1},
		{name: "in order", events: []Event{FromHost{SetMineral{ID: "gallium"}}, FromHost{Select{Country: "JPN"}}, FromHost{SetMineral{ID: "lithium"}}}, mineral: "lithium", country: "JPN", held: 3},
		{name: "unknown mineral still refused", events: []Event{FromHost{SetMineral{ID: "kryptonite"}}}, held: 1, warnings: 1},
		{name: "dataset broken", events: []Event{FromHost{SetMineral{ID: "gallium"}}, FromHost{Select{Country: "JPN"}}}, loaded: DatasetLoaded{Err: errors.New("broken")}, country: "JPN", warnings: 1},
		{name: "bounded", events: slices.Repeat([]Event{FromHost{Select{Country: "JPN"}}}, MaxHeldCommands+3), country: "JPN", held: MaxHeldCommands, warnings: 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, r := newExplorer(t, urlstate.State{}, true)
			broken := tc.loaded.Err != nil
			if broken {
				e.Handle(tc.loaded)
			}
			e.Handle(tc.events...)
			if !broken {
				if len(e.held) != tc.held || e.State().Mineral != "" || e.State().Country != "" {
					t.Errorf("before the dataset: %d held (want %d), state %+v changed", len(e.held), tc.held, e.State())
				}
				e.Handle(DatasetLoaded{Data: fixtures.Dataset(t)})
			}
			if st := e.State(); st.Mineral != tc.mineral || st.Country != tc.country {
				t.Errorf("mineral %q country %q, want %q %q", st.Mineral, st.Country, tc.mineral, tc.country)
			}
			if len(e.held) != 0 {
				t.Errorf("%d commands still held", len(e.held))
			}
			if len(r.warnings) != tc.warnings {
				t.Errorf("warnings %q, want %d", r.warnings, tc.warnings)
			}
		})
	}
}

func TestLayersAndArcs(t *testing.T) {
	e, r := newExplorer(t, urlstate.State{}, false)
	all, keys := len(e.Arcs()), r.keys
	if all == 0 || len(e.ControlsOnAll()) == 0 {
		t.Fatalf("%d arcs, %d controls on all with every layer on", all, len(e.ControlsOnAll()))
	}
	e.Handle(SetLayer{Layer: urlstate.LayerControls, On: false})
	if len(e.Arcs()) >= all || len(e.ControlsOnAll()) != 0 || r.keys != keys+1 {
		t.Errorf("controls off: %d arcs of %d, %d rings, legend shown %d times", len(e.Arcs()), all, len(e.ControlsOnAll()), r.keys-keys)
	}
	if slices.Contains(r.url.Layers, urlstate.LayerControls) {
		t.Errorf("URL layers %q still hold controls", r.url.Layers)
	}
	// A selection does not redo the arcs, the legend or the events.
	e.Handle(Select{Country: "JPN"})
	if r.keys != keys+1 {
		t.Errorf("a selection redid the legend")
	}
}

func TestPanel(t *testing.T) {
	arcTo := func(e *Explorer, to string) int {
		return slices.IndexFunc(e.Arcs(), func(a scene.Arc) bool { return a.To == to })
	}
	for _, tc := range []struct {
		name   string
		st     urlstate.State
		noData bool
		broken bool
		events func(e *Explorer) []Event
		title  string
		text   string // part of the text, or "" for a profile
	}{
		{name: "nothing", title: "No country selected", text: "Click a country"},
		{name: "country", st: urlstate.State{Country: "JPN"}, title: "Japan"},
		{name: "country before the dataset", st: urlstate.State{Country: "JPN"}, noData: true, title: "Japan", text: "Loading"},
		{name: "country, dataset broken", st: urlstate.State{Country: "JPN"}, noData: true, broken: true, title: "Japan", text: "could not be used"},
		{name: "mineral", st: urlstate.State{Mineral: "gallium"}, title: "Gallium"},
		{name: "country over mineral", st: urlstate.State{Country: "CHN", Mineral: "gallium"}, title: "China"},
		{name: "arc", events: func(e *Explorer) []Event { return []Event{Pick{Arc: arcTo(e, "UZB"), Country: -1}} }, title: "United States → Uzbekistan"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, r := newExplorer(t, tc.st, tc.noData)
			if tc.broken {
				e.Handle(DatasetLoaded{Err: errors.New("dataset: broken")})
			}
			if tc.events != nil {
				e.Handle(tc.events(e)...)
			}
			p := r.panel
			if p.Title != tc.title {
				t.Errorf("title %q, want %q", p.Title, tc.title)
			}
			if tc.text == "" && (p.Profile == nil || len(p.Profile.Sections) == 0) {
				t.Errorf("no profile: %+v", p)
			}
			if tc.text != "" && (p.Profile != nil || !strings.Contains(p.Text, tc.text)) {
				t.Errorf("text %q, want %q", p.Text, tc.text)
			}
		})
	}
}

func TestUnknownMineralInURLIsDroppedWithANotice(t *testing.T) {
	e, r := newExplorer(t, urlstate.State{Mineral: "kryptonite"}, false)
	if e.State().Mineral != "" || len(r.notices) != 1 || r.notices[0].Param != "mineral" {
		t.Errorf("mineral %q, notices %+v", e.State().Mineral, r.notices)
	}
	if r.listed == nil {
		t.Error("the dataset's controls were not filled")
	}
}

func TestHoverAndTooltip(t *testing.T) {
	e, r := newExplorer(t, urlstate.State{Mineral: "gallium"}, false)
	chn, bra := index(t, "CHN"), index(t, "BRA")
	at := geo.Point{X: 10, Y: 20}
	for _, tc := range []struct {
		name         string
		country, arc int
		at           geo.Point
		inside       bool
		changed      bool
		tip          string // part of the tooltip ("" hidden)
		shows        int    // ShowTooltip calls made
	}{
		{"China", chn, -1, at, true, true, "China — Gallium, 2025, USGS MCS 2026: 100% of world output (computed from USGS tonnage)", 1},
		{"still China", chn, -1, at, true, false, "China — Gallium, 2025, USGS MCS 2026: 100% of world output (computed from USGS tonnage)", 0},
		{"China, pointer moved", chn, -1, geo.Point{X: 11, Y: 20}, true, false, "China — Gallium, 2025, USGS MCS 2026: 100% of world output (computed from USGS tonnage)", 1},
		{"Brazil", bra, -1, at, true, true, "no recorded output", 1},
		{"arc", -1, 0, at, true, true, "Click for sources.", 1},
		{"off the map", chn, -1, at, false, true, "", 1},
	} {
		n := r.tips
		if got := e.Hover(tc.country, tc.arc, tc.at, tc.inside); got != tc.changed {
			t.Errorf("%s: changed %v, want %v", tc.name, got, tc.changed)
		}
		if r.tips-n != tc.shows || (tc.tip == "") != (r.tip == "") || !strings.Contains(r.tip, tc.tip) {
			t.Errorf("%s: tooltip %q after %d calls, want %q after %d", tc.name, r.tip, r.tips-n, tc.tip, tc.shows)
		}
	}
	// A click hides the tooltip.
	e.Hover(chn, -1, at, true)
	e.Handle(Pick{Country: chn, Arc: -1})
	if r.tip != "" {
		t.Errorf("tooltip %q after a click", r.tip)
	}
}

func TestTellParent(t *testing.T) {
	e, r := newExplorer(t, urlstate.State{Country: "JPN"}, false)
	e.Resized(1000)
	e.TellParent()
	if got := r.types(); !slices.Equal(got, []string{"paxsilica:resize", "embed-size"}) {
		t.Fatalf("before ready: posted %q", got)
	}
	r.posted = nil
	e.Ready(1000)
	e.TellParent()
	if got := r.types(); !slices.Equal(got, []string{"paxsilica:ready", "paxsilica:select", "paxsilica:view"}) {
		t.Fatalf("at ready: posted %q (the height is unchanged)", got)
	}
	if f := r.posted[1].Fields; f["country"] != "JPN" || f["name"] != "Japan" {
		t.Errorf("select %v", f)
	}
	if f := r.posted[2].Fields; f["view"] != "map" || f["mineral"] != nil || f["date"] != nil {
		t.Errorf("view %v", f)
	}
	for _, tc := range []struct {
		name  string
		ev    Event
		want  []string
		check func(Message) bool
	}{
		{"nothing changed", nil, nil, nil},
		{"reader clears", Select{}, []string{"paxsilica:select"}, func(m Message) bool { return m.Fields["country"] == nil && m.Fields["name"] == nil }},
		{"reader picks a mineral", SetMineral{ID: "gallium"}, []string{"paxsilica:view"}, func(m Message) bool { return m.Fields["mineral"] == "gallium" }},
		{"host asks what is shown", FromHost{SetMineral{ID: "gallium"}}, []string{"paxsilica:view"}, nil},
		{"host selects", FromHost{Select{Country: "CHN"}}, []string{"paxsilica:select"}, func(m Message) bool { return m.Fields["name"] == "China" }},
		{"host names no country: no answer", FromHost{Select{Country: "XXA"}}, nil, nil},
		{"host date", FromHost{SetDate{Date: "2025-03-01"}}, []string{"paxsilica:view"}, func(m Message) bool { return m.Fields["date"] == "2025-03-01" }},
	} {
		r.posted = nil
		if tc.ev != nil {
			e.Handle(tc.ev)
		}
		e.TellParent()
		if got := r.types(); !slices.Equal(got, tc.want) {
			t.Errorf("%s: posted %q, want %q", tc.name, got, tc.want)
		} else if tc.check != nil && !tc.check(r.posted[0]) {
			t.Errorf("%s: posted %v", tc.name, r.posted[0])
		}
	}
	r.posted = nil
	e.Resized(600)
	if got := r.types(); !slices.Equal(got, []string{"paxsilica:resize", "embed-size"}) || r.posted[0].Fields["height"] != Height(600) {
		t.Errorf("narrower: posted %v", r.posted)
	}
}

func TestAtAndCamera(t *testing.T) {
	e, r := newExplorer(t, urlstate.State{}, false)
	if e.At() != "2026-11-28" {
		t.Errorf("latest is %s, want today", e.At())
	}
	e.Handle(SetDate{Date: "2024-01-01"})
	if e.At() != "2024-01-01" {
		t.Errorf("At = %s", e.At())
	}
	e.SetCamera(110, 30, 2.5)
	if u := r.url; !u.HasCentre || u.Lon != 110 || u.Zoom != 2.5 {
		t.Errorf("URL %+v after the camera moved", u)
	}
	e.SetCamera(0, 0, 1)
	if r.url.HasCentre {
		t.Errorf("the whole world keeps a centre: %+v", r.url)
	}
}

// The view state told to the embedding page carries lang when the
// interface is not in English, and the explorer holds the catalog it got.
func TestLangInViewMessage(t *testing.T) {
	for _, tc := range []struct {
		name string
		st   urlstate.State
		hi   bool
		want any
	}{
		{"English", urlstate.State{}, false, nil},
		{"Hindi", urlstate.State{Lang: "hi"}, true, "hi"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var loc *i18n.Catalog
			if tc.hi {
				loc = hindi(t)
			}
			e, r := newExplorerIn(t, loc, tc.st, false)
			if e.Loc().English() == tc.hi {
				t.Errorf("Loc() is %q", e.Loc().Tag)
			}
			e.Ready(1000)
			e.TellParent()
			var view *Message
			for i := range r.posted {
				if r.posted[i].Type == "paxsilica:view" {
					view = &r.posted[i]
				}
			}
			if view == nil {
				t.Fatalf("no paxsilica:view in %v", r.posted)
			}
			if got, set := view.Fields["lang"]; got != tc.want || set != (tc.want != nil) {
				t.Errorf("lang = %v (set %v), want %v", got, set, tc.want)
			}
			if r.url.Lang != tc.st.Lang {
				t.Errorf("the URL's lang is %q, want %q", r.url.Lang, tc.st.Lang)
			}
		})
	}
}

// The arcs bundled for a selection are kept: selecting a country again
// draws the same arcs, and a change of the ties (the date) bundles anew.
func TestBundledArcsAreKeptPerSelection(t *testing.T) {
	e, _ := newExplorer(t, urlstate.State{}, false)
	e.Handle(Select{Country: "JPN"})
	jpn := e.Arcs()
	e.Handle(Select{Country: "IND"})
	if reflect.DeepEqual(jpn, e.Arcs()) {
		t.Fatal("Japan and India selected draw the same arcs: the selection's ties are not unbundled")
	}
	e.Handle(Select{Country: "JPN"})
	if &jpn[0] != &e.Arcs()[0] {
		t.Error("Japan selected again bundled its arcs again")
	}
	want := scene.Bundle(e.ties, e.world, scene.BundleOptions{Except: "JPN"})
	if !reflect.DeepEqual(e.Arcs(), want) {
		t.Error("the kept arcs are not those scene.Bundle makes for Japan")
	}
	e.Handle(SetDate{Date: "2025-06-01"})
	if len(e.bundled) != 0 {
		t.Errorf("after a new date %d selections' arcs are kept, want none until the arcs are asked for", len(e.bundled))
	}
	// A selection bundles nothing: the frame that draws the arcs does.
	e.Handle(Select{Country: "IND"})
	if len(e.bundled) != 0 {
		t.Errorf("selecting India bundled arcs before they were asked for")
	}
	if e.Arcs(); len(e.bundled) != 1 || e.bundled["IND"] == nil {
		t.Errorf("the arcs asked for with India selected: %d selections kept, want India's", len(e.bundled))
	}
	for i := range MaxBundled + 5 {
		e.bundle(strconv.Itoa(i))
	}
	if len(e.bundled) > MaxBundled {
		t.Errorf("%d selections' arcs kept, more than %d", len(e.bundled), MaxBundled)
	}
}

// WarmUp composes the panel a selection would show without changing the
// state or asking anything of the page.
func TestWarmUpChangesNothing(t *testing.T) {
	for _, tc := range []struct {
		name   string
		st     urlstate.State
		noData bool
		code   string
		title  string // "" for an empty panel
	}{
		{name: "nothing selected", code: "CHN", title: "China"},
		{name: "another selected", st: urlstate.State{Country: "JPN", Mineral: "gallium"}, code: "BRA", title: "Brazil"},
		{name: "the same selected", st: urlstate.State{Country: "BRA"}, code: "BRA", title: "Brazil"},
		{name: "in the network, a date chosen", st: urlstate.State{View: urlstate.ViewNetwork, Date: "2025-06-01"}, code: "USA", title: "United States"},
		{name: "unknown code", code: "ZZZ"},
		{name: "no dataset yet", noData: true, code: "CHN"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, r := newExplorer(t, tc.st, tc.noData)
			st, sel, arcs := e.State(), e.Selected(), e.Arcs()
			before := *r
			p := e.WarmUp(tc.code)
			if p.Title != tc.title {
				t.Errorf("warm-up panel titled %q, want %q", p.Title, tc.title)
			}
			if !reflect.DeepEqual(e.State(), st) || e.Selected() != sel || !reflect.DeepEqual(e.Arcs(), arcs) {
				t.Error("WarmUp changed the state")
			}
			if !reflect.DeepEqual(*r, before) {
				t.Error("WarmUp asked something of the page")
			}
			if tc.title == "" {
				return
			}
			e.Handle(Select{Country: tc.code})
			if !reflect.DeepEqual(r.panel, p) {
				t.Errorf("the selection shows %q, not the panel WarmUp composed", r.panel.Title)
			}
		})
	}
}
