package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hotline/hotline/service/store"
)

// RunAlerts runs the alert suite: one alert through its life, with every
// alert, outbox and routing method on the way. open must return a new,
// empty store for each call and arrange for it to be closed.
func RunAlerts(t *testing.T, open func(t *testing.T) AlertStore) {
	t.Run("Lifecycle", func(t *testing.T) { testAlerts(t, open(t)) })
	t.Run("AlertedCopies", func(t *testing.T) { testAlertedCopies(t, open(t)) })
}

// RunReplicas runs what two processes sharing one database must agree on:
// leases, claiming the outbox, recording and routing a message once.
// open must return two handles, as two processes would hold, on a new,
// empty database for each call, and arrange for them to be closed.
func RunReplicas(t *testing.T, open func(t *testing.T) (AlertStore, AlertStore)) {
	t.Run("Leases", func(t *testing.T) {
		testLeases(t, func(t *testing.T) (leaser, leaser) { return open(t) })
	})
	t.Run("CountLeases", func(t *testing.T) {
		a, b := open(t)
		ca, okA := a.(leaseCounter)
		cb, okB := b.(leaseCounter)
		if !okA || !okB {
			t.Skip("store cannot count leases")
		}
		testCountLeases(t, ca, cb)
	})
	t.Run("ClaimOutboxOnce", func(t *testing.T) { a, b := open(t); testClaimOutboxOnce(t, a, b) })
	t.Run("ConcurrentDuplicates", func(t *testing.T) { a, b := open(t); testConcurrentDuplicates(t, a, b) })
	t.Run("RouteOnce", func(t *testing.T) { a, b := open(t); testRouteOnce(t, a, b) })
	t.Run("CopyPagesOnce", func(t *testing.T) { a, b := open(t); testCopyPagesOnce(t, a, b) })
}

// AlertStore is the alert, outbox, routing and lease side of a store,
// beside the messages and checkpoints of Store.
type AlertStore interface {
	Store
	ApplyAlert(ctx context.Context, ch store.AlertChange) error
	GetAlert(ctx context.Context, id int64) (store.Alert, error)
	ListAlerts(ctx context.Context, f store.AlertFilter) ([]store.Alert, error)
	AlertEvents(ctx context.Context, id int64) ([]store.AlertEvent, error)
	AlertEventsSince(ctx context.Context, after int64, limit int) ([]store.AlertEvent, error)
	LastAlertEventID(ctx context.Context) (int64, error)
	DueAlerts(ctx context.Context, now time.Time, limit int) ([]store.Alert, error)
	FindAlertByThread(ctx context.Context, messageIDs []string) (store.Alert, error)
	FindAlertBySender(ctx context.Context, from string, since time.Time) (store.Alert, error)
	CountOpenAlerts(ctx context.Context) (int, error)
	ClaimOutbox(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]store.OutboxItem, error)
	CompleteOutbox(ctx context.Context, item store.OutboxItem, status string, at time.Time, detail string) error
	FailOutbox(ctx context.Context, item store.OutboxItem, next time.Time, msg string, final bool, at time.Time) error
	NextOutboxAttempt(ctx context.Context) (time.Time, bool, error)
	ListOutbox(ctx context.Context, alertID int64) ([]store.OutboxItem, error)
	Routed(ctx context.Context, messageID int64) (bool, error)
	MarkRouted(ctx context.Context, messageID int64, at time.Time) error
	Unrouted(ctx context.Context, since time.Time, afterID int64, limit int) ([]store.Message, error)
	AlertedCopies(ctx context.Context, messageID, from string, except int64, limit int) ([]store.Message, error)
	leaser
}

// T0 is when the alerts of the suite open.
var T0 = time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

// NewAlert returns an open alert from the address, due at due, as the router
// would open it.
func NewAlert(from string, due time.Time) *store.Alert {
	return &store.Alert{
		State: store.AlertOpen, Route: "vip", Chain: "support", ChainSnapshot: []byte(`{"steps":[{"after":"10m"}]}`),
		Owners: []string{"alice", "bob"}, MessageRef: 1, Mailbox: "support/INBOX", From: from, FromName: "Dana",
		Subject: "Still broken", Excerpt: "THIRD time", Anger: 0.9, Urgency: 0.7, Heat: 0.85, Level: "HOT",
		Reasons:  []store.Reason{{Signal: "anger.lexicon", Weight: 0.4, Phrase: "THIRD time", Start: 1, End: 11}},
		Messages: 1, ReceivedAt: T0, LastMessageAt: T0, OpenedAt: T0, UpdatedAt: T0, NextDueAt: due,
	}
}

// NewOutbox returns one email notification to alice per key, due at T0.
func NewOutbox(keys ...string) []store.OutboxItem {
	var out []store.OutboxItem
	for _, k := range keys {
		out = append(out, store.OutboxItem{Key: k, Channel: store.ChannelEmail, Person: "alice", Address: "alice@example.com",
			Kind: store.NotifyNew, NextAttemptAt: T0, CreatedAt: T0})
	}
	return out
}

// testAlerts walks one alert through its life and checks every alert and
// outbox method on the way.
func testAlerts(t *testing.T, s AlertStore) {
	ctx := context.Background()
	m := NewMessage("support/INBOX", 1, 1, "first@example.com", "alert")
	m.Prepared, m.Body = "Third time I write.", "Third time I write.\n> earlier"
	if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{UIDValidity: 1, LastUID: 1}); err != nil {
		t.Fatal(err)
	}
	bare := NewMessage("support/INBOX", 1, 2, "bare@example.com", "no text")
	if _, err := s.RecordMessage(ctx, &bare, store.Checkpoint{UIDValidity: 1, LastUID: 2}); err != nil {
		t.Fatal(err)
	}
	unrouted, err := s.Unrouted(ctx, time.Time{}, 0, 10)
	if err != nil || len(unrouted) != 2 || unrouted[0].ID != m.ID || unrouted[1].ID != bare.ID {
		t.Fatalf("Unrouted = %v, %v; want messages %d and %d", idsOf(unrouted), err, m.ID, bare.ID)
	}
	// A message routed later, by another process or after a restart,
	// comes with the text the recording process had.
	if got := unrouted[0]; got.Prepared != m.Prepared || got.Body != m.Body {
		t.Errorf("Unrouted text = %q / %q; want %q / %q", got.Prepared, got.Body, m.Prepared, m.Body)
	}
	if got := unrouted[1]; got.Prepared != "" || got.Body != "" {
		t.Errorf("Unrouted text of a message without one = %q / %q; want none", got.Prepared, got.Body)
	}
	if err := s.MarkRouted(ctx, bare.ID, T0); err != nil {
		t.Fatal(err)
	}

	if done, err := s.Routed(ctx, m.ID); err != nil || done {
		t.Fatalf("Routed before routing = %v, %v; want false", done, err)
	}

	a := NewAlert("Dana.Kowalski@Example.org", T0.Add(10*time.Minute))
	ch := store.AlertChange{
		Alert:     a,
		Events:    []store.AlertEvent{{At: T0, Kind: store.EventOpened, Detail: "route vip"}, {At: T0, Kind: store.EventQueued, Person: "alice"}},
		Outbox:    NewOutbox("new/alice", "new/bob"),
		ThreadIDs: []string{"first@example.com", "ticket-1@example.com"},
		Routed:    m.ID,
	}
	ch.Outbox[1].Person, ch.Outbox[1].Channel, ch.Outbox[1].Address = "bob", store.ChannelWebhook, "https://hooks.example/x"
	if err := s.ApplyAlert(ctx, ch); err != nil {
		t.Fatalf("open alert: %v", err)
	}
	if a.ID == 0 || a.Version != 1 {
		t.Fatalf("after insert id %d version %d; want an id and version 1", a.ID, a.Version)
	}
	for _, e := range ch.Events {
		if e.ID == 0 || e.AlertID != a.ID {
			t.Errorf("event %+v: id not set or wrong alert", e)
		}
	}
	if want := fmt.Sprintf("alert-%d/new/alice", a.ID); ch.Outbox[0].Key != want {
		t.Errorf("outbox key %q, want %q", ch.Outbox[0].Key, want)
	}
	if got, err := s.Unrouted(ctx, time.Time{}, 0, 10); err != nil || len(got) != 0 {
		t.Errorf("Unrouted after routing = %v, %v; want none", idsOf(got), err)
	}
	if done, err := s.Routed(ctx, m.ID); err != nil || !done {
		t.Errorf("Routed after routing = %v, %v; want true", done, err)
	}

	got, err := s.GetAlert(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, *a) {
		t.Errorf("GetAlert =\n%+v\nwant\n%+v", got, *a)
	}
	if _, err := s.GetAlert(ctx, a.ID+100); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("GetAlert(missing) err = %v, want ErrNotFound", err)
	}

	// A replayed decision adds no second notification.
	stale := *a
	replay := store.AlertChange{Alert: a, Outbox: NewOutbox("new/alice")}
	if err := s.ApplyAlert(ctx, replay); err != nil {
		t.Fatal(err)
	}
	if items, err := s.ListOutbox(ctx, a.ID); err != nil || len(items) != 2 {
		t.Fatalf("ListOutbox after replay = %d items, %v; want 2", len(items), err)
	}
	if err := s.ApplyAlert(ctx, store.AlertChange{Alert: &stale}); !errors.Is(err, store.ErrConflict) {
		t.Errorf("stale update err = %v, want ErrConflict", err)
	}
	ghost := *a
	ghost.ID += 100
	if err := s.ApplyAlert(ctx, store.AlertChange{Alert: &ghost}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("update of missing alert err = %v, want ErrNotFound", err)
	}

	// Finding by thread and by sender.
	if f, err := s.FindAlertByThread(ctx, []string{"nope@x", "ticket-1@example.com"}); err != nil || f.ID != a.ID {
		t.Errorf("FindAlertByThread = %d, %v; want %d", f.ID, err, a.ID)
	}
	if _, err := s.FindAlertByThread(ctx, []string{"nope@x"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("FindAlertByThread(unknown) err = %v, want ErrNotFound", err)
	}
	if _, err := s.FindAlertByThread(ctx, nil); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("FindAlertByThread(nil) err = %v, want ErrNotFound", err)
	}
	if f, err := s.FindAlertBySender(ctx, "dana.kowalski@example.ORG", T0.Add(-time.Hour)); err != nil || f.ID != a.ID {
		t.Errorf("FindAlertBySender = %d, %v; want %d (case-insensitive)", f.ID, err, a.ID)
	}
	if _, err := s.FindAlertBySender(ctx, "dana.kowalski@example.org", T0.Add(time.Minute)); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("FindAlertBySender(after last message) err = %v, want ErrNotFound", err)
	}

	// The outbox: claim, lease, complete, fail.
	if next, ok, err := s.NextOutboxAttempt(ctx); err != nil || !ok || !next.Equal(T0) {
		t.Errorf("NextOutboxAttempt = %v, %v, %v; want %v", next, ok, err, T0)
	}
	if items, err := s.ClaimOutbox(ctx, T0.Add(-time.Second), time.Minute, 10); err != nil || len(items) != 0 {
		t.Errorf("claim before due = %d items, %v; want none", len(items), err)
	}
	items, err := s.ClaimOutbox(ctx, T0, time.Minute, 10)
	if err != nil || len(items) != 2 {
		t.Fatalf("claim = %d items, %v; want 2", len(items), err)
	}
	sort.Slice(items, func(i, j int) bool { return items[i].ID < items[j].ID })
	for _, it := range items {
		if it.Attempts != 1 || !it.NextAttemptAt.Equal(T0.Add(time.Minute)) || it.Status != store.OutboxPending {
			t.Errorf("claimed %+v; want 1 attempt, leased until %v", it, T0.Add(time.Minute))
		}
	}
	if again, err := s.ClaimOutbox(ctx, T0.Add(30*time.Second), time.Minute, 10); err != nil || len(again) != 0 {
		t.Errorf("claim during lease = %d items, %v; want none", len(again), err)
	}
	if err := s.CompleteOutbox(ctx, items[0], store.OutboxSent, T0.Add(time.Second), "250 ok"); err != nil {
		t.Fatal(err)
	}
	if got, err := s.GetAlert(ctx, a.ID); err != nil || got.State != store.AlertNotified || got.Version != a.Version+1 {
		t.Errorf("after delivery state %s version %d, %v; want NOTIFIED version %d", got.State, got.Version, err, a.Version+1)
	}
	// The lease ran out without an answer: the row is due again.
	retry, err := s.ClaimOutbox(ctx, T0.Add(2*time.Minute), time.Minute, 10)
	if err != nil || len(retry) != 1 || retry[0].ID != items[1].ID || retry[0].Attempts != 2 {
		t.Fatalf("claim after lease = %+v, %v; want item %d at attempt 2", retry, err, items[1].ID)
	}
	if err := s.FailOutbox(ctx, retry[0], T0.Add(5*time.Minute), "connection refused", false, T0.Add(2*time.Minute)); err != nil {
		t.Fatal(err)
	}
	if next, ok, err := s.NextOutboxAttempt(ctx); err != nil || !ok || !next.Equal(T0.Add(5*time.Minute)) {
		t.Errorf("NextOutboxAttempt after failure = %v, %v, %v; want %v", next, ok, err, T0.Add(5*time.Minute))
	}
	retry[0].Attempts = 3
	if err := s.FailOutbox(ctx, retry[0], T0.Add(10*time.Minute), "connection refused", true, T0.Add(5*time.Minute)); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.NextOutboxAttempt(ctx); err != nil || ok {
		t.Errorf("NextOutboxAttempt with nothing pending = %v, %v; want none", ok, err)
	}
	outbox, err := s.ListOutbox(ctx, a.ID)
	if err != nil || len(outbox) != 2 {
		t.Fatalf("ListOutbox = %d, %v", len(outbox), err)
	}
	if o := outbox[0]; o.Status != store.OutboxSent || !o.SentAt.Equal(T0.Add(time.Second)) || o.LastError != "" {
		t.Errorf("delivered row %+v", o)
	}
	if o := outbox[1]; o.Status != store.OutboxFailed || o.LastError != "connection refused" || o.Attempts != 2 {
		t.Errorf("failed row %+v", o)
	}

	// Escalation timers.
	if due, err := s.DueAlerts(ctx, T0.Add(5*time.Minute), 10); err != nil || len(due) != 0 {
		t.Errorf("DueAlerts before due = %d, %v; want none", len(due), err)
	}
	due, err := s.DueAlerts(ctx, T0.Add(10*time.Minute), 10)
	if err != nil || len(due) != 1 || due[0].ID != a.ID {
		t.Fatalf("DueAlerts = %d, %v; want alert %d", len(due), err, a.ID)
	}
	esc := due[0]
	esc.Step, esc.NextDueAt, esc.UpdatedAt = 1, T0.Add(20*time.Minute), T0.Add(10*time.Minute)
	if err := s.ApplyAlert(ctx, store.AlertChange{Alert: &esc, Events: []store.AlertEvent{{At: esc.UpdatedAt, Kind: store.EventEscalated}}}); err != nil {
		t.Fatalf("escalate: %v", err)
	}
	if due, err := s.DueAlerts(ctx, T0.Add(15*time.Minute), 10); err != nil || len(due) != 0 {
		t.Errorf("DueAlerts after escalation = %d, %v; want none until the next step", len(due), err)
	}
	if due, err := s.DueAlerts(ctx, T0.Add(20*time.Minute), 10); err != nil || len(due) != 1 || due[0].Step != 1 {
		t.Errorf("DueAlerts at the next step = %+v, %v; want the alert at step 1", due, err)
	}

	// A second alert, then listing and counting.
	b := NewAlert("other@example.com", time.Time{})
	if err := s.ApplyAlert(ctx, store.AlertChange{Alert: b, Events: []store.AlertEvent{{At: T0, Kind: store.EventOpened}}}); err != nil {
		t.Fatal(err)
	}
	if n, err := s.CountOpenAlerts(ctx); err != nil || n != 2 {
		t.Errorf("CountOpenAlerts = %d, %v; want 2", n, err)
	}
	all, err := s.ListAlerts(ctx, store.AlertFilter{})
	if err != nil || len(all) != 2 || all[0].ID != b.ID {
		t.Errorf("ListAlerts = %d alerts, %v; want 2, newest (%d) first", len(all), err, b.ID)
	}
	open, err := s.ListAlerts(ctx, store.AlertFilter{States: []store.State{store.AlertOpen}})
	if err != nil || len(open) != 1 || open[0].ID != b.ID {
		t.Errorf("ListAlerts(OPEN) = %d alerts, %v; want only %d", len(open), err, b.ID)
	}

	// Resolving closes the thread.
	res := esc
	res.Version = esc.Version
	res.State, res.ResolvedAt, res.ResolvedBy, res.NextDueAt = store.AlertResolved, T0.Add(time.Hour), "alice", time.Time{}
	if err := s.ApplyAlert(ctx, store.AlertChange{Alert: &res, Events: []store.AlertEvent{{At: res.ResolvedAt, Kind: store.EventResolved, Person: "alice"}}}); err != nil {
		t.Fatalf("resolve: %v", err)
	}
	if _, err := s.FindAlertByThread(ctx, []string{"ticket-1@example.com"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("FindAlertByThread(resolved) err = %v, want ErrNotFound", err)
	}
	if n, err := s.CountOpenAlerts(ctx); err != nil || n != 1 {
		t.Errorf("CountOpenAlerts after resolve = %d, %v; want 1", n, err)
	}

	// History.
	events, err := s.AlertEvents(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []store.EventKind
	for _, e := range events {
		kinds = append(kinds, e.Kind)
	}
	// Each failed attempt is history too, not only the last.
	wantKinds := []store.EventKind{store.EventOpened, store.EventQueued, store.EventNotified, store.EventUndelivered,
		store.EventFailed, store.EventEscalated, store.EventResolved}
	if !reflect.DeepEqual(kinds, wantKinds) {
		t.Fatalf("AlertEvents kinds = %v, want %v", kinds, wantKinds)
	}
	if e := events[3]; !strings.HasPrefix(e.Detail, "attempt 2 failed, next at ") || !strings.HasSuffix(e.Detail, ": connection refused") || e.Person != "bob" {
		t.Errorf("undelivered event %+v", e)
	}
	if e := events[4]; e.Detail != "gave up after 3 attempts: connection refused" || e.Person != "bob" {
		t.Errorf("failed event %+v", e)
	}
	since, err := s.AlertEventsSince(ctx, events[1].ID, 3)
	if err != nil || len(since) != 3 || since[0].ID != events[2].ID {
		t.Errorf("AlertEventsSince = %+v, %v; want 3 events from %d", since, err, events[2].ID)
	}
	last, err := s.LastAlertEventID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	everything, err := s.AlertEventsSince(ctx, 0, 1000)
	if err != nil || len(everything) != len(events)+1 || everything[len(everything)-1].ID != last {
		t.Errorf("AlertEventsSince(0) = %d events (last id %d), %v; want %d ending at %d", len(everything),
			everything[len(everything)-1].ID, err, len(events)+1, last)
	}

	// MarkRouted is idempotent.
	m2 := NewMessage("support/INBOX", 1, 2, "second@example.com", "alert")
	if _, err := s.RecordMessage(ctx, &m2, store.Checkpoint{UIDValidity: 1, LastUID: 2}); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := s.MarkRouted(ctx, m2.ID, T0); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := s.Unrouted(ctx, time.Time{}, 0, 10); err != nil || len(got) != 0 {
		t.Errorf("Unrouted after MarkRouted = %v, %v; want none", idsOf(got), err)
	}

	// An acknowledged alert still comes due: its owner is reminded until a
	// reply is seen.
	acked := NewAlert("waiting@example.com", T0.Add(3*time.Hour))
	acked.State, acked.AckedAt, acked.AckedBy = store.AlertAcknowledged, T0.Add(2*time.Hour), "alice"
	if err := s.ApplyAlert(ctx, store.AlertChange{Alert: acked, Events: []store.AlertEvent{{At: T0, Kind: store.EventAcknowledged, Person: "alice"}}}); err != nil {
		t.Fatal(err)
	}
	due, err = s.DueAlerts(ctx, T0.Add(3*time.Hour), 10)
	if err != nil || !slices.ContainsFunc(due, func(a store.Alert) bool { return a.ID == acked.ID }) {
		t.Errorf("DueAlerts at the answer deadline = %+v, %v; want the acknowledged alert %d", due, err, acked.ID)
	}
}

// testClaimOutboxOnce has two replicas, each with several senders, claim
// the same outbox at once: every row must be claimed exactly once.
func testClaimOutboxOnce(t *testing.T, a, b AlertStore) {
	ctx := context.Background()
	replicas := []AlertStore{a, b}
	const alerts, perAlert = 20, 15
	for i := range alerts {
		keys := make([]string, perAlert)
		for j := range keys {
			keys[j] = fmt.Sprintf("new/%d", j)
		}
		a := NewAlert(fmt.Sprintf("c%d@example.com", i), time.Time{})
		if err := replicas[i%2].ApplyAlert(ctx, store.AlertChange{Alert: a, Outbox: NewOutbox(keys...)}); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	claimed := map[int64]int{}
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func(s AlertStore) {
			defer wg.Done()
			for {
				items, err := s.ClaimOutbox(ctx, T0, time.Hour, 7)
				if err != nil {
					t.Error(err)
					return
				}
				if len(items) == 0 {
					return
				}
				mu.Lock()
				for _, it := range items {
					claimed[it.ID]++
				}
				mu.Unlock()
			}
		}(replicas[w%2])
	}
	wg.Wait()
	if len(claimed) != alerts*perAlert {
		t.Errorf("claimed %d distinct rows, want %d", len(claimed), alerts*perAlert)
	}
	for id, n := range claimed {
		if n != 1 {
			t.Errorf("row %d claimed %d times", id, n)
		}
	}
	for i := int64(1); i <= alerts; i++ {
		items, err := replicas[0].ListOutbox(ctx, i)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			if it.Attempts != 1 {
				t.Errorf("row %d has %d attempts, want 1", it.ID, it.Attempts)
			}
		}
	}
}

// testConcurrentDuplicates records one message from several replicas at
// once, as two ingesters racing on a mailbox would: one insert wins and
// every caller gets its id.
func testConcurrentDuplicates(t *testing.T, a, b AlertStore) {
	ctx := context.Background()
	replicas := []AlertStore{a, b}
	for uid := uint32(1); uid <= 20; uid++ {
		const racers = 6
		var wg sync.WaitGroup
		ids := make([]int64, racers)
		inserted := make([]bool, racers)
		for r := range racers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				m := NewMessage("race/INBOX", 1, uid, fmt.Sprintf("race-%d@example.com", uid), "race")
				ok, err := replicas[r%2].RecordMessage(ctx, &m, store.Checkpoint{UIDValidity: 1, LastUID: uid})
				if err != nil {
					t.Errorf("uid %d racer %d: %v", uid, r, err)
				}
				ids[r], inserted[r] = m.ID, ok
			}()
		}
		wg.Wait()
		wins := 0
		for r := range racers {
			if inserted[r] {
				wins++
			}
			if ids[r] != ids[0] || ids[r] == 0 {
				t.Errorf("uid %d: racers got ids %v; want one id", uid, ids)
				break
			}
		}
		if wins != 1 {
			t.Errorf("uid %d inserted %d times, want once", uid, wins)
		}
	}
}

// testRouteOnce has replicas decide on one message at once, as catching up
// routers would: one decision commits, the others get ErrConflict (and on
// retry find the message routed), so the message opens one alert.
func testRouteOnce(t *testing.T, a, b AlertStore) {
	ctx := context.Background()
	replicas := []AlertStore{a, b}
	for i := range 10 {
		m := NewMessage("route/INBOX", 1, uint32(i+1), fmt.Sprintf("route-%d@example.com", i), "route")
		if _, err := replicas[0].RecordMessage(ctx, &m, store.Checkpoint{}); err != nil {
			t.Fatal(err)
		}
		const racers = 4
		var wg sync.WaitGroup
		errs := make([]error, racers)
		for r := range racers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				a := NewAlert(fmt.Sprintf("route-%d@example.com", i), time.Time{})
				errs[r] = replicas[r%2].ApplyAlert(ctx, store.AlertChange{Alert: a, Routed: m.ID,
					Events: []store.AlertEvent{{At: T0, Kind: store.EventOpened}}})
			}()
		}
		wg.Wait()
		wins := 0
		for _, err := range errs {
			switch {
			case err == nil:
				wins++
			case !errors.Is(err, store.ErrConflict):
				t.Errorf("message %d: %v; want success or ErrConflict", m.ID, err)
			}
		}
		if wins != 1 {
			t.Errorf("message %d routed by %d decisions, want 1", m.ID, wins)
		}
	}
	all, err := replicas[1].ListAlerts(ctx, store.AlertFilter{Limit: 1000})
	if err != nil || len(all) != 10 {
		t.Errorf("%d alerts for 10 messages, %v; want 10", len(all), err)
	}
	// A decision without a message, like an acknowledgement from the API,
	// is not affected.
	if err := replicas[0].ApplyAlert(ctx, store.AlertChange{Alert: &all[0]}); err != nil {
		t.Errorf("update without a message: %v", err)
	}
}

// testAlertedCopies records one mail as several messages (another
// mailbox, other bytes) beside look-alikes that are not copies of an
// alerted mail, and checks which AlertedCopies returns.
func testAlertedCopies(t *testing.T, s AlertStore) {
	ctx := context.Background()
	uid := uint32(0)
	record := func(mailbox, messageID, from, body string, routed bool) store.Message {
		t.Helper()
		uid++
		m := NewMessage(mailbox, 1, uid, messageID, body)
		m.From, m.Prepared, m.Body = from, "prepared "+body, "body "+body
		if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{}); err != nil {
			t.Fatal(err)
		}
		if routed {
			if err := s.MarkRouted(ctx, m.ID, T0); err != nil {
				t.Fatal(err)
			}
		}
		return m
	}
	link := func(state store.State, ids ...string) {
		t.Helper()
		a := NewAlert("dana@example.org", T0.Add(time.Hour))
		a.State = state
		if err := s.ApplyAlert(ctx, store.AlertChange{Alert: a, ThreadIDs: ids}); err != nil {
			t.Fatal(err)
		}
	}
	const support, billing = "support/INBOX", "billing/INBOX"
	first := record(support, "open@example.org", "dana@example.org", "first", true)
	copied := record(billing, "open@example.org", "Dana@Example.ORG", "copy", false)
	other := record(support, "open@example.org", "eve@example.net", "eve", true)
	done := record(support, "done@example.org", "dana@example.org", "done", true)
	record(support, "quiet@example.org", "dana@example.org", "quiet", true)
	record(support, "pending@example.org", "dana@example.org", "pending", false)
	link(store.AlertOpen, "open@example.org", "pending@example.org")
	link(store.AlertResolved, "done@example.org")

	for _, tt := range []struct {
		name, messageID, from string
		except                int64
		want                  []int64
	}{
		{"copy in another mailbox", "open@example.org", "dana@example.org", copied.ID, []int64{first.ID}},
		{"sender in another case, brackets", " <open@example.org> ", "DANA@example.org", copied.ID, []int64{first.ID}},
		{"not itself", "open@example.org", "dana@example.org", first.ID, nil},
		{"other sender", "open@example.org", "eve@example.net", 0, []int64{other.ID}},
		{"unknown sender", "open@example.org", "mallory@example.com", 0, nil},
		{"resolved alert", "done@example.org", "dana@example.org", 0, []int64{done.ID}},
		{"routed, no alert", "quiet@example.org", "dana@example.org", 0, nil},
		{"alerted, not routed", "pending@example.org", "dana@example.org", 0, nil},
		{"no Message-ID", "", "dana@example.org", 0, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.AlertedCopies(ctx, tt.messageID, tt.from, tt.except, 0)
			if err != nil {
				t.Fatal(err)
			}
			if ids := idsOf(got); !slices.Equal(ids, tt.want) {
				t.Fatalf("AlertedCopies(%q, %q, except %d) = %v, want %v", tt.messageID, tt.from, tt.except, ids, tt.want)
			}
		})
	}
	got, err := s.AlertedCopies(ctx, "open@example.org", "dana@example.org", copied.ID, 0)
	if err != nil || len(got) != 1 {
		t.Fatalf("AlertedCopies = %v, %v", idsOf(got), err)
	}
	if got[0].Prepared != first.Prepared || got[0].Body != first.Body || got[0].Mailbox != support || got[0].Level != first.Level {
		t.Errorf("copy = %+v; want the first message with its texts", got[0])
	}
	if got, err := s.AlertedCopies(ctx, "open@example.org", "eve@example.net", 0, 1); err != nil || len(got) != 1 {
		t.Errorf("AlertedCopies limit 1 = %v, %v", idsOf(got), err)
	}
}

// testCopyPagesOnce has two replicas open an alert at once for two copies
// of one mail, recorded in two mailboxes, as routers reading each would:
// one decision commits, the other gets ErrConflict until it takes the
// first copy into account. Decisions without a copy check, or about
// another sender's mail, are not affected.
func testCopyPagesOnce(t *testing.T, a, b AlertStore) {
	ctx := context.Background()
	replicas := []AlertStore{a, b}
	open := func(s AlertStore, m store.Message, seen ...int64) error {
		al := NewAlert(m.From, time.Time{})
		al.MessageRef = m.ID
		return s.ApplyAlert(ctx, store.AlertChange{Alert: al, Routed: m.ID, ThreadIDs: []string{m.MessageID},
			Events: []store.AlertEvent{{At: T0, Kind: store.EventOpened}},
			Outbox: NewOutbox("s0-r0/alice/email"),
			Copies: &store.CopyCheck{MessageID: m.MessageID, From: m.From, Seen: seen}})
	}
	for i := range 10 {
		id := fmt.Sprintf("copy-%d@example.org", i)
		var copies [2]store.Message
		for r, box := range []string{"support/INBOX", "billing/INBOX"} {
			copies[r] = NewMessage(box, 1, uint32(i+1), id, box)
			if _, err := replicas[r].RecordMessage(ctx, &copies[r], store.Checkpoint{}); err != nil {
				t.Fatal(err)
			}
		}
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for r := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[r] = open(replicas[r], copies[r])
			}()
		}
		wg.Wait()
		var won, lost []int
		for r, err := range errs {
			switch {
			case err == nil:
				won = append(won, r)
			case errors.Is(err, store.ErrConflict):
				lost = append(lost, r)
			default:
				t.Fatalf("%s: %v; want success or ErrConflict", id, err)
			}
		}
		if len(won) != 1 || len(lost) != 1 {
			t.Fatalf("%s: %d decisions committed, want 1", id, len(won))
		}
		// The loser has not looked at the winner's copy yet: still a
		// conflict. Once it has (and judged the mail new), it commits.
		loser, winner := lost[0], won[0]
		if err := open(replicas[loser], copies[loser]); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("%s: decision unaware of the routed copy: %v, want ErrConflict", id, err)
		}
		if err := open(replicas[loser], copies[loser], copies[winner].ID); err != nil {
			t.Fatalf("%s: decision that saw the copy: %v", id, err)
		}
	}
	// Another sender's mail under a Message-ID already alerted, and a
	// decision without a check, commit.
	other := NewMessage("support/INBOX", 1, 100, "copy-0@example.org", "other sender")
	other.From = "eve@example.net"
	plain := NewMessage("support/INBOX", 1, 101, "copy-1@example.org", "no check")
	for _, m := range []*store.Message{&other, &plain} {
		if _, err := a.RecordMessage(ctx, m, store.Checkpoint{}); err != nil {
			t.Fatal(err)
		}
	}
	if err := open(b, other); err != nil {
		t.Errorf("other sender: %v", err)
	}
	if err := b.ApplyAlert(ctx, store.AlertChange{Alert: NewAlert(plain.From, time.Time{}), Routed: plain.ID}); err != nil {
		t.Errorf("decision without a copy check: %v", err)
	}
	all, err := a.ListAlerts(ctx, store.AlertFilter{Limit: 1000})
	if err != nil || len(all) != 22 {
		t.Errorf("%d alerts, %v; want 22", len(all), err)
	}
}

// leaser is what a replica uses to own a mailbox.
type leaser interface {
	AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error)
	RenewLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error)
	ReleaseLease(ctx context.Context, name, holder string) error
}

// testLeases checks the lease rules with two replicas, a and b, each on its
// own handle of one database. open returns a new database for each call.
func testLeases(t *testing.T, open func(t *testing.T) (a, b leaser)) {
	ctx := context.Background()
	const box = "support@hotline.example/INBOX"
	type step struct {
		who    string // "a" or "b"
		op     string // acquire, renew, release, sleep
		ttl    time.Duration
		sleep  time.Duration
		wantOK bool
	}
	const ttl = 600 * time.Millisecond
	tests := []struct {
		name  string
		steps []step
	}{
		{"only one acquires", []step{
			{who: "a", op: "acquire", ttl: ttl, wantOK: true},
			{who: "b", op: "acquire", ttl: ttl, wantOK: false},
			{who: "a", op: "acquire", ttl: ttl, wantOK: true}, // the holder may re-acquire
			{who: "b", op: "renew", ttl: ttl, wantOK: false},
			{who: "a", op: "renew", ttl: ttl, wantOK: true},
		}},
		{"expiry hands over", []step{
			{who: "a", op: "acquire", ttl: ttl, wantOK: true},
			{op: "sleep", sleep: ttl + 200*time.Millisecond},
			{who: "b", op: "acquire", ttl: ttl, wantOK: true},
			{who: "a", op: "renew", ttl: ttl, wantOK: false},
			{who: "a", op: "acquire", ttl: ttl, wantOK: false},
		}},
		{"renew extends", []step{
			{who: "a", op: "acquire", ttl: ttl, wantOK: true},
			{op: "sleep", sleep: ttl * 2 / 3},
			{who: "a", op: "renew", ttl: ttl, wantOK: true},
			{op: "sleep", sleep: ttl * 2 / 3}, // past the first expiry
			{who: "b", op: "acquire", ttl: ttl, wantOK: false},
			{op: "sleep", sleep: ttl},
			{who: "b", op: "acquire", ttl: ttl, wantOK: true},
		}},
		{"expired lease cannot be renewed", []step{
			{who: "a", op: "acquire", ttl: 100 * time.Millisecond, wantOK: true},
			{op: "sleep", sleep: 300 * time.Millisecond},
			{who: "a", op: "renew", ttl: ttl, wantOK: false},
			{who: "a", op: "acquire", ttl: ttl, wantOK: true},
		}},
		{"release hands over at once", []step{
			{who: "a", op: "acquire", ttl: time.Hour, wantOK: true},
			{who: "b", op: "release"}, // not b's to release
			{who: "b", op: "acquire", ttl: time.Hour, wantOK: false},
			{who: "a", op: "release"},
			{who: "b", op: "acquire", ttl: time.Hour, wantOK: true},
			{who: "a", op: "renew", ttl: time.Hour, wantOK: false},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := open(t)
			stores := map[string]leaser{"a": a, "b": b}
			for i, st := range tt.steps {
				s := stores[st.who]
				holder := "replica-" + st.who
				var ok bool
				var err error
				switch st.op {
				case "sleep":
					time.Sleep(st.sleep)
					continue
				case "acquire":
					ok, err = s.AcquireLease(ctx, box, holder, st.ttl)
				case "renew":
					ok, err = s.RenewLease(ctx, box, holder, st.ttl)
				case "release":
					if err := s.ReleaseLease(ctx, box, holder); err != nil {
						t.Fatalf("step %d: %s release: %v", i, st.who, err)
					}
					continue
				}
				if err != nil {
					t.Fatalf("step %d: %s %s: %v", i, st.who, st.op, err)
				}
				if ok != st.wantOK {
					t.Fatalf("step %d: %s %s = %v, want %v", i, st.who, st.op, ok, st.wantOK)
				}
			}
		})
	}

	t.Run("leases are independent", func(t *testing.T) {
		a, b := open(t)
		for _, c := range []struct {
			s      leaser
			holder string
			name   string
		}{{a, "replica-a", "box-1"}, {b, "replica-b", "box-2"}} {
			if ok, err := c.s.AcquireLease(ctx, c.name, c.holder, time.Hour); err != nil || !ok {
				t.Fatalf("%s acquire %s = %v, %v; want true", c.holder, c.name, ok, err)
			}
		}
	})

	t.Run("concurrent acquire", func(t *testing.T) {
		a, b := open(t)
		const racers = 8
		var wg sync.WaitGroup
		won := make(chan string, racers)
		for i := range racers {
			s := a
			if i%2 == 1 {
				s = b
			}
			wg.Add(1)
			go func(holder string) {
				defer wg.Done()
				ok, err := s.AcquireLease(ctx, box, holder, time.Hour)
				if err != nil {
					t.Errorf("%s: %v", holder, err)
				}
				if ok {
					won <- holder
				}
			}(string(rune('a' + i)))
		}
		wg.Wait()
		close(won)
		var winners []string
		for w := range won {
			winners = append(winners, w)
		}
		if len(winners) != 1 {
			t.Errorf("%d holders acquired one lease at once: %v; want exactly 1", len(winners), winners)
		}
	})

	t.Run("invalid", func(t *testing.T) {
		a, _ := open(t)
		for _, c := range []struct {
			name, holder string
			ttl          time.Duration
		}{{"", "h", time.Second}, {"n", "", time.Second}, {"n", "h", 0}} {
			if _, err := a.AcquireLease(ctx, c.name, c.holder, c.ttl); err == nil {
				t.Errorf("AcquireLease(%q, %q, %v) succeeded; want an error", c.name, c.holder, c.ttl)
			}
		}
	})
}
