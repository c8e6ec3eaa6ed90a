package view

import (
	"fmt"
	"testing"
	"time"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/i18n"
	"paxsilica/internal/kit/fixtures"
	"paxsilica/internal/view/urlstate"
)

// recorder is a Page that remembers what it was asked to do.
type recorder struct {
	panel      Panel
	keys       int // ShowKey calls
	url        urlstate.State
	notices    []urlstate.Notice
	status     []string
	tip        string
	tipAt      geo.Point
	tips       int
	warnings   []string
	posted     []Message
	listed     *dataset.Dataset
	controls   urlstate.State
	legend     *ScenarioLegend
	scenStatus string
}

func (r *recorder) ShowPanel(p Panel) { r.panel = p }
func (r *recorder) ShowKey(_ *dataset.Dataset, _ urlstate.State, _ string, sc *ScenarioLegend) {
	r.keys++
	r.legend = sc
}
func (r *recorder) ScenarioStatus(msg string)                          { r.scenStatus = msg }
func (r *recorder) ShowControls(st urlstate.State, _ *dataset.Dataset) { r.controls = st }
func (r *recorder) ListDataset(ds *dataset.Dataset)                    { r.listed = ds }
func (r *recorder) WriteURL(st urlstate.State)                         { r.url = st }
func (r *recorder) Notice(n urlstate.Notice)                           { r.notices = append(r.notices, n) }
func (r *recorder) SearchStatus(msg string)                            { r.status = append(r.status, msg) }
func (r *recorder) Warn(msg string)                                    { r.warnings = append(r.warnings, msg) }
func (r *recorder) Post(m Message)                                     { r.posted = append(r.posted, m) }
func (r *recorder) ShowTooltip(text string, at geo.Point) {
	r.tip, r.tipAt, r.tips = text, at, r.tips+1
}
func (r *recorder) types() (out []string) {
	for _, m := range r.posted {
		out = append(out, m.Type)
	}
	return out
}

// today is the fixed "latest" date of the tests.
var today = time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)

// newExplorer returns an explorer of the real map and dataset, with the
// dataset loaded (unless noData) and st from the URL.
func newExplorer(t *testing.T, st urlstate.State, noData bool) (*Explorer, *recorder) {
	t.Helper()
	return newExplorerIn(t, nil, st, noData)
}

// newExplorerIn is newExplorer with the texts in catalog loc (nil: English).
func newExplorerIn(t *testing.T, loc *i18n.Catalog, st urlstate.State, noData bool) (*Explorer, *recorder) {
	t.Helper()
	r := &recorder{}
	e := NewIn(loc, fixtures.World(t), st, r, func() time.Time { return today })
	if !noData {
		e.Handle(DatasetLoaded{Data: fixtures.Dataset(t)})
	}
	return e, r
}

// index is country code's index in the world.
func index(t *testing.T, code string) int {
	t.Helper()
	i := fixtures.World(t).Index(code)
	if i < 0 {
		t.Fatalf("no %s on the map", code)
	}
	return i
}

func (m Message) String() string { return fmt.Sprintf("%s%v", m.Type, m.Fields) }

// hindi is the Hindi catalog as the page hands it to the explorer.
func hindi(t *testing.T) *i18n.Catalog { return fixtures.Catalog(t, "hi") }
