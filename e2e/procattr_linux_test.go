package e2e

import (
	"os/exec"
	"syscall"
)

// dieWithTests makes cmd killed when the test binary dies. A test binary
// that dies at once (a fatal error, a kill) runs no cleanup, and a server
// it started outlives it holding the binary's stderr, which go test reads
// to its end: the run then waited, idle, for ever.
func dieWithTests(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
