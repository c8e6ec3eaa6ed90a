package dom

import (
	"reflect"
	"testing"
)

func TestQuoting(t *testing.T) {
	en := func(s string) Node { return El("span", "", s).Attr("lang", "en") }
	for _, tc := range []struct {
		name, text string
		quoted     []string
		want       []Node
	}{
		{"nothing quoted", "भारत: हस्ताक्षरकर्ता", nil, []Node{Text("भारत: हस्ताक्षरकर्ता")}},
		{"a title inside", "MOFCOM 2025. 9 अक्तूबर 2025 को घोषित", []string{"MOFCOM 2025"},
			[]Node{en("MOFCOM 2025"), Text(". 9 अक्तूबर 2025 को घोषित")}},
		{"two, the longer first where they start together", "a X Y b X c", []string{"X", "X Y"},
			[]Node{Text("a "), en("X Y"), Text(" b "), en("X"), Text(" c")}},
		{"a quote not in the text", "केवल हिन्दी", []string{"absent", ""}, []Node{Text("केवल हिन्दी")}},
		{"empty", "", []string{"x"}, nil},
	} {
		if got := Quoting(tc.text, tc.quoted); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %+v, want %+v", tc.name, got, tc.want)
		}
	}
}
