//go:build unix

package ingest

import (
	"errors"
	"syscall"
)

// processGone reports whether no process with this id exists. Signal 0
// checks for existence without delivering anything; a process of another
// user answers EPERM, which means it exists.
func processGone(pid int) bool {
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
