package e2e

import (
	"fmt"
	"testing"
)

// TestPanelBuilderMakesNoMarkupFromData: the builder the panel is made with
// (paxsilicaBoot.build) sets text as text, refuses tags and attributes
// outside its lists and leaves out links outside the link rule, so nothing
// in a dataset can become markup.
func TestPanelBuilderMakesNoMarkupFromData(t *testing.T) {
	t.Parallel()
	ctx := newTab(t, viewportW, viewportH)
	openExplorer(t, ctx, "")
	for _, tc := range []struct {
		name, spec string
		ok         bool
		tree       string
	}{
		{"text stays text", `[{"t":"span","x":"<b>bold</b>"}]`, true, `SPAN("<b>bold</b>")`},
		{"link with title", `[{"t":"a","a":{"href":"https://usgs.gov/","title":"USGS"},"x":"USGS"}]`, true, `A[href=https://usgs.gov/ title=USGS]("USGS")`},
		{"text node", `[{"x":" "},{"t":"li","k":[{"t":"span","a":{"class":"src"}}]}]`, true, `" " LI(SPAN[class=src]())`},
		{"script tag", `[{"t":"script","x":"alert(1)"}]`, false, ""},
		{"event handler", `[{"t":"span","a":{"onclick":"alert(1)"}}]`, false, ""},
		// A link the link rule (internal/weburl) refuses is data, not a
		// program error: the href is left out and the text kept.
		{"javascript link left out", `[{"t":"a","a":{"href":"javascript:alert(1)"},"x":"x"}]`, true, `A("x")`},
		{"upper-case javascript left out", `[{"t":"a","a":{"href":"JAVASCRIPT:alert(1)"}}]`, true, `A()`},
		{"upper-case scheme kept", `[{"t":"a","a":{"href":"HTTPS://usgs.gov/"}}]`, true, `A[href=HTTPS://usgs.gov/]()`},
		{"null is no nodes", `null`, true, ``},
		{"bar length", `[{"t":"span","a":{"data-w":"42.50"}}]`, true, `SPAN[data-w=42.50 style=width: 42.5%;]()`},
		{"tick place", `[{"t":"button","a":{"data-x":"100"}}]`, true, `BUTTON[data-x=100 style=left: 100%;]()`},
		{"style smuggled in a length", `[{"t":"span","a":{"data-w":"5%;background:url(https://x/)"}}]`, false, ""},
		{"length above 100", `[{"t":"span","a":{"data-w":"101"}}]`, false, ""},
		{"style attribute", `[{"t":"span","a":{"style":"color:red"}}]`, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r struct {
				Tree, Err string
			}
			eval(t, ctx, fmt.Sprintf(`(() => {
			  // The built nodes, described: TAG[attributes](children), "text".
			  const show = n => n.nodeType === 3 ? JSON.stringify(n.data) : n.nodeName +
			    (n.attributes.length ? "[" + Array.from(n.attributes).map(a => a.name + "=" + a.value).join(" ") + "]" : "") +
			    "(" + Array.from(n.childNodes).map(show).join(" ") + ")";
			  try { return {tree: Array.from(paxsilicaBoot.build(%q).childNodes).map(show).join(" ")}; }
			  catch (e) { return {err: String(e)}; } })()`, tc.spec), &r)
			if tc.ok && (r.Err != "" || r.Tree != tc.tree) {
				t.Errorf("built %s (error %q), want %s", r.Tree, r.Err, tc.tree)
			}
			if !tc.ok && r.Err == "" {
				t.Errorf("built %s, want a refusal", r.Tree)
			}
		})
	}
}
