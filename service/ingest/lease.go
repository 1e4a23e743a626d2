package ingest

import (
	"context"
	"log/slog"
	"time"
)

// Leaser hands out named, expiring leases. Replicas sharing one database
// use it so that a mailbox is read by one replica at a time; store.SQLite
// and store.Postgres provide it.
type Leaser interface {
	AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error)
	RenewLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error)
	ReleaseLease(ctx context.Context, name, holder string) error
}

// Takeover is what a Leaser also offers when a holder known to be dead can
// lose its lease before it expires. store.SQLite and store.Postgres
// provide it.
type Takeover interface {
	LeaseHolder(ctx context.Context, name string) (string, error)
	TakeOverLease(ctx context.Context, name, from, holder string, ttl time.Duration) (bool, error)
}

// DefaultLeaseTTL is how long a mailbox lease lasts without renewal, and so
// about how long a mailbox goes unread after its replica dies.
const DefaultLeaseTTL = 30 * time.Second

// Lease says how RunLeased shares a mailbox with other replicas.
type Lease struct {
	Leaser Leaser
	// Holder names this replica; it must differ between replicas.
	Holder string
	// TTL defaults to DefaultLeaseTTL. Renewals and acquire attempts happen
	// every TTL/3, so a lease survives two failed renewals in a row.
	TTL time.Duration
	// Logger defaults to slog.Default().
	Logger *slog.Logger
	// Dead, if set, reports holders known not to run any more (see
	// DeadLocalHolder). When such a holder has the lease and the Leaser
	// implements Takeover, the lease is taken over at once: a process
	// restarted after a crash reads its mailboxes again without waiting for
	// its former self's lease to expire.
	Dead func(holder string) bool
	// Held, if set, is told each time the lease is taken (true) or lost or
	// given up (false), for metrics and tests.
	Held func(held bool)

	// share, set by RunShared, keeps this replica to its fair part of the
	// mailboxes.
	share *share
}

// RunLeased runs in.Run only while this replica holds the lease named after
// the mailbox's key, until ctx ends. When a renewal fails the mailbox stops
// being read at once (its context is cancelled), since another replica may
// take the lease from then on; the lease is tried again every TTL/3. On
// return the lease is released, so another replica can take over without
// waiting for it to expire.
func RunLeased(ctx context.Context, in *Ingester, l Lease) {
	if l.TTL <= 0 {
		l.TTL = DefaultLeaseTTL
	}
	if l.Logger == nil {
		l.Logger = slog.Default()
	}
	name := in.Mailbox().Key()
	log := l.Logger.With(slog.String("mailbox", name), slog.String("holder", l.Holder))
	every := l.TTL / 3
	tick := time.NewTicker(every)
	defer tick.Stop()
	waited := 0 // attempts skipped because this replica had its share
	for {
		ok := false
		if l.share.reserve(waited >= waitForOthers) {
			waited = 0
			var err error
			ok, err = l.Leaser.AcquireLease(ctx, name, l.Holder, l.TTL)
			if ctx.Err() != nil {
				l.share.drop()
				return
			}
			if err != nil {
				log.Warn("acquire mailbox lease", slog.Any("err", err))
			}
			if !ok && err == nil {
				ok = takeOver(ctx, l, name, log)
			}
			if !ok {
				l.share.drop()
			}
		} else {
			waited++
		}
		if ok {
			log.Info("mailbox lease acquired")
			held(l.Held, true)
			end := runWhileHeld(ctx, in, l, name, tick.C)
			held(l.Held, false)
			switch end {
			case stopped:
				l.share.drop()
				release(l, name, log)
				return
			case gaveUp:
				// The share was already counted down by giveUp.
				release(l, name, log)
				log.Info("gave up the mailbox lease to a replica with fewer mailboxes")
			case lost:
				l.share.drop()
				log.Warn("mailbox lease lost; stopped reading the mailbox")
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case <-l.share.changed():
			// fewer replicas means a larger share: try now, not at
			// the next tick
		}
	}
}

// waitForOthers is how many attempts (each TTL/3 apart) a replica that has
// its fair share leaves a free mailbox to the others before it takes the
// mailbox anyway: a mailbox nobody else wants must still be read.
const waitForOthers = 3

// takeOver takes the lease from a dead holder, if l knows how to tell and
// the lease's holder is one.
func takeOver(ctx context.Context, l Lease, name string, log *slog.Logger) bool {
	t, ok := l.Leaser.(Takeover)
	if !ok || l.Dead == nil {
		return false
	}
	holder, err := t.LeaseHolder(ctx, name)
	if err != nil || holder == "" || holder == l.Holder || !l.Dead(holder) {
		return false
	}
	ok, err = t.TakeOverLease(ctx, name, holder, l.Holder, l.TTL)
	if err != nil {
		log.Warn("take over mailbox lease", slog.String("from", holder), slog.Any("err", err))
		return false
	}
	if ok {
		log.Info("took over the mailbox lease of a process that is no longer running", slog.String("from", holder))
	}
	return ok
}

// heldEnd is why runWhileHeld stopped reading a mailbox.
type heldEnd int

const (
	stopped heldEnd = iota // ctx ended
	lost                   // a renewal failed
	gaveUp                 // this replica had more than its share
)

// runWhileHeld reads the mailbox and renews the lease on every tick, and
// stops when ctx ends, the lease is lost or the replica holds more than its
// share of mailboxes.
func runWhileHeld(ctx context.Context, in *Ingester, l Lease, name string, tick <-chan time.Time) heldEnd {
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		in.Run(rctx)
	}()
	defer func() {
		cancel()
		<-done
	}()
	for {
		select {
		case <-ctx.Done():
			return stopped
		case <-done:
			// Run only returns when its context ends.
			return stopped
		case <-tick:
			if l.share.giveUp() {
				return gaveUp
			}
			ok, err := l.Leaser.RenewLease(ctx, name, l.Holder, l.TTL)
			if ctx.Err() != nil {
				return stopped
			}
			if err != nil {
				l.Logger.Warn("renew mailbox lease", slog.String("mailbox", name), slog.Any("err", err))
			}
			if !ok {
				return lost
			}
		}
	}
}

// release gives the lease up with a fresh, short context: the caller's has
// usually ended by now.
func release(l Lease, name string, log *slog.Logger) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := l.Leaser.ReleaseLease(ctx, name, l.Holder); err != nil {
		log.Warn("release mailbox lease", slog.Any("err", err))
		return
	}
	log.Info("mailbox lease released")
}

func held(f func(bool), v bool) {
	if f != nil {
		f(v)
	}
}
