package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/notify"
)

// Test names for the secrets' environment variables.
const (
	envAckKey       = app.EnvAckKey
	envSMTPPassword = app.EnvSMTPPassword
	envIMAPPassword = app.EnvIMAPPassword
)

// TestRoutingReloadOnSIGHUP sends this process a real SIGHUP: main's
// translation turns it into a reload request, the application reads the
// routing file again, keeps the running config when the file is invalid
// and swaps in a valid one.
func TestRoutingReloadOnSIGHUP(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "routing.yaml")
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	const valid = `
people: [{name: alice, email: alice@support.example.com}]
chains: [{name: senior, steps: [{notify: [alice], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: senior}]
`
	write(valid)
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan error, 1)
	a, err := app.New(ctx, app.Options{Listen: "127.0.0.1:0", Thresholds: classify.DefaultOptions().Thresholds,
		MaxMessageBytes: api.DefaultMaxMessageBytes, MaxInFlightBytes: api.DefaultMaxInFlightBytes,
		CallTimeout: time.Second, ShutdownTimeout: time.Second, Store: app.StoreOptions{SQLite: filepath.Join(dir, "h.db")},
		Alerting: app.AlertingOptions{RoutingConfig: path, AckKey: []byte("0123456789abcdef0123456789"), AckURL: "http://127.0.0.1/ack",
			Email: notify.Email{Addr: "127.0.0.1:1", From: "h@x.example"}},
		Reload: hangups(), Reloaded: func(err error) { results <- err }})
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run: %v", err)
		}
	}()

	hup := func() error {
		t.Helper()
		if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
			t.Fatal(err)
		}
		select {
		case err := <-results:
			return err
		case <-time.After(10 * time.Second):
			t.Fatal("no reload after SIGHUP")
			return nil
		}
	}
	first := a.Router().Config()
	write(strings.Replace(valid, "name: senior", "name: seniors", 1) + "\n")
	if err := hup(); err == nil {
		t.Fatal("reload of an invalid config succeeded")
	}
	if a.Router().Config() != first {
		t.Fatal("invalid config replaced the running one")
	}
	write(strings.Replace(valid, "timeout: 10m", "timeout: 5m", 1))
	if err := hup(); err != nil {
		t.Fatalf("reload: %v", err)
	}
	if got := a.Router().Config().Chains[0].Steps[0].Timeout.Std(); got != 5*time.Minute {
		t.Fatalf("after reload timeout %v, want 5m", got)
	}
}
