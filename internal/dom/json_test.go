package dom

import (
	"encoding/json"
	"reflect"
	"testing"
)

// AppendJSON's text reads back, with encoding/json, as the nodes it was
// made of.
func TestAppendJSON(t *testing.T) {
	for _, tc := range []struct {
		name  string
		nodes []Node
		want  string // the exact text, or "" to check only the round trip
	}{
		{name: "none", nodes: nil, want: `[]`},
		{name: "empty node", nodes: []Node{{}}, want: `[{}]`},
		{name: "text", nodes: []Node{Text("a")}, want: `[{"x":"a"}]`},
		{name: "attributes by name", nodes: []Node{El("a", "src", "USGS").Attr("href", "https://x.example/?a=1&b=2").Attr("rel", "noopener")},
			want: `[{"t":"a","a":{"class":"src","href":"https://x.example/?a=1&b=2","rel":"noopener"},"x":"USGS"}]`},
		{name: "kids", nodes: []Node{El("ul", "", "", El("li", "", "one"), El("li", "", "two"))},
			want: `[{"t":"ul","k":[{"t":"li","x":"one"},{"t":"li","x":"two"}]}]`},
		{name: "escapes", nodes: []Node{Text("\"q\" \\ tab\t nl\n cr\r bell\x07 <b>&amp;</b>")},
			want: `[{"x":"\"q\" \\ tab\t nl\n cr\r bell\u0007 <b>&amp;</b>"}]`},
		{name: "non-ASCII kept", nodes: []Node{El("p", "", "भारत → 中国 \u2028 ✓")}},
		{name: "invalid UTF-8", nodes: []Node{Text("a\xffb\xe2\x82")}, want: `[{"x":"a\ufffdb\ufffd\ufffd"}]`},
		{name: "attribute with empty value", nodes: []Node{El("details", "", "").Attr("open", "")}, want: `[{"t":"details","a":{"open":""}}]`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := AppendJSON(nil, tc.nodes)
			if tc.want != "" && string(got) != tc.want {
				t.Errorf("AppendJSON = %s\nwant          %s", got, tc.want)
			}
			var back []Node
			if err := json.Unmarshal(got, &back); err != nil {
				t.Fatalf("%s is not JSON: %v", got, err)
			}
			std, _ := json.Marshal(tc.nodes)
			var want []Node
			if err := json.Unmarshal(std, &want); err != nil {
				t.Fatal(err)
			}
			if tc.nodes == nil {
				want = []Node{}
			}
			if !reflect.DeepEqual(back, want) {
				t.Errorf("read back as %+v, want %+v", back, want)
			}
		})
	}
}

// FuzzAppendJSON: any text and attribute reads back as encoding/json's
// own text of it does.
func FuzzAppendJSON(f *testing.F) {
	f.Add("p", "class", "x\"\\\n\x00é\xff")
	f.Fuzz(func(t *testing.T, tag, key, text string) {
		nodes := []Node{{Tag: tag, Attrs: map[string]string{key: text}, Text: text, Kids: []Node{Text(key)}}}
		var back, want []Node
		if err := json.Unmarshal(AppendJSON(nil, nodes), &back); err != nil {
			t.Fatalf("not JSON: %v", err)
		}
		std, _ := json.Marshal(nodes)
		if err := json.Unmarshal(std, &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back, want) {
			t.Errorf("read back as %q, want %q", back, want)
		}
	})
}
