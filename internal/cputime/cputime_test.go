package cputime

import (
	"runtime"
	"testing"
)

// TestProcessGrows: burning CPU shows in the process's CPU time.
func TestProcessGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("not measured on this platform")
	}
	before := Process()
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i % 7
	}
	if x == 42 {
		t.Log(x)
	}
	if after := Process(); after <= before {
		t.Errorf("CPU time went from %v to %v after a busy loop", before, after)
	}
}
