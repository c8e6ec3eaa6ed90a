package dom

import (
	"encoding/json"
	"testing"
)

func TestNode(t *testing.T) {
	a := El("p", "note", "Hi ", El("a", "", "there").Attr("href", "https://example.org/"), Text("!"))
	b := a.Attr("title", "x")
	if _, ok := a.Attrs["title"]; ok {
		t.Error("Attr changed the node it was called on")
	}
	if got := b.TextContent(); got != "Hi there!" {
		t.Errorf("TextContent %q", got)
	}
	if !b.HasClass("note") || b.HasClass("not") {
		t.Errorf("HasClass on %q", b.Attrs["class"])
	}
	links := b.Find(func(n Node) bool { return n.Tag == "a" })
	if len(links) != 1 || links[0].Attrs["href"] != "https://example.org/" {
		t.Errorf("Find: %+v", links)
	}
	raw, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"t":"p","a":{"class":"note","title":"x"},"x":"Hi ","k":[{"t":"a","a":{"href":"https://example.org/"},"x":"there"},{"x":"!"}]}`; string(raw) != want {
		t.Errorf("JSON %s\nwant %s", raw, want)
	}
}

func TestPct(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{{0, "0.00"}, {12.345, "12.35"}, {100, "100.00"}, {140, "100.00"}, {-3, "0.00"}} {
		if got := Pct(tc.v); got != tc.want {
			t.Errorf("Pct(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}
