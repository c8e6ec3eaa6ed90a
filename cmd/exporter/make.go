// Command exporter is the explorer's download maker: a small Go program for
// the browser (GOOS=js GOARCH=wasm, no Ebiten) that the page loads only
// when the reader opens Download. Given the view in the page's query, it
// draws the map as a PNG figure with the same renderer as the poster
// (internal/poster), in the view's language when built with -tags shaping
// (lang=hi: the page's catalog, shaped Devanagari; exporter-shaping.wasm,
// fetched only for such a language), and composes the CSV tables (internal/export; their
// headers and cells stay machine English).
//
// main_js.go is the browser glue; this file is the logic, tested natively.
package main

import (
	"errors"
	"fmt"

	"paxsilica/internal/dataset"
	"paxsilica/internal/export"
	"paxsilica/internal/i18n"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/poster"
	"paxsilica/internal/view/urlstate"
)

// Kinds of download.
const (
	KindPNG       = "png"
	KindProducers = "producers"
	KindTies      = "ties"
	KindEvents    = "events"
	KindScenario  = "scenario"
)

// File is a download: its name, MIME type and bytes.
type File struct {
	Name, Type string
	Data       []byte
	// Title says what it holds (the PNG's title, the table's caption).
	Title string
}

// maker holds what every download needs.
type maker struct {
	world *mapdata.World
	data  *dataset.Dataset
	// catalog returns the texts of a language the view asks for (the
	// page's catalog, window.paxsilica.catalog); nil, or an error or
	// another language, draws the figure in English, as the page then
	// shows itself.
	catalog func(tag string) (*i18n.Catalog, error)
	// shaper sets a figure's words in a language other than English; nil
	// (the build without -tags shaping) draws every figure in English.
	shaper poster.Shaper
}

// loc is the catalog of the view's language: English unless the page
// holds the catalog of the language the view asks for.
func (m *maker) loc(st urlstate.State) *i18n.Catalog {
	if st.Lang == "" || m.catalog == nil || m.shaper == nil {
		return i18n.English()
	}
	if c, err := m.catalog(st.Lang); err == nil && c != nil && c.Tag == st.Lang {
		return c
	}
	return i18n.English()
}

func newMaker(geometry, data []byte) (*maker, error) {
	w, err := mapdata.Decode(geometry)
	if err != nil {
		return nil, fmt.Errorf("exporter: the map geometry: %w", err)
	}
	ds, err := dataset.Load(data)
	if err != nil {
		return nil, fmt.Errorf("exporter: %w", err)
	}
	return &maker{world: w, data: ds, shaper: shaper}, nil
}

// view reads the view from the page's query as the explorer does; what it
// does not understand is ignored, as the explorer ignores it.
func (m *maker) view(rawQuery string) urlstate.State {
	st, _ := urlstate.Parse(rawQuery, urlstate.Checks{
		Country: func(c string) bool { return m.world.Index(c) >= 0 },
		Mineral: func(id string) bool { _, ok := m.data.Mineral(id); return ok },
	})
	return st
}

// make builds the download of kind for the view in rawQuery; pageURL is
// printed on the figure, today is the date of the latest view.
func (m *maker) make(kind, rawQuery, pageURL, today string) (File, error) {
	st := m.view(rawQuery)
	at := st.Date
	if at == "" {
		at = today
	}
	var t export.Table
	var err error
	switch kind {
	case KindPNG:
		img, c := poster.Figure(m.world, m.data, poster.FigureOptions{At: at, View: st, URL: pageURL, Loc: m.loc(st), Shaper: m.shaper})
		b, err := poster.EncodeFigure(img, c, pageURL)
		if err != nil {
			return File{}, fmt.Errorf("exporter: %w", err)
		}
		return File{Name: figureName(st, at), Type: "image/png", Data: b, Title: c.Title}, nil
	case KindProducers:
		if st.Mineral == "" {
			return File{}, errors.New("exporter: choose a mineral first: the producers are those of the mineral shown")
		}
		t, err = export.Producers(i18n.English(), m.data, st.Mineral, st.Date)
	case KindTies:
		if st.Country == "" {
			return File{}, errors.New("exporter: select a country first: the ties are those of the selected country")
		}
		t, err = export.Ties(i18n.English(), m.data, st.Country, st.Date)
	case KindEvents:
		if st.Country != "" {
			t, err = export.Events(i18n.English(), m.data, st.Country, st.Date)
		} else {
			t, err = export.Events(i18n.English(), m.data, "", at)
		}
	case KindScenario:
		if st.Scenario != urlstate.ScenarioCut || st.Mineral == "" {
			return File{}, errors.New("exporter: choose a mineral and whom China cuts supply to first: the table is the scenario shown")
		}
		t, err = export.Scenario(i18n.English(), m.data, st.Mineral, st.ScenarioTarget(), at)
	default:
		return File{}, fmt.Errorf("exporter: unknown kind of download %q", kind)
	}
	if err != nil {
		return File{}, err
	}
	return File{Name: t.Name, Type: "text/csv;charset=utf-8", Data: t.CSV(), Title: t.Caption}, nil
}

// figureName names the PNG for its view: paxsilica-gallium-CHN-2026-01-10.png,
// paxsilica-gallium-cut-USA-2026-11-28.png for a scenario.
func figureName(st urlstate.State, at string) string {
	n := "paxsilica"
	if st.Mineral != "" {
		n += "-" + st.Mineral
		if st.Scenario == urlstate.ScenarioCut {
			n += "-cut-" + st.ScenarioTarget()
		}
	}
	if st.Country != "" {
		n += "-" + st.Country
	}
	return n + "-" + at + ".png"
}
