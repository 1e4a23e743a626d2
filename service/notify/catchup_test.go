package notify_test

import (
	"context"
	"net/mail"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hotline/hotline/internal/clock"
	"github.com/hotline/hotline/internal/pgtest"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/notify/smtptest"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

// catchUpStore is what one process of the test uses of its store: the
// ingester's recording, the router's and the dispatcher's parts.
type catchUpStore interface {
	route.Store
	notify.Outbox
	RecordMessage(ctx context.Context, m *store.Message, cp store.Checkpoint) (bool, error)
	Close() error
}

// TestCatchUpAlertMailCarriesTheBody: a message recorded by a process that
// stopped before routing it (or by another replica) is routed by the next
// process's CatchUp, and the alert mail quotes the customer's words as the
// live hand-off would, not only the phrases the classifier flagged. Each
// process opens the store on its own, on both engines.
func TestCatchUpAlertMailCarriesTheBody(t *testing.T) {
	engines := []struct {
		name string
		open func(t *testing.T) func() catchUpStore
	}{
		{"SQLite", func(t *testing.T) func() catchUpStore {
			path := filepath.Join(t.TempDir(), "h.db")
			return func() catchUpStore {
				st, err := store.OpenSQLite(context.Background(), path)
				if err != nil {
					t.Fatal(err)
				}
				return st
			}
		}},
		{"PostgreSQL", func(t *testing.T) func() catchUpStore {
			dsn := pgtest.Start(t).NewDatabase(t)
			return func() catchUpStore {
				st, err := store.OpenPostgres(context.Background(), dsn)
				if err != nil {
					t.Fatal(err)
				}
				return st
			}
		}},
	}
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) { testCatchUpExcerpt(t, e.open(t)) })
	}
}

func testCatchUpExcerpt(t *testing.T, open func() catchUpStore) {
	ctx := context.Background()
	clk := clock.NewFake(time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC))
	prepared := "Our tills have rejected every card since nine and the queue is out of the door. " +
		"This is the third time I write."
	body := prepared + "\n\nOn Mon, Support wrote:\n> We are looking into it.\n"

	// The recording process stops before its router sees the message.
	rec := open()
	m := store.Message{Mailbox: "support/INBOX", UIDValidity: 1, UID: 3, MessageID: "tills-3@florist.example",
		ContentHash: "tills3", From: "claire@florist.example", FromName: "Claire Donovan", Subject: "Card payments down",
		RecordedAt: clk.Now(), Level: "HOT", Heat: 0.9, Anger: 0.7, Urgency: 0.9,
		Reasons:  []store.Reason{{Signal: "repeat_contact", Weight: 0.5, Phrase: "third time"}},
		Prepared: prepared, Body: body}
	if _, err := rec.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: 3}); err != nil {
		t.Fatal(err)
	}
	if err := rec.Close(); err != nil {
		t.Fatal(err)
	}

	// The next process routes it from the store and mails the page.
	st := open()
	t.Cleanup(func() { st.Close() })
	cfg, err := route.ParseConfig(strings.NewReader(strings.ReplaceAll(cfgYAML, `, webhook: "%WEBHOOK%"`, "")))
	if err != nil {
		t.Fatal(err)
	}
	clk.Advance(time.Minute)
	router := route.New(st, cfg, route.Options{Clock: clk})
	if n, err := router.CatchUp(ctx); err != nil || n != 1 {
		t.Fatalf("CatchUp = %d, %v; want the recorded message", n, err)
	}
	srv, err := smtptest.Start(smtptest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	d := notify.NewDispatcher(st, notify.Options{Clock: clk, Receivers: map[store.Channel]notify.Notifier{
		store.ChannelEmail: &notify.Email{Addr: srv.Addr, From: "hotline@support.example.com", Timeout: 5 * time.Second, Now: clk.Now}}})
	if n, err := d.Flush(ctx); err != nil || n != 1 {
		t.Fatalf("Flush = %d, %v; want the page sent", n, err)
	}
	got := srv.Mail()
	if len(got) != 1 {
		t.Fatalf("relay got %d mails, want 1", len(got))
	}
	msg, err := mail.ReadMessage(strings.NewReader(string(got[0].Data)))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(plainPart(t, msg)), " ")
	// The excerpt is the scored text: the customer's own words, not the
	// quoted history.
	if want := "Our tills have rejected every card since nine and the queue is out of the door."; !strings.Contains(text, want) {
		t.Errorf("alert mail lacks the body excerpt %q:\n%s", want, text)
	}
	if strings.Contains(text, "looking into it") {
		t.Errorf("alert mail quotes the quoted history:\n%s", text)
	}
}
