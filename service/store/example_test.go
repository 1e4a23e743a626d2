package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/hotline/hotline/service/store"
)

func ExampleSQLite_RecordMessage() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "hotline-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	s, err := store.OpenSQLite(ctx, filepath.Join(dir, "hotline.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()

	m := &store.Message{Mailbox: "support@example.com/INBOX", UIDValidity: 7, UID: 42,
		MessageID: "<abc@example.com>", ContentHash: "9f86d081", Subject: "Refund!", Level: "HOT"}
	cp := store.Checkpoint{UIDValidity: 7, LastUID: 42}
	inserted, err := s.RecordMessage(ctx, m, cp)
	fmt.Println(inserted, err)

	// The same mail seen again (here after a UIDVALIDITY change) is not stored twice.
	again := &store.Message{Mailbox: "support@example.com/INBOX", UIDValidity: 8, UID: 3,
		MessageID: "abc@example.com", ContentHash: "9f86d081", Subject: "Refund!", Level: "HOT"}
	inserted, err = s.RecordMessage(ctx, again, store.Checkpoint{UIDValidity: 8, LastUID: 3})
	fmt.Println(inserted, err, again.ID == m.ID)

	got, _ := s.Checkpoint(ctx, "support@example.com/INBOX")
	fmt.Println(got.UIDValidity, got.LastUID)
	// Output:
	// true <nil>
	// false <nil> true
	// 8 3
}
