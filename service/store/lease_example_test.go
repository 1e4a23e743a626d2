package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/hotline/hotline/service/store"
)

// Two replicas share a mailbox: the one holding its lease reads it, renews
// the lease at a third of its TTL, and releases it on shutdown.
func ExampleSQLite_AcquireLease() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "hotline-lease")
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

	const mailbox, ttl = "support@hotline.example/INBOX", 30 * time.Second
	for _, replica := range []string{"replica-a", "replica-b"} {
		ok, err := s.AcquireLease(ctx, mailbox, replica, ttl)
		fmt.Println(replica, "reads the mailbox:", ok, err)
	}
	// False here would mean the lease expired: stop reading at once.
	ok, err := s.RenewLease(ctx, mailbox, "replica-a", ttl)
	fmt.Println("replica-a renewed:", ok, err)
	if err := s.ReleaseLease(ctx, mailbox, "replica-a"); err != nil {
		fmt.Println(err)
	}
	ok, err = s.AcquireLease(ctx, mailbox, "replica-b", ttl)
	fmt.Println("after release replica-b reads the mailbox:", ok, err)
	// Output:
	// replica-a reads the mailbox: true <nil>
	// replica-b reads the mailbox: false <nil>
	// replica-a renewed: true <nil>
	// after release replica-b reads the mailbox: true <nil>
}

// Every replica opens the same database; the first to start applies the
// migrations while the others wait for it.
func ExampleOpenPostgres() {
	ctx := context.Background()
	s, err := store.OpenPostgres(ctx, os.Getenv("HOTLINE_POSTGRES_DSN"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	cp, err := s.Checkpoint(ctx, "support@hotline.example/INBOX")
	fmt.Println(cp.LastUID, err)
}
