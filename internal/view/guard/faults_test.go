package guard

import (
	"errors"
	"fmt"
	"paxsilica/internal/i18n"
	"strings"
	"testing"
)

func TestFaults(t *testing.T) {
	var f Faults
	f.Handled()
	for i := range StopAfter - 1 {
		if f.Failed() {
			t.Fatalf("stopped after %d failures in a row, before StopAfter", i+1)
		}
	}
	f.FrameOK()
	for range StopAfter - 1 {
		if f.Failed() {
			t.Fatal("a good frame did not reset the run of failures")
		}
	}
	if !f.Failed() {
		t.Fatal("did not stop after StopAfter failures in a row")
	}
	if f.Total != 6 {
		t.Errorf("Total %d, want 6", f.Total)
	}
}

func TestFaultsSay(t *testing.T) {
	var f Faults
	var said []int
	for range 250 {
		f.Handled()
		if f.Say() {
			said = append(said, f.Total)
		}
	}
	if want := []int{1, 2, 3, 100, 200}; fmt.Sprint(said) != fmt.Sprint(want) {
		t.Errorf("said failures %v, want %v", said, want)
	}
}

func TestMessages(t *testing.T) {
	for _, tc := range []struct {
		got  string
		want []string
	}{
		{Survived(i18n.English(), "showing Japan's details", errors.New("JavaScript error: injected")), []string{"Something went wrong while showing Japan's details (JavaScript error: injected).", "The map still works", "reload the page"}},
		{Stopped(i18n.English(), "drawing the map", "index out of range [3] with length 2"), []string{"The explorer stopped", "drawing the map (index out of range [3] with length 2)", "Reload the page to start it again."}},
		{Survived(i18n.English(), "x", strings.Repeat("é", 1000)), []string{"éé...)"}},
		{Survived(i18n.English(), "x", "a\n\tb"), []string{"(a b)"}},
	} {
		for _, w := range tc.want {
			if !strings.Contains(tc.got, w) {
				t.Errorf("%q lacks %q", tc.got, w)
			}
		}
	}
	if n := len([]rune(Describe(strings.Repeat("é", 1000)))); n != 300 {
		t.Errorf("Describe kept %d characters, want 300", n)
	}
}

func TestFieldOK(t *testing.T) {
	if !FieldOK(0) || !FieldOK(MaxField) || FieldOK(MaxField+1) || FieldOK(50_000_000) {
		t.Error("FieldOK's bound is wrong")
	}
}
