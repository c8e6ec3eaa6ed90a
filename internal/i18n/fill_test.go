package i18n

import (
	"strings"
	"testing"
)

// replacerFill is what Fill does, said with strings.Replacer: the
// reference its own scan is checked against.
func replacerFill(template string, args ...string) string {
	var pairs []string
	for i := 0; i+1 < len(args); i += 2 {
		pairs = append(pairs, "{"+args[i]+"}", args[i+1])
	}
	return strings.NewReplacer(pairs...).Replace(template)
}

func TestFill(t *testing.T) {
	for _, tc := range []struct {
		template string
		args     []string
		want     string
	}{
		{"{a} and {b}", []string{"a", "1", "b", "2"}, "1 and 2"},
		{"no placeholder", []string{"a", "1"}, "no placeholder"},
		{"{a}", nil, "{a}"},
		{"{a} {missing}", []string{"a", "1"}, "1 {missing}"},
		{"{a}{a}{b}", []string{"a", "x", "b", "y"}, "xxy"},
		{"value {a} not searched again", []string{"a", "{b}", "b", "no"}, "value {b} not searched again"},
		{"first pair counts: {a}", []string{"a", "1", "a", "2"}, "first pair counts: 1"},
		{"{{a}} {a", []string{"a", "1"}, "{1} {a"},
		{"{} empty name", []string{"", "E"}, "E empty name"},
		{"{ab} {a}", []string{"a", "1", "ab", "2"}, "2 1"},
		{"भारत: {n} चीज़ें", []string{"n", "1,00,000"}, "भारत: 1,00,000 चीज़ें"},
		{"odd {a}", []string{"a"}, "odd {a}"},
	} {
		got := Fill(tc.template, tc.args...)
		if got != tc.want {
			t.Errorf("Fill(%q, %q) = %q, want %q", tc.template, tc.args, got, tc.want)
		}
		if ref := replacerFill(tc.template, tc.args...); len(tc.args) >= 2 && got != ref {
			t.Errorf("Fill(%q, %q) = %q, strings.Replacer says %q", tc.template, tc.args, got, ref)
		}
	}
}

func FuzzFill(f *testing.F) {
	f.Add("{a} and {b} {", "a", "1", "b", "{a}")
	f.Fuzz(func(t *testing.T, template, a, va, b, vb string) {
		if got, want := Fill(template, a, va, b, vb), replacerFill(template, a, va, b, vb); got != want {
			t.Errorf("Fill(%q, %q, %q, %q, %q) = %q, strings.Replacer says %q", template, a, va, b, vb, got, want)
		}
	})
}

func BenchmarkFill(b *testing.B) {
	for range b.N {
		Fill("{country} exports {amount} of {mineral} to {partner} ({year})", "country", "China", "amount", "1,200 t", "mineral", "gallium", "partner", "Japan", "year", "2024")
	}
}
