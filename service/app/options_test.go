package app_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/notify"
)

// validOptions are options New accepts: the API on a free loopback port,
// a SQLite store in dir, and alerting with the routing file path.
func validOptions(dir, path string) app.Options {
	return app.Options{Listen: "127.0.0.1:0", Thresholds: classify.DefaultOptions().Thresholds,
		MaxMessageBytes: api.DefaultMaxMessageBytes, MaxInFlightBytes: api.DefaultMaxInFlightBytes,
		CallTimeout: time.Second, ShutdownTimeout: time.Second, Store: app.StoreOptions{SQLite: filepath.Join(dir, "h.db")},
		Alerting: app.AlertingOptions{RoutingConfig: path, AckKey: []byte("0123456789abcdef0123456789"),
			AckURL: "https://hotline.example/ack", Email: notify.Email{Addr: "127.0.0.1:1", From: "h@x.example"}}}
}

// TestValidateListsEveryProblem: one call names everything wrong, each
// problem separately, so an operator fixes them in one round.
func TestValidateListsEveryProblem(t *testing.T) {
	o := validOptions(t.TempDir(), "routing.yaml")
	o.Thresholds.Warm, o.Thresholds.Hot = 0.9, 0.5
	o.Listen = ""
	o.Alerting.Email.From = "Hotline <h@x.example>"
	o.Ingest = app.IngestOptions{URLs: []string{"http://u@h/INBOX"}, KeywordPrefix: "$Hotline", Batch: 1}
	o.Web.AuthRole = "root"
	err := o.Validate()
	var inv *app.InvalidError
	if !errors.As(err, &inv) {
		t.Fatalf("Validate = %v, want an *InvalidError", err)
	}
	if len(inv.Problems) != 5 {
		t.Errorf("%d problems, want 5:\n%v", len(inv.Problems), err)
	}
	for _, want := range []string{"need 0 <= --warm <= --hot <= 1", "--listen is required", "--smtp-from", "--imap", "--web-auth-role must be read or admin"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("problems lack %q:\n%v", want, err)
		}
	}
	if good := validOptions(t.TempDir(), "routing.yaml"); good.Validate() != nil {
		err := good.Validate()
		t.Errorf("valid options: %v", err)
	}
}

// TestCheckOpensNothing: Check reports a broken routing file and a weak
// key without creating the database.
func TestCheckOpensNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "routing.yaml")
	if err := os.WriteFile(path, []byte(strings.Replace(routing, "notify:", "people:", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	o := validOptions(dir, path)
	o.Alerting.AckKey = []byte("short")
	if err := o.Validate(); err != nil {
		t.Fatal(err)
	}
	summary, problems := app.Check(context.Background(), o)
	o.Alerting.AckKey = nil
	_, more := app.Check(context.Background(), o)
	got := strings.Join(append(problems, more...), "\n")
	for _, want := range []string{"field people not found in type route.Step", "signing key is 5 bytes", "no key to sign acknowledge links"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
	if !strings.Contains(strings.Join(summary, "\n"), "store: SQLite "+filepath.Join(dir, "h.db")) {
		t.Errorf("summary:\n%s", strings.Join(summary, "\n"))
	}
	if _, err := os.Stat(filepath.Join(dir, "h.db")); !os.IsNotExist(err) {
		t.Errorf("Check created the database: %v", err)
	}
}

// TestRunReloadsOnRequest: every value on Options.Reload reads the routing
// file again; an invalid file leaves the running config in force.
func TestRunReloadsOnRequest(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "routing.yaml")
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(routing)
	reload := make(chan os.Signal, 1)
	results := make(chan error, 1)
	o := validOptions(dir, path)
	o.Reload, o.Reloaded = reload, func(err error) { results <- err }
	ctx, cancel := context.WithCancel(context.Background())
	a, err := app.New(ctx, o)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	}()
	ask := func() error {
		t.Helper()
		reload <- os.Interrupt
		select {
		case err := <-results:
			return err
		case <-time.After(10 * time.Second):
			t.Fatal("no reload")
			return nil
		}
	}
	first := a.Router().Config()
	write("people: [")
	if err := ask(); err == nil || a.Router().Config() != first {
		t.Fatalf("invalid file: reload err %v, config replaced %v", err, a.Router().Config() != first)
	}
	write(strings.Replace(routing, "timeout: 10m", "timeout: 5m", 1))
	if err := ask(); err != nil {
		t.Fatal(err)
	}
	if got := a.Router().Config().Chains[0].Steps[0].Timeout.Std(); got != 5*time.Minute {
		t.Errorf("after reload timeout %v, want 5m", got)
	}
}
