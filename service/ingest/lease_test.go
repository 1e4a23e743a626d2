package ingest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunLeasedOneReaderAndTakeover(t *testing.T) {
	const ttl = 900 * time.Millisecond
	s := startMem(t, false)
	c := s.client(t, nil)
	st := openStore(t)

	var want []string
	add := func(from, to int) {
		for i := from; i <= to; i++ {
			s.appendRaw(t, c, "INBOX", testMail(i, i%4 == 0))
			want = append(want, fmt.Sprintf("msg-%d@example.com", i))
		}
	}
	add(1, 10)

	type replica struct {
		sink   *collector
		held   atomic.Bool
		cancel context.CancelFunc
		done   chan struct{}
	}
	start := func(holder string) *replica {
		r := &replica{sink: newCollector(), done: make(chan struct{})}
		in := newIngester(t, s, st, "INBOX", func(o *Options) { o.Sink = r.sink })
		ctx, cancel := context.WithCancel(context.Background())
		r.cancel = cancel
		go func() {
			defer close(r.done)
			RunLeased(ctx, in, Lease{Leaser: st, Holder: holder, TTL: ttl, Logger: testLogger(t),
				Held: func(h bool) { r.held.Store(h) }})
		}()
		t.Cleanup(func() { cancel(); <-r.done })
		return r
	}
	count := func(r *replica) int {
		r.sink.mu.Lock()
		defer r.sink.mu.Unlock()
		return len(r.sink.msgs)
	}

	a := start("replica-a")
	waitFor(t, 5*time.Second, "a to hold the lease", a.held.Load)
	b := start("replica-b")
	waitFor(t, 10*time.Second, "a to record the first 10", func() bool { return count(a) == 10 })

	// b keeps trying while a holds the lease; it must not read meanwhile.
	add(11, 15)
	waitFor(t, 10*time.Second, "a to record 15", func() bool { return count(a) == 15 })
	time.Sleep(ttl)
	if b.held.Load() || count(b) != 0 {
		t.Fatalf("while a holds the lease b held=%v and recorded %d messages", b.held.Load(), count(b))
	}

	a.cancel()
	<-a.done
	stopped := time.Now()
	add(16, 25)
	waitFor(t, ttl+2*time.Second, "b to take the lease", b.held.Load)
	if took := time.Since(stopped); took > ttl {
		t.Errorf("b took the lease %v after a stopped; want within the ttl %v", took, ttl)
	}
	waitFor(t, 10*time.Second, "b to record the rest", func() bool { return count(b) == 10 })
	if count(a) != 15 {
		t.Errorf("a recorded %d after it stopped, want 15", count(a))
	}
	assertExactlyOnce(t, allMessages(t, st, s.mailbox(t, "INBOX").Key()), want)
}

// flakyLeaser fails renewals and acquires on demand, as a database outage
// would.
type flakyLeaser struct {
	Leaser
	mu       sync.Mutex
	failures bool
}

func (f *flakyLeaser) RenewLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	f.mu.Lock()
	fail := f.failures
	f.mu.Unlock()
	if fail {
		return false, nil
	}
	return f.Leaser.RenewLease(ctx, name, holder, ttl)
}

func (f *flakyLeaser) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	f.mu.Lock()
	fail := f.failures
	f.mu.Unlock()
	if fail {
		return false, errors.New("database unavailable")
	}
	return f.Leaser.AcquireLease(ctx, name, holder, ttl)
}

func TestRunLeasedStopsReadingWhenRenewFails(t *testing.T) {
	const ttl = 600 * time.Millisecond
	s := startMem(t, false)
	c := s.client(t, nil)
	st := openStore(t)
	s.appendRaw(t, c, "INBOX", testMail(1, false))

	fl := &flakyLeaser{Leaser: st}
	sink := newCollector()
	in := newIngester(t, s, st, "INBOX", func(o *Options) { o.Sink = sink })
	var changes atomic.Int32
	var held atomic.Bool
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		RunLeased(ctx, in, Lease{Leaser: fl, Holder: "a", TTL: ttl, Logger: testLogger(t),
			Held: func(h bool) { held.Store(h); changes.Add(1) }})
	}()
	defer func() { cancel(); <-done }()
	<-sink.ch

	fl.mu.Lock()
	fl.failures = true
	fl.mu.Unlock()
	waitFor(t, 2*ttl, "the lease to be given up", func() bool { return !held.Load() })
	s.appendRaw(t, c, "INBOX", testMail(2, false))
	select {
	case m := <-sink.ch:
		t.Fatalf("recorded uid %d after losing the lease", m.UID)
	case <-time.After(ttl / 2):
	}

	fl.mu.Lock()
	fl.failures = false
	fl.mu.Unlock()
	// The next acquire takes the lease back and reading resumes.
	select {
	case <-sink.ch:
	case <-time.After(3 * ttl):
		t.Fatal("did not read again after the lease could be renewed")
	}
	if n := changes.Load(); n < 3 {
		t.Errorf("saw %d lease changes, want held, lost, held again", n)
	}
}
