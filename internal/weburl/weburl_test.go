package weburl

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

// Case is one URL and whether the explorer shows it as a link. The browser
// tests (e2e) run the same cases through the page's test.
type Case struct {
	URL string `json:"url"`
	OK  bool   `json:"ok"`
}

func cases(t testing.TB) []Case {
	t.Helper()
	b, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cs []Case
	if err := json.Unmarshal(b, &cs); err != nil {
		t.Fatal(err)
	}
	return cs
}

func TestNormalise(t *testing.T) {
	for _, c := range cases(t) {
		got, ok := Normalise(c.URL)
		if ok != c.OK {
			t.Errorf("Normalise(%q) ok = %v, want %v", c.URL, ok, c.OK)
			continue
		}
		if !ok {
			continue
		}
		scheme, rest, _ := strings.Cut(got, "://")
		if scheme != "http" && scheme != "https" || !strings.HasSuffix(c.URL, rest) {
			t.Errorf("Normalise(%q) = %q: the scheme is not lower-cased, or more changed", c.URL, got)
		}
		if again, ok := Normalise(got); !ok || again != got {
			t.Errorf("Normalise is not stable on %q: %q, %v", got, again, ok)
		}
	}
}

// The page tests links with the same pattern, character for character.
func TestPageUsesThePattern(t *testing.T) {
	js, err := os.ReadFile("../../assets/app.js")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("new RegExp\\(String\\.raw`([^`]*)`\\)").FindAllSubmatch(js, -1)
	if len(m) != 1 {
		t.Fatalf("assets/app.js has %d String.raw patterns, want the one link test", len(m))
	}
	if got := string(m[0][1]); got != Pattern {
		t.Errorf("assets/app.js tests links with\n%s\nnot weburl.Pattern\n%s", got, Pattern)
	}
}

// Match answers as the regular expression Pattern does.
func FuzzMatchIsPattern(f *testing.F) {
	re := regexp.MustCompile(Pattern)
	for _, c := range cases(f) {
		f.Add(c.URL)
	}
	for _, s := range []string{"http://", "HTTPS://a", "https://a@b", "http://a/ b", "http://a\x7f", "http://\xff\xfe/\xc3", "hTtPs://x?y", "https:/x", "httpss://x", "http://a#", "http://ü.de/ä"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Match(s), re.MatchString(s); got != want {
			t.Errorf("Match(%q) = %v, the pattern says %v", s, got, want)
		}
	})
}
