//go:build !unix

package web_test

import "time"

// cpuTime is not measured here; the benchmark then reports 0 cpu-ns/op.
func cpuTime() time.Duration { return 0 }
