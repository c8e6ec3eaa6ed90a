package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// profileDir is the test browser's profile: every one of its processes
// names it on its command line.
var profileDir string

// browserCPU returns the CPU time (user and system) that the test browser's
// processes have used so far, from Linux's /proc; ok is false where there
// is no /proc.
func browserCPU() (d time.Duration, ok bool) {
	procs, _ := filepath.Glob("/proc/[0-9]*")
	for _, p := range procs {
		cmd, err := os.ReadFile(filepath.Join(p, "cmdline"))
		if err != nil || profileDir == "" || !bytes.Contains(cmd, []byte(profileDir)) {
			continue
		}
		stat, err := os.ReadFile(filepath.Join(p, "stat"))
		if err != nil {
			continue
		}
		// Fields after the command's closing parenthesis: utime and stime
		// are the 12th and 13th, in clock ticks (USER_HZ, 100 on Linux).
		s := string(stat)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(f) < 13 {
			continue
		}
		u, _ := strconv.ParseInt(f[11], 10, 64)
		k, _ := strconv.ParseInt(f[12], 10, 64)
		d += time.Duration(u+k) * 10 * time.Millisecond
		ok = true
	}
	return d, ok
}

// waitBrowserQuiet waits until the browser uses less than a twentieth of a
// core (25 ms of CPU in half a second), so that a measurement does not
// start while the GPU process still works through the last page's frames
// (the reference's repeat visit took 1.5–5.5 s right after a tab that had
// panned and zoomed, against 0.2 s otherwise). It gives up after 30 s,
// saying so.
func waitBrowserQuiet(b testing.TB) {
	b.Helper()
	const window, quiet, limit = 500 * time.Millisecond, 25 * time.Millisecond, 30 * time.Second
	last, ok := browserCPU()
	if !ok {
		time.Sleep(2 * time.Second) // no /proc: a fixed pause instead
		return
	}
	for start := time.Now(); time.Since(start) < limit; {
		time.Sleep(window)
		now, _ := browserCPU()
		if now-last < quiet {
			return
		}
		last = now
	}
	b.Logf("the browser was still busy %v after the last page closed", limit)
}
