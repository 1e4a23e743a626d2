package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/internal/pgtest"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/mail"
	"github.com/hotline/hotline/service/notify/smtptest"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

func TestAlertsCommand(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "alerts.db")
	var stdout, stderr bytes.Buffer
	if err := run(ctx, []string{"alerts", "list", "--db", db}, &stdout, &stderr); err == nil {
		t.Fatal("alerts on a missing database succeeded; it must not create one")
	}
	if err := run(ctx, []string{"alerts", "--db", db}, &stdout, &stderr); !errors.Is(err, errUsage) {
		t.Fatalf("no verb: %v", err)
	}
	st, err := store.OpenSQLite(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	runAlertsSteps(t, st, "--db", db)
}

// TestAlertsCommandPostgres runs the same verbs against PostgreSQL, the
// store several replicas share.
func TestAlertsCommandPostgres(t *testing.T) {
	pg := pgtest.Start(t)
	dsn := pg.NewDatabase(t)
	st, err := store.OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	runAlertsSteps(t, st, "--postgres", dsn)
	t.Setenv(app.EnvPostgresDSN, dsn)
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"alerts", "list", "--state", "all"}, &stdout, &stderr); err != nil || !strings.Contains(stdout.String(), "1   RESOLVED") {
		t.Errorf("alerts list with $%s: %v\n%s", app.EnvPostgresDSN, err, stdout.String())
	}
}

// runAlertsSteps opens an alert in st, closes st, then lists, shows,
// acknowledges and resolves it with the alerts command and the given
// store flags.
func runAlertsSteps(t *testing.T, st interface {
	route.Store
	Close() error
}, storeFlags ...string) {
	t.Helper()
	ctx := context.Background()
	var stdout, stderr bytes.Buffer
	cfg, err := route.LoadConfig("../../service/app/demo/samples/routing.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: 1, MessageID: "x@shop", ContentHash: "h",
		From: "dana@shop.example", FromName: "Dana", Subject: "Third time!!!", Level: "HOT", Heat: 0.9}
	rec, ok := st.(interface {
		RecordMessage(ctx context.Context, m *store.Message, cp store.Checkpoint) (bool, error)
	})
	if !ok {
		t.Fatal("store cannot record messages")
	}
	if _, err := rec.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: 1}); err != nil {
		t.Fatal(err)
	}
	if err := route.New(st, cfg, route.Options{}).Observe(ctx, m); err != nil {
		t.Fatal(err)
	}
	st.Close()

	steps := []struct {
		args []string
		want []string
		err  error
	}{
		{[]string{"list"}, []string{"ID  STATE", "1   OPEN", "alice", "dana@shop.example", "Third time!!!"}, nil},
		{[]string{"show", "1"}, []string{"Alert #1  OPEN", "From:      Dana <dana@shop.example>", "opened", "queued", "alert-1/s0-r0/alice/email  pending"}, nil},
		{[]string{"ack", "1", "--by", "bob"}, []string{"alert 1 acknowledged by bob; escalation stopped"}, nil},
		{[]string{"ack", "1", "--by", "carol"}, []string{"already acknowledged by bob"}, nil},
		{[]string{"resolve", "#1", "--by", "bob"}, []string{"alert 1 resolved by bob"}, nil},
		{[]string{"list"}, []string{"no alerts"}, nil},
		{[]string{"list", "--state", "resolved"}, []string{"1   RESOLVED"}, nil},
		{[]string{"show", "2"}, nil, errors.New("alert 2 not found")},
		{[]string{"ack", "x"}, nil, errUsage},
		{[]string{"list", "--state", "boiling"}, nil, errUsage},
	}
	for _, s := range steps {
		stdout.Reset()
		err := run(ctx, append(append([]string{"alerts"}, s.args...), storeFlags...), &stdout, &stderr)
		if s.err != nil {
			if err == nil || (!errors.Is(err, s.err) && !strings.Contains(err.Error(), s.err.Error())) {
				t.Errorf("%v: error %v, want %v", s.args, err, s.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%v: %v", s.args, err)
			continue
		}
		for _, w := range s.want {
			if !strings.Contains(stdout.String(), w) {
				t.Errorf("%v: output lacks %q:\n%s", s.args, w, stdout.String())
			}
		}
	}
}

// TestAlertsOverGRPC runs the same verbs against a running EscalationService.
func TestAlertsOverGRPC(t *testing.T) {
	ctx := context.Background()
	cfg, err := route.LoadConfig("../../service/app/demo/samples/routing.yaml")
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "grpc.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := route.New(st, cfg, route.Options{})
	m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: 1, MessageID: "x@shop", ContentHash: "h",
		From: "dana@shop.example", FromName: "Dana", Subject: "Third time!!!", Level: "HOT", Heat: 0.9,
		Reasons: []store.Reason{{Signal: "repeat_contact", Weight: 1, Phrase: "Third time"}}}
	if _, err := st.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: 1}); err != nil {
		t.Fatal(err)
	}
	if err := r.Observe(ctx, m); err != nil {
		t.Fatal(err)
	}
	srv, err := api.NewServer(nil, api.ServerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	hotlinev1.RegisterEscalationServiceServer(srv, api.NewEscalationServer(r, st, 0))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	defer srv.Shutdown(ctx)

	// Without --plaintext the client speaks TLS, which a plaintext server
	// cannot answer: say what to do.
	if err := run(ctx, []string{"alerts", "list", "--addr", ln.Addr().String()}, io.Discard, io.Discard); err == nil || !strings.Contains(err.Error(), "add --plaintext") {
		t.Errorf("TLS to a plaintext server: %v, want a hint at --plaintext", err)
	}

	steps := []struct {
		args []string
		want []string
		err  string
	}{
		{[]string{"list"}, []string{"1   OPEN", "alice", "dana@shop.example"}, ""},
		{[]string{"show", "1"}, []string{"Alert #1  OPEN", "Dana <dana@shop.example>", `repeat_contact "Third time"`, "step 1", "opened"}, ""},
		{[]string{"ack", "1", "--by", "bob"}, []string{"alert 1 acknowledged by bob"}, ""},
		{[]string{"ack", "1", "--by", "carol"}, []string{"already acknowledged by bob"}, ""},
		{[]string{"resolve", "1", "--by", "bob"}, []string{"alert 1 resolved by bob"}, ""},
		{[]string{"list", "--state", "all"}, []string{"1   RESOLVED"}, ""},
		{[]string{"show", "7"}, nil, "alert 7 not found (NotFound)"},
		{[]string{"ack", "1", "--by", "carol"}, nil, "already resolved"},
	}
	for _, s := range steps {
		var stdout, stderr bytes.Buffer
		err := run(ctx, append(append([]string{"alerts"}, s.args...), "--addr", ln.Addr().String(), "--plaintext"), &stdout, &stderr)
		if s.err != "" {
			if err == nil || !strings.Contains(err.Error(), s.err) {
				t.Errorf("%v: error %v, want %q", s.args, err, s.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%v: %v", s.args, err)
			continue
		}
		for _, w := range s.want {
			if !strings.Contains(stdout.String(), w) {
				t.Errorf("%v: output lacks %q:\n%s", s.args, w, stdout.String())
			}
		}
	}
}

// TestServeRoutesAlerts runs serve with a database and a routing config: a
// hot message recorded by another process is paged by mail within seconds,
// the mail's link acknowledges through the metrics listener, and the
// EscalationService shows the result.
func TestServeRoutesAlerts(t *testing.T) {
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
			"--ack-url", "http://hotline.example/ack"}, io.Discard, io.Discard)
	}()
	info := waitReady(t, ready, done)

	// Another process (hotline ingest) records a hot message.
	st, err := store.OpenSQLite(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	rec := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: 1, MessageID: "x@shop", ContentHash: "h",
		From: "dana@shop.example", FromName: "Dana", Subject: "Third time!!!", Level: "HOT", Heat: 0.9}
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
	link := ""
	for _, line := range strings.Split(parsed.Text, "\n") {
		if l := strings.TrimSpace(line); strings.HasPrefix(l, "http://hotline.example/ack?token=") {
			link = l
		}
	}
	if link == "" || strings.Join(m.To, ",") != "alice@support.example.com" {
		t.Fatalf("mail to %v without a link:\n%s", m.To, parsed.Text)
	}
	u, err := url.Parse(link)
	if err != nil {
		t.Fatal(err)
	}
	tok := u.Query().Get("token")
	resp, err := http.PostForm("http://"+info.Metrics+"/ack", url.Values{"token": {tok}})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "yours, alice") {
		t.Fatalf("ack page %d:\n%s", resp.StatusCode, body)
	}
	conn, err := grpc.NewClient(info.GRPC, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	got, err := hotlinev1.NewEscalationServiceClient(conn).GetAlert(ctx, &hotlinev1.GetAlertRequest{Id: 1})
	if err != nil {
		t.Fatal(err)
	}
	if a := got.GetAlert(); a.GetState() != hotlinev1.AlertState_ALERT_STATE_ACKNOWLEDGED || a.GetAcknowledgedVia() != "link" {
		t.Fatalf("alert after ack: %v", a)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
}

// TestServeRoutesItsOwnMailWithTheBody has serve read a mailbox and route
// what it records: the ingester hands each message to the router with its
// text, so the alert mail quotes the customer's words, not only the
// phrases the classifier flagged (all a store scan has).
func TestServeRoutesItsOwnMailWithTheBody(t *testing.T) {
	dir := t.TempDir()
	db, cfgPath, ready := filepath.Join(dir, "h.db"), filepath.Join(dir, "routing.yaml"), filepath.Join(dir, "ready.json")
	if err := os.WriteFile(cfgPath, []byte(`
people: [{name: alice, email: alice@support.example.com}]
chains: [{name: senior, steps: [{notify: [alice], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: senior}]
`), 0o600); err != nil {
		t.Fatal(err)
	}
	pwFile := filepath.Join(dir, "imap-password")
	if err := os.WriteFile(pwFile, []byte("secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(envAckKey, "serve-test-signing-key-0123456789")
	mails := make(chan smtptest.Mail, 4)
	sink, err := smtptest.Start(smtptest.Options{OnMail: func(m smtptest.Mail) { mails <- m }})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	addr, c := startIMAP(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--listen", "127.0.0.1:0", "--metrics-listen", "127.0.0.1:0", "--ready-file", ready,
			"--db", db, "--imap", "imap://triage@" + addr + "/INBOX", "--imap-password-file", pwFile,
			"--routing-config", cfgPath, "--smtp-addr", sink.Addr, "--smtp-from", "hotline@support.example.com",
			"--ack-url", "http://hotline.example/ack"}, io.Discard, io.Discard)
	}()
	waitReady(t, ready, done)
	appendMail(t, c, 1, "FURIOUS - third time, refund NOW",
		"Order 4411 never arrived. This is unacceptable. I have written three times, nobody answers. Refund me today or I call my lawyer!")

	select {
	case m := <-mails:
		parsed, err := mail.Parse(bytes.NewReader(m.Data), mail.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(parsed.Text, "Order 4411 never arrived") {
			t.Errorf("alert mail lacks the body's excerpt:\n%s", parsed.Text)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("no alert mail within 60s")
	case err := <-done:
		t.Fatalf("serve stopped: %v", err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
}
