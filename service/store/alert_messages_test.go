package store_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/hotline/hotline/service/store"
	"github.com/hotline/hotline/service/store/storetest"
)

type alertMessagesStore interface {
	RecordMessage(ctx context.Context, m *store.Message, cp store.Checkpoint) (bool, error)
	ApplyAlert(ctx context.Context, ch store.AlertChange) error
	AlertMessages(ctx context.Context, alertID int64, limit int) ([]store.Message, error)
}

func TestSQLiteAlertMessages(t *testing.T) {
	s := openSQLite(t, filepath.Join(t.TempDir(), "alerts.db"))
	t.Cleanup(func() { s.Close() })
	testAlertMessages(t, s)
}

// testAlertMessages groups an opener, a follow-up in its thread and a team
// reply into one alert, with unrelated mail beside it.
func testAlertMessages(t *testing.T, s alertMessagesStore) {
	ctx := context.Background()
	record := func(uid uint32, messageID string) store.Message {
		m := storetest.NewMessage("support/INBOX", 1, uid, messageID, messageID)
		m.RecordedAt = t0.Add(time.Duration(uid) * time.Minute)
		if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{}); err != nil {
			t.Fatal(err)
		}
		return m
	}
	opener := record(1, "")
	other := record(2, "other@example.com")
	follow := record(3, "follow@example.com")
	reply := record(4, "reply@support.example")
	a := newAlert("dana@example.org", t0)
	a.MessageRef = opener.ID
	if err := s.ApplyAlert(ctx, store.AlertChange{Alert: a, ThreadIDs: []string{"ticket-1@example.org", "follow@example.com", "reply@support.example"}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.AlertMessages(ctx, a.ID, 10)
	if err != nil {
		t.Fatal(err)
	}
	if ids := idsOfMsgs(got); len(ids) != 3 || ids[0] != opener.ID || ids[1] != follow.ID || ids[2] != reply.ID {
		t.Errorf("AlertMessages = %v, want oldest first %v (not %d)", ids, []int64{opener.ID, follow.ID, reply.ID}, other.ID)
	}
	if got, err := s.AlertMessages(ctx, a.ID, 1); err != nil || len(got) != 1 || got[0].ID != reply.ID {
		t.Errorf("AlertMessages limit 1 = %v, %v; want the newest, %d", idsOfMsgs(got), err, reply.ID)
	}
	if got, err := s.AlertMessages(ctx, 9999, 10); err != nil || len(got) != 0 {
		t.Errorf("AlertMessages of a missing alert = %v, %v", idsOfMsgs(got), err)
	}
}
