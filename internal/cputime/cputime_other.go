//go:build !unix

// Package cputime reads the CPU time the process has used. Benchmarks and
// bench commands report it beside wall time because on a shared machine
// wall time mostly measures the neighbours.
package cputime

import "time"

// Process is not measured on this platform; it returns 0, which callers
// report as "not measured".
func Process() time.Duration { return 0 }
