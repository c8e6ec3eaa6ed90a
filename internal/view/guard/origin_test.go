package guard

import (
	"strings"
	"testing"
)

func TestParseOrigin(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://news.example", "https://news.example"},
		{"https://news.example/", "https://news.example"},
		{"HTTPS://News.Example", "https://news.example"},
		{"http://127.0.0.2:8080", "http://127.0.0.2:8080"},
		{"https://news.example:443", "https://news.example"},
		{"http://news.example:80/", "http://news.example"},
		{"https://news.example:8443", "https://news.example:8443"},
		{"http://[::1]:9000", "http://[::1]:9000"},
		{"news.example", ""},
		{"garbage", ""},
		{"null", ""},
		{"*", ""},
		{"", ""},
		{"javascript:alert(1)", ""},
		{"javascript://news.example/%0aalert(1)", ""},
		{"data:text/html,x", ""},
		{"ftp://news.example", ""},
		{"https://", ""},
		{"https:news.example", ""},
		{"https://news.example/path", ""},
		{"https://news.example/?q=1", ""},
		{"https://news.example?", ""},
		{"https://news.example#top", ""},
		{"https://user@news.example", ""},
		{"https://news.example:99999999999999999999", ""},
		{"https://" + strings.Repeat("a", 300) + ".example", ""},
	} {
		got, err := ParseOrigin(tc.in)
		if got != tc.want || (err == nil) != (tc.want != "") {
			t.Errorf("ParseOrigin(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
		if err != nil && !strings.Contains(err.Error(), "not an origin such as https://news.example") {
			t.Errorf("ParseOrigin(%q): the error %q does not say what an origin is", tc.in, err)
		}
	}
}

func FuzzParseOrigin(f *testing.F) {
	for _, s := range []string{"https://a.example/", "null", "http://[::1]:80", "javascript:x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o, err := ParseOrigin(s)
		if err != nil {
			return
		}
		if !strings.HasPrefix(o, "http://") && !strings.HasPrefix(o, "https://") || strings.ContainsAny(o[8:], "/?#@ ") {
			t.Fatalf("ParseOrigin(%q) = %q, not an origin", s, o)
		}
		if again, err := ParseOrigin(o); err != nil || again != o {
			t.Fatalf("ParseOrigin is not stable: %q → %q → %q, %v", s, o, again, err)
		}
	})
}
