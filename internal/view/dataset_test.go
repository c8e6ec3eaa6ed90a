package view

import (
	"errors"
	"paxsilica/internal/i18n"
	"strings"
	"testing"

	"paxsilica/internal/dataset"
	"paxsilica/internal/kit/fixtures"
)

func TestDatasetProblems(t *testing.T) {
	_, loadErr := dataset.Load([]byte(`{"version": 1`))
	for _, tc := range []struct {
		name     string
		err      error
		headline string
		problems int
	}{
		{"not fetched", errors.New("HTTP 404"), "could not be loaded: HTTP 404", 0},
		{"broken", loadErr, "has 1 problem(s) and was not used", 1},
	} {
		h, ps := DatasetProblems(i18n.English(), tc.err)
		if !strings.Contains(h, tc.headline) || len(ps) != tc.problems {
			t.Errorf("%s: %q, %q", tc.name, h, ps)
		}
	}
}

func TestEventsNear(t *testing.T) {
	ds := fixtures.Dataset(t)
	for _, at := range []string{"2025-10-09", "2026-01-10"} {
		ev := EventsNear(i18n.English(), ds, at)
		if len(ev) == 0 || len(ev) > 8 {
			t.Fatalf("%s: %d events", at, len(ev))
		}
		for _, e := range ev {
			date := e.Text[:10]
			if e.After != (date > at) || len(e.Sources) == 0 {
				t.Errorf("%s: %q after=%v, %d sources", at, e.Text, e.After, len(e.Sources))
			}
		}
	}
	if info := DatasetInfo(i18n.English(), ds); !strings.Contains(info, ds.AsOf) {
		t.Errorf("info %q", info)
	}
}
