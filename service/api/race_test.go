//go:build race

package api

// raceEnabled reports a build with the race detector, whose slowdown
// makes timings meaningless.
const raceEnabled = true
