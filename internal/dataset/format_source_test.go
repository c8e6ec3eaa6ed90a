package dataset

import (
	"testing"

	"paxsilica/internal/i18n"
)

func TestSourceWords(t *testing.T) {
	for _, tc := range []struct {
		name       string
		s          Source
		label, tip string
	}{
		{"linked and dated", Source{Short: "Zawya", Title: "Qatar signs", Publisher: "zawya.com", URL: "https://www.zawya.com/a", Date: "2026-01-13"},
			"Zawya", "Qatar signs — zawya.com, 2026-01-13"},
		{"home page", Source{Short: "Gulf News", Title: "Report", Publisher: "gulfnews.com", URL: "https://gulfnews.com/", DateNote: "not recorded", NotLinked: "only the outlet is named"},
			"Gulf News (named but not linked)", "Report — gulfnews.com, undated: not recorded. Not linked: only the outlet is named"},
		{"year only", Source{Short: "Mondaq", Title: "Note", Publisher: "mondaq.com", URL: "https://www.mondaq.com/x", Date: "2025", DateNote: "the page gives the year only"},
			"Mondaq", "Note — mondaq.com, 2025 (the page gives the year only)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.s.Label(); got != tc.label {
				t.Errorf("Label() = %q, want %q", got, tc.label)
			}
			if got := tc.s.Tip(); got != tc.tip {
				t.Errorf("Tip() = %q, want %q", got, tc.tip)
			}
		})
	}
}

func TestBadge(t *testing.T) {
	for _, tc := range []struct {
		l    Line
		want string
	}{
		{Line{}, ""},
		{Line{Unconfirmed: true}, "unconfirmed"},
		{Line{Unconfirmed: true, Reasons: []string{ReasonSecondHand, ReasonContested}}, "unconfirmed: quoted second-hand, not checked against the primary, contested"},
	} {
		if got := tc.l.Badge(i18n.English()); got != tc.want {
			t.Errorf("Badge(%+v) = %q, want %q", tc.l, got, tc.want)
		}
	}
}

func TestMineralTip(t *testing.T) {
	d := shipped(t)
	ga, _ := d.Mineral("gallium")
	re, _ := d.Mineral("rare-earths")
	for _, tc := range []struct {
		m        *Mineral
		code, at string
		want     string
	}{
		{ga, "CHN", "2026-01-10", "China — Gallium, 2024, USGS MCS 2025: 98.7% of world output (computed from USGS tonnage), 1st"},
		{ga, "CHN", "2026-11-28", "China — Gallium, 2025, USGS MCS 2026: 100% of world output (computed from USGS tonnage), 1st (unconfirmed: secondary copy)"},
		{ga, "BRA", "2026-11-28", "Brazil — Gallium, 2025, USGS MCS 2026: no recorded output"},
		{re, "GRL", "2026-11-28", "Greenland — Rare earths, 2025, USGS MCS 2026: no recorded output; reserves 1,500,000 t REO (unconfirmed: secondary copy)"},
	} {
		if got := d.MineralTip(i18n.English(), tc.m, tc.code, d.CountryName(tc.code, tc.code), tc.at); got != tc.want {
			t.Errorf("MineralTip(%s, %s, %s) =\n%q, want\n%q", tc.m.ID, tc.code, tc.at, got, tc.want)
		}
	}
}
