package app_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/hotline/hotline/internal/dovecottest"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/ingest"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/notify/smtptest"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

// uidvStore is what the test reads back of the running app's store.
type uidvStore interface {
	ListAlerts(ctx context.Context, f store.AlertFilter) ([]store.Alert, error)
	AlertEvents(ctx context.Context, id int64) ([]store.AlertEvent, error)
	ListOutbox(ctx context.Context, alertID int64) ([]store.OutboxItem, error)
	FindByMessageID(ctx context.Context, messageID string) ([]store.Message, error)
	Checkpoint(ctx context.Context, mailbox string) (store.Checkpoint, error)
	Unmarked(ctx context.Context, mailbox string, limit int) ([]store.Message, error)
}

// TestUIDValidityChangePagesOnce runs the whole pipeline (IMAP, ingest,
// store, router, outbox, SMTP) over a mailbox that is deleted and
// recreated with the same mail under a new UIDVALIDITY, as when a folder is
// rebuilt: the hot mail that was paged before comes back under new UIDs and
// must not page anyone again, send a second alert mail, join its own alert
// as another message, or reach the ingest sink a second time. A new hot
// mail delivered after the change still pages.
func TestUIDValidityChangePagesOnce(t *testing.T) {
	for _, srv := range imapServers() {
		// Whether the first alert is still open or was resolved before the
		// change: an open alert would take the mail in again as another
		// message, a resolved one would leave it to open a second alert.
		for _, resolve := range []bool{false, true} {
			name := srv.name + "/alert open"
			if resolve {
				name = srv.name + "/alert resolved"
			}
			t.Run(name, func(t *testing.T) {
				addr, user, pass := srv.start(t)
				testUIDValidityChangePagesOnce(t, addr, user, pass, resolve)
			})
		}
	}
}

func testUIDValidityChangePagesOnce(t *testing.T, addr, user, pass string, resolve bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(user, pass).Wait(); err != nil {
		t.Fatal(err)
	}
	const folder = "Support"
	if err := c.Create(folder, nil).Wait(); err != nil {
		t.Fatal(err)
	}
	hot, cool, later := supportMail(1, true), supportMail(2, false), supportMail(3, true)
	deliver := func(raws ...[]byte) {
		t.Helper()
		for _, raw := range raws {
			if _, err := dovecottest.Append(c, folder, raw); err != nil {
				t.Fatal(err)
			}
		}
	}
	deliver(hot, cool)

	relay, err := smtptest.Start(smtptest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { relay.Close() })
	cfg, err := route.ParseConfig(strings.NewReader(routing))
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	announced := map[string]int{}
	sink := ingest.SinkFunc(func(_ context.Context, m store.Message) {
		mu.Lock()
		defer mu.Unlock()
		announced[m.MessageID]++
	})
	a, err := app.New(ctx, app.Options{Listen: "127.0.0.1:0", Thresholds: classify.DefaultOptions().Thresholds,
		MaxMessageBytes: api.DefaultMaxMessageBytes, MaxInFlightBytes: api.DefaultMaxInFlightBytes,
		CallTimeout: 10 * time.Second, ShutdownTimeout: 5 * time.Second,
		Store: app.StoreOptions{SQLite: filepath.Join(t.TempDir(), "h.db")},
		Ingest: app.IngestOptions{URLs: []string{"imap://" + user + "@" + addr + "/" + folder},
			Secret:        func(context.Context, ingest.Mailbox) (string, error) { return pass, nil },
			KeywordPrefix: "$Hotline", Batch: 50,
			// Each refresh is a sync: the one after the change finds the
			// mail again, and any after it would hand on what it left.
			IdleRefresh: 100 * time.Millisecond},
		Alerting: app.AlertingOptions{Config: cfg, AckKey: []byte("uidvalidity-test-key-0123456789"), AckURL: "http://127.0.0.1/ack",
			Email:        notify.Email{Addr: relay.Addr, From: "hotline@support.example.com", Timeout: 5 * time.Second},
			CatchUpEvery: 50 * time.Millisecond, Poll: 50 * time.Millisecond},
		Recorded: sink,
	})
	if err != nil {
		t.Fatal(err)
	}
	runApp(ctx, t, a)
	st, ok := a.Store().(uidvStore)
	if !ok {
		t.Fatalf("store %T lacks the methods the test reads", a.Store())
	}
	key := func() string {
		m, err := ingest.ParseURL("imap://" + user + "@" + addr + "/" + folder)
		if err != nil {
			t.Fatal(err)
		}
		return m.Key()
	}()

	waitFor := func(what string, cond func() bool) {
		t.Helper()
		waitUntil(ctx, t, what, cond)
	}
	mailsAbout := func(i int) int {
		n := 0
		for _, m := range relay.Mail() {
			if bytes.Contains(m.Data, []byte(customerAddr(i))) {
				n++
			}
		}
		return n
	}
	waitFor("the page for the hot mail", func() bool { return mailsAbout(1) == 1 })
	if resolve {
		open, err := st.ListAlerts(ctx, store.AlertFilter{})
		if err != nil || len(open) != 1 {
			t.Fatalf("alerts %v, %v; want the one for the hot mail", open, err)
		}
		if _, err := a.Router().Resolve(ctx, open[0].ID, "alice"); err != nil {
			t.Fatal(err)
		}
	}
	before, err := st.Checkpoint(ctx, key)
	if err != nil {
		t.Fatal(err)
	}

	// Recreate the folder with the same mail, as a rebuilt index or a
	// restored folder brings it back, then deliver a new hot mail.
	if err := c.Delete(folder).Wait(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond) // Dovecot derives UIDVALIDITY from the clock
	if err := c.Create(folder, nil).Wait(); err != nil {
		t.Fatal(err)
	}
	deliver(hot, cool, later)
	waitFor("the page for the mail delivered after the change", func() bool { return mailsAbout(3) == 1 })
	// Every message found again sits at its new UID and is finished, and a
	// few more syncs have run since (each would announce what is left).
	waitFor("the old mail moved to the new UIDVALIDITY and marked", func() bool {
		cp, err := st.Checkpoint(ctx, key)
		if err != nil || cp.UIDValidity == before.UIDValidity || cp.LastUID < 3 {
			return false
		}
		for _, id := range []string{messageID(1), messageID(2)} {
			ms, err := st.FindByMessageID(ctx, id)
			if err != nil || len(ms) != 1 || ms[0].UIDValidity != cp.UIDValidity {
				return false
			}
		}
		un, err := st.Unmarked(ctx, key, 10)
		return err == nil && len(un) == 0
	})
	time.Sleep(time.Second)

	if n := mailsAbout(1); n != 1 {
		t.Errorf("%d alert mails about the hot mail, want 1", n)
	}
	if n := len(relay.Mail()); n != 2 {
		t.Errorf("relay got %d mails, want 2 (one page per hot mail)", n)
	}
	alerts, err := st.ListAlerts(ctx, store.AlertFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(alerts) != 2 {
		t.Fatalf("%d alerts, want 2 (one per hot mail)", len(alerts))
	}
	for _, al := range alerts {
		if al.Messages != 1 {
			t.Errorf("alert %d from %s has %d messages, want 1", al.ID, al.From, al.Messages)
		}
		out, err := st.ListOutbox(ctx, al.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(out) != 1 {
			t.Errorf("alert %d from %s queued %d notifications, want 1", al.ID, al.From, len(out))
		}
		evs, err := st.AlertEvents(ctx, al.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range evs {
			switch ev.Kind {
			case store.EventMessage, store.EventEscalated, store.EventRepeated, store.EventReminded:
				t.Errorf("alert %d from %s: unexpected %s event: %s", al.ID, al.From, ev.Kind, ev.Detail)
			}
		}
	}
	for _, id := range []string{messageID(1), messageID(2)} {
		ms, err := st.FindByMessageID(ctx, id)
		if err != nil || len(ms) != 1 {
			t.Errorf("%s stored %d times (%v), want once", id, len(ms), err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for i := 1; i <= 3; i++ {
		if n := announced[messageID(i)]; n != 1 {
			t.Errorf("%s announced to the sink %d times, want once", messageID(i), n)
		}
	}
}

// customerAddr and messageID are the sender and Message-ID of supportMail(i, …).
func customerAddr(i int) string { return fmt.Sprintf("customer%d@example.com", i) }
func messageID(i int) string    { return fmt.Sprintf("app-%d@example.com", i) }
