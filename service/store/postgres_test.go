package store_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/hotline/hotline/internal/pgtest"
	"github.com/hotline/hotline/service/store"
	"github.com/hotline/hotline/service/store/storetest"
)

func openPostgres(t testing.TB, dsn string) *store.Postgres {
	t.Helper()
	s, err := store.OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestPostgres starts one server for every PostgreSQL test of the package
// (starting one takes seconds) and gives each subtest its own database.
func TestPostgres(t *testing.T) {
	p := pgtest.Start(t)
	fresh := func(t *testing.T) *store.Postgres {
		s := openPostgres(t, p.NewDatabase(t))
		t.Cleanup(func() { s.Close() })
		return s
	}
	t.Run("Conformance", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) storetest.Store { return fresh(t) })
	})
	t.Run("Reopen", func(t *testing.T) {
		dsns := map[string]string{}
		storetest.RunReopen(t, func(t *testing.T, name string) storetest.Store {
			if dsns[name] == "" {
				dsns[name] = p.NewDatabase(t)
			}
			return openPostgres(t, dsns[name])
		})
	})
	t.Run("Alerts", func(t *testing.T) {
		storetest.RunAlerts(t, func(t *testing.T) storetest.AlertStore { return fresh(t) })
	})
	t.Run("Replicas", func(t *testing.T) {
		storetest.RunReplicas(t, func(t *testing.T) (storetest.AlertStore, storetest.AlertStore) {
			dsn := p.NewDatabase(t)
			a, b := openPostgres(t, dsn), openPostgres(t, dsn)
			t.Cleanup(func() { a.Close(); b.Close() })
			return a, b
		})
	})
	t.Run("AlertMessages", func(t *testing.T) { testAlertMessages(t, fresh(t)) })
	t.Run("ConcurrentMigrations", func(t *testing.T) { testConcurrentOpen(t, p.NewDatabase(t)) })
	t.Run("DueAlertsOnce", func(t *testing.T) { testDueAlertsOnce(t, p.NewDatabase(t)) })
	t.Run("ListenMessages", func(t *testing.T) { testListenMessages(t, p.NewDatabase(t)) })
	t.Run("BadDSN", func(t *testing.T) {
		if _, err := store.OpenPostgres(context.Background(), "postgres://u:secret@127.0.0.1:1/x?connect_timeout=1"); err == nil {
			t.Fatal("opened a store on a closed port")
		}
		if _, err := store.OpenPostgres(context.Background(), "postgres://u:secret@%zz"); err == nil {
			t.Fatal("opened a store with an invalid dsn")
		}
	})
}

var (
	t0        = storetest.T0
	newAlert  = storetest.NewAlert
	outboxFor = storetest.NewOutbox
)

func idsOfMsgs(ms []store.Message) []int64 {
	var ids []int64
	for _, m := range ms {
		ids = append(ids, m.ID)
	}
	return ids
}

// testConcurrentOpen opens one new database from several replicas at once:
// the migrations must apply once and every open must succeed.
func testConcurrentOpen(t *testing.T, dsn string) {
	ctx := context.Background()
	const replicas = 6
	var wg sync.WaitGroup
	errs := make(chan error, replicas)
	for range replicas {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := store.OpenPostgres(ctx, dsn)
			if err != nil {
				errs <- err
				return
			}
			errs <- s.Close()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// testDueAlertsOnce has two replicas poll for due escalations at once: each
// due alert goes to one of them, and an alert whose claimer died comes back
// once the claim runs out.
func testDueAlertsOnce(t *testing.T, dsn string) {
	ctx := context.Background()
	replicas := []*store.Postgres{openPostgres(t, dsn), openPostgres(t, dsn)}
	t.Cleanup(func() { replicas[0].Close(); replicas[1].Close() })
	const n = 60
	due := t0.Add(10 * time.Minute)
	for i := range n {
		if err := replicas[0].ApplyAlert(ctx, store.AlertChange{Alert: newAlert(fmt.Sprintf("d%d@example.com", i), due)}); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	got := map[int64]int{}
	var wg sync.WaitGroup
	for w := range 6 {
		wg.Add(1)
		go func(s *store.Postgres) {
			defer wg.Done()
			for {
				as, err := s.DueAlerts(ctx, due, 4)
				if err != nil {
					t.Error(err)
					return
				}
				if len(as) == 0 {
					return
				}
				mu.Lock()
				for _, a := range as {
					got[a.ID]++
				}
				mu.Unlock()
			}
		}(replicas[w%2])
	}
	wg.Wait()
	if len(got) != n {
		t.Errorf("%d distinct due alerts handed out, want %d", len(got), n)
	}
	for id, c := range got {
		if c != 1 {
			t.Errorf("alert %d handed out %d times", id, c)
		}
	}
	// Nobody applied a decision: after the claim expires the alerts are due
	// again for whoever asks.
	later := due.Add(time.Hour)
	again, err := replicas[1].DueAlerts(ctx, later, n+10)
	if err != nil || len(again) != n {
		t.Errorf("DueAlerts after the claims expired = %d, %v; want %d", len(again), err, n)
	}
}

// BenchmarkPostgresRecordMessage records realistic scored messages one at a
// time, each in its own transaction with a checkpoint advance, as the
// ingester does; compare BenchmarkRecordMessage for SQLite.
func BenchmarkPostgresRecordMessage(b *testing.B) {
	ctx := context.Background()
	s := openPostgres(b, pgtest.Start(b).NewDatabase(b))
	defer s.Close()
	b.ReportAllocs()
	uid := uint32(0)
	for b.Loop() {
		uid++
		m := storetest.NewMessage("bench@hotline.example/INBOX", 1, uid, fmt.Sprintf("bench-%d@example.com", uid), "bench")
		if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{UIDValidity: 1, LastUID: uid}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkPostgresClaimOutbox measures one notification's way through the
// outbox: queued by ApplyAlert, claimed, completed.
func BenchmarkPostgresClaimOutbox(b *testing.B) {
	ctx := context.Background()
	s := openPostgres(b, pgtest.Start(b).NewDatabase(b))
	defer s.Close()
	a := newAlert("bench@example.com", time.Time{})
	// Already notified, so completing a row leaves the alert's version alone.
	a.State = store.AlertNotified
	if err := s.ApplyAlert(ctx, store.AlertChange{Alert: a}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		if err := s.ApplyAlert(ctx, store.AlertChange{Alert: a, Outbox: outboxFor(fmt.Sprintf("n/%d", i))}); err != nil {
			b.Fatal(err)
		}
		items, err := s.ClaimOutbox(ctx, t0, time.Minute, 20)
		if err != nil || len(items) != 1 {
			b.Fatalf("claim = %d items, %v; want 1", len(items), err)
		}
		if err := s.CompleteOutbox(ctx, items[0], store.OutboxSent, t0, "ok"); err != nil {
			b.Fatal(err)
		}
	}
}

// testListenMessages: a listener on one handle hears what another records,
// once per recording transaction and not for a duplicate, and stops with
// its context.
func testListenMessages(t *testing.T, dsn string) {
	a, b := openPostgres(t, dsn), openPostgres(t, dsn)
	t.Cleanup(func() { a.Close(); b.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	heard := make(chan struct{}, 16)
	done := make(chan error, 1)
	go func() { done <- a.ListenMessages(ctx, func() { heard <- struct{}{} }) }()
	// The listener may not be listening yet: record until it hears.
	deadline := time.After(30 * time.Second)
	for uid := uint32(1); ; uid++ {
		m := storetest.NewMessage("support/INBOX", 1, uid, fmt.Sprintf("listen-%d@example.com", uid), "listen")
		if _, err := b.RecordMessage(context.Background(), &m, store.Checkpoint{}); err != nil {
			t.Fatal(err)
		}
		select {
		case <-heard:
		case <-time.After(100 * time.Millisecond):
			continue
		case <-deadline:
			t.Fatal("the listener heard no recorded message within 30s")
		}
		break
	}
	for len(heard) > 0 {
		<-heard
	}
	// A batch is one notification; a duplicate records nothing new, and
	// says nothing.
	again := storetest.NewMessage("support/INBOX", 1, 1, "listen-1@example.com", "listen")
	batch := []*store.Message{&again, ptr(storetest.NewMessage("support/INBOX", 2, 1, "listen-b@example.com", "b"))}
	if _, err := b.RecordMessages(context.Background(), batch, store.Checkpoint{}); err != nil {
		t.Fatal(err)
	}
	dup := storetest.NewMessage("support/INBOX", 2, 1, "listen-b@example.com", "b")
	if ins, err := b.RecordMessage(context.Background(), &dup, store.Checkpoint{}); err != nil || ins {
		t.Fatalf("duplicate recorded: %v, %v", ins, err)
	}
	select {
	case <-heard:
	case <-time.After(30 * time.Second):
		t.Fatal("the listener did not hear the batch")
	}
	select {
	case <-heard:
		t.Error("heard a second notification for one batch and a duplicate")
	case <-time.After(300 * time.Millisecond):
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("ListenMessages after cancel: %v", err)
	}
}

func ptr[T any](v T) *T { return &v }
