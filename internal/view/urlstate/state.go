// Package urlstate reads the explorer's view from the page URL's query and
// writes it back, so that any view can be shared as a link.
package urlstate

import (
	"fmt"
	"math"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"paxsilica/internal/i18n"
	"paxsilica/internal/isodate"
)

// Layers the map can show; AllLayers is also the default set.
const (
	LayerBlocs      = "blocs"
	LayerImports    = "imports"
	LayerAgreements = "agreements"
	LayerControls   = "controls"
)

// AllLayers lists the layers in display order.
var AllLayers = []string{LayerBlocs, LayerImports, LayerAgreements, LayerControls}

// Views.
const (
	ViewMap     = "map"
	ViewNetwork = "network"
	// ViewTable shows the view's data as tables (producers, ties, events).
	ViewTable = "table"
)

// MaxZoom is the deepest zoom the map allows (1 shows the whole world).
const MaxZoom = 40

// State is the part of the view kept in the URL. The zero State is the
// default view: world map, nothing selected, all layers, latest date.
type State struct {
	// Country is the selected country's ISO 3166-1 alpha-3 code, or "".
	Country string
	// Mineral is the mineral id the map is coloured by, or "".
	Mineral string
	// View is ViewMap, ViewNetwork or ViewTable ("" means map).
	View string
	// Layers shown; nil means the default (all). An empty non-nil slice
	// means none.
	Layers []string
	// Date is the timeline date (YYYY-MM-DD), or "" for the latest.
	Date string
	// Centre of the map (degrees) and zoom (1 = whole world; 0 means 1).
	Lon, Lat  float64
	HasCentre bool
	Zoom      float64
	// Scenario is ScenarioCut ("What if China cuts supply?") or "" for none.
	Scenario string
	// Target is who China stops supplying in the scenario: TargetAll,
	// TargetPaxSilica, TargetMSP or an alpha-3 code; "" means TargetAll.
	// It is kept only while a scenario is on.
	Target string
	// Lang is the language of the interface, a tag i18n.Supported knows
	// other than English ("hi"); "" means English. The page loads its
	// catalog; the explorer says its texts with it.
	Lang string
}

// Scenarios and their targets (stable URL values).
const (
	ScenarioCut     = "cut"
	TargetAll       = "all"
	TargetPaxSilica = "paxsilica"
	TargetMSP       = "msp"
)

// TargetGroups are the targets that name groups of countries.
var TargetGroups = []string{TargetAll, TargetPaxSilica, TargetMSP}

// ScenarioTarget returns the scenario's target, TargetAll when none is set.
func (s State) ScenarioTarget() string {
	if s.Target == "" {
		return TargetAll
	}
	return s.Target
}

// LayerOn reports whether layer l is shown.
func (s State) LayerOn(l string) bool {
	return s.Layers == nil || slices.Contains(s.Layers, l)
}

// WithLayer returns s with layer l switched on or off.
func (s State) WithLayer(l string, on bool) State {
	cur := s.Layers
	if cur == nil {
		cur = AllLayers
	}
	var out []string
	for _, x := range AllLayers {
		if (x == l && on) || (x != l && slices.Contains(cur, x)) {
			out = append(out, x)
		}
	}
	if out == nil {
		out = []string{}
	}
	s.Layers = out
	return s
}

// Notice tells the reader that part of the URL was not understood and what
// was done instead. The page shows it; nothing fails.
type Notice struct {
	Param, Value, Message string
	// Key is the catalog key of Message (notice.*), Args its placeholders'
	// names and values, for the reader's language; "" keeps Message.
	Key  string
	Args []string
}

// MaxNotices is the most notices Parse returns; past it the last one says
// how many more parameters were not understood. A URL of 500 junk
// parameters once made a list of 500 items.
const MaxNotices = 10

// moreParam marks the notice that sums up those past MaxNotices.
const moreParam = "\x00more"

// maxShown is how much of a parameter's name or value a notice quotes.
const maxShown = 60

// String is the notice as the page shows it, quoting at most maxShown
// characters of the parameter and its value.
func (n Notice) String() string {
	if n.Param == moreParam {
		return "URL parameters: " + n.Message
	}
	return fmt.Sprintf("URL parameter %s=%q: %s", clip(n.Param), clip(n.Value), n.Message)
}

// Text is the notice as the page shows it in the language of loc (String in
// English).
func (n Notice) Text(loc *i18n.Catalog) string {
	if loc.English() || n.Key == "" {
		return n.String()
	}
	msg := loc.F(n.Key, n.Args...)
	if n.Param == moreParam {
		return loc.F("notice.urlMore", "message", msg)
	}
	return loc.F("notice.url", "param", clip(n.Param), "value", strconv.Quote(clip(n.Value)), "message", msg)
}

// clip shortens s to maxShown characters, marking the cut.
func clip(s string) string {
	if r := []rune(s); len(r) > maxShown {
		return string(r[:maxShown-1]) + "…"
	}
	return s
}

// bound keeps the first MaxNotices-1 notices and sums up the rest in one.
func bound(notes []Notice) []Notice {
	if len(notes) <= MaxNotices {
		return notes
	}
	more := len(notes) - (MaxNotices - 1)
	return append(notes[:MaxNotices-1:MaxNotices-1], Notice{Param: moreParam, Message: fmt.Sprintf("%d more were not understood and are ignored", more),
		Key: "notice.more", Args: []string{"n", strconv.Itoa(more)}})
}

// Known reports whether a code or id exists.
type Known func(string) bool

// Checks are the lookups Parse validates against; a nil check accepts any
// well-formed value (the dataset may not have arrived yet).
type Checks struct {
	Country, Mineral Known
}

// Reserved are parameters other parts of the page read (embedding); Parse
// accepts them without a notice.
var Reserved = []string{"embed", "origin"}

// LangParam is the parameter that names the interface's language.
const LangParam = "lang"

// LangFallback reports whether notice n says that the language asked for
// is not offered (the explorer is then shown in English).
func (n Notice) LangFallback() bool { return n.Param == LangParam }

// Lang reads a lang value: "" for English (and for no value), the tag of a
// language the explorer offers (matched without regard to case), and ok
// false for one it does not offer.
func Lang(v string) (tag string, ok bool) {
	t := strings.ToLower(strings.TrimSpace(v))
	switch {
	case t == "" || t == "en":
		return "", true
	case i18n.Supported(t):
		return t, true
	}
	return "", false
}

var (
	mineralRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	alpha3RE  = regexp.MustCompile(`^[A-Z]{3}$`)
)

// Parse reads rawQuery (without the leading "?"). Codes are matched without
// regard to case. Unknown parameters and unknown or malformed values are
// reported as notices and otherwise ignored.
func Parse(rawQuery string, checks Checks) (State, []Notice) {
	var s State
	var notes []Notice
	q, err := url.ParseQuery(rawQuery)
	if err != nil {
		notes = append(notes, Notice{Param: "?", Value: rawQuery, Message: "the query is malformed (" + err.Error() + "); using what could be read",
			Key: "notice.malformed", Args: []string{"error", err.Error()}})
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	bad := func(k, v, msg, key string, args ...string) {
		notes = append(notes, Notice{Param: k, Value: v, Message: msg, Key: key, Args: args})
	}
	for _, k := range keys {
		v := q.Get(k)
		t := strings.TrimSpace(v)
		switch k {
		case "country":
			code := strings.ToUpper(t)
			switch {
			case code == "":
			case checks.Country == nil || !checks.Country(code):
				bad(k, v, "unknown country code, nothing selected", "notice.country")
			default:
				s.Country = code
			}
		case "mineral":
			id := strings.ToLower(t)
			switch {
			case id == "":
			case !mineralRE.MatchString(id) || (checks.Mineral != nil && !checks.Mineral(id)):
				bad(k, v, "unknown mineral, the map is not coloured by one", "notice.mineral")
			default:
				s.Mineral = id
			}
		case "view":
			switch strings.ToLower(t) {
			case "", ViewMap:
			case ViewNetwork, ViewTable:
				s.View = strings.ToLower(t)
			default:
				bad(k, v, "unknown view (map, network or table), showing the map", "notice.view")
			}
		case "layers":
			s.Layers = []string{}
			for _, l := range strings.Split(t, ",") {
				l = strings.ToLower(strings.TrimSpace(l))
				switch {
				case l == "":
				case slices.Contains(AllLayers, l):
					if !slices.Contains(s.Layers, l) {
						s.Layers = append(s.Layers, l)
					}
				default:
					bad(k, l, "unknown layer ("+strings.Join(AllLayers, ", ")+"), ignored", "notice.layer", "layers", strings.Join(AllLayers, ", "))
				}
			}
		case "date":
			if t == "" {
				break
			}
			if !isodate.Day(t) {
				bad(k, v, "not a date (YYYY-MM-DD), showing the latest", "notice.date")
			} else {
				s.Date = t
			}
		case "center":
			parts := strings.Split(t, ",")
			if t == "" {
				break
			}
			if len(parts) != 2 {
				bad(k, v, "not a centre (lon,lat), showing the whole world", "notice.centre")
				break
			}
			lon, e1 := strconv.ParseFloat(strings.TrimSpace(parts[0]), 64)
			lat, e2 := strconv.ParseFloat(strings.TrimSpace(parts[1]), 64)
			if e1 != nil || e2 != nil || math.Abs(lon) > 180 || math.Abs(lat) > 90 || math.IsNaN(lon) || math.IsNaN(lat) {
				bad(k, v, "not a centre (lon,lat in degrees), showing the whole world", "notice.centreDegrees")
				break
			}
			s.Lon, s.Lat, s.HasCentre = lon, lat, true
		case "zoom":
			if t == "" {
				break
			}
			z, err := strconv.ParseFloat(t, 64)
			if err != nil || math.IsNaN(z) || z < 1 || z > MaxZoom {
				bad(k, v, fmt.Sprintf("not a zoom between 1 and %d, showing the whole world", MaxZoom), "notice.zoom", "max", strconv.Itoa(MaxZoom))
				break
			}
			s.Zoom = z
		case "scenario":
			switch strings.ToLower(t) {
			case "":
			case ScenarioCut:
				s.Scenario = ScenarioCut
			default:
				bad(k, v, "unknown scenario (cut), no scenario shown", "notice.scenario")
			}
		case "target":
			id := strings.ToLower(t)
			code := strings.ToUpper(t)
			switch {
			case t == "":
			case slices.Contains(TargetGroups, id):
				s.Target = id
			case code == "CHN":
				bad(k, v, "China is the supplier in the scenario, not a target; using all", "notice.targetChina")
			case alpha3RE.MatchString(code) && (checks.Country == nil || checks.Country(code)):
				s.Target = code
			default:
				bad(k, v, "unknown target (all, paxsilica, msp or a country code), using all", "notice.target")
			}
		case LangParam:
			if tag, ok := Lang(v); ok {
				s.Lang = tag
			} else {
				bad(k, v, i18n.English().F("lang.fallback", "lang", clip(strings.TrimSpace(v))), "lang.fallback", "lang", clip(strings.TrimSpace(v)))
			}
		default:
			if !slices.Contains(Reserved, k) {
				bad(k, v, "unknown parameter, ignored", "notice.unknown")
			}
		}
	}
	if s.Scenario == "" && s.Target != "" {
		notes = append(notes, Notice{Param: "target", Value: s.Target, Message: "a target needs scenario=cut, ignored", Key: "notice.targetNeedsScenario"})
		s.Target = ""
	}
	if s.Target == TargetAll {
		s.Target = ""
	}
	return s, bound(notes)
}

// Query returns rawQuery with the parameters of s set (or removed when they
// are the default), keeping every other parameter as it was.
func (s State) Query(rawQuery string) string {
	q, _ := url.ParseQuery(rawQuery)
	set := func(k, v string) {
		if v == "" {
			q.Del(k)
		} else {
			q.Set(k, v)
		}
	}
	set("country", s.Country)
	set("mineral", s.Mineral)
	if s.View == ViewNetwork || s.View == ViewTable {
		set("view", s.View)
	} else {
		set("view", "")
	}
	switch {
	case s.Layers == nil || slices.Equal(sortedLayers(s.Layers), AllLayers):
		q.Del("layers")
	default:
		q["layers"] = []string{strings.Join(sortedLayers(s.Layers), ",")}
	}
	set("date", s.Date)
	if s.HasCentre && s.Zoom > 1 {
		set("center", strconv.FormatFloat(round(s.Lon, 2), 'f', -1, 64)+","+strconv.FormatFloat(round(s.Lat, 2), 'f', -1, 64))
		set("zoom", strconv.FormatFloat(round(s.Zoom, 2), 'f', -1, 64))
	} else {
		set("center", "")
		set("zoom", "")
	}
	if s.Scenario == ScenarioCut {
		set("scenario", ScenarioCut)
		set("target", s.ScenarioTarget())
	} else {
		set("scenario", "")
		set("target", "")
	}
	set(LangParam, s.Lang)
	return q.Encode()
}

// sortedLayers orders layers as AllLayers does.
func sortedLayers(ls []string) []string {
	var out []string
	for _, l := range AllLayers {
		if slices.Contains(ls, l) {
			out = append(out, l)
		}
	}
	if out == nil {
		out = []string{}
	}
	return out
}

func round(v float64, d int) float64 {
	p := math.Pow(10, float64(d))
	return math.Round(v*p) / p
}
