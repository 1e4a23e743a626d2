package ingest

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// LeaseCounter is what a Leaser also offers when replicas can see how many
// of them are live. store.SQLite and store.Postgres provide it.
type LeaseCounter interface {
	CountLeases(ctx context.Context, prefix string) (int, error)
}

// replicaPrefix starts the name of the lease each replica holds while it
// runs. Mailbox keys always hold an "@", so the two never meet.
const replicaPrefix = "replica:"

// RunShared reads every mailbox of ins while this replica holds its lease,
// like RunLeased for each, and divides the mailboxes evenly among the
// replicas that share the database: each replica takes at most its fair
// share (the mailboxes divided by the live replicas, rounded up), gives up
// the excess when another replica joins, and takes its part of a dead
// replica's mailboxes once their leases expire. A replica learns how many
// are live from a lease it holds for itself, renewed every TTL/3. A mailbox
// that stays free, because no replica under its share wants it, is taken
// after three attempts anyway.
//
// Without a LeaseCounter the mailboxes are not balanced: the first replica
// takes every free lease. It returns when ctx ends, with the leases released.
func RunShared(ctx context.Context, ins []*Ingester, l Lease) {
	if l.TTL <= 0 {
		l.TTL = DefaultLeaseTTL
	}
	if l.Logger == nil {
		l.Logger = slog.Default()
	}
	var wg sync.WaitGroup
	if c, ok := l.Leaser.(LeaseCounter); ok && len(ins) > 1 {
		sh := &share{mailboxes: int64(len(ins))}
		sh.live.Store(1)
		hctx, stop := context.WithCancel(ctx)
		defer stop()
		// The first count comes before any mailbox is tried, so a replica
		// joining a running group does not first take what is free.
		sh.heartbeat(hctx, l, c)
		l.share = sh
		wg.Add(1)
		go func() {
			defer wg.Done()
			sh.run(hctx, l, c)
		}()
	}
	var boxes sync.WaitGroup
	for _, in := range ins {
		boxes.Add(1)
		go func() {
			defer boxes.Done()
			RunLeased(ctx, in, l)
		}()
	}
	boxes.Wait()
	wg.Wait()
}

// share counts the mailboxes this replica holds against its fair share.
// A nil *share allows everything, for a replica that does not balance.
type share struct {
	mailboxes int64
	live      atomic.Int64 // live replicas, this one included
	held      atomic.Int64 // mailbox leases held or being acquired

	// changes is closed when the count of live replicas falls, so that
	// mailboxes waiting for their next attempt try at once: a dead
	// replica's mailboxes are taken as soon as its death is counted.
	mu      sync.Mutex
	changes chan struct{}
}

// changed returns a channel closed when the live count next falls;
// nil (never ready) for a replica that does not balance.
func (s *share) changed() <-chan struct{} {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.changes == nil {
		s.changes = make(chan struct{})
	}
	return s.changes
}

// announce wakes every mailbox waiting on changed.
func (s *share) announce() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.changes != nil {
		close(s.changes)
		s.changes = nil
	}
}

// fair is the most mailboxes one replica should hold.
func (s *share) fair() int64 {
	live := max(1, s.live.Load())
	return (s.mailboxes + live - 1) / live
}

// reserve counts one more mailbox before its lease is tried and reports
// whether this replica may try: while it has less than its share, or
// always when force is set. A failed try gives the count back with drop.
func (s *share) reserve(force bool) bool {
	if s == nil {
		return true
	}
	for {
		h := s.held.Load()
		if h >= s.fair() && !force {
			return false
		}
		if s.held.CompareAndSwap(h, h+1) {
			return true
		}
	}
}

// drop counts one mailbox less.
func (s *share) drop() {
	if s != nil {
		s.held.Add(-1)
	}
}

// giveUp reports whether the caller should give its mailbox up because
// this replica holds more than its share, and if so counts it already, so
// that exactly the excess is given up when every mailbox asks at once.
func (s *share) giveUp() bool {
	if s == nil {
		return false
	}
	for {
		h := s.held.Load()
		if h <= s.fair() {
			return false
		}
		if s.held.CompareAndSwap(h, h-1) {
			return true
		}
	}
}

// run renews this replica's own lease and recounts the live replicas every
// TTL/3 until ctx ends, then releases the lease so that the others take
// over its share at once.
func (s *share) run(ctx context.Context, l Lease, c LeaseCounter) {
	tick := time.NewTicker(l.TTL / 3)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			rctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := l.Leaser.ReleaseLease(rctx, replicaPrefix+l.Holder, l.Holder); err != nil {
				l.Logger.Warn("release replica lease", slog.Any("err", err))
			}
			return
		case <-tick.C:
			s.heartbeat(ctx, l, c)
		}
	}
}

// heartbeat extends this replica's own lease and reads how many replicas
// are live. On an error the last count stands.
func (s *share) heartbeat(ctx context.Context, l Lease, c LeaseCounter) {
	if _, err := l.Leaser.AcquireLease(ctx, replicaPrefix+l.Holder, l.Holder, l.TTL); err != nil {
		if ctx.Err() == nil {
			l.Logger.Warn("renew replica lease", slog.Any("err", err))
		}
		return
	}
	n, err := c.CountLeases(ctx, replicaPrefix)
	if err != nil {
		if ctx.Err() == nil {
			l.Logger.Warn("count live replicas", slog.Any("err", err))
		}
		return
	}
	if old := s.live.Swap(int64(max(1, n))); old != int64(n) {
		l.Logger.Info("live replicas changed", slog.Int("replicas", n), slog.Int64("fair_share", s.fair()))
		if int64(n) < old {
			// a replica is gone: its mailboxes are free to take now
			s.announce()
		}
	}
}
