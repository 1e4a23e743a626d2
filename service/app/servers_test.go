package app_test

import (
	"context"
	"testing"
	"time"

	"github.com/hotline/hotline/internal/dovecottest"
	"github.com/hotline/hotline/internal/imapmem"
	"github.com/hotline/hotline/service/app"
)

// imapServer starts one kind of IMAP server for a test and returns where
// it listens and whom to log in as.
type imapServer struct {
	name  string
	start func(t *testing.T) (addr, user, pass string)
}

// imapServers are the servers the whole-pipeline tests run against:
// go-imap's in-memory server and a real Dovecot.
func imapServers() []imapServer {
	return []imapServer{
		{"memserver", func(t *testing.T) (string, string, string) {
			s, err := imapmem.Start(imapmem.Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s.Addr, s.User, s.Password
		}},
		{"dovecot", func(t *testing.T) (string, string, string) {
			d := dovecottest.Start(t, dovecottest.Options{})
			return d.Addr, d.User, d.Password
		}},
	}
}

// runApp runs a until the test ends, and fails the test if Run returns an
// error then.
func runApp(ctx context.Context, t *testing.T, a *app.App) {
	runCtx, stop := context.WithCancel(ctx)
	ran := make(chan error, 1)
	go func() { ran <- a.Run(runCtx) }()
	t.Cleanup(func() {
		stop()
		if err := <-ran; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
}

// waitUntil polls cond until it holds, and fails the test when ctx ends
// first.
func waitUntil(ctx context.Context, t *testing.T, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		if ctx.Err() != nil {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
