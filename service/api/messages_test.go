package api_test

import (
	"context"
	"fmt"
	"net"
	"path/filepath"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/timestamppb"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/internal/dovecottest"
	"github.com/hotline/hotline/internal/imapmem"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/ingest"
	"github.com/hotline/hotline/service/store"
)

func startMessages(t *testing.T) (hotlinev1.MessageServiceClient, *store.SQLite, *api.MessageFeed) {
	t.Helper()
	st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	feed := &api.MessageFeed{}
	srv, err := api.NewServer(nil, api.ServerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	hotlinev1.RegisterMessageServiceServer(srv, api.NewMessageServer(st, feed))
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
	return hotlinev1.NewMessageServiceClient(conn), st, feed
}

func record(t *testing.T, st *store.SQLite, mailbox string, uid uint32, level string, at time.Time) store.Message {
	t.Helper()
	m := store.Message{Mailbox: mailbox, UIDValidity: 7, UID: uid, MessageID: fmt.Sprintf("m%d@x", uid), ContentHash: fmt.Sprintf("h%d", uid),
		From: "c@example.com", Subject: fmt.Sprintf("subject %d", uid), Level: level, Heat: 0.5, RecordedAt: at,
		Reasons:     []store.Reason{{Signal: "deadline", Weight: 0.3, Phrase: "by Friday", Start: 3, End: 12}},
		Attachments: []store.Attachment{{Name: "a.pdf", ContentType: "application/pdf", Size: 10}}}
	if _, err := st.RecordMessage(context.Background(), &m, store.Checkpoint{Mailbox: mailbox, UIDValidity: 7, LastUID: uid}); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestMessageServiceListAndGet(t *testing.T) {
	ctx := context.Background()
	c, st, _ := startMessages(t)
	base := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	levels := []string{"COOL", "WARM", "HOT"}
	for i := uint32(1); i <= 9; i++ {
		record(t, st, "a@h/INBOX", i, levels[i%3], base.Add(time.Duration(i)*time.Minute))
	}
	record(t, st, "b@h/INBOX", 100, "HOT", base)

	// Pages of 4 over mailbox a: 9 messages, newest first, no repeats.
	var ids []uint32
	token := ""
	for page := 0; ; page++ {
		resp, err := c.ListMessages(ctx, &hotlinev1.ListMessagesRequest{Mailbox: "a@h/INBOX", PageSize: 4, PageToken: token})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range resp.GetMessages() {
			ids = append(ids, m.GetUid())
		}
		token = resp.GetNextPageToken()
		if token == "" {
			break
		}
		if page > 5 {
			t.Fatal("pagination does not end")
		}
	}
	if fmt.Sprint(ids) != "[9 8 7 6 5 4 3 2 1]" {
		t.Errorf("paged uids %v, want 9..1", ids)
	}

	for _, tc := range []struct {
		name string
		req  *hotlinev1.ListMessagesRequest
		want string
	}{
		{"hot only", &hotlinev1.ListMessagesRequest{Levels: []hotlinev1.Level{hotlinev1.Level_LEVEL_HOT}}, "[8 5 2 100]"},
		{"hot in a", &hotlinev1.ListMessagesRequest{Mailbox: "a@h/INBOX", Levels: []hotlinev1.Level{hotlinev1.Level_LEVEL_HOT}}, "[8 5 2]"},
		{"warm or cool", &hotlinev1.ListMessagesRequest{Mailbox: "a@h/INBOX", Levels: []hotlinev1.Level{hotlinev1.Level_LEVEL_WARM, hotlinev1.Level_LEVEL_COOL}}, "[9 7 6 4 3 1]"},
		{"time window", &hotlinev1.ListMessagesRequest{Mailbox: "a@h/INBOX", SinceTime: timestamppb.New(base.Add(3 * time.Minute)), UntilTime: timestamppb.New(base.Add(6 * time.Minute))}, "[5 4 3]"},
		{"other mailbox", &hotlinev1.ListMessagesRequest{Mailbox: "b@h/INBOX"}, "[100]"},
		{"unknown mailbox", &hotlinev1.ListMessagesRequest{Mailbox: "nope"}, "[]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := c.ListMessages(ctx, tc.req)
			if err != nil {
				t.Fatal(err)
			}
			var got []uint32
			for _, m := range resp.GetMessages() {
				got = append(got, m.GetUid())
			}
			if fmt.Sprint(got) != tc.want && !(tc.want == "[]" && len(got) == 0) {
				t.Errorf("uids %v, want %s", got, tc.want)
			}
		})
	}

	list, err := c.ListMessages(ctx, &hotlinev1.ListMessagesRequest{Mailbox: "b@h/INBOX"})
	if err != nil {
		t.Fatal(err)
	}
	id := list.GetMessages()[0].GetId()
	got, err := c.GetMessage(ctx, &hotlinev1.GetMessageRequest{Id: id})
	if err != nil {
		t.Fatal(err)
	}
	m := got.GetMessage()
	if m.GetMessageId() != "m100@x" || m.GetLevel() != hotlinev1.Level_LEVEL_HOT || m.GetUidValidity() != 7 ||
		len(m.GetReasons()) != 1 || m.GetReasons()[0].GetPhrase() != "by Friday" || m.GetReasons()[0].GetEnd() != 12 ||
		len(m.GetAttachments()) != 1 || !m.GetRecordedTime().AsTime().Equal(base) {
		t.Errorf("GetMessage = %v", m)
	}

	for _, tc := range []struct {
		name string
		call func() error
		code codes.Code
	}{
		{"unknown id", func() error { _, err := c.GetMessage(ctx, &hotlinev1.GetMessageRequest{Id: 999999}); return err }, codes.NotFound},
		{"bad token", func() error {
			_, err := c.ListMessages(ctx, &hotlinev1.ListMessagesRequest{PageToken: "not-a-token"})
			return err
		}, codes.InvalidArgument},
		{"negative page size", func() error {
			_, err := c.ListMessages(ctx, &hotlinev1.ListMessagesRequest{PageSize: -1})
			return err
		}, codes.InvalidArgument},
		{"unspecified level", func() error {
			_, err := c.ListMessages(ctx, &hotlinev1.ListMessagesRequest{Levels: []hotlinev1.Level{hotlinev1.Level_LEVEL_UNSPECIFIED}})
			return err
		}, codes.InvalidArgument},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.call(); status.Code(err) != tc.code {
				t.Errorf("err = %v, want %v", err, tc.code)
			}
		})
	}
}

// TestWatchMessagesFromIngester runs a real ingester against an in-memory
// IMAP server and watches what it records over gRPC.
func TestWatchMessagesFromIngester(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, st, feed := startMessages(t)

	isrv, err := imapmem.Start(imapmem.Options{Caps: imap.CapSet{imap.CapIMAP4rev2: {}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { isrv.Close() })

	cl, err := classify.New(classify.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	mb, err := ingest.ParseURL("imap://triage:secret@" + isrv.Addr + "/INBOX")
	if err != nil {
		t.Fatal(err)
	}
	in, err := ingest.New(ingest.Options{Mailbox: mb, Store: st, Classifier: cl, Sink: feed, NoIdle: true, PollInterval: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { in.Run(runCtx); close(done) }()
	t.Cleanup(func() { stop(); <-done })

	all, err := c.WatchMessages(ctx, &hotlinev1.WatchMessagesRequest{})
	if err != nil {
		t.Fatal(err)
	}
	hot, err := c.WatchMessages(ctx, &hotlinev1.WatchMessagesRequest{Levels: []hotlinev1.Level{hotlinev1.Level_LEVEL_HOT}})
	if err != nil {
		t.Fatal(err)
	}
	// Headers arrive once the server has subscribed.
	for _, s := range []grpc.ClientStream{all, hot} {
		if _, err := s.Header(); err != nil {
			t.Fatal(err)
		}
	}

	ic, err := imapclient.DialInsecure(isrv.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ic.Close()
	if err := ic.Login("triage", "secret").Wait(); err != nil {
		t.Fatal(err)
	}
	calm := "From: a@example.com\r\nSubject: invoice\r\nMessage-ID: <calm@x>\r\n\r\nCould you resend the invoice? Thanks.\r\n"
	angry := "From: b@example.com\r\nSubject: THIRD TIME - service DOWN, refund NOW\r\nMessage-ID: <angry@x>\r\n\r\n" +
		"This is unacceptable. Our shop has been down since this morning, nobody answers, and I am furious. Fix it now or I cancel and call my lawyer!\r\n"
	for _, raw := range []string{calm, angry} {
		if _, err := dovecottest.Append(ic, "INBOX", []byte(raw)); err != nil {
			t.Fatal(err)
		}
	}

	var got []string
	for len(got) < 2 {
		resp, err := all.Recv()
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, resp.GetMessage().GetMessageId())
		if resp.GetMessage().GetId() == 0 || !resp.GetMessage().GetMarked() {
			t.Errorf("streamed message %v lacks id or marked", resp.GetMessage())
		}
	}
	if fmt.Sprint(got) != "[calm@x angry@x]" {
		t.Errorf("watched %v, want [calm@x angry@x]", got)
	}
	h, err := hot.Recv()
	if err != nil {
		t.Fatal(err)
	}
	if h.GetMessage().GetMessageId() != "angry@x" || h.GetMessage().GetLevel() != hotlinev1.Level_LEVEL_HOT {
		t.Errorf("hot watcher got %v", h.GetMessage())
	}
}

func TestMessageFeedDropsSlowWatcher(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c, _, feed := startMessages(t)
	w, err := c.WatchMessages(ctx, &hotlinev1.WatchMessagesRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Header(); err != nil {
		t.Fatal(err)
	}
	// The client reads nothing while far more than the buffer is
	// published; the publisher must not block.
	start := time.Now()
	for i := 0; i < 100000; i++ {
		feed.Recorded(ctx, store.Message{ID: int64(i + 1), Subject: "x", Level: "COOL"})
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("publishing took %v; a slow watcher blocked the feed", d)
	}
	for {
		_, err := w.Recv()
		if err == nil {
			continue
		}
		if status.Code(err) != codes.ResourceExhausted {
			t.Fatalf("stream ended with %v, want ResourceExhausted", err)
		}
		break
	}
}
