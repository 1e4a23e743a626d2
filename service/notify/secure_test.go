package notify_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/mail"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/notify/smtptest"
	"github.com/hotline/hotline/service/store"
)

// hotAgain records and routes a second hot message from another sender,
// opening a second alert.
func (f *fixture) hotAgain(t *testing.T) store.Alert {
	t.Helper()
	m := store.Message{Mailbox: "support/INBOX", UIDValidity: 1, UID: 8, MessageID: "angry-2@other.example",
		ContentHash: "h2", From: "lee@other.example", Subject: "Still broken!!!", RecordedAt: f.clock.Now(),
		Level: "HOT", Heat: 0.9, Anger: 0.8, Urgency: 0.9}
	if _, err := f.st.RecordMessage(context.Background(), &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: 8}); err != nil {
		t.Fatal(err)
	}
	if err := f.router.Observe(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	as, err := f.st.ListAlerts(context.Background(), store.AlertFilter{})
	if err != nil || len(as) != 2 {
		t.Fatalf("alerts: %v %d", err, len(as))
	}
	for _, a := range as {
		if a.From == m.From {
			return a
		}
	}
	t.Fatal("no alert for the second message")
	return store.Alert{}
}

// TestEmailAuthOnlyOverTLS: a relay that offers no STARTTLS (or an attacker
// who stripped the offer) never sees the credentials, unless the operator
// opted out for a loopback relay.
func TestEmailAuthOnlyOverTLS(t *testing.T) {
	srv, err := smtptest.Start(smtptest.Options{Username: "relay-user", Password: "relay-pass"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	n := notify.Notification{Key: "alert-1/s0-r0/alice/email", AlertID: 1, Kind: store.NotifyNew, Person: "alice",
		Address: "alice@support.example.com", From: "dana@shop.example", Subject: "down"}

	e := &notify.Email{Addr: srv.Addr, From: "hotline@support.example.com", Username: "relay-user", Password: "relay-pass", Timeout: 10 * time.Second}
	err = e.Notify(context.Background(), n)
	if err == nil || !notify.IsPermanent(err) || !strings.Contains(err.Error(), "does not offer STARTTLS") {
		t.Fatalf("AUTH without TLS: err = %v, want a permanent refusal naming STARTTLS", err)
	}
	if a := srv.Auths(); len(a) != 0 {
		t.Fatalf("server saw %d AUTH commands, want none", len(a))
	}
	if len(srv.Mail()) != 0 {
		t.Fatal("mail delivered without authentication")
	}

	e.AllowInsecureAuth = true
	if err := e.Notify(context.Background(), n); err != nil {
		t.Fatalf("loopback relay with AllowInsecureAuth: %v", err)
	}
	if m := srv.Mail(); len(m) != 1 || m[0].User != "relay-user" {
		t.Fatalf("mail %+v, want one, authenticated as relay-user", m)
	}

	// With TLS offered, AUTH goes over it.
	tlsSrv, err := smtptest.Start(smtptest.Options{Username: "relay-user", Password: "relay-pass", TLS: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tlsSrv.Close() })
	e = &notify.Email{Addr: tlsSrv.Addr, From: "hotline@support.example.com", Username: "relay-user", Password: "relay-pass", TLSConfig: tlsSrv.ClientTLS}
	if err := e.Notify(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	if a := tlsSrv.Auths(); len(a) != 1 || !a[0] {
		t.Fatalf("AUTH commands by encryption %v, want one over TLS", a)
	}
}

func TestLoopbackAddr(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:25": true, "[::1]:25": true, "localhost:25": true, "127.9.9.9:587": true,
		"10.0.0.1:25": false, "smtp.example.com:587": false, "localhost.example.com:25": false, "": false,
	} {
		if got := notify.LoopbackAddr(addr); got != want {
			t.Errorf("LoopbackAddr(%q) = %v, want %v", addr, got, want)
		}
	}
}

// TestEmailHeadersResistInjection: a CR/LF in a person's name (it reaches
// the To header and the idempotency key) must not start a header of its
// own.
func TestEmailHeadersResistInjection(t *testing.T) {
	srv, err := smtptest.Start(smtptest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	evil := "alice\r\nBcc: mallory@evil.example"
	n := notify.Notification{Key: "alert-1/s0-r0/" + evil + "/email", AlertID: 1, Kind: store.NotifyNew, Person: evil,
		Address: "alice@support.example.com", From: "dana@shop.example", FromName: "Dana\r\nX-Evil: 1", Subject: "down\r\nBcc: x@evil.example"}
	if err := (&notify.Email{Addr: srv.Addr, From: "hotline@support.example.com"}).Notify(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	m := srv.Mail()
	if len(m) != 1 {
		t.Fatalf("got %d mails", len(m))
	}
	head, _, _ := bytes.Cut(m[0].Data, []byte("\r\n\r\n"))
	for _, line := range strings.Split(string(head), "\r\n") {
		name, _, _ := strings.Cut(line, ":")
		switch strings.ToLower(name) {
		case "bcc", "x-evil":
			t.Errorf("injected header line %q in:\n%s", line, head)
		}
	}
	if !strings.Contains(string(head), notify.IdempotencyHeader+": =?utf-8?q?") {
		t.Errorf("idempotency key with a line break not encoded:\n%s", head)
	}

	// A comma or quote in a name must not split the To header.
	n = notify.Notification{Key: "k2", AlertID: 2, Kind: store.NotifyNew, Person: `Lee, "The Lead" <x@evil.example>`,
		Address: "lee@support.example.com", From: "dana@shop.example", Subject: "down"}
	if err := (&notify.Email{Addr: srv.Addr, From: "hotline@support.example.com"}).Notify(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	msg, err := mail.ReadMessage(bytes.NewReader(srv.Mail()[1].Data))
	if err != nil {
		t.Fatal(err)
	}
	to, err := msg.Header.AddressList("To")
	if err != nil || len(to) != 1 || to[0].Address != "lee@support.example.com" || to[0].Name != n.Person {
		t.Errorf("To header %q parses as %v (%v), want the one address with the name intact", msg.Header.Get("To"), to, err)
	}
}

// TestWebhookDoesNotFollowRedirects: a 3xx is a permanent failure that
// says so, and the redirect target never gets the signed payload.
func TestWebhookDoesNotFollowRedirects(t *testing.T) {
	var reached atomic.Int32
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { reached.Add(1) }))
	t.Cleanup(target.Close)
	redirect := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target.URL+"/collect?token=stolen", http.StatusTemporaryRedirect)
	}))
	t.Cleanup(redirect.Close)
	for _, wh := range []*notify.Webhook{{}, {Client: &http.Client{Timeout: time.Second}}} {
		err := wh.Notify(context.Background(), notify.Notification{Key: "k", Address: redirect.URL + "/hook"})
		if err == nil || !notify.IsPermanent(err) || !strings.Contains(err.Error(), "redirects are not followed") {
			t.Fatalf("err = %v, want a permanent failure saying redirects are not followed", err)
		}
		if strings.Contains(err.Error(), "stolen") || strings.Contains(err.Error(), "/hook") {
			t.Errorf("error shows a URL path or query: %v", err)
		}
	}
	if n := reached.Load(); n != 0 {
		t.Fatalf("redirect target reached %d times", n)
	}
}

// TestWebhookURLNeverShown drives a webhook whose URL carries a secret path
// and query through failures (an error status, a refused connection, a
// redirect) and success, and checks that no log line, outbox error or alert
// event shows more than scheme and host.
func TestWebhookURLNeverShown(t *testing.T) {
	const secret = "T000/B000/XXsecretXX"
	var status atomic.Int32
	status.Store(http.StatusInternalServerError)
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s := int(status.Load()); s == http.StatusFound {
			http.Redirect(w, r, "/services/"+secret+"/again", s)
			return
		}
		w.WriteHeader(int(status.Load()))
	}))
	t.Cleanup(hs.Close)
	hook := hs.URL + "/services/" + secret + "?token=" + secret
	f := newFixture(t, hook)
	var logs bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	d := notify.NewDispatcher(f.st, notify.Options{
		Receivers: map[store.Channel]notify.Notifier{
			"webhook": &notify.Webhook{Client: &http.Client{Timeout: 2 * time.Second}},
			"email":   notify.NotifierFunc(func(context.Context, notify.Notification) error { return nil }),
		},
		Clock: f.clock, BaseDelay: time.Second, MaxAttempts: 10, Jitter: func() float64 { return 0 }, Logger: logger,
	})
	a := f.hot(t)
	flush := func() {
		t.Helper()
		if _, err := d.Flush(context.Background()); err != nil {
			t.Fatal(err)
		}
		f.clock.Advance(time.Hour)
	}
	flush() // 500
	status.Store(http.StatusFound)
	flush() // a redirect: permanent, so the row is failed for good
	if items, _ := f.st.ListOutbox(context.Background(), a.ID); len(items) != 2 {
		t.Fatalf("outbox has %d rows, want email and webhook", len(items))
	}
	// A second alert's webhook meets a closed port.
	hs.Close()
	f.clock.Advance(time.Hour)
	b := f.hotAgain(t)
	flush()

	items, err := f.st.ListOutbox(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	var shown strings.Builder
	for _, it := range items {
		shown.WriteString(it.LastError + "\n")
		shown.WriteString(notify.DisplayAddress(it.Channel, it.Address) + "\n")
	}
	more, err := f.st.ListOutbox(context.Background(), b.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range more {
		shown.WriteString(it.LastError + "\n")
	}
	for _, id := range []int64{a.ID, b.ID} {
		evs, err := f.st.AlertEvents(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			shown.WriteString(e.Kind.String() + " " + e.Detail + "\n")
		}
	}
	shown.Write(logs.Bytes())
	for _, want := range []string{"500 Internal Server Error", "redirects are not followed", "connection refused", "gave up after"} {
		if !strings.Contains(shown.String(), want) {
			t.Errorf("nothing shown says %q:\n%s", want, shown.String())
		}
	}
	if strings.Contains(shown.String(), secret) || strings.Contains(shown.String(), "/services") {
		t.Fatalf("webhook URL path shown:\n%s", shown.String())
	}
}

// TestWebhookSuccessHistoryShowsHostOnly: the "notified" event names the
// webhook by scheme and host.
func TestWebhookSuccessHistoryShowsHostOnly(t *testing.T) {
	hs := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	t.Cleanup(hs.Close)
	f := newFixture(t, hs.URL+"/services/T1/B1/XXsecretXX")
	d := notify.NewDispatcher(f.st, notify.Options{
		Receivers: map[store.Channel]notify.Notifier{
			"webhook": &notify.Webhook{},
			"email":   notify.NotifierFunc(func(context.Context, notify.Notification) error { return nil }),
		},
		Clock: f.clock,
	})
	a := f.hot(t)
	if n, err := d.Flush(context.Background()); err != nil || n != 2 {
		t.Fatalf("flush: %d %v", n, err)
	}
	evs, _ := f.st.AlertEvents(context.Background(), a.ID)
	found := false
	for _, e := range evs {
		if strings.Contains(e.Detail, "XXsecretXX") {
			t.Errorf("event %s shows the webhook path: %s", e.Kind, e.Detail)
		}
		if e.Kind == "notified" && e.Channel == "webhook" {
			found = e.Detail == "new to "+hs.URL
		}
	}
	if !found {
		t.Errorf("no notified event naming %s: %+v", hs.URL, evs)
	}
}
