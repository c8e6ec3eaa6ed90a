package style

import (
	"image/color"
	"os"
	"regexp"
	"strings"
	"testing"
)

// cssDecl is a custom property set to a colour: "--sea: #e8eff5".
var cssDecl = regexp.MustCompile(`(--[a-z-]+)\s*:\s*(#[0-9a-fA-F]{6})\b`)

// cssColours are the custom properties of app.css that are map colours: the
// page's background is the sea the map is drawn on (seen before the first
// frame and around the map area), and the focus outlines share the map's
// focus ring colour.
var cssColours = []struct {
	prop string
	want color.RGBA
}{
	{"--sea", Sea},
	{"--accent", Accent},
}

// cssProblems lists where a stylesheet's map colours differ from this
// package: a property missing or different, or a map colour written out
// instead of taken from its property.
func cssProblems(css string) []string {
	props := map[string]string{}
	for _, m := range cssDecl.FindAllStringSubmatch(css, -1) {
		props[m[1]] = strings.ToLower(m[2])
	}
	var out []string
	for _, c := range cssColours {
		got, ok := props[c.prop]
		switch {
		case !ok:
			out = append(out, "declares no "+c.prop)
		case got != Hex(c.want):
			out = append(out, c.prop+" is "+got+", internal/style has "+Hex(c.want))
		}
	}
	body := strings.ToLower(cssDecl.ReplaceAllString(css, ""))
	for _, c := range []color.RGBA{Sea, Land, Selected, MSP, China, PaxSilica} {
		if strings.Contains(body, Hex(c)) {
			out = append(out, "writes the map colour "+Hex(c)+" out instead of using var()")
		}
	}
	return out
}

// TestAppCSSMatches fails when app.css's map colours drift from this package.
func TestAppCSSMatches(t *testing.T) {
	b, err := os.ReadFile("../../assets/app.css")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range cssProblems(string(b)) {
		t.Error("assets/app.css " + p)
	}
}

// The check must be able to fail.
func TestCSSProblems(t *testing.T) {
	good := ":root { --sea: " + Hex(Sea) + "; --accent: " + Hex(Accent) + "; } body { background: var(--sea); }"
	for _, tc := range []struct {
		name, css string
		want      int
	}{
		{"in step", good, 0},
		{"sea drifted", strings.Replace(good, Hex(Sea), "#e8eff6", 1), 1},
		{"accent missing", strings.Replace(good, "--accent", "--other", 1), 1},
		{"colour written out", good + " #legend { border-color: " + Hex(MSP) + "; }", 1},
	} {
		if got := cssProblems(tc.css); len(got) != tc.want {
			t.Errorf("%s: %d problems %q, want %d", tc.name, len(got), got, tc.want)
		}
	}
}
