package api_test

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/coach"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

// startCoach serves CoachService on loopback; with an alert store when st
// is not nil.
func startCoach(t *testing.T, st api.AlertGetter) hotlinev1.CoachServiceClient {
	t.Helper()
	c, err := coach.New(coach.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := api.NewServer(nil, api.ServerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	hotlinev1.RegisterCoachServiceServer(srv, api.NewCoachServer(c, st))
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
	return hotlinev1.NewCoachServiceClient(conn)
}

func TestCoachCheckReplyWithAlert(t *testing.T) {
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "coach.db"))
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
	m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: 1, MessageID: "m-1", ContentHash: "h1",
		From: "claire@shop.example", FromName: "Claire Donovan", Subject: "Call me back",
		Body: "Please call me back urgently on 0161 496 0000", Prepared: "Please call me back urgently on 0161 496 0000", Level: "HOT", Heat: 0.9}
	if _, err := st.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: 1}); err != nil {
		t.Fatal(err)
	}
	if err := r.Observe(ctx, m); err != nil {
		t.Fatal(err)
	}
	as, err := st.ListAlerts(ctx, store.AlertFilter{})
	if err != nil || len(as) != 1 {
		t.Fatalf("alerts %v, %v", as, err)
	}
	client := startCoach(t, st)

	resp, err := client.CheckReply(ctx, &hotlinev1.CheckReplyRequest{AlertId: as[0].ID,
		Draft: "Hi Clara,\n\nI'm sorry we didn't call you back; that was our mistake. I'll email you at 2pm.\n\nAnna Weber"})
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]*hotlinev1.ReplyFinding{}
	for _, f := range resp.GetFindings() {
		rules[f.GetRule()] = f
	}
	if f := rules[coach.RuleWrongName]; f == nil || f.GetSeverity() != hotlinev1.ReplySeverity_REPLY_SEVERITY_BLOCKING || f.GetPhrase() != "Clara" {
		t.Errorf("want a blocking wrong_name on Clara from the alert's sender name; findings %v", resp.GetFindings())
	}
	if rules[coach.RuleNoCallBack] == nil {
		t.Errorf("the customer asked for a call and the draft offers none; findings %v", resp.GetFindings())
	}
	if resp.GetReady() || resp.GetScore() > coach.BlockedCap {
		t.Errorf("ready=%v score=%.2f for a draft with a blocking finding", resp.GetReady(), resp.GetScore())
	}

	resp, err = client.CheckReply(ctx, &hotlinev1.CheckReplyRequest{AlertId: as[0].ID,
		Draft: "Hi Claire,\n\nI'm sorry we didn't call you back; that was our mistake. I'll call you at 2pm.\n\nAnna Weber"})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.GetReady() || len(resp.GetFindings()) != 0 || resp.GetScore() < 0.9 {
		t.Errorf("good draft: ready=%v score=%.2f findings %v", resp.GetReady(), resp.GetScore(), resp.GetFindings())
	}

	_, err = client.CheckReply(ctx, &hotlinev1.CheckReplyRequest{AlertId: 999, Draft: "Hi"})
	if status.Code(err) != codes.NotFound {
		t.Errorf("unknown alert: %v, want NotFound", err)
	}
}

func TestCoachCheckReplyRefusesBadInput(t *testing.T) {
	client := startCoach(t, nil)
	for _, tt := range []struct {
		req  *hotlinev1.CheckReplyRequest
		code codes.Code
	}{
		{&hotlinev1.CheckReplyRequest{Draft: "  \n"}, codes.InvalidArgument},
		{&hotlinev1.CheckReplyRequest{Draft: "Hi \xff"}, codes.InvalidArgument},
		{&hotlinev1.CheckReplyRequest{Draft: string(make([]byte, api.MaxDraftBytes+1))}, codes.InvalidArgument},
		{&hotlinev1.CheckReplyRequest{Draft: "Hi", AlertId: -1}, codes.InvalidArgument},
		{&hotlinev1.CheckReplyRequest{Draft: "Hi", AlertId: 1}, codes.FailedPrecondition},
	} {
		_, err := client.CheckReply(context.Background(), tt.req)
		if status.Code(err) != tt.code {
			t.Errorf("%.40q: %v, want %v", tt.req.GetDraft(), err, tt.code)
		}
	}
}
