package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
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

// TestRunLeasedTakesBackDeadPredecessorsLease checks that a process
// restarted after a crash reads its mailbox at once, instead of waiting for
// the lease its dead predecessor on this host still holds to expire, and
// that a live holder's lease is left alone.
func TestRunLeasedTakesBackDeadPredecessorsLease(t *testing.T) {
	const ttl = time.Minute
	s := startMem(t, false)
	st := openStore(t)
	in := newIngester(t, s, st, "INBOX", nil)
	name := in.Mailbox().Key()
	host, _ := os.Hostname()

	// A live process of this host holds the lease: wait for it.
	live := fmt.Sprintf("%s-%d", host, os.Getppid())
	if ok, err := st.AcquireLease(context.Background(), name, live, ttl); !ok || err != nil {
		t.Fatalf("acquire for %s: %v %v", live, ok, err)
	}
	var held atomic.Bool
	run := func() (stop func()) {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() {
			defer close(done)
			RunLeased(ctx, in, Lease{Leaser: st, Holder: LocalHolder(), TTL: ttl, Logger: testLogger(t),
				Dead: DeadLocalHolder, Held: held.Store})
		}()
		return func() { cancel(); <-done }
	}
	stop := run()
	time.Sleep(300 * time.Millisecond)
	if held.Load() {
		t.Fatal("took the lease of a running process")
	}
	stop()

	// The process that held it is gone.
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skipf("cannot run a short-lived process: %v", err)
	}
	dead := fmt.Sprintf("%s-%d", host, cmd.Process.Pid)
	if err := st.ReleaseLease(context.Background(), name, live); err != nil {
		t.Fatal(err)
	}
	if ok, err := st.AcquireLease(context.Background(), name, dead, ttl); !ok || err != nil {
		t.Fatalf("acquire for %s: %v %v", dead, ok, err)
	}
	start := time.Now()
	stop = run()
	defer stop()
	waitFor(t, 10*time.Second, "the lease of the dead process to be taken", held.Load)
	if d := time.Since(start); d > ttl/2 {
		t.Errorf("took %v, the lease was waited out", d)
	}
	if h, err := st.LeaseHolder(context.Background(), name); err != nil || h != LocalHolder() {
		t.Errorf("holder %q (%v), want %q", h, err, LocalHolder())
	}
}

func TestDeadLocalHolder(t *testing.T) {
	host, _ := os.Hostname()
	for _, tt := range []struct {
		holder string
		want   bool
	}{
		{LocalHolder(), false},
		{fmt.Sprintf("%s-%d", host, os.Getppid()), false},
		{"other-host-1", false},
		{host, false},
		{host + "-abc", false},
		{"replica-a", false},
	} {
		if got := DeadLocalHolder(tt.holder); got != tt.want {
			t.Errorf("DeadLocalHolder(%q) = %v, want %v", tt.holder, got, tt.want)
		}
	}
}
