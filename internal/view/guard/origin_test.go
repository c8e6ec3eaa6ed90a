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

func TestOriginParam(t *testing.T) {
	for _, tc := range []struct {
		raw, want string
		notice    bool
	}{
		{"", "", false},
		{"https://news.example/", "https://news.example", false},
		{"news.example", "", true},
		{"garbage", "", true},
		{"null", "", true},
		{"javascript:alert(1)", "", true},
	} {
		got, notes := OriginParam(tc.raw)
		if got != tc.want || (len(notes) > 0) != tc.notice {
			t.Errorf("OriginParam(%q) = %q, %v; want %q, notice %v", tc.raw, got, notes, tc.want, tc.notice)
		}
		for _, n := range notes {
			if s := n.String(); !strings.Contains(s, "URL parameter origin=") || !strings.Contains(s, "not an origin such as https://news.example") || !strings.Contains(s, "ignored") {
				t.Errorf("OriginParam(%q): notice %q does not say what and why", tc.raw, s)
			}
		}
	}
}

func TestAccept(t *testing.T) {
	for _, tc := range []struct {
		name       string
		parent     bool
		from, want string
		ok, warns  bool
	}{
		{"the parent, any origin", true, "https://news.example", "", true, false},
		{"the parent at the named origin", true, "https://news.example", "https://news.example", true, false},
		{"the parent at another origin", true, "https://evil.example", "https://news.example", false, true},
		{"another window", false, "https://news.example", "", false, false},
		{"another window at the named origin", false, "https://news.example", "https://news.example", false, false},
	} {
		ok, warning := Accept(tc.parent, tc.from, tc.want)
		if ok != tc.ok || (warning != "") != tc.warns {
			t.Errorf("%s: Accept = %v, %q; want %v, warning %v", tc.name, ok, warning, tc.ok, tc.warns)
		}
	}
}
