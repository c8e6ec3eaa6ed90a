package guard

import (
	"fmt"
	"strings"

	"paxsilica/internal/i18n"
)

// StopAfter is how many frames in a row may fail before the explorer gives
// up: a single failure (one bad message, one panel that could not be built)
// is survived, a failure on every frame is not.
const StopAfter = 3

// Faults counts the failures caught at the boundary between Go and the page
// and decides whether the explorer can go on.
type Faults struct {
	inARow int
	Total  int
}

// Failed records a failure in the frame loop and reports whether the
// explorer should stop.
func (f *Faults) Failed() (stop bool) {
	f.inARow++
	f.Total++
	return f.inARow >= StopAfter
}

// Handled records a failure outside the frame loop (an event handler): it
// is survived, and counted.
func (f *Faults) Handled() { f.Total++ }

// SaidFirst is how many failures the page states in words one by one;
// after them only every SayEvery-th is, so a fault that recurs (a handler
// failing on every pointer move) cannot flood the panel. The console has
// every one.
const (
	SaidFirst = 3
	SayEvery  = 100
)

// Say reports whether the failure just recorded should be stated in the
// panel.
func (f *Faults) Say() bool { return f.Total <= SaidFirst || f.Total%SayEvery == 0 }

// FrameOK records a frame that ran to its end.
func (f *Faults) FrameOK() { f.inARow = 0 }

// Describe turns what a recovered panic held into one line for the reader
// and the console, at most 300 characters.
func Describe(recovered any) string {
	s := fmt.Sprint(recovered)
	if err, ok := recovered.(error); ok {
		s = err.Error()
	}
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 300 {
		s = string(r[:297]) + "..."
	}
	return s
}

// Survived is what the page says after a failure the explorer got over, in
// the language of loc: what broke, that the map goes on, and how to start
// afresh. where ("reading the dataset") and the failure stay in English:
// they are for whoever reports it.
func Survived(loc *i18n.Catalog, where string, recovered any) string {
	return loc.F("error.survived", "where", where, "detail", Describe(recovered))
}

// Stopped is what the page says when the explorer gives up, in the
// language of loc.
func Stopped(loc *i18n.Catalog, where string, recovered any) string {
	return loc.F("error.stopped", "where", where, "detail", Describe(recovered))
}
