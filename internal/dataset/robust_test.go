package dataset

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"paxsilica/internal/i18n"
	"strings"
	"testing"

	"paxsilica/internal/weburl"
)

// nested returns a dataset whose description holds n nested arrays.
func nested(n int) string {
	return strings.Replace(minimal, `"version": "t",`, `"version": "t", "extra": `+strings.Repeat("[", n)+strings.Repeat("]", n)+",", 1)
}

// Depth is bounded before gjson reads the file: under WebAssembly its
// recursion ran the browser's stack out on 10,000 nested arrays.
func TestNestingDepth(t *testing.T) {
	for _, tc := range []struct {
		name string
		raw  string
		want string // "" means the file loads
	}{
		{"deep arrays", nested(10000), "dataset: nested deeper than 64 levels of arrays and objects, at line 2, column 91"},
		{"deep objects", `{"a":` + strings.Repeat(`{"a":`, 100000), "nested deeper than 64 levels"},
		{"unclosed deep arrays", strings.Repeat("[", 1<<20), "nested deeper than 64 levels of arrays and objects, at line 1, column 65"},
		{"just within the bound", nested(MaxDepth - 1), ""},
		{"brackets in strings do not count", strings.Replace(minimal, `"title": "Qatar signs"`, `"title": "Qatar signs `+strings.Repeat("[{", 500)+`\" [[["`, 1), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load([]byte(tc.raw))
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Load: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("Load: %v; want %q", err, tc.want)
			}
		})
	}
}

// An empty list in the file is a list for the page: JSON [] and never null.
func TestEmptyListsAreLists(t *testing.T) {
	raw := strings.Replace(minimal, `"events": [{"date": "2026-01-12", "title": "Qatar signs", "type": "bloc", "countries": ["QAT"], "minerals": [], "sources": ["s1"]}]`, `"events": []`, 1)
	if raw == minimal {
		t.Fatal("the events were not replaced")
	}
	d, err := Load([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	for _, at := range []string{"", "2026-01-10", "2026-02-30", "0000-00-00", "garbage"} {
		ev := d.EventsNear(at, 45, 8)
		b, _ := json.Marshal(ev)
		if string(b) != "[]" {
			t.Errorf("EventsNear(%q) on no events = %s, want []", at, b)
		}
	}
	full, err := Load([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := json.Marshal(full.EventsNear("2026-02-30", 45, 8)); string(b) != "[]" {
		t.Errorf("EventsNear of an impossible date = %s, want []", b)
	}
}

// A source URL is kept in the page's form: the scheme in lower case.
func TestSourceURLNormalised(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"Https://Example.org/A", "https://Example.org/A"},
		{"HTTP://example.org", "http://example.org"},
	} {
		raw := strings.Replace(minimal, `"url": "https://example.org/"`, `"url": "`+tc.url+`"`, 1)
		d, err := Load([]byte(raw))
		if err != nil {
			t.Fatalf("%s: %v", tc.url, err)
		}
		if got := d.Sources["s1"].URL; got != tc.want {
			t.Errorf("%s stored as %q, want %q", tc.url, got, tc.want)
		}
	}
	raw := strings.Replace(minimal, `"url": "https://example.org/"`, `"url": "https://user@evil.example/"`, 1)
	if _, err := Load([]byte(raw)); err == nil || !strings.Contains(err.Error(), "sources.s1.url") {
		t.Errorf("a URL with a user name: %v", err)
	}
}

// hostileSeeds are datasets that stopped or hung the explorer (issue 18),
// for FuzzLoad's corpus.
func hostileSeeds() []string {
	return []string{
		nested(10000),
		strings.Repeat("[", 100000),
		strings.Replace(minimal, `"events": [{`, `"events": [], "x": [{`, 1),
		strings.Replace(minimal, `"date": "2026-01-12", "title"`, `"date": "2026-02-30", "title"`, 1),
		strings.Replace(minimal, `"asOf": "2026-02-20"`, `"asOf": "0000-00-00"`, 1),
		strings.Replace(minimal, `"url": "https://example.org/"`, `"url": "Https://example.org/"`, 1),
		strings.Replace(minimal, `"url": "https://example.org/"`, `"url": "JAVASCRIPT:alert(1)"`, 1),
	}
}

func FuzzLoadHostile(f *testing.F) {
	for _, s := range hostileSeeds() {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := Load(raw) // must never panic, nor run out of stack
		if err != nil {
			return
		}
		for id, s := range d.Sources {
			if s.URL == "" {
				continue
			}
			if u, ok := weburl.Normalise(s.URL); !ok || u != s.URL {
				t.Errorf("source %s keeps URL %q, which the page would refuse or change", id, s.URL)
			}
		}
		for _, at := range []string{"", d.AsOf, "2026-02-30"} {
			if d.EventsNear(at, 45, 8) == nil {
				t.Errorf("EventsNear(%q) is nil", at)
			}
		}
	})
}

// mutate changes raw in one of the ways a broken or hostile file differs
// from a good one.
func mutate(r *rand.Rand, raw []byte) []byte {
	if len(raw) == 0 {
		return []byte("{")
	}
	i := r.IntN(len(raw))
	j := min(len(raw), i+r.IntN(64))
	out := append([]byte{}, raw[:i]...)
	switch r.IntN(8) {
	case 0: // delete a span
		out = append(out, raw[j:]...)
	case 1: // a deep nest
		n := 1 + r.IntN(20000)
		out = append(out, strings.Repeat("[", n)+strings.Repeat("]", r.IntN(n+1))...)
		out = append(out, raw[i:]...)
	case 2: // duplicate a span
		out = append(out, raw[i:j]...)
		out = append(out, raw[i:]...)
	case 3: // a random byte
		out = append(out, byte(r.IntN(256)))
		out = append(out, raw[i+1:]...)
	case 4: // a hostile value
		v := []string{`[]`, `{}`, `null`, `"2026-02-30"`, `"0000-00-00"`, `"Https://x.example/"`, `"javascript:alert(1)"`,
			`1e999`, `-0`, `"\u0000"`, `"` + strings.Repeat("x", 1<<16) + `"`, `true`}[r.IntN(12)]
		out = append(out, v...)
		out = append(out, raw[j:]...)
	case 5: // cut the file short
	case 6: // swap two spans
		k := r.IntN(len(raw))
		l := min(len(raw), k+r.IntN(64))
		out = append(out, raw[k:l]...)
		out = append(out, raw[j:]...)
	default: // an empty list where a list was
		if k := bytes.IndexByte(raw[i:], '['); k >= 0 {
			if e := bytes.IndexByte(raw[i+k:], ']'); e >= 0 {
				out = append(out, raw[i:i+k+1]...)
				out = append(out, raw[i+k+e:]...)
				break
			}
		}
		out = append(out, raw[i:]...)
	}
	return out
}

// Seeded, reproducible corruptions of the minimal and the shipped dataset:
// Load answers each without panicking or running out of stack. `make test`
// also runs this under WebAssembly in Node (`make wasm-unit`),
// where the stack is the JavaScript engine's.
func TestLoadSurvivesCorruption(t *testing.T) {
	shipped, err := os.ReadFile("../../data/dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(18, 2026))
	n := 300
	if testing.Short() {
		n = 50
	}
	for k := range n {
		raw := []byte(minimal)
		if k%3 == 0 {
			raw = shipped
		}
		for range 1 + r.IntN(3) {
			raw = mutate(r, raw)
		}
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("corruption %d panicked: %v\n%.300s", k, p, raw)
				}
			}()
			if d, err := Load(raw); err == nil {
				d.EventsNear("", 45, 8)
				for _, c := range d.Countries {
					d.CountryProfile(i18n.English(), c.Code, c.Name, d.AsOf, "")
				}
			}
		}()
	}
}
