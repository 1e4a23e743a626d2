package api

import (
	"context"
	"sync"
	"time"
)

// deadlineContext is a context with a deadline that starts no timer until
// someone asks for its Done channel. context.WithTimeout starts a timer and
// registers with its parent on every call, a few microseconds that the
// classifier, which only polls Err between its stages, never needs: most
// calls and stream messages end long before their deadline and nobody
// waits on Done. Err reads the clock instead.
//
// Call release when the work is done, as a CancelFunc.
type deadlineContext struct {
	context.Context // the parent
	deadline        time.Time

	mu   sync.Mutex
	err  error         // set once, when the deadline passed or the parent ended
	done chan struct{} // made on the first call of Done
	// stop undoes what Done started: the timer and the watch on the parent.
	stopTimer  func() bool
	stopParent func() bool
}

// withDeadline returns a context that ends at d at the latest, or when
// parent ends.
func withDeadline(parent context.Context, d time.Time) *deadlineContext {
	if pd, ok := parent.Deadline(); ok && pd.Before(d) {
		d = pd
	}
	return &deadlineContext{Context: parent, deadline: d}
}

// Deadline returns the deadline.
func (c *deadlineContext) Deadline() (time.Time, bool) { return c.deadline, true }

// Err returns context.DeadlineExceeded once the deadline passed, the
// parent's error once it ended, and nil before.
func (c *deadlineContext) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err == nil {
		if err := c.Context.Err(); err != nil {
			c.end(err)
		} else if !time.Now().Before(c.deadline) {
			c.end(context.DeadlineExceeded)
		}
	}
	return c.err
}

// Done returns a channel closed when Err becomes non-nil. The first call
// starts the timer and the watch on the parent that closing it needs.
func (c *deadlineContext) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done != nil {
		return c.done
	}
	c.done = make(chan struct{})
	if c.err != nil {
		close(c.done)
		return c.done
	}
	t := time.AfterFunc(time.Until(c.deadline), func() { c.endLocked(context.DeadlineExceeded) })
	c.stopTimer = t.Stop
	c.stopParent = context.AfterFunc(c.Context, func() { c.endLocked(c.Context.Err()) })
	return c.done
}

// endLocked ends the context with err unless it has ended already.
func (c *deadlineContext) endLocked(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.end(err)
}

// end sets err and closes done, if nothing did before. Callers hold c.mu.
func (c *deadlineContext) end(err error) {
	if c.err != nil {
		return
	}
	c.err = err
	if c.done != nil {
		close(c.done)
	}
}

// release ends the context with context.Canceled, as a CancelFunc does,
// and stops the timer and the watch on the parent if Done started them.
func (c *deadlineContext) release() {
	c.mu.Lock()
	c.end(context.Canceled)
	stopTimer, stopParent := c.stopTimer, c.stopParent
	c.stopTimer, c.stopParent = nil, nil
	c.mu.Unlock()
	if stopTimer != nil {
		stopTimer()
		stopParent()
	}
}
