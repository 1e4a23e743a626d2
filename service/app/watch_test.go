package app_test

import (
	"context"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/internal/pgtest"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/store"
)

// TestWatchMessagesWithoutIngesting: a replica that reads no mailbox
// itself still streams what the other replicas on its database record.
func TestWatchMessagesWithoutIngesting(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dsn := pgtest.Start(t).NewDatabase(t)
	a, err := app.New(ctx, app.Options{Listen: "127.0.0.1:0", Thresholds: classify.DefaultOptions().Thresholds,
		MaxMessageBytes: api.DefaultMaxMessageBytes, MaxInFlightBytes: api.DefaultMaxInFlightBytes,
		CallTimeout: 10 * time.Second, ShutdownTimeout: 5 * time.Second, Store: app.StoreOptions{PostgresDSN: dsn}})
	if err != nil {
		t.Fatal(err)
	}
	runApp(ctx, t, a)
	conn, err := grpc.NewClient(a.Addr(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	w, err := hotlinev1.NewMessageServiceClient(conn).WatchMessages(ctx, &hotlinev1.WatchMessagesRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Header(); err != nil {
		t.Fatal(err)
	}

	// Another replica records a message.
	other, err := store.OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	m := store.Message{Mailbox: "support@shop.example/INBOX", UIDValidity: 1, UID: 1, MessageID: "elsewhere@shop",
		ContentHash: "elsewhere", From: "c@example.com", Subject: "Recorded elsewhere", Level: "HOT", Heat: 0.9}
	if _, err := other.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: 1}); err != nil {
		t.Fatal(err)
	}
	resp, err := w.Recv()
	if err != nil {
		t.Fatalf("watch: %v", err)
	}
	if got := resp.GetMessage(); got.GetId() != m.ID || got.GetSubject() != m.Subject {
		t.Errorf("streamed %v, want message %d %q", got, m.ID, m.Subject)
	}
}
