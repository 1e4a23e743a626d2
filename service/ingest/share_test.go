package ingest

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hotline/hotline/service/store"
)

// mortalLeaser is one replica's view of the database; die makes the
// replica vanish as a killed process does, without releasing anything.
type mortalLeaser struct {
	Leaser
	LeaseCounter
	dead atomic.Bool
}

var errDead = errors.New("replica is dead")

func (m *mortalLeaser) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	if m.dead.Load() {
		return false, errDead
	}
	return m.Leaser.AcquireLease(ctx, name, holder, ttl)
}

func (m *mortalLeaser) RenewLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	if m.dead.Load() {
		return false, errDead
	}
	return m.Leaser.RenewLease(ctx, name, holder, ttl)
}

func (m *mortalLeaser) ReleaseLease(ctx context.Context, name, holder string) error {
	if m.dead.Load() {
		return errDead
	}
	return m.Leaser.ReleaseLease(ctx, name, holder)
}

func TestRunSharedBalancesMailboxes(t *testing.T) {
	const ttl = 900 * time.Millisecond
	const boxes = 6
	s := startMem(t, true)
	c := s.client(t, nil)
	st := openStore(t)
	var names []string
	for i := range boxes {
		name := fmt.Sprintf("Box%d", i)
		if err := s.mem.Create(name, nil); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}

	type replica struct {
		held   atomic.Int64
		leaser *mortalLeaser
		cancel context.CancelFunc
		done   chan struct{}
	}
	start := func(holder string) *replica {
		r := &replica{leaser: &mortalLeaser{Leaser: st, LeaseCounter: st}, done: make(chan struct{})}
		var ins []*Ingester
		for _, name := range names {
			ins = append(ins, newIngester(t, s, st, name, nil))
		}
		ctx, cancel := context.WithCancel(context.Background())
		r.cancel = cancel
		go func() {
			defer close(r.done)
			RunShared(ctx, ins, Lease{Leaser: r.leaser, Holder: holder, TTL: ttl, Logger: testLogger(t),
				Held: func(h bool) {
					if h {
						r.held.Add(1)
					} else {
						r.held.Add(-1)
					}
				}})
		}()
		t.Cleanup(func() { cancel(); <-r.done })
		return r
	}
	// a recount, a give-up and a take, each TTL/3 apart, take about 6 TTL;
	// waitFor returns as soon as the share holds, so the wider bound only
	// matters on a machine so busy that renewals run late (6 TTL timed
	// out once with other tests and benchmarks on the same two cores)
	settle := 30 * ttl

	a := start("replica-a")
	waitFor(t, 5*time.Second, "a to hold every mailbox", func() bool { return a.held.Load() == boxes })
	b := start("replica-b")
	waitFor(t, settle, "a and b to hold 3 each", func() bool { return a.held.Load() == 3 && b.held.Load() == 3 })
	cr := start("replica-c")
	waitFor(t, settle, "each replica to hold 2", func() bool {
		return a.held.Load() == 2 && b.held.Load() == 2 && cr.held.Load() == 2
	})

	var want []string
	for i, name := range names {
		for j := range 3 {
			n := 100*i + j
			s.appendRaw(t, c, name, testMail(n, j == 0))
			want = append(want, fmt.Sprintf("msg-%d@example.com", n))
		}
	}

	// c dies without releasing its leases; a and b take its two mailboxes
	// once the leases expire.
	cr.leaser.dead.Store(true)
	died := time.Now()
	waitFor(t, settle, "a and b to hold 3 each after c died", func() bool { return a.held.Load() == 3 && b.held.Load() == 3 })
	t.Logf("c's mailboxes were taken %v after it died (ttl %v)", time.Since(died).Round(10*time.Millisecond), ttl)

	stored := func() []store.Message {
		var out []store.Message
		for _, name := range names {
			out = append(out, allMessages(t, st, s.mailbox(t, name).Key())...)
		}
		return out
	}
	waitFor(t, 10*time.Second, "every message to be recorded", func() bool { return len(stored()) >= len(want) })
	assertExactlyOnce(t, stored(), want)
}
