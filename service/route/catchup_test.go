package route_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hotline/hotline/internal/clock"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

// TestCatchUpHasNoHorizon: mail recorded days before routing came back is
// routed on start, and its alert is marked late instead of paging as if the
// mail had just arrived.
func TestCatchUpHasNoHorizon(t *testing.T) {
	e := newEnv(t)
	// Recorded while routing was down, three days ago and a week ago.
	e.msg("dana@shop.example", "Third time!!!", "HOT", 0.9, "m1@shop", "")
	e.clock.Advance(4 * 24 * time.Hour)
	e.msg("lee@other.example", "Still down", "HOT", 0.9, "m2@other", "")
	e.clock.Advance(3 * 24 * time.Hour)
	e.open()
	n, err := e.router.CatchUp(context.Background())
	if err != nil || n != 2 {
		t.Fatalf("CatchUp = %d, %v; want both old messages routed", n, err)
	}
	as := e.alerts()
	if len(as) != 2 {
		t.Fatalf("got %d alerts, want 2", len(as))
	}
	for _, a := range as {
		for _, k := range e.outboxPeople(a.ID) {
			if !strings.HasSuffix(k, "/late") {
				t.Errorf("alert %d: first page %s, want kind late", a.ID, k)
			}
		}
		evs, err := e.st.AlertEvents(context.Background(), a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if evs[0].Kind != "opened" || !strings.Contains(evs[0].Detail, "late: recorded") {
			t.Errorf("alert %d opened event %+v, want it marked late", a.ID, evs[0])
		}
	}

	// A fresh message after that is paged as new.
	e.clock.Advance(time.Minute)
	e.msg("kim@third.example", "Help now", "HOT", 0.9, "m3@third", "")
	if n, err := e.router.CatchUp(context.Background()); err != nil || n != 1 {
		t.Fatalf("CatchUp = %d, %v; want the fresh message", n, err)
	}
	for _, a := range e.alerts() {
		if a.From != "kim@third.example" {
			continue
		}
		if got := e.outboxPeople(a.ID); len(got) != 1 || got[0] != "alice/email/new" {
			t.Errorf("fresh alert pages %v, want alice/email/new", got)
		}
	}
}

// TestCatchUpAfterStartLooksBackFromTheLastSweep: once a sweep completed,
// a message recorded later, even with a recorded_at stamped somewhat in the
// past by another replica's clock, is still found.
func TestCatchUpAfterStartLooksBackFromTheLastSweep(t *testing.T) {
	e := newEnv(t)
	if n, err := e.router.CatchUp(context.Background()); err != nil || n != 0 {
		t.Fatalf("empty CatchUp = %d, %v", n, err)
	}
	e.clock.Advance(10 * time.Minute)
	// Another replica's clock runs an hour behind.
	e.clock.Advance(-time.Hour)
	e.msg("dana@shop.example", "Third time!!!", "HOT", 0.9, "m1@shop", "")
	e.clock.Advance(time.Hour)
	if n, err := e.router.CatchUp(context.Background()); err != nil || n != 1 {
		t.Fatalf("CatchUp = %d, %v; want the message", n, err)
	}
}

// backlog records n unrouted messages in batches, as the ingester would
// while routing is down; every tenth is hot, from its own sender.
func backlog(tb testing.TB, st *store.SQLite, at time.Time, n int) {
	tb.Helper()
	const batch = 200
	for start := 0; start < n; start += batch {
		var msgs []*store.Message
		for i := start; i < min(start+batch, n); i++ {
			level, heat := "COOL", 0.1
			if i%10 == 0 {
				level, heat = "HOT", 0.9
			}
			msgs = append(msgs, &store.Message{Mailbox: "backlog@example.com/INBOX", UIDValidity: 1, UID: uint32(i + 1),
				MessageID: fmt.Sprintf("b%d@shop", i), ContentHash: fmt.Sprintf("h%d", i), From: fmt.Sprintf("c%d@shop.example", i),
				Subject: "help", RecordedAt: at, Level: level, Heat: heat})
		}
		cp := store.Checkpoint{Mailbox: "backlog@example.com/INBOX", UIDValidity: 1, LastUID: uint32(min(start+batch, n))}
		if _, err := st.RecordMessages(context.Background(), msgs, cp); err != nil {
			tb.Fatal(err)
		}
	}
}

// TestCatchUpPagesThroughABacklog: a backlog many pages long is routed in
// one call, each message once.
func TestCatchUpPagesThroughABacklog(t *testing.T) {
	e := newEnv(t)
	backlog(t, e.st, e.clock.Now(), 1234)
	e.clock.Advance(2 * time.Hour)
	n, err := e.router.CatchUp(context.Background())
	if err != nil || n != 1234 {
		t.Fatalf("CatchUp = %d, %v; want all 1234", n, err)
	}
	if got, err := e.st.CountOpenAlerts(context.Background()); err != nil || got != 124 {
		t.Fatalf("%d open alerts (%v), want one per hot message (124)", got, err)
	}
	if n, err := e.router.CatchUp(context.Background()); err != nil || n != 0 {
		t.Fatalf("second CatchUp = %d, %v", n, err)
	}
}

// BenchmarkCatchUpBacklog measures the first catch-up after start over
// 20,000 messages recorded while routing was down (2,000 of them hot): run
// with -benchtime 1x, since each iteration needs a fresh backlog.
func BenchmarkCatchUpBacklog(b *testing.B) {
	cfg, err := route.ParseConfig(strings.NewReader(teamConfig))
	if err != nil {
		b.Fatal(err)
	}
	for range b.N {
		b.StopTimer()
		st, err := store.OpenSQLite(context.Background(), filepath.Join(b.TempDir(), "h.db"))
		if err != nil {
			b.Fatal(err)
		}
		clock := clock.NewFake(time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC))
		backlog(b, st, clock.Now(), 20000)
		clock.Advance(2 * time.Hour)
		r := route.New(st, cfg, route.Options{Clock: clock})
		b.StartTimer()
		n, err := r.CatchUp(context.Background())
		b.StopTimer()
		if err != nil || n != 20000 {
			b.Fatalf("CatchUp = %d, %v", n, err)
		}
		st.Close()
	}
}
