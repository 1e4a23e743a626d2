package app_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
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

// copiesRouting reminds whoever took an alert two seconds after they
// promised an answer, so a copy that reopened the question would be seen
// within the test.
const copiesRouting = `
people: [{name: alice, email: alice@support.example.com}]
chains: [{name: senior, steps: [{notify: [alice], timeout: 10m}], answer_within: 2s}]
routes: [{name: hot, default: true, chain: senior}]
`

// copiesStore is what the test reads back of the running app's store.
type copiesStore interface {
	ListAlerts(ctx context.Context, f store.AlertFilter) ([]store.Alert, error)
	AlertEvents(ctx context.Context, id int64) ([]store.AlertEvent, error)
	ListOutbox(ctx context.Context, alertID int64) ([]store.OutboxItem, error)
	FindByMessageID(ctx context.Context, messageID string) ([]store.Message, error)
	Routed(ctx context.Context, messageID int64) (bool, error)
}

// TestCopyOfHotMailPagesOnce runs the whole pipeline (IMAP, ingest, store,
// router, outbox, SMTP) over two folders that both receive one customer's
// hot mail, as support@ and billing@ would when the customer writes to one
// and copies the other: the copies differ only in their Received headers.
// One copy arrives while the alert is taken and answered, another after it
// was resolved. Exactly one alert mail goes out for the mail, and no
// reminder; a new hot mail from the same customer still pages.
func TestCopyOfHotMailPagesOnce(t *testing.T) {
	for _, srv := range imapServers() {
		t.Run(srv.name, func(t *testing.T) {
			addr, user, pass := srv.start(t)
			testCopyOfHotMailPagesOnce(t, addr, user, pass)
		})
	}
}

func testCopyOfHotMailPagesOnce(t *testing.T, addr, user, pass string) {
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
	const support, billing = "Support", "Billing"
	for _, f := range []string{support, billing} {
		if err := c.Create(f, nil).Wait(); err != nil {
			t.Fatal(err)
		}
	}
	deliver := func(folder string, raw []byte) {
		t.Helper()
		if _, err := dovecottest.Append(c, folder, raw); err != nil {
			t.Fatal(err)
		}
	}
	// One mail, three deliveries: as sent to support@, and as it came
	// again through a list and to billing@.
	hot := supportMail(1, true)
	received := func(via string) []byte {
		return append([]byte("Received: from "+via+" by mx.support.example.com; Mon, 23 Nov 2026 10:00:02 +0000\r\n"), hot...)
	}
	viaList, toBilling := received("lists.example.com"), received("mail.example.com (billing alias)")
	// The customer's next mail, a new one.
	again := []byte(fmt.Sprintf("From: Customer 1 <%s>\r\nTo: support@example.com\r\nSubject: STILL no refund - fourth time\r\n"+
		"Date: Mon, 23 Nov 2026 14:00:00 +0000\r\nMessage-ID: <%s>\r\nMIME-Version: 1.0\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n\r\n"+
		"This is UNACCEPTABLE. Fourth time I write and still no refund. I am furious.\r\n"+
		"Refund me TODAY or my lawyer will be in touch and we cancel everything. Urgent!!!\r\n",
		customerAddr(1), "app-1-again@example.com"))
	deliver(support, hot)

	relay, err := smtptest.Start(smtptest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { relay.Close() })
	cfg, err := route.ParseConfig(strings.NewReader(copiesRouting))
	if err != nil {
		t.Fatal(err)
	}
	url := func(folder string) string { return "imap://" + user + "@" + addr + "/" + folder }
	a, err := app.New(ctx, app.Options{Listen: "127.0.0.1:0", Thresholds: classify.DefaultOptions().Thresholds,
		MaxMessageBytes: api.DefaultMaxMessageBytes, MaxInFlightBytes: api.DefaultMaxInFlightBytes,
		CallTimeout: 10 * time.Second, ShutdownTimeout: 5 * time.Second,
		Store: app.StoreOptions{SQLite: filepath.Join(t.TempDir(), "h.db")},
		Ingest: app.IngestOptions{URLs: []string{url(support), url(billing)},
			Secret:        func(context.Context, ingest.Mailbox) (string, error) { return pass, nil },
			KeywordPrefix: "$Hotline", Batch: 50, IdleRefresh: 100 * time.Millisecond},
		Alerting: app.AlertingOptions{Config: cfg, AckKey: []byte("copies-test-key-0123456789abcdef"), AckURL: "http://127.0.0.1/ack",
			Email:        notify.Email{Addr: relay.Addr, From: "hotline@support.example.com", Timeout: 5 * time.Second},
			CatchUpEvery: 50 * time.Millisecond, Poll: 50 * time.Millisecond},
	})
	if err != nil {
		t.Fatal(err)
	}
	runApp(ctx, t, a)
	st, ok := a.Store().(copiesStore)
	if !ok {
		t.Fatalf("store %T lacks the methods the test reads", a.Store())
	}

	waitFor := func(what string, cond func() bool) {
		t.Helper()
		waitUntil(ctx, t, what, cond)
	}
	// routedCopies waits until n messages carry the Message-ID and every
	// one of them was routed.
	routedCopies := func(id string, n int) []store.Message {
		t.Helper()
		var ms []store.Message
		waitFor(fmt.Sprintf("%d routed copies of %s", n, id), func() bool {
			ms, err = st.FindByMessageID(ctx, id)
			if err != nil || len(ms) != n {
				return false
			}
			for _, m := range ms {
				if done, err := st.Routed(ctx, m.ID); err != nil || !done {
					return false
				}
			}
			return true
		})
		return ms
	}
	pages := func() int { return len(relay.Mail()) }
	waitFor("the page for the hot mail", func() bool { return pages() == 1 })
	alerts, err := st.ListAlerts(ctx, store.AlertFilter{})
	if err != nil || len(alerts) != 1 {
		t.Fatalf("alerts %v, %v; want the one for the hot mail", alerts, err)
	}
	first := alerts[0]
	// Taken and answered by phone: nothing is owed, unless the customer
	// writes again.
	if _, err := a.Router().Called(ctx, first.ID, "alice"); err != nil {
		t.Fatal(err)
	}

	deliver(support, viaList)
	routedCopies(messageID(1), 2)
	// Past answer_within: a copy taken for the customer writing again
	// would have sent alice a reminder by now.
	time.Sleep(3 * time.Second)
	if _, err := a.Router().Resolve(ctx, first.ID, "alice"); err != nil {
		t.Fatal(err)
	}

	deliver(billing, toBilling)
	copies := routedCopies(messageID(1), 3)
	deliver(support, again)
	waitFor("the page for the customer's new mail", func() bool { return pages() >= 2 })
	next := routedCopies("app-1-again@example.com", 1)[0]
	time.Sleep(time.Second)

	if n := pages(); n != 2 {
		t.Errorf("relay got %d mails, want 2: one page for the mail, one for the new mail", n)
	}
	if mbs := map[string]bool{}; len(copies) == 3 {
		for _, m := range copies {
			mbs[m.Mailbox] = true
		}
		if len(mbs) != 2 {
			t.Errorf("copies recorded in %d mailboxes, want both", len(mbs))
		}
	}
	alerts, err = st.ListAlerts(ctx, store.AlertFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(alerts) != 2 {
		t.Fatalf("%d alerts, want 2 (the mail and the new mail)", len(alerts))
	}
	// Newest first.
	if got := alerts[1]; got.ID != first.ID || got.Messages != 1 {
		t.Errorf("first alert %d has %d messages, want alert %d with 1", got.ID, got.Messages, first.ID)
	}
	if got := alerts[0]; got.MessageRef != next.ID || got.Messages != 1 {
		t.Errorf("second alert opened by message %d with %d messages, want the new mail %d alone", got.MessageRef, got.Messages, next.ID)
	}
	for _, al := range alerts {
		out, err := st.ListOutbox(ctx, al.ID)
		if err != nil {
			t.Fatal(err)
		}
		var kinds []string
		for _, o := range out {
			kinds = append(kinds, o.Kind.String())
		}
		if len(out) != 1 || out[0].Kind != store.NotifyNew {
			t.Errorf("alert %d queued notifications %v, want one new-alert page", al.ID, kinds)
		}
		evs, err := st.AlertEvents(ctx, al.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range evs {
			switch ev.Kind {
			case store.EventMessage, store.EventEscalated, store.EventRepeated, store.EventReminded:
				t.Errorf("alert %d: unexpected %s event: %s", al.ID, ev.Kind, ev.Detail)
			}
		}
	}
}
