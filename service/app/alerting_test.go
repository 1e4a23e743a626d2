package app_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/store"
)

const routing = `
people: [{name: alice, email: alice@support.example.com}]
chains: [{name: senior, steps: [{notify: [alice], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: senior}]
`

func TestAlertingReload(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "routing.yaml")
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(routing)
	st, err := store.OpenSQLite(context.Background(), filepath.Join(dir, "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a, err := app.NewAlerting(st, app.AlertingOptions{RoutingConfig: path, AckKey: []byte("0123456789abcdef0123456789"),
		AckURL: "http://127.0.0.1/ack", Email: notify.Email{Addr: "127.0.0.1:1", From: "h@x.example"}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); a.Run(ctx) }()
	defer func() { cancel(); <-done }()

	first := a.Router().Config()
	write(strings.Replace(routing, "name: senior", "name: seniors", 1))
	if err := a.Reload(ctx); err == nil {
		t.Fatal("reload of an invalid config succeeded")
	}
	if a.Router().Config() != first {
		t.Fatal("invalid config replaced the running one")
	}
	write(strings.Replace(routing, "timeout: 10m", "timeout: 5m", 1))
	if err := a.Reload(ctx); err != nil {
		t.Fatalf("reload: %v", err)
	}
	if got := a.Router().Config().Chains[0].Steps[0].Timeout.Std(); got != 5*time.Minute {
		t.Fatalf("after reload timeout %v, want 5m", got)
	}
}

func TestNewAlertingRefusesMissingSettings(t *testing.T) {
	st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, opt := range []app.AlertingOptions{
		{AckKey: []byte("k"), AckURL: "http://x/ack"},
		{RoutingConfig: "routing.yaml", AckURL: "http://x/ack"},
		{RoutingConfig: filepath.Join(t.TempDir(), "missing.yaml"), AckKey: []byte("k"), AckURL: "http://x/ack"},
	} {
		if _, err := app.NewAlerting(st, opt); err == nil {
			t.Errorf("NewAlerting(%+v) succeeded", opt)
		}
	}
}
