package api_test

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/callback"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

func TestAlertCarriesCallBackAndRecordsTheCall(t *testing.T) {
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "call.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cfg, err := route.ParseConfig(strings.NewReader(`
people: [{name: alice, email: alice@support.example.com}]
chains: [{name: c, steps: [{notify: [alice], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: c}]
`))
	if err != nil {
		t.Fatal(err)
	}
	r := route.New(st, cfg, route.Options{})
	body := "Please call me back today.\n\nClaire Donovan\nTel: 0161 496 0000\nMobile: 07911 123456\n"
	m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: 1, MessageID: "c-1", ContentHash: "c1",
		From: "claire@florist.example", FromName: "Claire Donovan", Subject: "Tills down", Body: body, Prepared: body,
		Level: "HOT", Heat: 0.9}
	if _, err := st.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: 1}); err != nil {
		t.Fatal(err)
	}
	if err := r.Observe(ctx, m); err != nil {
		t.Fatal(err)
	}
	phones, err := callback.New("GB")
	if err != nil {
		t.Fatal(err)
	}
	find := func(ctx context.Context, a store.Alert) (callback.Request, error) {
		t, err := st.MessageText(ctx, a.MessageRef)
		return phones.Find(a.Subject + "\n" + t.Body), err
	}
	srv, err := api.NewServer(nil, api.ServerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	hotlinev1.RegisterEscalationServiceServer(srv, api.NewEscalationServer(r, st, 0, api.WithCallBack(find)))
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
	client := hotlinev1.NewEscalationServiceClient(conn)

	as, err := st.ListAlerts(ctx, store.AlertFilter{})
	if err != nil || len(as) != 1 {
		t.Fatalf("alerts %v, %v", as, err)
	}
	got, err := client.GetAlert(ctx, &hotlinev1.GetAlertRequest{Id: as[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	c := got.GetAlert().GetCall()
	if c.GetName() != "Claire Donovan" || c.GetNumber() != "+441614960000" || c.GetLink() != "tel:+441614960000" ||
		!c.GetAsked() || !c.GetLead() || strings.Join(c.GetOthers(), ",") != "+447911123456" {
		t.Fatalf("call line %v", c)
	}

	resp, err := client.AcknowledgeAlert(ctx, &hotlinev1.AcknowledgeAlertRequest{Id: as[0].ID, Person: "alice", Called: true})
	if err != nil {
		t.Fatal(err)
	}
	if a := resp.GetAlert(); a.GetAcknowledgedVia() != "call" || a.GetAcknowledgedBy() != "alice" || a.GetNextEscalationTime() != nil {
		t.Errorf("after the call: via %q by %q next %v", a.GetAcknowledgedVia(), a.GetAcknowledgedBy(), a.GetNextEscalationTime())
	}
}
