// Package clock is the one source of time for the parts of Hotline that
// wait: the router's escalation timers and the dispatcher's retries. The
// system clock is used in production; tests and benchmarks use Fake, which
// moves only when told.
package clock

import "time"

// Clock tells the time and waits.
type Clock interface {
	Now() time.Time
	// After behaves like time.After.
	After(d time.Duration) <-chan time.Time
}

// System is the wall clock.
type System struct{}

// Now returns time.Now.
func (System) Now() time.Time { return time.Now() }

// After returns time.After(d).
func (System) After(d time.Duration) <-chan time.Time { return time.After(d) }
