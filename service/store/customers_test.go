package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/hotline/hotline/internal/pgtest"
	"github.com/hotline/hotline/service/store"
)

// customerStore is what the customer history needs of a store.
type customerStore interface {
	RecordMessage(ctx context.Context, m *store.Message, cp store.Checkpoint) (bool, error)
	CustomerMail(ctx context.Context, f store.CustomerFilter) (inbound, answers []store.Message, err error)
}

func TestCustomerMail(t *testing.T) {
	t.Run("SQLite", func(t *testing.T) {
		st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "c.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		testCustomerMail(t, st)
	})
	t.Run("PostgreSQL", func(t *testing.T) {
		st := openPostgres(t, pgtest.Start(t).NewDatabase(t))
		t.Cleanup(func() { st.Close() })
		testCustomerMail(t, st)
	})
}

func testCustomerMail(t *testing.T, st customerStore) {
	ctx := context.Background()
	t0 := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	uid := uint32(0)
	rec := func(from, id, inReplyTo string, at time.Time) {
		t.Helper()
		uid++
		m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: uid, MessageID: id, ContentHash: fmt.Sprint(uid),
			From: from, InReplyTo: inReplyTo, RecordedAt: at}
		if _, err := st.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: uid}); err != nil {
			t.Fatal(err)
		}
	}
	rec("Dana@Shop.example", "d1", "", t0.Add(-72*time.Hour)) // outside the window
	rec("dana@shop.example", "d2", "", t0)
	rec("alice@support.example", "a1", "d2", t0.Add(time.Hour))
	rec("lee@shop.example", "l1", "", t0.Add(2*time.Hour))
	rec("x@shop_example", "x1", "", t0.Add(2*time.Hour)) // "_" is not a wildcard
	rec("DANA@shop.example", "d3", "", t0.Add(3*time.Hour))
	rec("other@else.example", "o1", "d3x", t0.Add(4*time.Hour))

	in, ans, err := st.CustomerMail(ctx, store.CustomerFilter{Address: "dana@shop.example", Since: t0.Add(-48 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(in); got != "d2,d3" {
		t.Errorf("inbound %s, want d2,d3", got)
	}
	if got := ids(ans); got != "a1" {
		t.Errorf("answers %s, want a1", got)
	}
	in, _, err = st.CustomerMail(ctx, store.CustomerFilter{Address: "dana@shop.example", Domain: "shop.example", Since: t0.Add(-48 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(in); got != "d2,l1,d3" {
		t.Errorf("inbound by domain %s, want d2,l1,d3", got)
	}
}

func ids(ms []store.Message) string {
	s := ""
	for i, m := range ms {
		if i > 0 {
			s += ","
		}
		s += m.MessageID
	}
	return s
}
