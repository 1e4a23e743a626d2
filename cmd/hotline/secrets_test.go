package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/internal/imapmem"
	"github.com/hotline/hotline/internal/pgtest"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/notify/smtptest"
)

// TestServeNeverLogsCredentials runs serve with every kind of secret set to
// a distinctive value, drives traffic that succeeds and fails (a rejected
// IMAP login, unknown and valid API tokens, an alert mailed over SMTP
// AUTH), and checks no secret appears in the debug-level JSON logs.
func TestServeNeverLogsCredentials(t *testing.T) {
	const (
		imapPass = "imap-pw-Zq81xWv3"
		smtpPass = "smtp-pw-Kr27yTd9"
		dsnPass  = "dsn-pw-Mn45bQe6"
		ackKey   = "ack-key-Pj63cLs0-0123456789abcdef"
		readTok  = "read-tok-Hs92vNa4-0123456789abcdef"
		adminTok = "admin-tok-Gw18kRz7-0123456789abcde"
		wrongTok = "wrong-tok-Ux50fYb2-0123456789abcde"
		smtpUser = "relay-user"
		// A Slack incoming-webhook URL is itself the credential.
		hookPath  = "/services/T0/B0/hook-Vb73pLx1"
		customers = 3
	)
	secrets := []string{imapPass, smtpPass, dsnPass, ackKey, readTok, adminTok, wrongTok, hookPath}
	// The webhook drops every connection, so net/http's error, which
	// quotes the whole URL, is logged and recorded.
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, _, err := w.(http.Hijacker).Hijack(); err == nil {
			c.Close()
		}
	}))
	defer hook.Close()

	pg := pgtest.Start(t)
	// Trust authentication ignores the password, so the DSN carries one
	// without the server needing it.
	dsn := strings.Replace(pg.NewDatabase(t), "@", ":"+dsnPass+"@", 1)

	addr, c := startIMAPUser(t, "triage", imapPass)
	for i := 1; i <= customers; i++ {
		appendMail(t, c, i, "URGENT!!! third time asking, this is unacceptable",
			"Your service is down AGAIN. I am furious. Fix it NOW or we cancel. This is the third time!!!")
	}
	mails := make(chan smtptest.Mail, 16)
	sink, err := smtptest.Start(smtptest.Options{Username: smtpUser, Password: smtpPass,
		OnMail: func(m smtptest.Mail) { mails <- m }})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()

	dir := t.TempDir()
	routing := filepath.Join(dir, "routing.yaml")
	tokens := filepath.Join(dir, "tokens")
	for name, body := range map[string]string{
		routing: "people: [{name: alice, email: alice@support.example.com, webhook: '" + hook.URL + hookPath + "?x=1', webhook_format: slack}]\n" +
			"chains: [{name: senior, steps: [{notify: [alice], timeout: 10m}]}]\n" +
			"routes: [{name: hot, default: true, chain: senior}]\n",
		tokens: "read:" + readTok + "\nadmin:" + adminTok + "\n",
	} {
		if err := os.WriteFile(name, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv(envIMAPPassword, imapPass)
	t.Setenv(envSMTPPassword, smtpPass)
	t.Setenv(envAckKey, ackKey)
	t.Setenv(app.EnvPostgresDSN, dsn)

	info, logs := startServe(t, "--log-format", "json", "--log-level", "debug",
		"--imap", "imap://triage@"+addr+"/INBOX",
		// No such user: every login to this mailbox fails.
		"--imap", "imap://nobody@"+addr+"/INBOX",
		"--routing-config", routing, "--smtp-addr", sink.Addr, "--smtp-user", smtpUser, "--smtp-insecure-auth",
		"--smtp-from", "hotline@support.example.com", "--ack-url", "https://hotline.example/ack",
		"--auth-tokens", tokens, "--lease-ttl", "3s")

	select {
	case m := <-mails:
		if m.User != smtpUser {
			t.Errorf("alert mail sent as %q, want AUTH as %q", m.User, smtpUser)
		}
	case <-time.After(60 * time.Second):
		t.Fatalf("no alert mail within 60s; logs:\n%s", logs.String())
	}

	conn, err := grpc.NewClient(info.GRPC, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	mc := hotlinev1.NewMessageServiceClient(conn)
	for _, tok := range []string{wrongTok, readTok, adminTok} {
		_, _ = mc.ListMessages(withToken(ctx, tok), &hotlinev1.ListMessagesRequest{})
	}
	_, _ = hotlinev1.NewEscalationServiceClient(conn).AcknowledgeAlert(withToken(ctx, readTok),
		&hotlinev1.AcknowledgeAlertRequest{Id: 1, Person: "alice"})
	waitForLog(t, logs, `"nobody@`)
	waitForLog(t, logs, `"PermissionDenied"`)
	waitForLog(t, logs, `"notification failed"`)
	// The alert history, as the API answers it to a read-only token, shows
	// the webhook by host only.
	got, err := hotlinev1.NewEscalationServiceClient(conn).GetAlert(withToken(ctx, readTok), &hotlinev1.GetAlertRequest{Id: 1})
	if err != nil {
		t.Fatalf("GetAlert: %v", err)
	}
	if strings.Contains(got.String(), hookPath) {
		t.Errorf("GetAlert answer shows the webhook path:\n%v", got)
	}

	out := logs.String()
	if !strings.Contains(out, `"level":"DEBUG"`) && !strings.Contains(out, `"level":"INFO"`) {
		t.Fatalf("expected JSON logs, got:\n%s", out)
	}
	for _, s := range secrets {
		if strings.Contains(out, s) {
			t.Errorf("logs contain the secret %q:\n%s", s, grepLines(out, s))
		}
	}
}

// waitForLog waits for substr to be logged, so the check above covers the
// traffic that produces it.
func waitForLog(t *testing.T, logs *syncBuffer, substr string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(logs.String(), substr) {
		if time.Now().After(deadline) {
			t.Fatalf("nothing logged containing %s; logs:\n%s", substr, logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// startIMAPUser is startIMAP with the given credentials.
func startIMAPUser(t *testing.T, user, pass string) (string, *imapclient.Client) {
	t.Helper()
	srv, err := imapmem.Start(imapmem.Options{User: user, Password: pass})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	c, err := imapclient.DialInsecure(srv.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login(user, pass).Wait(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return srv.Addr, c
}
