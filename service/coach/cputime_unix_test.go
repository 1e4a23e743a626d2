//go:build unix

package coach

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time (user and system) the test process has
// used, so benchmarks can report CPU per operation on a busy machine where
// wall time overstates it.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
