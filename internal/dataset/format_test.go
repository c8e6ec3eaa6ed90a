package dataset

import (
	"testing"

	"paxsilica/internal/i18n"
)

func TestAndList(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"Russia"}, "Russia"},
		{[]string{"Russia", "Japan"}, "Russia and Japan"},
		{[]string{"2023", "2024", "2025"}, "2023, 2024 and 2025"},
	} {
		if got := AndList(i18n.English(), c.in); got != c.want {
			t.Errorf("AndList(i18n.English(), %q) = %q, want %q", c.in, got, c.want)
		}
	}
}
