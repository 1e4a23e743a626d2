package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/notify/smtptest"
)

// waitReady polls for the ready file serve writes once it listens. The
// deadline is generous: under the race detector on a busy machine, loading
// the classifier's models alone can take well over ten seconds.
func waitReady(t *testing.T, path string, done <-chan error) app.ReadyInfo {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Fatalf("serve exited before it was ready: %v", err)
		default:
		}
		data, err := os.ReadFile(path)
		if err == nil {
			var info app.ReadyInfo
			if err := json.Unmarshal(data, &info); err != nil {
				t.Fatalf("ready file %q: %v", data, err)
			}
			return info
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("serve did not write its ready file")
	return app.ReadyInfo{}
}

func TestServeEndToEnd(t *testing.T) {
	// Thresholds that put this message in a different level than the
	// defaults do, so the check below fails if serve ignores the flags.
	in := classify.Input{Subject: "URGENT: site down",
		Text: "Our website has been down for three hours and we are losing orders. Fix it NOW or we cancel."}
	dc, err := classify.New(classify.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	def, err := dc.Classify(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if def.Level != classify.Hot || def.Heat > 0.999 {
		t.Fatalf("test message scores heat %v (%v) with the defaults; want HOT below 0.999 so a higher --hot makes it WARM", def.Heat, def.Level)
	}
	warm, hot := def.Heat/2, (def.Heat+1)/2
	ready := filepath.Join(t.TempDir(), "ready.json")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stderr := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve",
			"--listen", "127.0.0.1:0", "--metrics-listen", "127.0.0.1:0",
			"--ready-file", ready, "--log-format", "json", "--warm", fmt.Sprint(warm), "--hot", fmt.Sprint(hot),
		}, io.Discard, stderr)
	}()
	info := waitReady(t, ready, done)

	conn, err := grpc.NewClient(info.GRPC, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	cctx, ccancel := context.WithTimeout(ctx, 20*time.Second)
	defer ccancel()

	health := healthpb.NewHealthClient(conn)
	for {
		resp, err := health.Check(cctx, &healthpb.HealthCheckRequest{})
		if err != nil {
			t.Fatalf("health check: %v", err)
		}
		if resp.GetStatus() == healthpb.HealthCheckResponse_SERVING {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}

	resp, err := hotlinev1.NewClassifierServiceClient(conn).Classify(cctx, &hotlinev1.ClassifyRequest{
		Subject: in.Subject, Text: in.Text,
	})
	if err != nil {
		t.Fatalf("Classify: %v", err)
	}
	if resp.GetLevel() == hotlinev1.Level_LEVEL_UNSPECIFIED || resp.GetPreparedText() == "" {
		t.Errorf("incomplete response: %v", resp)
	}
	// The thresholds from the flags decide the level: WARM, where the
	// defaults say HOT.
	if resp.GetHeat() != def.Heat || resp.GetLevel() != hotlinev1.Level_LEVEL_WARM {
		t.Errorf("heat %v with --warm %v --hot %v gave %v, want heat %v and LEVEL_WARM (the defaults give HOT)",
			resp.GetHeat(), warm, hot, resp.GetLevel(), def.Heat)
	}

	body, code := httpGet(t, "http://"+info.Metrics+"/healthz")
	if code != http.StatusOK || body != "ok\n" {
		t.Errorf("/healthz = %d %q, want 200 ok", code, body)
	}
	body, code = httpGet(t, "http://"+info.Metrics+"/metrics")
	if code != http.StatusOK {
		t.Fatalf("/metrics status %d", code)
	}
	for _, want := range []string{
		`hotline_grpc_requests_total{code="OK",method="/hotline.v1.ClassifierService/Classify"} 1`,
		"hotline_grpc_request_duration_seconds_bucket",
		"go_goroutines",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v after shutdown", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop after its context ended")
	}
	logs := stderr.String()
	for _, want := range []string{`"msg":"hotline serving"`, `"grpc":"` + info.GRPC + `"`, `"metrics":"` + info.Metrics + `"`, `"msg":"stopped"`} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %s:\n%s", want, logs)
		}
	}
	c2ctx, c2cancel := context.WithTimeout(context.Background(), time.Second)
	defer c2cancel()
	if _, err := health.Check(c2ctx, &healthpb.HealthCheckRequest{}); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func httpGet(t *testing.T, url string) (string, int) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(data), resp.StatusCode
}

func TestServeFlagErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"bad log format", []string{"--log-format", "xml"}, "--log-format must be text or json"},
		{"warm above hot", []string{"--warm", "0.9", "--hot", "0.5"}, "need 0 <= --warm <= --hot <= 1"},
		{"hot above one", []string{"--hot", "1.5"}, "need 0 <= --warm <= --hot <= 1"},
		{"zero message limit", []string{"--max-message-bytes", "0"}, "--max-message-bytes must be positive"},
		{"unknown flag", []string{"--nope"}, "flag provided but not defined"},
		{"stray argument", []string{"extra"}, "serve takes no arguments"},
		{"bad log level", []string{"--log-level", "loud"}, "invalid value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(context.Background(), append([]string{"serve"}, tt.args...), io.Discard, io.Discard)
			if !errors.Is(err, errUsage) {
				t.Fatalf("err = %v, want a usage error", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %q, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestServeListenError(t *testing.T) {
	err := run(context.Background(), []string{"serve", "--listen", "256.0.0.1:1", "--metrics-listen", ""}, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "listen for grpc") {
		t.Fatalf("err = %v, want a listen error", err)
	}
}

func TestServeHelp(t *testing.T) {
	var stderr bytes.Buffer
	err := run(context.Background(), []string{"serve", "--help"}, io.Discard, &stderr)
	if !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("err = %v, want flag.ErrHelp", err)
	}
	for _, want := range []string{"--listen", "--metrics-listen", "--max-message-bytes", "--ready-file"} {
		if !strings.Contains(stderr.String(), strings.TrimPrefix(want, "-")) {
			t.Errorf("help lacks %s:\n%s", want, stderr.String())
		}
	}
}

// validateServeFlags runs serve with args on a port that cannot be bound, so it
// returns what validating its flags found, or a listen error.
func validateServeFlags(args []string, stderr io.Writer) (struct{}, error) {
	err := run(context.Background(), append([]string{"serve", "--listen", "256.0.0.1:1", "--metrics-listen", ""}, args...), io.Discard, stderr)
	return struct{}{}, err
}

// TestServeCheckListsFlagAndFileProblemsTogether: a missing setting does
// not hide a broken routing file or a missing secret.
func TestServeCheckListsFlagAndFileProblemsTogether(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte(strings.Replace(minimalRouting, "notify:", "people:", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(envAckKey, "")
	var stderr bytes.Buffer
	err := run(context.Background(), []string{"serve", "--check", "--log-format", "xml", "--db", filepath.Join(dir, "h.db"),
		"--routing-config", bad, "--smtp-addr", "smtp.example.com:587"}, io.Discard, &stderr)
	if err == nil {
		t.Fatal("check passed")
	}
	for _, w := range []string{"--log-format must be text or json", "--routing-config needs --smtp-from", "--ack-url (the public URL",
		"field people not found in type route.Step", "no key to sign acknowledge links"} {
		if !strings.Contains(stderr.String(), w) {
			t.Errorf("report lacks %q:\n%s", w, stderr.String())
		}
	}
}

// TestServeRequiresAlertSettings: with a routing config, serve refuses to
// start without the relay, the sender and the acknowledge URL, and names
// every one that is missing.
func TestServeRequiresAlertSettings(t *testing.T) {
	dir := t.TempDir()
	routing := filepath.Join(dir, "routing.yaml")
	if err := os.WriteFile(routing, []byte(minimalRouting), 0o600); err != nil {
		t.Fatal(err)
	}
	base := []string{"serve", "--listen", "127.0.0.1:0", "--metrics-listen", "", "--db", filepath.Join(dir, "h.db"), "--routing-config", routing}
	tests := []struct {
		name  string
		extra []string
		want  []string
		not   []string
	}{
		{"all missing", nil, []string{"--smtp-addr", "--smtp-from", "--ack-url"}, nil},
		{"with other problems", []string{"--log-format", "xml", "--auth-tokens", filepath.Join(dir, "no-such-file")},
			[]string{"--log-format must be text or json", "--auth-tokens", "--routing-config needs --smtp-addr"}, nil},
		{"ack url missing", []string{"--smtp-addr", "smtp.example.com:587", "--smtp-from", "hotline@example.com"},
			[]string{"--ack-url (the public URL"}, []string{"--smtp-addr (", "--smtp-from ("}},
		{"bad values", []string{"--smtp-addr", "smtp.example.com", "--smtp-from", "Hotline <h@example.com>", "--ack-url", "hotline.example/ack"},
			[]string{`--smtp-addr "smtp.example.com": want host:port`, "--smtp-from", "--ack-url \"hotline.example/ack\""}, nil},
		{"insecure auth to a remote relay", []string{"--smtp-addr", "smtp.example.com:25", "--smtp-from", "hotline@example.com",
			"--ack-url", "https://hotline.example/ack", "--smtp-user", "u", "--smtp-insecure-auth"},
			[]string{"--smtp-insecure-auth is only for a relay on a loopback address"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(context.Background(), append(append([]string(nil), base...), tt.extra...), io.Discard, io.Discard)
			if !errors.Is(err, errUsage) {
				t.Fatalf("err = %v, want a usage error", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q: %v", w, err)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(err.Error(), w) {
					t.Errorf("error names %q, which was given: %v", w, err)
				}
			}
		})
	}
}

const minimalRouting = "people: [{name: alice, email: alice@support.example.com}]\n" +
	"chains: [{name: senior, steps: [{notify: [alice], timeout: 10m}]}]\n" +
	"routes: [{name: hot, default: true, chain: senior}]\n"

// TestServeCheck: --check validates what serve would start with, reports
// every problem in one run, and serves nothing.
func TestServeCheck(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "routing.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	tokens := filepath.Join(dir, "tokens")
	for name, body := range map[string]string{
		good:   minimalRouting,
		bad:    strings.Replace(minimalRouting, "notify: [alice]", "people: [alice]", 1),
		tokens: "read:read-token-0123456789abcdef\n",
	} {
		if err := os.WriteFile(name, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// A port that is taken proves --check binds nothing.
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	args := func(routing string, extra ...string) []string {
		return append([]string{"serve", "--check", "--listen", taken.Addr().String(), "--metrics-listen", taken.Addr().String(),
			"--db", filepath.Join(dir, "h.db"), "--imap", "imaps://support@mail.example.com/INBOX",
			"--routing-config", routing, "--smtp-addr", "smtp.example.com:587", "--smtp-from", "hotline@example.com",
			"--smtp-user", "relay", "--ack-url", "https://hotline.example/ack", "--auth-tokens", tokens}, extra...)
	}

	t.Setenv(envIMAPPassword, "imap-pass")
	t.Setenv(envSMTPPassword, "smtp-pass")
	t.Setenv(envAckKey, "0123456789abcdef0123456789abcdef")
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), args(good), &stdout, &stderr); err != nil {
		t.Fatalf("check of a good configuration: %v\n%s", err, stderr.String())
	}
	for _, w := range []string{"serve configuration OK", "SQLite " + filepath.Join(dir, "h.db"), "mailbox imaps://support@mail.example.com:993/INBOX",
		"alert mail via smtp.example.com:587", "AUTH as relay over TLS only", "bearer tokens from " + tokens} {
		if !strings.Contains(stdout.String(), w) {
			t.Errorf("summary lacks %q:\n%s", w, stdout.String())
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "h.db")); !os.IsNotExist(err) {
		t.Errorf("--check created the database: %v", err)
	}

	// Every problem at once: the routing file, and three missing secrets.
	t.Setenv(envIMAPPassword, "")
	t.Setenv(envSMTPPassword, "")
	t.Setenv(envAckKey, "")
	stdout.Reset()
	stderr.Reset()
	err = run(context.Background(), args(bad), &stdout, &stderr)
	if err == nil {
		t.Fatalf("check of a broken configuration passed:\n%s", stdout.String())
	}
	for _, w := range []string{"5 problem(s)", "line 2: field people not found in type route.Step",
		"mailbox imaps://support@mail.example.com:993/INBOX: no credential", "no key to sign acknowledge links", "--smtp-user relay has no password"} {
		if !strings.Contains(stderr.String(), w) {
			t.Errorf("report lacks %q:\n%s", w, stderr.String())
		}
	}
}

// TestServeKeepsSMTPCredentialsOffPlaintext: serve with SMTP credentials,
// against a relay that offers no STARTTLS, sends no AUTH and no mail, and
// says why in its log; --smtp-insecure-auth lets it through for this
// loopback relay.
func TestServeKeepsSMTPCredentialsOffPlaintext(t *testing.T) {
	for _, insecure := range []bool{false, true} {
		t.Run(fmt.Sprintf("insecure-auth=%v", insecure), func(t *testing.T) {
			addr, c := startIMAP(t)
			appendMail(t, c, 1, "URGENT!!! third time asking, this is unacceptable",
				"Your service is down AGAIN. I am furious. Fix it NOW or we cancel. This is the third time!!!")
			sink, err := smtptest.Start(smtptest.Options{Username: "relay-user", Password: "relay-pass"})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { sink.Close() })
			dir := t.TempDir()
			routing := filepath.Join(dir, "routing.yaml")
			if err := os.WriteFile(routing, []byte(minimalRouting), 0o600); err != nil {
				t.Fatal(err)
			}
			t.Setenv(envIMAPPassword, "secret")
			t.Setenv(envSMTPPassword, "relay-pass")
			t.Setenv(envAckKey, "0123456789abcdef0123456789abcdef")
			args := []string{"--log-format", "json", "--db", filepath.Join(dir, "h.db"), "--imap", "imap://triage@" + addr + "/INBOX",
				"--routing-config", routing, "--smtp-addr", sink.Addr, "--smtp-from", "hotline@support.example.com",
				"--smtp-user", "relay-user", "--ack-url", "https://hotline.example/ack"}
			if insecure {
				args = append(args, "--smtp-insecure-auth")
			}
			_, logs := startServe(t, args...)
			if insecure {
				deadline := time.Now().Add(60 * time.Second)
				for len(sink.Mail()) == 0 {
					if time.Now().After(deadline) {
						t.Fatalf("no alert mail with --smtp-insecure-auth; logs:\n%s", logs.String())
					}
					time.Sleep(50 * time.Millisecond)
				}
				if m := sink.Mail()[0]; m.User != "relay-user" {
					t.Errorf("mail sent as %q, want relay-user", m.User)
				}
				return
			}
			waitForLog(t, logs, "refusing to send the SMTP credentials in clear")
			if a := sink.Auths(); len(a) != 0 {
				t.Errorf("relay saw %d AUTH commands without TLS", len(a))
			}
			if m := sink.Mail(); len(m) != 0 {
				t.Errorf("relay got %d mails", len(m))
			}
		})
	}
}
