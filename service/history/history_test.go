package history_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hotline/hotline/internal/clock"
	"github.com/hotline/hotline/service/history"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

const routing = `
people: [{name: alice, email: alice@support.example.com}]
chains: [{name: c, steps: [{notify: [alice], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: c}]
`

// env is a real SQLite store and router with the history wired in, the
// way serve wires them.
type env struct {
	t      *testing.T
	st     *store.SQLite
	router *route.Router
	book   *history.Book
	clock  *clock.Fake
	uid    uint32
}

func newEnv(t *testing.T, opt history.Options) *env {
	t.Helper()
	st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cfg, err := route.ParseConfig(strings.NewReader(routing))
	if err != nil {
		t.Fatal(err)
	}
	opt.IsTeam = cfg.IsTeam
	book, err := history.New(st, opt)
	if err != nil {
		t.Fatal(err)
	}
	c := clock.NewFake(time.Date(2026, 11, 23, 9, 31, 0, 0, time.UTC)) // a Monday
	r := route.New(st, cfg, route.Options{Clock: c, History: book.Note})
	return &env{t: t, st: st, router: r, book: book, clock: c}
}

// mail records and routes one message, as ingest and the router would.
func (e *env) mail(from, subject, level, inReplyTo string) store.Message {
	e.t.Helper()
	e.uid++
	m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: e.uid, MessageID: fmt.Sprintf("m%d@x", e.uid),
		ContentHash: fmt.Sprint(e.uid), From: from, Subject: subject, Level: level, Heat: 0.05, InReplyTo: inReplyTo,
		RecordedAt: e.clock.Now()}
	if _, err := e.st.RecordMessage(context.Background(), &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: e.uid}); err != nil {
		e.t.Fatal(err)
	}
	if err := e.router.Observe(context.Background(), m); err != nil {
		e.t.Fatal(err)
	}
	return m
}

func (e *env) alerts() []store.Alert {
	e.t.Helper()
	as, err := e.st.ListAlerts(context.Background(), store.AlertFilter{})
	if err != nil {
		e.t.Fatal(err)
	}
	return as
}

func TestThirdUnansweredMailIsHot(t *testing.T) {
	e := newEnv(t, history.Options{})
	e.mail("dana@shop.example", "Invoice question", "COOL", "")
	e.clock.Advance(20 * time.Hour)
	e.mail("dana@shop.example", "Re: Invoice question", "COOL", "")
	if as := e.alerts(); len(as) != 0 {
		t.Fatalf("second calm mail opened an alert: %+v", as[0])
	}
	e.clock.Advance(20 * time.Hour)
	e.mail("dana@shop.example", "Invoice question again", "COOL", "")
	as := e.alerts()
	if len(as) != 1 {
		t.Fatalf("third unanswered mail: %d alerts, want 1", len(as))
	}
	a := as[0]
	if a.Level != "HOT" {
		t.Errorf("alert level %s, want HOT", a.Level)
	}
	var line string
	for _, r := range a.Reasons {
		if r.Signal == "history" {
			line = r.Phrase
		}
	}
	if line != "3rd mail since Mon 09:31, no reply yet" {
		t.Errorf("history reason %q", line)
	}
	// The customer has waited since their first mail; routing was not late.
	if want := time.Date(2026, 11, 23, 9, 31, 0, 0, time.UTC); !a.ReceivedAt.Equal(want) {
		t.Errorf("alert waiting since %v, want the first unanswered mail %v", a.ReceivedAt, want)
	}
	evs, err := e.st.AlertEvents(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(evs[0].Detail, "late") {
		t.Errorf("history-raised alert marked late: %s", evs[0].Detail)
	}

	// The customer as the API and CLI show it, after alice took the alert.
	if _, err := e.router.Acknowledge(context.Background(), a.ID, "alice", "cli"); err != nil {
		t.Fatal(err)
	}
	c, err := e.book.Lookup(context.Background(), "Dana@shop.example", e.clock.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Inbound) != 3 || c.Unanswered != 3 || c.Level != "HOT" || len(c.Alerts) != 1 || c.Alerts[0].AckedBy != "alice" {
		t.Errorf("lookup: %d inbound, %d unanswered, level %q, alerts %+v", len(c.Inbound), c.Unanswered, c.Level, c.Alerts)
	}
	if want := "3rd mail since Mon 09:31, no reply yet; alert #1 taken by alice Wed 01:31"; c.Line() != want {
		t.Errorf("line %q, want %q", c.Line(), want)
	}
	if _, err := e.book.Lookup(context.Background(), "nobody", e.clock.Now()); err == nil {
		t.Error("Lookup accepted an address without @")
	}
}

func TestAnsweredInBetweenIsNotHot(t *testing.T) {
	e := newEnv(t, history.Options{})
	first := e.mail("dana@shop.example", "Invoice question", "COOL", "")
	e.clock.Advance(10 * time.Hour)
	e.mail("alice@support.example.com", "Re: Invoice question", "COOL", first.MessageID)
	e.clock.Advance(10 * time.Hour)
	e.mail("dana@shop.example", "Re: Invoice question", "COOL", "")
	e.clock.Advance(20 * time.Hour)
	e.mail("dana@shop.example", "One more thing", "COOL", "")
	if as := e.alerts(); len(as) != 0 {
		t.Fatalf("answered customer paged: %s %v", as[0].Level, as[0].Reasons)
	}
}

func TestOutsideTheWindowDoesNotCount(t *testing.T) {
	e := newEnv(t, history.Options{})
	e.mail("dana@shop.example", "a", "COOL", "")
	e.clock.Advance(30 * time.Hour)
	e.mail("dana@shop.example", "b", "COOL", "")
	e.clock.Advance(30 * time.Hour) // the first is now 60h old
	e.mail("dana@shop.example", "c", "COOL", "")
	if as := e.alerts(); len(as) != 0 {
		t.Fatalf("mail outside the 48h window counted: %v", as[0].Reasons)
	}
}

func TestDomainGrouping(t *testing.T) {
	e := newEnv(t, history.Options{GroupByDomain: true})
	e.mail("dana@shop.example", "a", "COOL", "")
	e.mail("lee@shop.example", "b", "COOL", "")
	e.mail("sam@shop.example", "c", "COOL", "")
	if as := e.alerts(); len(as) != 1 || as[0].Level != "HOT" {
		t.Fatalf("three people at one company, none answered: %d alerts", len(as))
	}
	// Free mail never groups.
	e.mail("a@gmail.com", "a", "COOL", "")
	e.mail("b@gmail.com", "b", "COOL", "")
	e.mail("c@gmail.com", "c", "COOL", "")
	if as := e.alerts(); len(as) != 1 {
		t.Fatalf("three Gmail users grouped: %d alerts", len(as))
	}
}

func TestThresholdsConfigurable(t *testing.T) {
	e := newEnv(t, history.Options{WarmAfter: 1, HotAfter: 2})
	e.mail("dana@shop.example", "a", "COOL", "")
	e.mail("dana@shop.example", "b", "COOL", "")
	if as := e.alerts(); len(as) != 1 {
		t.Fatalf("second mail with HotAfter 2: %d alerts", len(as))
	}
	if _, err := history.New(nil, history.Options{WarmAfter: 3, HotAfter: 2}); err == nil {
		t.Error("New accepted hot before warm")
	}
}

func TestLine(t *testing.T) {
	mon := time.Date(2026, 11, 23, 9, 31, 0, 0, time.UTC)
	for _, tt := range []struct {
		c    history.Customer
		want string
	}{
		{history.Customer{Inbound: make([]history.Contact, 2)}, ""},
		{history.Customer{Inbound: []history.Contact{{At: mon}, {At: mon}}}, "2nd mail since Mon 09:31, no reply yet"},
		{history.Customer{Inbound: []history.Contact{{At: mon}, {At: mon}, {At: mon}}, LastAnswer: mon.Add(26 * time.Hour), Unanswered: 1},
			"3rd mail since Mon 09:31, we last replied Tue 11:31; 1 unanswered since"},
	} {
		if tt.want == "" {
			continue
		}
		if got := tt.c.Line(); got != tt.want {
			t.Errorf("Line() = %q, want %q", got, tt.want)
		}
	}
}
