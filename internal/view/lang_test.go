package view

import (
	"strings"
	"testing"

	"paxsilica/internal/i18n/langs"
)

// The page's catalog is used when it is the language the URL asks for;
// otherwise the explorer speaks English and a notice says what failed.
func TestPageCatalog(t *testing.T) {
	hi, ok := langs.Get("hi", []string{"IND"})
	if !ok {
		t.Fatal("no Hindi")
	}
	good, err := langs.Encode(hi)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, lang string
		data       []byte
		tag        string
		notice     string // substring of the one notice, "" for none
	}{
		{"English asks for nothing", "", nil, "en", ""},
		{"English ignores a catalog", "", good, "en", ""},
		{"Hindi", "hi", good, "hi", ""},
		{"missing", "hi", nil, "en", `lang="hi": The texts of this language could not be used (the page did not provide them); the explorer is shown in English.`},
		{"not JSON", "hi", []byte(`{"tag":`), "en", "(i18n: the catalog is not valid JSON)"},
		{"another language", "hi", []byte(`{"tag":"en","dir":"ltr"}`), "en", "(the page provided the texts of “en”)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, notes := PageCatalog(tc.lang, tc.data)
			if c.Tag != tc.tag {
				t.Errorf("catalog %q, want %q", c.Tag, tc.tag)
			}
			switch {
			case tc.notice == "" && len(notes) != 0:
				t.Errorf("notices %v", notes)
			case tc.notice != "" && (len(notes) != 1 || !strings.Contains(notes[0].String(), tc.notice)):
				t.Errorf("notices %v, want one saying %q", notes, tc.notice)
			}
		})
	}
	if c, _ := PageCatalog("hi", good); c.Country("IND", "India") != "भारत" {
		t.Errorf("India in Hindi is %q", c.Country("IND", "India"))
	}
}
