package e2e

import (
	"fmt"
	"testing"
)

// TestPanelBuilderMakesNoMarkupFromData: the builder the panel is made with
// (paxsilicaBoot.build) sets text as text, and refuses tags, attributes and
// links outside its lists, so nothing in a dataset can become markup.
func TestPanelBuilderMakesNoMarkupFromData(t *testing.T) {
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "")
	for _, tc := range []struct {
		name, spec string
		ok         bool
		html       string
	}{
		{"text stays text", `[{"t":"span","x":"<b>bold</b>"}]`, true, `<span>&lt;b&gt;bold&lt;/b&gt;</span>`},
		{"link with title", `[{"t":"a","a":{"href":"https://usgs.gov/","title":"USGS"},"x":"USGS"}]`, true, `<a href="https://usgs.gov/" title="USGS">USGS</a>`},
		{"text node", `[{"x":" "},{"t":"li","k":[{"t":"span","a":{"class":"src"}}]}]`, true, ` <li><span class="src"></span></li>`},
		{"script tag", `[{"t":"script","x":"alert(1)"}]`, false, ""},
		{"event handler", `[{"t":"span","a":{"onclick":"alert(1)"}}]`, false, ""},
		{"javascript link", `[{"t":"a","a":{"href":"javascript:alert(1)"}}]`, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r struct {
				HTML, Err string
			}
			eval(t, ctx, fmt.Sprintf(`(() => { try { const d = document.createElement("div"); d.append(paxsilicaBoot.build(%q)); return {html: d.innerHTML}; } catch (e) { return {err: String(e)}; } })()`, tc.spec), &r)
			if tc.ok && (r.Err != "" || r.HTML != tc.html) {
				t.Errorf("built %q (error %q), want %q", r.HTML, r.Err, tc.html)
			}
			if !tc.ok && r.Err == "" {
				t.Errorf("built %q, want a refusal", r.HTML)
			}
		})
	}
}
