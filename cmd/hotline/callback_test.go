package main

import (
	"bytes"
	"context"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/mail"
	"github.com/hotline/hotline/service/notify/smtptest"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

// A customer who asks for a call with the number in their signature gets
// an alert whose first line is their name and a tel: link in E.164; the
// number in the quoted history (ours) is not offered.
func TestServeAlertLeadsWithCallBack(t *testing.T) {
	dir := t.TempDir()
	db, cfgPath, ready := filepath.Join(dir, "h.db"), filepath.Join(dir, "routing.yaml"), filepath.Join(dir, "ready.json")
	if err := os.WriteFile(cfgPath, []byte(`
people: [{name: alice, email: alice@support.example.com}]
chains: [{name: senior, steps: [{notify: [alice], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: senior}]
`), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(envAckKey, "serve-test-signing-key-0123456789")
	mails := make(chan smtptest.Mail, 4)
	sink, err := smtptest.Start(smtptest.Options{OnMail: func(m smtptest.Mail) { mails <- m }})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--listen", "127.0.0.1:0", "--metrics-listen", "127.0.0.1:0", "--ready-file", ready,
			"--db", db, "--routing-config", cfgPath, "--smtp-addr", sink.Addr, "--smtp-from", "hotline@support.example.com",
			"--ack-url", "http://hotline.example/ack", "--phone-region", "GB"}, io.Discard, io.Discard)
	}()
	waitReady(t, ready, done)

	st, err := store.OpenSQLite(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	body := "Our tills have rejected every card since nine. Please call me back urgently.\n\n" +
		"Claire Donovan\nDonovan Florists\nTel: 0161 496 0000\n\n" +
		"On Mon, 2 Mar 2026, Support <help@support.example.com> wrote:\n> Call our desk on 0161 496 0999\n"
	rec := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: 1, MessageID: "x@shop", ContentHash: "h",
		From: "claire@florist.example", FromName: "Claire Donovan", Subject: "Card payments down", Level: "HOT", Heat: 0.9,
		Body: body, Prepared: classify.Prepare("Card payments down", body)}
	if _, err := st.RecordMessage(ctx, &rec, store.Checkpoint{Mailbox: rec.Mailbox, UIDValidity: 1, LastUID: 1}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	var m smtptest.Mail
	select {
	case m = <-mails:
	case <-time.After(60 * time.Second):
		t.Fatal("no alert mail within 60s")
	case err := <-done:
		t.Fatalf("serve stopped: %v", err)
	}
	parsed, err := mail.Parse(bytes.NewReader(m.Data), mail.Options{})
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(strings.TrimSpace(parsed.Text), "\n")
	if want := "Call Claire Donovan: tel:+441614960000 (+44 161 496 0000, asked for a call)"; first != want {
		t.Errorf("first line %q, want %q", first, want)
	}
	// Recorded by another process, routed by the store scan: the mail
	// still quotes the customer.
	if !strings.Contains(parsed.Text, "Our tills have rejected every card since nine.") {
		t.Errorf("alert mail lacks the body excerpt:\n%s", parsed.Text)
	}
	if strings.Contains(parsed.Text, "4960999") || strings.Contains(parsed.Text, "496 0999") {
		t.Errorf("the quoted history's number is offered:\n%s", parsed.Text)
	}
	if !strings.Contains(html.UnescapeString(parsed.HTML), `href="tel:+441614960000"`) {
		t.Errorf("HTML lacks the tel: link:\n%s", parsed.HTML)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestAlertsAckCalled(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "alerts.db")
	st, err := store.OpenSQLite(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cfg, err := route.ParseConfig(strings.NewReader(`
people: [{name: alice, email: alice@support.example.com}]
chains: [{name: c, steps: [{notify: [alice], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: c}]
`))
	if err != nil {
		t.Fatal(err)
	}
	r := route.New(st, cfg, route.Options{})
	m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: 1, MessageID: "c-1", ContentHash: "c1",
		From: "claire@florist.example", FromName: "Claire Donovan", Subject: "Call me", Level: "HOT", Heat: 0.9}
	if _, err := st.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: 1}); err != nil {
		t.Fatal(err)
	}
	if err := r.Observe(ctx, m); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(ctx, []string{"alerts", "ack", "1", "--called", "--by", "alice", "--db", db}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "your call to Claire Donovan") {
		t.Errorf("output %q", out.String())
	}
	a, err := st.GetAlert(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if a.AckVia != store.ViaCall || a.AckedBy != "alice" || !a.NextDueAt.IsZero() {
		t.Errorf("after ack --called: via %q by %q next %v", a.AckVia, a.AckedBy, a.NextDueAt)
	}
}
