package route_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

const (
	supportBox = "support@example.com/INBOX"
	billingBox = "billing@example.com/INBOX"
	complaint  = "This is the THIRD time I write. The invoice is wrong again and nobody answers.\n" +
		"Fix it today or we cancel the contract."
)

// record records a message as the ingester would, with its body as
// received and its scored text; the content hash stands for its bytes.
func (e *env) record(mailbox, from, messageID, level, body, bytes string) store.Message {
	e.t.Helper()
	e.uid++
	sum := sha256.Sum256([]byte(bytes))
	m := store.Message{Mailbox: mailbox, UIDValidity: 1, UID: e.uid, MessageID: messageID,
		ContentHash: hex.EncodeToString(sum[:]), From: from, Subject: "Invoice wrong again", RecordedAt: e.clock.Now(),
		Level: level, Heat: map[string]float64{"HOT": 0.9, "COOL": 0.1}[level], Prepared: body, Body: body}
	if _, err := e.st.RecordMessage(context.Background(), &m, store.Checkpoint{}); err != nil {
		e.t.Fatalf("RecordMessage: %v", err)
	}
	return m
}

// pages counts the notifications queued for alerts, by kind.
func (e *env) pages() map[store.NotificationKind]int {
	e.t.Helper()
	n := map[store.NotificationKind]int{}
	for _, a := range e.alerts() {
		items, err := e.st.ListOutbox(context.Background(), a.ID)
		if err != nil {
			e.t.Fatal(err)
		}
		for _, it := range items {
			if it.Channel == store.ChannelEmail {
				n[it.Kind]++
			}
		}
	}
	return n
}

// TestCopyOfAlertedMailPagesOnce delivers a hot customer mail, then a
// second message that is either another copy of it (other bytes, another
// mailbox, the text re-wrapped or cut short) or new mail (another
// Message-ID, a reused Message-ID with other text or from another sender),
// while the alert is open, after it was taken and answered, and after it
// was resolved. A copy changes nothing: no new alert, no message on the
// alert, no reminder. New mail joins the alert or opens a new one as
// before.
func TestCopyOfAlertedMailPagesOnce(t *testing.T) {
	const dana, eve = "dana@customer.example", "eve@other.example"
	rewrapped := strings.ReplaceAll(complaint, " ", "\n")
	truncated := complaint[:len(complaint)-12]
	for _, tt := range []struct {
		name             string
		firstID, firstIn string // Message-ID and body of the first message
		mailbox, from    string // of the second
		id, body         string
		copy             bool
	}{
		{"copy with other headers", "m1@customer.example", complaint, supportBox, dana, "m1@customer.example", complaint, true},
		{"copy in another mailbox", "m1@customer.example", complaint, billingBox, dana, "m1@customer.example", complaint, true},
		{"sender and brackets differ", "m1@customer.example", complaint, billingBox, "Dana@Customer.EXAMPLE", " <m1@customer.example> ", complaint, true},
		{"re-rendered", "m1@customer.example", complaint, supportBox, dana, "m1@customer.example", rewrapped, true},
		{"cut short", "m1@customer.example", complaint, supportBox, dana, "m1@customer.example", truncated, true},
		{"complete after cut short", "m1@customer.example", truncated, supportBox, dana, "m1@customer.example", complaint, true},
		{"new mail", "m1@customer.example", complaint, supportBox, dana, "m2@customer.example", "Still waiting. Call me.", false},
		{"reused Message-ID, other text", "m1@customer.example", complaint, supportBox, dana, "m1@customer.example", "Still waiting. Call me.", false},
		{"reused Message-ID, other sender", "m1@customer.example", complaint, supportBox, eve, "m1@customer.example", complaint, false},
		{"no Message-ID", "", complaint, billingBox, dana, "", complaint, false},
	} {
		for _, state := range []string{"open", "answered", "resolved"} {
			t.Run(tt.name+"/"+state, func(t *testing.T) {
				e := newEnv(t)
				ctx := context.Background()
				e.observe(e.record(supportBox, dana, tt.firstID, "HOT", tt.firstIn, "first"), "")
				first := e.only()
				switch state {
				case "answered":
					if _, err := e.router.Acknowledge(ctx, first.ID, "alice", "link"); err != nil {
						t.Fatal(err)
					}
					e.clock.Advance(5 * time.Minute)
					reply := e.msg("alice@support.example.com", "Re: Invoice", "COOL", 0, "r1@support.example.com", tt.firstID, tt.firstID)
					if tt.firstID == "" {
						// Without a Message-ID only the team's word
						// says it was answered.
						if _, err := e.router.Called(ctx, first.ID, "alice"); err != nil {
							t.Fatal(err)
						}
					} else {
						e.observe(reply, "")
					}
					if a := e.only(); !a.NextDueAt.IsZero() {
						t.Fatalf("alert not answered: due %v", a.NextDueAt)
					}
				case "resolved":
					if _, err := e.router.Resolve(ctx, first.ID, "alice"); err != nil {
						t.Fatal(err)
					}
				}
				e.clock.Advance(5 * time.Minute)
				second := e.record(tt.mailbox, tt.from, tt.id, "HOT", tt.body, "second")
				if second.ID == 0 {
					t.Fatal("second message not recorded")
				}
				e.observe(second, "")
				if routed, err := e.st.Routed(ctx, second.ID); err != nil || !routed {
					t.Errorf("second message routed %v, %v; want it marked routed", routed, err)
				}
				// Long enough for an answer check and the escalation
				// of an alert opened by the second message.
				e.clock.Advance(2 * time.Hour)
				if _, err := e.router.Tick(ctx); err != nil {
					t.Fatal(err)
				}

				alerts := e.alerts()
				pages := e.pages()
				wantAlerts, wantMessages, wantNew, wantReminders := 1, 1, 1, 0
				if !tt.copy {
					switch state {
					case "resolved":
						wantAlerts, wantNew = 2, 2
					case "answered":
						wantMessages, wantReminders = 2, 1
					default:
						wantMessages = 2
					}
				}
				if len(alerts) != wantAlerts {
					t.Fatalf("%d alerts, want %d", len(alerts), wantAlerts)
				}
				// ListAlerts is newest first.
				if got := alerts[len(alerts)-1]; got.ID != first.ID || got.Messages != wantMessages {
					t.Errorf("alert %d has %d messages, want alert %d with %d", got.ID, got.Messages, first.ID, wantMessages)
				}
				if got := pages[store.NotifyNew] + pages[store.NotifyLate]; got != wantNew {
					t.Errorf("%d pages for a new alert, want %d", got, wantNew)
				}
				if got := pages[store.NotifyReminder]; got != wantReminders {
					t.Errorf("%d reminders, want %d", got, wantReminders)
				}
				if !tt.copy {
					return
				}
				evs, err := e.st.AlertEvents(ctx, first.ID)
				if err != nil {
					t.Fatal(err)
				}
				for _, ev := range evs {
					if ev.Kind == store.EventMessage || ev.Kind == store.EventReminded {
						t.Errorf("copy caused a %s event: %s", ev.Kind, ev.Detail)
					}
				}
			})
		}
	}
}

// TestCopyOfMailThatPagedNobodyPages checks that only a copy of mail that
// reached an alert is ignored: the first copy scored cooler (cut short) or
// matched no route in its mailbox, so nobody was paged about the mail, and
// the hot copy pages.
func TestCopyOfMailThatPagedNobodyPages(t *testing.T) {
	e := newEnv(t)
	e.observe(e.record(supportBox, "dana@customer.example", "m1@customer.example", "COOL", "This is the THIRD", "cut"), "")
	if n := len(e.alerts()); n != 0 {
		t.Fatalf("%d alerts for a cool message", n)
	}
	e.observe(e.record(billingBox, "dana@customer.example", "m1@customer.example", "HOT", complaint, "whole"), "")
	if n := e.pages()[store.NotifyNew]; n != 1 || len(e.alerts()) != 1 {
		t.Fatalf("%d pages, %d alerts; want the hot copy to page once", n, len(e.alerts()))
	}
}

// TestCopyMetrics counts ignored copies and reused Message-IDs.
func TestCopyMetrics(t *testing.T) {
	e := newEnv(t)
	reg := prometheus.NewRegistry()
	e.router = route.New(e.st, e.cfg, route.Options{Clock: e.clock, DeliveryGrace: -1, Metrics: route.NewMetrics(reg)})
	const dana = "dana@customer.example"
	e.observe(e.record(supportBox, dana, "m1@customer.example", "HOT", complaint, "first"), "")
	e.observe(e.record(billingBox, dana, "m1@customer.example", "HOT", complaint, "copy"), "")
	e.observe(e.record(supportBox, dana, "m1@customer.example", "HOT", "Another mail entirely.", "reused"), "")
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, mf := range mfs {
		if mf.GetName() != "hotline_message_copies_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			got[m.GetLabel()[0].GetValue()] = m.GetCounter().GetValue()
		}
	}
	if got["ignored"] != 1 || got["routed"] != 1 {
		t.Errorf("hotline_message_copies_total = %v, want ignored 1, routed 1", got)
	}
}

// staleStore answers one lookup, AlertedCopies or FindAlertBySender, as
// the store was when asked, but only after running between once: another
// process routing a copy in the meantime.
type staleStore struct {
	*store.SQLite
	at      string
	between func()
	once    sync.Once
}

func (s *staleStore) AlertedCopies(ctx context.Context, messageID, from string, except int64, limit int) ([]store.Message, error) {
	copies, err := s.SQLite.AlertedCopies(ctx, messageID, from, except, limit)
	if s.at == "AlertedCopies" {
		s.once.Do(s.between)
	}
	return copies, err
}

func (s *staleStore) FindAlertBySender(ctx context.Context, from string, since time.Time) (store.Alert, error) {
	a, err := s.SQLite.FindAlertBySender(ctx, from, since)
	if s.at == "FindAlertBySender" {
		s.once.Do(s.between)
	}
	return a, err
}

// TestCopiesRoutedAtOnceByTwoProcessesPageOnce has two routers, as two
// replicas reading support@ and billing@ would, route two copies of one
// mail at the same moment: the second router looks before the first has
// opened its alert (for copies, or for an alert to join), and decides
// after. The store turns its decision down, and on retry it finds the
// copy.
func TestCopiesRoutedAtOnceByTwoProcessesPageOnce(t *testing.T) {
	for _, at := range []string{"AlertedCopies", "FindAlertBySender"} {
		t.Run(at, func(t *testing.T) {
			e := newEnv(t)
			ctx := context.Background()
			const dana = "dana@customer.example"
			first := e.record(supportBox, dana, "m1@customer.example", "HOT", complaint, "support copy")
			second := e.record(billingBox, dana, "m1@customer.example", "HOT", complaint, "billing copy")
			other, err := store.OpenSQLite(ctx, e.path)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { other.Close() })
			replica := route.New(other, e.cfg, route.Options{Clock: e.clock, DeliveryGrace: -1})
			slow := &staleStore{SQLite: e.st, at: at, between: func() {
				if err := replica.ObserveText(ctx, first, ""); err != nil {
					t.Errorf("replica: %v", err)
				}
			}}
			r := route.New(slow, e.cfg, route.Options{Clock: e.clock, DeliveryGrace: -1})
			if err := r.ObserveText(ctx, second, ""); err != nil {
				t.Fatal(err)
			}
			a := e.only()
			if a.MessageRef != first.ID || a.Messages != 1 {
				t.Errorf("alert for message %d with %d messages, want %d with 1", a.MessageRef, a.Messages, first.ID)
			}
			if n := e.pages()[store.NotifyNew]; n != 1 {
				t.Errorf("%d pages, want 1", n)
			}
			if routed, err := e.st.Routed(ctx, second.ID); err != nil || !routed {
				t.Errorf("second copy routed %v, %v", routed, err)
			}
		})
	}
}
