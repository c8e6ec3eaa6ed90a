package poster

import (
	"image"
	"image/color"
	"image/draw"
	"strings"

	"github.com/fogleman/gg"

	"paxsilica/internal/dataset"
	"paxsilica/internal/geo"
	"paxsilica/internal/i18n"
	"paxsilica/internal/mapdata"
	"paxsilica/internal/scenario"
	"paxsilica/internal/scene"
	"paxsilica/internal/style"
	"paxsilica/internal/style/scale"
	"paxsilica/internal/view/caption"
	"paxsilica/internal/view/urlstate"
)

// FigureOptions say what figure to draw.
type FigureOptions struct {
	// Width in pixels; the default (zero) is FigureWidth. Everything is
	// laid out in units of Width/1200, so 2400 is a 2× rendering of a
	// 1200-pixel figure.
	Width int
	// At is the date shown (YYYY-MM-DD).
	At string
	// View is what to draw (the zero value is the default view).
	View urlstate.State
	// URL is the address of the view in the explorer, printed at the foot.
	URL string
	// Loc is the language of the figure's words; nil is English.
	Loc *i18n.Catalog
	// Shaper sets the words of a language other than English (nil: such a
	// figure is drawn in English, as gg alone cannot shape its script).
	Shaper Shaper
}

// FigureWidth is the default figure width: print-sharp at 2× a 1200-pixel
// layout.
const FigureWidth = 2400

// figure colours: text and rules, from the page's palette.
var (
	ink   = style.SelEdge
	muted = color.RGBA{0x4b, 0x55, 0x63, 0xff}
	paper = color.RGBA{0xff, 0xff, 0xff, 0xff}
)

// Figure draws view o.View as a self-explaining figure: a title that says
// what it shows, the subtitle with the date and layers, the map, the legend,
// "Source: …" with the sources of what is drawn, and the view's address. It
// returns the image and its caption.
func Figure(w *mapdata.World, ds *dataset.Dataset, o FigureOptions) (image.Image, caption.Caption) {
	W := o.Width
	if W <= 0 {
		W = FigureWidth
	}
	k := float64(W) / 1200
	pad := 32 * k
	inner := float64(W) - 2*pad
	loc := o.Loc
	if loc == nil || o.Shaper == nil {
		loc = i18n.English()
	}
	cap := caption.Describe(loc, ds, o.View, o.At)

	ts := setter{}
	if !loc.English() {
		ts.shaper = o.Shaper
	}
	measure := gg.NewContext(1, 1)
	lines := func(text string, size float64, isBold bool) []string {
		return ts.wrap(measure, text, isBold, size, inner)
	}
	title := lines(cap.Title, 26*k, true)
	sub := lines(cap.Subtitle, 15*k, false)
	summary := lines(cap.Summary, 15*k, false)
	source := lines(sourceLine(loc, ds, cap.Sources, 6), 13*k, false)
	link := lines(strings.ReplaceAll(o.URL, "%2C", ","), 13*k, false) // "center=135,35" reads better
	legend := legendItems(loc, ds, o.View)

	mapH := inner * w.Bounds.Dy() / w.Bounds.Dx()
	lineH := func(size float64) float64 { return size * 1.35 }
	h := pad + float64(len(title))*lineH(26*k) + float64(len(sub))*lineH(15*k) + 12*k + mapH + 14*k
	legendRows := layoutLegend(ts, measure, legend, inner, k)
	h += float64(legendRows)*22*k + 8*k + float64(len(summary))*lineH(15*k) + 8*k +
		float64(len(source)+len(link))*lineH(13*k) + pad
	dc := gg.NewContext(W, int(h+0.5))
	dc.SetColor(paper)
	dc.Clear()

	y := pad
	text := func(ls []string, isBold bool, size float64, c color.Color) {
		ts.font(dc, isBold, size)
		dc.SetColor(c)
		for _, l := range ls {
			y += size
			ts.draw(dc, l, isBold, size, pad, y)
			y += lineH(size) - size
		}
	}
	text(title, true, 26*k, ink)
	text(sub, false, 15*k, muted)
	y += 12 * k
	mw, mh := int(inner+0.5), int(mapH+0.5)
	mc := gg.NewContext(mw, mh)
	drawMap(mc, geo.Rect{Max: geo.Point{X: float64(mw), Y: float64(mh)}}, w, ds, Options{PxPerCSS: k, At: o.At, View: o.View})
	at := image.Pt(int(pad+0.5), int(y+0.5))
	draw.Draw(dc.Image().(*image.RGBA), image.Rectangle{Min: at, Max: at.Add(image.Pt(mw, mh))}, mc.Image(), image.Point{}, draw.Src)
	y += mapH + 14*k
	dc.SetFontFace(face(false, 13*k))
	y = drawLegend(ts, dc, legend, pad, y, inner, k)
	y += 8 * k
	text(summary, false, 15*k, ink)
	y += 8 * k
	text(source, false, 13*k, muted)
	text(link, false, 13*k, muted)
	return dc.Image(), cap
}

// sourceLine is "Source: …" naming up to n sources by their short names,
// then how many more there are, and the map's geometry.
func sourceLine(loc *i18n.Catalog, ds *dataset.Dataset, ids []string, n int) string {
	var names []string
	seen := map[string]bool{}
	more := 0
	for _, id := range ids {
		name := id
		if ds != nil {
			if s, ok := ds.Sources[id]; ok {
				name = s.Short
			}
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		if len(names) == n {
			more++
			continue
		}
		names = append(names, name)
	}
	s := loc.T("figure.source")
	if len(names) > 0 {
		s += strings.Join(names, "; ")
		if more > 0 {
			s += loc.F("figure.source.more", "n", loc.Int(more))
		}
		s += ". "
	}
	return s + loc.T("figure.source.map")
}

// legendItem is one mark of the legend and its words.
type legendItem struct {
	kind   string // "box", "ring" or "line"
	colour color.RGBA
	text   string
	// x, row: where layoutLegend put it.
	x   float64
	row int
}

// legendItems lists the legend of view st: the mineral's classes, then the
// marks of the layers shown, then the selection.
func legendItems(loc *i18n.Catalog, ds *dataset.Dataset, st urlstate.State) []legendItem {
	var out []legendItem
	// add lists marks in the reader's words: the live legend's (the
	// mark's catalog key) where the mark has one, else words(i).
	add := func(ms []scene.Mark, words func(i int) string) {
		for i, m := range ms {
			text := m.Text
			switch {
			case loc.English():
			case m.Key != "":
				text = loc.T(m.Key)
			default:
				text = words(i)
			}
			out = append(out, legendItem{kind: m.Kind, colour: m.Colour, text: text})
		}
	}
	if ds != nil && st.Scenario == urlstate.ScenarioCut && hasMineral(ds, st.Mineral) {
		// The scenario's marks replace the choropleth and the layers, as
		// drawMap draws them.
		out = append(out, legendItem{kind: "label", text: loc.T("figure.legend.scenario")})
		for l := scenario.High; l >= scenario.Untouched; l-- {
			out = append(out, legendItem{kind: "box", colour: style.Exposure[l], text: scenario.LevelLabel(loc, l)})
		}
		out = append(out, legendItem{kind: "box", colour: style.China, text: loc.T("figure.legend.china")},
			legendItem{kind: "ring", colour: style.GapFiller, text: loc.T("figure.legend.fill")})
		st.Layers = []string{}
	} else if ds != nil {
		if _, ok := ds.Mineral(st.Mineral); ok {
			out = append(out, legendItem{kind: "label", text: loc.T("figure.legend.share")})
			marks := scene.ScaleMarks()
			add(marks, func(i int) string {
				switch {
				case i == 0:
					return loc.F("figure.scale.under", "pct", loc.Percent(scale.Breaks[0]))
				case i == len(scale.Breaks):
					return loc.F("figure.scale.over", "pct", loc.Percent(scale.Breaks[i-1]))
				}
				return marks[i].Text // a range of percentages: 1–5%
			})
		}
	}
	marksText := func(ms []scene.Mark) func(int) string { return func(i int) string { return ms[i].Text } }
	if st.LayerOn(urlstate.LayerBlocs) {
		ms := scene.BlocMarks()
		add(ms, marksText(ms))
	}
	arcs := scene.ArcLayerMarks(st)
	add(arcs, marksText(arcs))
	if st.LayerOn(urlstate.LayerControls) {
		out = append(out, legendItem{kind: "line", colour: fade(style.Ties[dataset.ExportControl], style.SuspendedOpacity), text: loc.T("figure.legend.suspended")})
	}
	if st.Country != "" {
		out = append(out, legendItem{kind: "sel", colour: style.SelEdge, text: loc.T("figure.legend.selected")})
	}
	return out
}

// fade blends c towards white as the live map's transparency shows it.
func fade(c color.RGBA, a float64) color.RGBA {
	mix := func(v uint8) uint8 { return uint8(float64(v)*a + 255*(1-a) + 0.5) }
	return color.RGBA{mix(c.R), mix(c.G), mix(c.B), 0xff}
}

// layoutLegend places the items in rows of width inner and returns the
// number of rows.
func layoutLegend(ts setter, dc *gg.Context, items []legendItem, inner, k float64) int {
	if len(items) == 0 {
		return 0
	}
	dc.SetFontFace(face(false, 13*k))
	x, row := 0.0, 0
	for i := range items {
		tw := ts.width(dc, items[i].text, false, 13*k)
		wd := tw + 28*k
		if items[i].kind == "label" {
			wd = tw + 10*k
		}
		if x > 0 && x+wd > inner {
			x, row = 0, row+1
		}
		items[i].x, items[i].row = x, row
		x += wd
	}
	return row + 1
}

// drawLegend draws the laid-out items from (x0, y) and returns the y below.
func drawLegend(ts setter, dc *gg.Context, items []legendItem, x0, y, inner, k float64) float64 {
	rows := layoutLegend(ts, dc, items, inner, k)
	dc.SetFontFace(face(false, 13*k))
	for _, it := range items {
		x, cy := x0+it.x, y+float64(it.row)*22*k+11*k
		tx := x + 22*k
		switch it.kind {
		case "label":
			tx = x
		case "box":
			dc.DrawRectangle(x, cy-7*k, 16*k, 14*k)
			dc.SetColor(it.colour)
			dc.FillPreserve()
			dc.SetColor(style.Marker)
			dc.SetLineWidth(0.5 * k)
			dc.Stroke()
		case "ring":
			dc.DrawRectangle(x+1.5*k, cy-6*k, 13*k, 12*k)
			dc.SetColor(it.colour)
			dc.SetLineWidth(2.5 * k)
			dc.Stroke()
		case "line":
			dc.DrawLine(x, cy, x+16*k, cy)
			dc.SetColor(it.colour)
			dc.SetLineWidth(3 * k)
			dc.Stroke()
		case "sel":
			dc.DrawRectangle(x+1*k, cy-6*k, 14*k, 12*k)
			dc.SetColor(style.Selected)
			dc.FillPreserve()
			dc.SetColor(it.colour)
			dc.SetLineWidth(2 * k)
			dc.Stroke()
		}
		dc.SetColor(ink)
		ts.drawMiddle(dc, it.text, 13*k, tx, cy)
	}
	return y + float64(rows)*22*k
}

func hasMineral(ds *dataset.Dataset, id string) bool {
	_, ok := ds.Mineral(id)
	return ok
}
