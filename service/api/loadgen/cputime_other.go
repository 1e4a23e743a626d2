//go:build !unix

package loadgen

import "time"

// CPUTime returns zero where the process's CPU time is not available.
func CPUTime() time.Duration { return 0 }
