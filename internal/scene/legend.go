package scene

import (
	"image/color"
	"strconv"

	"paxsilica/internal/dataset"
	"paxsilica/internal/i18n"
	"paxsilica/internal/style"
	"paxsilica/internal/style/scale"
	"paxsilica/internal/view/urlstate"
)

// LayerNames are the reader's words for the map's layers, as the layer
// switches, the legends and the captions say them.
var LayerNames = map[string]string{
	urlstate.LayerBlocs:      "Blocs (outlines)",
	urlstate.LayerImports:    "Import sources",
	urlstate.LayerAgreements: "US agreements",
	urlstate.LayerControls:   "Chinese export controls",
}

// LayerKeys are the catalog keys of LayerNames (the words in the
// reader's language).
var LayerKeys = map[string]string{
	urlstate.LayerBlocs:      "key.layer.blocs",
	urlstate.LayerImports:    "key.layer.imports",
	urlstate.LayerAgreements: "key.layer.agreements",
	urlstate.LayerControls:   "key.layer.controls",
}

// Mark is one entry of a legend: a swatch and its words.
type Mark struct {
	// Kind is the swatch's shape: "box" (a fill), "ring" (an outline) or
	// "line" (an arc).
	Kind   string
	Colour color.RGBA
	// Text is in English; Key, when set, is its catalog key, for the
	// reader's language.
	Text, Key string
}

// LayerMark is the swatch of a layer's switch: a ring in Pax Silica's
// colour for the blocs, a line in its ties' colour for the others.
func LayerMark(layer string) Mark {
	m := Mark{Kind: "line", Text: LayerNames[layer], Key: LayerKeys[layer]}
	switch layer {
	case urlstate.LayerBlocs:
		m.Kind, m.Colour = "ring", style.PaxSilica
	case urlstate.LayerImports:
		m.Colour = style.Ties[dataset.Import]
	case urlstate.LayerAgreements:
		m.Colour = style.Ties[dataset.Agreement]
	default:
		m.Colour = style.Ties[dataset.ExportControl]
	}
	return m
}

// ScaleMarks are the mineral scale's classes, light to dark, then the
// no-data grey.
func ScaleMarks() []Mark {
	var out []Mark
	for i, l := range scale.Labels() {
		out = append(out, Mark{Kind: "box", Colour: scale.Colours[i], Text: l})
	}
	return append(out, Mark{Kind: "box", Colour: scale.NoData, Text: "no recorded output", Key: "key.noOutput"})
}

// ScaleMarksIn is ScaleMarks with the open-ended classes in the words of
// loc ("under 1%", "50% and more"), as the figure's legend says them; the
// ranges between (1–5%) read the same in every language the explorer has.
func ScaleMarksIn(loc *i18n.Catalog) []Mark {
	ms := ScaleMarks()
	n := len(scale.Breaks)
	ms[0].Text = loc.F("figure.scale.under", "pct", loc.Percent(scale.Breaks[0]))
	ms[n].Text = loc.F("figure.scale.over", "pct", loc.Percent(scale.Breaks[n-1]))
	return ms
}

// BlocMarks are the bloc layer's outlines.
func BlocMarks() []Mark {
	return []Mark{
		{Kind: "ring", Colour: style.PaxSilica, Text: "Pax Silica signatory", Key: "key.paxSilica"},
		{Kind: "ring", Colour: style.MSP, Text: "MSP partner", Key: "key.msp"},
		{Kind: "ring", Colour: style.China, Text: "China", Key: "key.china"},
	}
}

// GroupMarks are the network view's groups.
func GroupMarks() []Mark {
	out := make([]Mark, len(GroupNames))
	for g, name := range GroupNames {
		out[g] = Mark{Kind: "box", Colour: style.Groups[g], Text: name, Key: "key.group." + strconv.Itoa(g)}
	}
	return out
}

// ArcLayerMarks are the marks of the arc layers that st shows.
func ArcLayerMarks(st urlstate.State) []Mark {
	var out []Mark
	for _, l := range urlstate.AllLayers[1:] {
		if st.LayerOn(l) {
			out = append(out, LayerMark(l))
		}
	}
	return out
}
