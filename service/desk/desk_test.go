package desk_test

import (
	"bytes"
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/desk"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

const routing = `
people:
  - {name: alice, email: alice@support.example.com, webhook: "https://hooks.example.com/secret-path"}
chains: [{name: c, steps: [{notify: [alice], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: c}]
`

// openAlert records one hot message in a new SQLite store and opens its
// alert with a real router.
func openAlert(t *testing.T, subject string) (*store.SQLite, *route.Router, string) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "desk.db")
	st, err := store.OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cfg, err := route.ParseConfig(strings.NewReader(routing))
	if err != nil {
		t.Fatal(err)
	}
	r := route.New(st, cfg, route.Options{})
	m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: 1, MessageID: "x@shop", ContentHash: "h",
		From: "dana@shop.example", FromName: "Dana", Subject: subject, Level: "HOT", Heat: 0.9,
		Reasons: []store.Reason{{Signal: "repeat_contact", Weight: 1, Phrase: "Third time"}}}
	if _, err := st.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: 1}); err != nil {
		t.Fatal(err)
	}
	if err := r.Observe(ctx, m); err != nil {
		t.Fatal(err)
	}
	return st, r, path
}

// serve starts the escalation API over st on loopback, without TLS.
func serve(t *testing.T, st *store.SQLite, r *route.Router) string {
	t.Helper()
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
	t.Cleanup(func() { srv.Shutdown(context.Background()) })
	return ln.Addr().String()
}

// TestLocalAndRemoteAgree checks that the desk shows the same alerts on
// the database and through the API, and that a change made through one is
// seen through the other.
func TestLocalAndRemoteAgree(t *testing.T) {
	ctx := context.Background()
	subject := "Third time!!! " + strings.Repeat("nothing works ", 5)
	st, r, path := openAlert(t, subject)
	remote, err := desk.Dial(serve(t, st, r), desk.DialOptions{Plaintext: true})
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()
	// the local desk gets its own handle on the file, as the CLI does
	st2, err := store.OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	local := desk.New(st2, nil)
	defer local.Close()

	var lines [2]string
	for i, d := range []*desk.Desk{local, remote} {
		as, err := d.List(ctx, nil, 10)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := desk.WriteAlerts(&b, as); err != nil {
			t.Fatal(err)
		}
		lines[i] = b.String()
	}
	if lines[0] != lines[1] {
		t.Errorf("list differs:\nlocal\n%s\nremote\n%s", lines[0], lines[1])
	}
	if !strings.Contains(lines[0], "1   OPEN") || !strings.Contains(lines[0], "Third time!!! nothing works") || !strings.Contains(lines[0], "…\n") || strings.Contains(lines[0], subject) {
		t.Errorf("list does not clip the subject:\n%s", lines[0])
	}

	a, err := local.Show(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := a.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Alert #1  OPEN", "From:      Dana <dana@shop.example>", `- repeat_contact "Third time"`, "Notifications:", "https://hooks.example.com"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("show lacks %q:\n%s", want, b.String())
		}
	}
	if strings.Contains(b.String(), "secret-path") {
		t.Errorf("show prints the webhook URL, a credential:\n%s", b.String())
	}

	taken, err := remote.Acknowledge(ctx, 1, "bob", false)
	if err != nil || taken.AckedBy != "bob" {
		t.Fatalf("acknowledge through the API: %+v, %v", taken, err)
	}
	again, err := local.Acknowledge(ctx, 1, "carol", false)
	if err != nil || again.AckedBy != "bob" {
		t.Errorf("second acknowledge on the database: %+v, %v; want bob kept", again, err)
	}
	for _, tt := range []struct {
		a      store.Alert
		by     string
		called bool
		want   string
	}{
		{taken, "bob", false, "alert 1 acknowledged by bob; escalation stopped. Dana <dana@shop.example> is waiting: reach them now.\n"},
		{again, "carol", false, "alert 1 was already acknowledged by bob at "},
		{taken, "bob", true, "alert 1: your call to Dana <dana@shop.example> is recorded; no reminder to answer will follow.\n"},
	} {
		var b bytes.Buffer
		if err := desk.WriteTaken(&b, 1, tt.a, tt.by, tt.called); err != nil || !strings.HasPrefix(b.String(), tt.want) {
			t.Errorf("WriteTaken by %s (called %v) = %q, %v; want %q", tt.by, tt.called, b.String(), err, tt.want)
		}
	}
	if _, err := local.Resolve(ctx, 1, "bob"); err != nil {
		t.Fatal(err)
	}
	shown, err := remote.Show(ctx, 1)
	if err != nil || shown.State != store.AlertResolved || len(shown.Events) == 0 || shown.Outbox != nil {
		t.Errorf("show through the API after resolve: %+v, %v", shown, err)
	}
	if _, err := local.Show(ctx, 9); err == nil || err.Error() != "alert 9 not found" {
		t.Errorf("show of a missing alert: %v", err)
	}
	if _, err := remote.Show(ctx, 9); err == nil || !strings.Contains(err.Error(), "(NotFound)") {
		t.Errorf("show of a missing alert through the API: %v", err)
	}
	if _, err := local.Customer(ctx, "dana@shop.example"); err == nil {
		t.Error("customer without a history book succeeded")
	}
}

// TestDialHints checks that a TLS mismatch is explained, in both directions
// the CLI can get wrong.
func TestDialHints(t *testing.T) {
	st, r, _ := openAlert(t, "down")
	d, err := desk.Dial(serve(t, st, r), desk.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if _, err := d.List(context.Background(), nil, 1); err == nil || !strings.Contains(err.Error(), "speaks plaintext, not TLS: add --plaintext") {
		t.Errorf("TLS to a plaintext server: %v", err)
	}
}

func TestWriteAlertsEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := desk.WriteAlerts(&b, nil); err != nil || b.String() != "no alerts\n" {
		t.Errorf("%q, %v", b.String(), err)
	}
}
