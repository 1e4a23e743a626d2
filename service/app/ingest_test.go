package app_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/hotline/hotline/internal/dovecottest"
	"github.com/hotline/hotline/internal/imapmem"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/ingest"
	"github.com/hotline/hotline/service/store"
)

// TestIngestMarkFlag runs `ingest --once` with the keyword flags against
// the in-memory server and checks which messages got keywords.
func TestIngestMarkFlag(t *testing.T) {
	for _, tt := range []struct {
		name     string
		args     []string
		parseErr string // a problem the flag parser reports
		cool     bool   // cool mail gets $Hotline
		hot      bool   // hot mail gets $Hotline and $Hotline-Hot
	}{
		{name: "default", cool: true, hot: true},
		{name: "all", args: []string{"--mark", "all"}, cool: true, hot: true},
		{name: "routed", args: []string{"--mark", "routed"}, cool: false, hot: true},
		{name: "routed=", args: []string{"--mark=routed"}, cool: false, hot: true},
		{name: "no keywords", args: []string{"--no-keywords"}},
		{name: "no keywords overrides routed", args: []string{"--mark", "routed", "--no-keywords"}},
		{name: "unknown", args: []string{"--mark", "hot"}, parseErr: `invalid value "hot" for flag -mark: want all or routed, got "hot"`},
		{name: "case", args: []string{"--mark", "Routed"}, parseErr: `want all or routed, got "Routed"`},
		{name: "empty", args: []string{"--mark="}, parseErr: `want all or routed, got ""`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv, err := imapmem.Start(imapmem.Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { srv.Close() })
			t.Setenv(app.EnvIMAPPassword, srv.Password)

			fs := flag.NewFlagSet("serve", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			var o app.IngestOptions
			o.AddFlags(fs)
			err = fs.Parse(append([]string{"--imap", fmt.Sprintf("imap://%s@%s/INBOX", srv.User, srv.Addr)}, tt.args...))
			if tt.parseErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.parseErr) {
					t.Fatalf("parse error %v, want one containing %q", err, tt.parseErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}

			c, err := imapclient.DialInsecure(srv.Addr, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if err := c.Login(srv.User, srv.Password).Wait(); err != nil {
				t.Fatal(err)
			}
			for i, raw := range [][]byte{supportMail(1, false), supportMail(2, true), supportMail(3, false)} {
				if _, err := dovecottest.Append(c, "INBOX", raw); err != nil {
					t.Fatalf("append %d: %v", i, err)
				}
			}

			var mu sync.Mutex
			level := map[imap.UID]string{}
			sink := ingest.SinkFunc(func(_ context.Context, m store.Message) {
				mu.Lock()
				defer mu.Unlock()
				level[imap.UID(m.UID)] = m.Level
			})
			so := app.StoreOptions{SQLite: filepath.Join(t.TempDir(), "h.db")}
			logger := slog.New(slog.NewTextHandler(io.Discard, nil))
			if err := app.Ingest(context.Background(), o, so, true, sink, logger); err != nil {
				t.Fatal(err)
			}
			if len(level) != 3 || level[2] != "HOT" || level[1] != "COOL" || level[3] != "COOL" {
				t.Fatalf("recorded levels %v, want uid 2 HOT and 1, 3 COOL", level)
			}

			if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
				t.Fatal(err)
			}
			msgs, err := c.Fetch(imap.SeqSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{UID: true, Flags: true}).Collect()
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range msgs {
				want := tt.cool
				if level[m.UID] == "HOT" {
					want = tt.hot
				}
				has := func(f imap.Flag) bool {
					for _, g := range m.Flags {
						if strings.EqualFold(string(g), string(f)) {
							return true
						}
					}
					return false
				}
				if has("$Hotline") != want {
					t.Errorf("uid %d (%s) flags %v, want $Hotline %v", m.UID, level[m.UID], m.Flags, want)
				}
				if has("$Hotline-Hot") != (want && level[m.UID] == "HOT") {
					t.Errorf("uid %d (%s) flags %v", m.UID, level[m.UID], m.Flags)
				}
			}
		})
	}
}

// TestIngestRejectsUnknownMark: a Mark set by a program, not the flag,
// is checked too.
func TestIngestRejectsUnknownMark(t *testing.T) {
	o := app.IngestOptions{URLs: []string{"imap://u@127.0.0.1:1/INBOX"}, KeywordPrefix: "$Hotline", Batch: 1, Mark: ingest.MarkRouted + 1}
	err := app.Ingest(context.Background(), o, app.StoreOptions{SQLite: filepath.Join(t.TempDir(), "h.db")}, true, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
	var inv *app.InvalidError
	if !errors.As(err, &inv) || !strings.Contains(err.Error(), "--mark") {
		t.Fatalf("Ingest = %v, want an *InvalidError naming --mark", err)
	}
}

// supportMail is message i; angry ones score hot, the others cool.
func supportMail(i int, angry bool) []byte {
	subject, body := "Question about invoice", "Hello,\r\ncould you send me a copy of last month's invoice? Thanks a lot.\r\nBest regards,\r\nAnna\r\n"
	if angry {
		subject = "THIRD TIME asking - refund NOW"
		body = "This is absolutely UNACCEPTABLE. I have written three times and nobody answers.\r\n" +
			"Your service is a disgrace and I am furious. Refund me TODAY or I will contact my lawyer\r\n" +
			"and cancel everything. This is urgent, I need this fixed immediately!!!\r\n"
	}
	return []byte(fmt.Sprintf("From: Customer %d <customer%d@example.com>\r\nTo: support@example.com\r\nSubject: %s\r\n"+
		"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <app-%d@example.com>\r\nMIME-Version: 1.0\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n\r\n%s", i, i, subject, i, body))
}
