package api_test

import (
	"context"
	"fmt"
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
	"github.com/hotline/hotline/service/history"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

func TestGetCustomerAndAlertHistory(t *testing.T) {
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "cust.db"))
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
	book, err := history.New(st, history.Options{IsTeam: cfg.IsTeam})
	if err != nil {
		t.Fatal(err)
	}
	r := route.New(st, cfg, route.Options{History: book.Note})
	for i := 1; i <= 3; i++ {
		m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: uint32(i), MessageID: fmt.Sprintf("d%d@shop", i),
			ContentHash: fmt.Sprint(i), From: "dana@shop.example", Subject: "Question", Level: "COOL",
			RecordedAt: time.Now().Add(time.Duration(i-4) * time.Hour)}
		if _, err := st.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: uint32(i)}); err != nil {
			t.Fatal(err)
		}
		if err := r.Observe(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := api.NewServer(nil, api.ServerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	hotlinev1.RegisterCustomerServiceServer(srv, api.NewCustomerServer(book))
	hotlinev1.RegisterEscalationServiceServer(srv, api.NewEscalationServer(r, st, 0))
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

	c, err := hotlinev1.NewCustomerServiceClient(conn).GetCustomer(ctx, &hotlinev1.GetCustomerRequest{Address: "dana@shop.example"})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.GetInbound()) != 3 || c.GetUnanswered() != 3 || c.GetLevel() != "HOT" || len(c.GetAlerts()) != 1 ||
		!strings.HasPrefix(c.GetLine(), "3rd mail since") {
		t.Errorf("customer: %v", c)
	}
	_, err = hotlinev1.NewCustomerServiceClient(conn).GetCustomer(ctx, &hotlinev1.GetCustomerRequest{Address: "dana"})
	if status.Code(err) != codes.InvalidArgument {
		t.Errorf("address without @: %v", err)
	}
	a, err := hotlinev1.NewEscalationServiceClient(conn).GetAlert(ctx, &hotlinev1.GetAlertRequest{Id: c.GetAlerts()[0].GetId()})
	if err != nil {
		t.Fatal(err)
	}
	if h := a.GetAlert().GetHistory(); !strings.HasPrefix(h, "3rd mail since") || !strings.HasSuffix(h, "no reply yet") {
		t.Errorf("Alert.history %q", h)
	}
}
