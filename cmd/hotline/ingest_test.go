package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/internal/dovecottest"
	"github.com/hotline/hotline/service/app"
)

// startIMAP runs an in-memory IMAP server with user triage/secret and
// returns its address and a client for appending.
func startIMAP(t *testing.T) (string, *imapclient.Client) {
	t.Helper()
	return startIMAPUser(t, "triage", "secret")
}

func appendMail(t *testing.T, c *imapclient.Client, i int, subject, body string) {
	t.Helper()
	raw := fmt.Sprintf("From: Customer <c%d@example.com>\r\nSubject: %s\r\nMessage-ID: <cli-%d@example.com>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\n%s\r\n", i, subject, i, body)
	if _, err := dovecottest.Append(c, "INBOX", []byte(raw)); err != nil {
		t.Fatal(err)
	}
}

func TestIngestOnceJSON(t *testing.T) {
	addr, c := startIMAP(t)
	appendMail(t, c, 1, "Invoice copy", "Could you send me last month's invoice? Thanks.")
	appendMail(t, c, 2, "FURIOUS - third time, refund NOW", "This is unacceptable. I have written three times, nobody answers. Refund me today or I call my lawyer!")
	db := filepath.Join(t.TempDir(), "hotline.db")
	pwFile := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pwFile, []byte("secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"ingest", "--imap", "imap://triage@" + addr + "/INBOX", "--db", db, "--once", "--json", "--imap-password-file", pwFile}

	var out, errOut bytes.Buffer
	if err := run(context.Background(), args, &out, &errOut); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), out.String())
	}
	var got []app.MessageLine
	for _, l := range lines {
		var m app.MessageLine
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line is not JSON: %v: %s", err, l)
		}
		for _, key := range []string{`"mailbox"`, `"uid"`, `"message_id"`, `"from"`, `"subject"`, `"anger"`, `"urgency"`, `"heat"`, `"level"`, `"reasons"`} {
			if !strings.Contains(l, key) {
				t.Errorf("line lacks %s: %s", key, l)
			}
		}
		got = append(got, m)
	}
	if got[0].MessageID != "cli-1@example.com" || got[0].UID != 1 || got[0].From != "c1@example.com" || got[0].Mailbox != "triage@"+addr+"/INBOX" {
		t.Errorf("first line %+v", got[0])
	}
	if got[1].Level == "COOL" || got[1].Heat <= got[0].Heat || len(got[1].Reasons) == 0 {
		t.Errorf("angry message scored %+v; calm one %+v", got[1], got[0])
	}
	if strings.Contains(errOut.String(), "secret") {
		t.Errorf("stderr mentions the password: %s", errOut.String())
	}

	// A second run finds nothing new.
	out.Reset()
	if err := run(context.Background(), args, &out, &errOut); err != nil {
		t.Fatalf("second ingest: %v", err)
	}
	if out.Len() != 0 {
		t.Errorf("second run printed:\n%s", out.String())
	}
}

func TestIngestOncePasswordFromEnvAndBadPassword(t *testing.T) {
	addr, c := startIMAP(t)
	appendMail(t, c, 1, "hello", "just a question")
	db := filepath.Join(t.TempDir(), "hotline.db")
	args := []string{"ingest", "--imap", "imap://triage@" + addr + "/INBOX", "--db", db, "--once"}

	t.Setenv(envIMAPPassword, "wrong-password")
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, &out, &errOut)
	if err == nil {
		t.Fatal("ingest with a wrong password succeeded")
	}
	if strings.Contains(err.Error(), "wrong-password") {
		t.Errorf("error leaks the password: %v", err)
	}

	t.Setenv(envIMAPPassword, "secret")
	if err := run(context.Background(), args, &out, &errOut); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	if !strings.HasPrefix(out.String(), "COOL") || !strings.Contains(out.String(), `subject="hello"`) {
		t.Errorf("text output:\n%s", out.String())
	}
}

// ingestOutput is a bytes.Buffer safe for the ingest goroutines and the test.
type ingestOutput struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *ingestOutput) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *ingestOutput) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestIngestWatchesUntilCancelled(t *testing.T) {
	addr, c := startIMAP(t)
	addr2, c2 := startIMAP(t)
	appendMail(t, c, 1, "first", "hello")
	t.Setenv(envIMAPPassword, "secret")
	db := filepath.Join(t.TempDir(), "hotline.db")
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut ingestOutput
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"ingest", "--imap", "imap://triage@" + addr + "/INBOX", "--imap", "imap://triage@" + addr2, "--db", db, "--json"}, &out, &errOut)
	}()
	wait := func(substr string) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for !strings.Contains(out.String(), substr) {
			if time.Now().After(deadline) {
				cancel()
				t.Fatalf("output never contained %s:\n%s\nstderr:\n%s", substr, out.String(), errOut.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	wait("cli-1@example.com")
	time.Sleep(200 * time.Millisecond)
	appendMail(t, c2, 2, "second mailbox", "hi")
	wait("cli-2@example.com")
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("ingest returned %v after cancel", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("ingest did not stop within 10s of cancel")
	}
}

func TestIngestUsage(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"no imap", []string{"ingest", "--db", "x.db"}},
		{"no db", []string{"ingest", "--imap", "imap://u@127.0.0.1/INBOX"}},
		{"bad scheme", []string{"ingest", "--imap", "http://u@h/INBOX", "--db", "x.db", "--once"}},
		{"bad since", []string{"ingest", "--imap", "imap://u@127.0.0.1/INBOX", "--db", filepath.Join(t.TempDir(), "x.db"), "--since", "yesterday"}},
		{"twice", []string{"ingest", "--imap", "imap://u@127.0.0.1/INBOX", "--imap", "imaps://u@127.0.0.1:143/INBOX", "--db", filepath.Join(t.TempDir(), "x.db")}},
		{"unknown flag", []string{"ingest", "--nope"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := run(context.Background(), tc.args, &out, &errOut)
			if !errors.Is(err, errUsage) {
				t.Errorf("err = %v, want a usage error", err)
			}
		})
	}
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"ingest", "--help"}, &out, &errOut); err != nil && !errors.Is(err, flag.ErrHelp) {
		t.Errorf("--help: %v", err)
	}
	if !strings.Contains(errOut.String(), "--imap") && !strings.Contains(errOut.String(), "-imap") {
		t.Errorf("--help output lacks the imap flag:\n%s", errOut.String())
	}
}

// TestServeIngestsAndServesMessages runs serve with --imap and --db: one
// process reads the mailbox and answers MessageService.
func TestServeIngestsAndServesMessages(t *testing.T) {
	addr, c := startIMAP(t)
	appendMail(t, c, 1, "Invoice copy", "Could you send me last month's invoice? Thanks.")
	t.Setenv(envIMAPPassword, "secret")
	dir := t.TempDir()
	ready := filepath.Join(dir, "ready.json")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	var stderr ingestOutput
	go func() {
		done <- run(ctx, []string{"serve", "--listen", "127.0.0.1:0", "--metrics-listen", "127.0.0.1:0", "--ready-file", ready,
			"--db", filepath.Join(dir, "hotline.db"), "--imap", "imap://triage@" + addr + "/INBOX"}, io.Discard, &stderr)
	}()
	info := waitReady(t, ready, done)
	conn, err := grpc.NewClient(info.GRPC, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	mc := hotlinev1.NewMessageServiceClient(conn)
	cctx, ccancel := context.WithTimeout(ctx, 30*time.Second)
	defer ccancel()

	watch, err := mc.WatchMessages(cctx, &hotlinev1.WatchMessagesRequest{}, grpc.WaitForReady(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := watch.Header(); err != nil {
		t.Fatal(err)
	}
	// The first message was there before serve started; it is listed.
	for {
		resp, err := mc.ListMessages(cctx, &hotlinev1.ListMessagesRequest{})
		if err != nil {
			t.Fatal(err)
		}
		if len(resp.GetMessages()) == 1 {
			if got := resp.GetMessages()[0].GetMessageId(); got != "cli-1@example.com" {
				t.Fatalf("listed %s", got)
			}
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
	appendMail(t, c, 2, "Second", "another question")
	m, err := watch.Recv()
	// The watch may have started before the first message was recorded
	// (the ingester first takes the mailbox lease), so it may come first.
	if err == nil && m.GetMessage().GetMessageId() == "cli-1@example.com" {
		m, err = watch.Recv()
	}
	if err != nil {
		t.Fatal(err)
	}
	if m.GetMessage().GetMessageId() != "cli-2@example.com" {
		t.Errorf("watched %v", m.GetMessage())
	}
	body, code := httpGet(t, "http://"+info.Metrics+"/metrics")
	if code != 200 || !strings.Contains(body, `hotline_ingest_messages_total{level="COOL",mailbox="triage@`+addr+`/INBOX"} 2`) {
		t.Errorf("/metrics lacks the ingest counter:\n%s", grepLines(body, "hotline_ingest"))
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func grepLines(s, substr string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, substr) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestIngestOnceOverTLSWithCAFile reads a Dovecot over implicit TLS with a
// certificate trusted only through --imap-ca-file.
func TestIngestOnceOverTLSWithCAFile(t *testing.T) {
	d := dovecottest.Start(t, dovecottest.Options{TLS: true})
	c := d.Dial(t, nil)
	appendMail(t, c, 1, "over tls", "hello")
	t.Setenv(envIMAPPassword, d.Password)
	db := filepath.Join(t.TempDir(), "hotline.db")
	url := "imaps://" + d.User + "@" + d.TLSAddr + "/INBOX"

	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"ingest", "--imap", url, "--db", db, "--once", "--json"}, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Fatalf("without the CA: err = %v, want a certificate error", err)
	}
	ca := filepath.Join(d.Dir, "cert.pem")
	if err := run(context.Background(), []string{"ingest", "--imap", url, "--db", db, "--once", "--json", "--imap-ca-file", ca}, &out, &errOut); err != nil {
		t.Fatalf("with the CA: %v", err)
	}
	if !strings.Contains(out.String(), `"message_id":"cli-1@example.com"`) {
		t.Errorf("output:\n%s", out.String())
	}
	err = run(context.Background(), []string{"ingest", "--imap", url, "--db", db, "--once", "--imap-ca-file", db}, &out, &errOut)
	if !errors.Is(err, errUsage) {
		t.Errorf("a CA file without certificates: err = %v, want a usage error", err)
	}
}
