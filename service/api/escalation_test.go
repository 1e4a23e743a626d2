package api_test

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

func startEscalation(t *testing.T) (hotlinev1.EscalationServiceClient, *route.Router, *store.SQLite) {
	t.Helper()
	cfg, err := route.ParseConfig(strings.NewReader(`
people: [{name: alice, email: alice@support.example.com}, {name: bob, email: bob@support.example.com}]
chains: [{name: c, steps: [{notify: [alice], timeout: 10m}, {notify: [bob], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: c}]
`))
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	r := route.New(st, cfg, route.Options{})
	srv, err := api.NewServer(nil, api.ServerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	hotlinev1.RegisterEscalationServiceServer(srv, api.NewEscalationServer(r, st, 10*time.Millisecond))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Shutdown(context.Background()) })
	conn, err := grpc.NewClient(ln.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return hotlinev1.NewEscalationServiceClient(conn), r, st
}

func openAlert(t *testing.T, r *route.Router, st *store.SQLite, uid uint32, from string) {
	t.Helper()
	m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: uid, MessageID: from + "-1", ContentHash: from,
		From: from, Subject: "Down!!!", Level: "HOT", Heat: 0.9, Reasons: []store.Reason{{Signal: "outage", Weight: 1, Phrase: "down"}}}
	if _, err := st.RecordMessage(context.Background(), &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: uid}); err != nil {
		t.Fatal(err)
	}
	if err := r.Observe(context.Background(), m); err != nil {
		t.Fatal(err)
	}
}

func TestEscalationService(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c, r, st := startEscalation(t)
	openAlert(t, r, st, 1, "dana@shop.example")

	watch, err := c.WatchAlerts(ctx, &hotlinev1.WatchAlertsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := watch.Header(); err != nil {
		t.Fatal(err)
	}
	// The watch starts after the first alert; the second one is seen.
	openAlert(t, r, st, 2, "erik@else.example")
	ev, err := watch.Recv()
	if err != nil {
		t.Fatal(err)
	}
	if ev.GetEvent().GetKind() != "opened" || ev.GetAlert().GetFrom() != "erik@else.example" || ev.GetAlert().GetId() != 2 {
		t.Fatalf("first watched event %v", ev)
	}

	list, err := c.ListAlerts(ctx, &hotlinev1.ListAlertsRequest{})
	if err != nil || len(list.GetAlerts()) != 2 {
		t.Fatalf("ListAlerts: %v, %d alerts", err, len(list.GetAlerts()))
	}
	got, err := c.GetAlert(ctx, &hotlinev1.GetAlertRequest{Id: 1})
	if err != nil {
		t.Fatal(err)
	}
	if a := got.GetAlert(); a.GetState() != hotlinev1.AlertState_ALERT_STATE_OPEN || a.GetOwners()[0] != "alice" ||
		a.GetStep() != 1 || a.GetNextEscalationTime() == nil || len(got.GetEvents()) == 0 {
		t.Fatalf("GetAlert = %v", got)
	}
	ack, err := c.AcknowledgeAlert(ctx, &hotlinev1.AcknowledgeAlertRequest{Id: 1, Person: "bob"})
	if err != nil || ack.GetAlert().GetState() != hotlinev1.AlertState_ALERT_STATE_ACKNOWLEDGED ||
		ack.GetAlert().GetAcknowledgedVia() != "api" || ack.GetAlreadyAcknowledged() {
		t.Fatalf("AcknowledgeAlert = %v, %v", ack, err)
	}
	ack, err = c.AcknowledgeAlert(ctx, &hotlinev1.AcknowledgeAlertRequest{Id: 1, Person: "alice"})
	if err != nil || !ack.GetAlreadyAcknowledged() || ack.GetAlert().GetAcknowledgedBy() != "bob" {
		t.Fatalf("second AcknowledgeAlert = %v, %v", ack, err)
	}
	for {
		ev, err := watch.Recv()
		if err != nil {
			t.Fatal(err)
		}
		if ev.GetEvent().GetKind() == "acknowledged" {
			if ev.GetAlert().GetId() != 1 || ev.GetEvent().GetPerson() != "bob" {
				t.Fatalf("watched ack %v", ev)
			}
			break
		}
	}
	res, err := c.ResolveAlert(ctx, &hotlinev1.ResolveAlertRequest{Id: 1, Person: "bob"})
	if err != nil || res.GetAlert().GetState() != hotlinev1.AlertState_ALERT_STATE_RESOLVED {
		t.Fatalf("ResolveAlert = %v, %v", res, err)
	}

	errs := []struct {
		name string
		call func() error
		code codes.Code
		msg  string
	}{
		{"unknown alert", func() error { _, err := c.GetAlert(ctx, &hotlinev1.GetAlertRequest{Id: 99}); return err }, codes.NotFound, "alert 99 not found"},
		{"zero id", func() error { _, err := c.GetAlert(ctx, &hotlinev1.GetAlertRequest{}); return err }, codes.InvalidArgument, "positive alert id"},
		{"no person", func() error {
			_, err := c.AcknowledgeAlert(ctx, &hotlinev1.AcknowledgeAlertRequest{Id: 2})
			return err
		}, codes.InvalidArgument, "person is required"},
		{"ack resolved", func() error {
			_, err := c.AcknowledgeAlert(ctx, &hotlinev1.AcknowledgeAlertRequest{Id: 1, Person: "alice"})
			return err
		}, codes.FailedPrecondition, "already resolved"},
		{"bad page size", func() error {
			_, err := c.ListAlerts(ctx, &hotlinev1.ListAlertsRequest{PageSize: 5000})
			return err
		}, codes.InvalidArgument, "page_size"},
		{"bad state", func() error {
			_, err := c.ListAlerts(ctx, &hotlinev1.ListAlertsRequest{States: []hotlinev1.AlertState{hotlinev1.AlertState_ALERT_STATE_UNSPECIFIED}})
			return err
		}, codes.InvalidArgument, "states[0]"},
	}
	for _, e := range errs {
		err := e.call()
		if st := status.Convert(err); st.Code() != e.code || !strings.Contains(st.Message(), e.msg) {
			t.Errorf("%s: got %v, want %s containing %q", e.name, err, e.code, e.msg)
		}
	}
}
