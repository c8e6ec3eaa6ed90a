package view

import (
	"paxsilica/internal/i18n"
	"strings"
	"testing"

	"paxsilica/internal/kit/fixtures"
)

func TestFind(t *testing.T) {
	w, ds := fixtures.World(t), fixtures.Dataset(t)
	for _, tc := range []struct {
		text    string
		country string // code, or ""
		mineral string
		status  string // a part of the status, or ""
	}{
		{text: "Japan", country: "JPN"},
		{text: "  jpn ", country: "JPN"},
		{text: "CHINA", country: "CHN"},
		{text: "ital", country: "ITA"},
		{text: "germ", status: "2 names start with “germ”"}, // Germany, germanium
		{text: "gallium", mineral: "gallium"},
		{text: "united", status: "names start with “united”: type more"},
		{text: "Atlantis", status: "No country or mineral called “Atlantis”"},
		{text: "   "},
	} {
		got, status := Find(i18n.English(), w, ds, tc.text)
		code := ""
		if got.Country >= 0 {
			code = w.Countries[got.Country].Code
		}
		if code != tc.country || got.Mineral != tc.mineral {
			t.Errorf("Find(i18n.English(), %q) = %s %q, want %s %q", tc.text, code, got.Mineral, tc.country, tc.mineral)
		}
		if (tc.status == "") != (status == "") || !strings.Contains(status, tc.status) {
			t.Errorf("Find(i18n.English(), %q) says %q, want %q", tc.text, status, tc.status)
		}
		if got.Ok() != (tc.country != "" || tc.mineral != "") {
			t.Errorf("Find(i18n.English(), %q).Ok() = %v", tc.text, got.Ok())
		}
	}
	// Without the dataset only countries are found.
	if got, _ := Find(i18n.English(), w, nil, "gallium"); got.Ok() {
		t.Errorf("Find without a dataset found %+v", got)
	}
}
