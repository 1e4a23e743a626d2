package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/hotline/hotline/internal/dovecottest"
	"github.com/hotline/hotline/service/notify/smtptest"
)

// TestBenchAlertLatency measures, end to end, how long after an APPEND to
// Dovecot the alert mail for it reaches an SMTP server through hotline
// serve (IDLE, classify, record, route, outbox, send), beside how long a
// bare imapclient idling on the same server waits for the EXISTS: the
// difference is Hotline's share. It prints numbers and fails only when
// mail does not arrive.
//
//	HOTLINE_BENCH=1 go test -run TestBenchAlertLatency -v ./cmd/hotline
func TestBenchAlertLatency(t *testing.T) {
	if os.Getenv("HOTLINE_BENCH") != "1" {
		t.Skip("set HOTLINE_BENCH=1 to measure APPEND to alert mail latency through Dovecot")
	}
	n := 40
	if v := os.Getenv("HOTLINE_BENCH_APPENDS"); v != "" {
		fmt.Sscan(v, &n)
	}
	d := dovecottest.Start(t, dovecottest.Options{})
	dir := t.TempDir()
	cfgPath, ready, pwFile := filepath.Join(dir, "routing.yaml"), filepath.Join(dir, "ready.json"), filepath.Join(dir, "pw")
	if err := os.WriteFile(cfgPath, []byte(`
people: [{name: alice, email: alice@support.example.com}]
chains: [{name: senior, steps: [{notify: [alice], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: senior}]
`), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pwFile, []byte(d.Password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(envAckKey, "bench-signing-key-0123456789abcdef")

	var mu sync.Mutex
	mailed := map[int]time.Time{}
	exists := map[uint32]time.Time{}
	sink, err := smtptest.Start(smtptest.Options{OnMail: func(m smtptest.Mail) {
		at := time.Now()
		var i int
		if k := strings.Index(string(m.Data), "case #"); k >= 0 {
			fmt.Sscanf(string(m.Data[k:]), "case #%d", &i)
		}
		mu.Lock()
		mailed[i] = at
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()

	// The bare client: IDLE on INBOX, noting when each EXISTS arrives.
	idler := d.Dial(t, &imapclient.Options{UnilateralDataHandler: &imapclient.UnilateralDataHandler{
		Mailbox: func(data *imapclient.UnilateralDataMailbox) {
			if data.NumMessages != nil {
				at := time.Now()
				mu.Lock()
				exists[*data.NumMessages] = at
				mu.Unlock()
			}
		},
	}})
	if _, err := idler.Select("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	idle, err := idler.Idle()
	if err != nil {
		t.Fatal(err)
	}
	defer idle.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--listen", "127.0.0.1:0", "--metrics-listen", "127.0.0.1:0", "--ready-file", ready,
			"--db", filepath.Join(dir, "h.db"), "--imap", "imap://" + d.User + "@" + d.Addr + "/INBOX", "--imap-password-file", pwFile,
			"--routing-config", cfgPath, "--smtp-addr", sink.Addr, "--smtp-from", "hotline@support.example.com",
			"--ack-url", "http://hotline.example/ack", "--log-level", "error"}, io.Discard, io.Discard)
	}()
	waitReady(t, ready, done)
	appender := d.Dial(t, nil)

	var toMail, toExists []time.Duration
	for i := 0; i <= n; i++ {
		raw := fmt.Sprintf("From: Customer %d <c%d@example.com>\r\nSubject: FURIOUS - third time, refund NOW (case #%d)\r\n"+
			"Message-ID: <bench-%d@example.com>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\n"+
			"This is unacceptable, case #%d. I have written three times, nobody answers. Refund me today or I call my lawyer!\r\n",
			i, i, i, i, i)
		start := time.Now()
		if _, err := dovecottest.Append(appender, "INBOX", []byte(raw)); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(30 * time.Second)
		for {
			mu.Lock()
			m, mok := mailed[i]
			e, eok := exists[uint32(i+1)]
			mu.Unlock()
			if mok && eok {
				if i > 0 { // the first warms up serve's IDLE and the store
					toMail, toExists = append(toMail, m.Sub(start)), append(toExists, e.Sub(start))
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("message %d: alert mail %v, EXISTS %v after 30s", i, mok, eok)
			}
			time.Sleep(2 * time.Millisecond)
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
	slices.Sort(toMail)
	slices.Sort(toExists)
	q := func(s []time.Duration, p int) time.Duration { return s[(len(s)-1)*p/100].Round(time.Millisecond) }
	t.Logf("APPEND->alert mail via serve over %d appends: p50 %v, p90 %v, max %v", len(toMail), q(toMail, 50), q(toMail, 90), q(toMail, 100))
	t.Logf("APPEND->EXISTS at a bare IDLE client:      p50 %v, p90 %v, max %v", q(toExists, 50), q(toExists, 90), q(toExists, 100))
	t.Logf("serve above the bare client: p50 +%v, p90 +%v", q(toMail, 50)-q(toExists, 50), q(toMail, 90)-q(toExists, 90))
}
