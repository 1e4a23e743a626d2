// Package storetest is the conformance suite every store implementation must
// pass, so the SQLite store and a later PostgreSQL store behave the same for
// the ingester and the router.
package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/hotline/hotline/service/store"
)

// Store is the behaviour under test: the methods the ingester, API and
// router use.
type Store interface {
	Checkpoint(ctx context.Context, mailbox string) (store.Checkpoint, error)
	SetCheckpoint(ctx context.Context, cp store.Checkpoint) error
	RecordMessage(ctx context.Context, m *store.Message, cp store.Checkpoint) (inserted bool, err error)
	RecordMessages(ctx context.Context, msgs []*store.Message, cp store.Checkpoint) (inserted []bool, err error)
	MarkApplied(ctx context.Context, id int64) error
	Unmarked(ctx context.Context, mailbox string, limit int) ([]store.Message, error)
	GetMessage(ctx context.Context, id int64) (store.Message, error)
	ListMessages(ctx context.Context, f store.Filter) ([]store.Message, string, error)
	FindByMessageID(ctx context.Context, messageID string) ([]store.Message, error)
	MessageText(ctx context.Context, id int64) (store.MessageText, error)
	MessagesAfter(ctx context.Context, afterID int64, limit int) ([]store.Message, error)
	LastMessageID(ctx context.Context) (int64, error)
	Close() error
}

const inbox = "support@hotline.example/INBOX"

// Run runs the suite; open must return a new, empty store for each call and
// arrange for it to be closed (for example with t.Cleanup).
func Run(t *testing.T, open func(t *testing.T) Store) {
	t.Run("Checkpoint", func(t *testing.T) { testCheckpoint(t, open) })
	t.Run("RecordMessage", func(t *testing.T) { testRecord(t, open) })
	t.Run("RecordMessages", func(t *testing.T) { testRecordBatch(t, open) })
	t.Run("RoundTrip", func(t *testing.T) { testRoundTrip(t, open) })
	t.Run("MarkApplied", func(t *testing.T) { testMark(t, open) })
	t.Run("FindByMessageID", func(t *testing.T) { testFind(t, open) })
	t.Run("ListMessages", func(t *testing.T) { testList(t, open) })
	t.Run("Pagination", func(t *testing.T) { testPagination(t, open) })
	t.Run("Concurrency", func(t *testing.T) { testConcurrency(t, open) })
	t.Run("MessageText", func(t *testing.T) { testMessageText(t, open) })
	t.Run("MessagesAfter", func(t *testing.T) { testMessagesAfter(t, open) })
}

// testMessagesAfter checks the id cursor a follower of the store reads by:
// every message once, in id order, in pages, and where the newest is.
func testMessagesAfter(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	if last, err := s.LastMessageID(ctx); err != nil || last != 0 {
		t.Fatalf("LastMessageID of an empty store = %d, %v; want 0", last, err)
	}
	var want []int64
	for i := uint32(1); i <= 5; i++ {
		m := NewMessage(inbox, 1, i, fmt.Sprintf("after-%d@example.com", i), "body")
		if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: inbox, UIDValidity: 1, LastUID: i}); err != nil {
			t.Fatal(err)
		}
		want = append(want, m.ID)
	}
	if last, err := s.LastMessageID(ctx); err != nil || last != want[4] {
		t.Fatalf("LastMessageID = %d, %v; want %d", last, err, want[4])
	}
	var got []int64
	after := int64(0)
	for {
		page, err := s.MessagesAfter(ctx, after, 2)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range page {
			if m.Subject == "" || m.Raw != nil {
				t.Errorf("message %d: subject %q, raw %d bytes; want the columns without Raw", m.ID, m.Subject, len(m.Raw))
			}
			got = append(got, m.ID)
			after = m.ID
		}
		if len(page) < 2 {
			break
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("MessagesAfter pages = %v, want %v", got, want)
	}
	if page, err := s.MessagesAfter(ctx, want[2], 0); err != nil || len(page) != 2 || page[0].ID != want[3] {
		t.Errorf("MessagesAfter(%d) = %v, %v; want the last two", want[2], page, err)
	}
}

// testMessageText checks that the readable text is kept for a new message,
// not replaced by a duplicate, and absent for a message recorded without.
func testMessageText(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	m := NewMessage(inbox, 1, 1, "text@example.com", "text")
	m.Prepared = "Still not delivered\n\nThis is the THIRD time I write."
	m.Body = "This is the THIRD time I write.\n\n> On Monday you wrote:\n> we are on it"
	if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{}); err != nil {
		t.Fatal(err)
	}
	got, err := s.MessageText(ctx, m.ID)
	if err != nil || got.Prepared != m.Prepared || got.Body != m.Body {
		t.Errorf("MessageText = %+v, %v; want %q / %q", got, err, m.Prepared, m.Body)
	}
	dup := m
	dup.ID, dup.Prepared, dup.Body = 0, "other", "other"
	if inserted, err := s.RecordMessage(ctx, &dup, store.Checkpoint{}); err != nil || inserted {
		t.Fatalf("duplicate: inserted %v, %v", inserted, err)
	}
	if got, err := s.MessageText(ctx, m.ID); err != nil || got.Prepared != m.Prepared {
		t.Errorf("after duplicate MessageText = %+v, %v; want the first text", got, err)
	}
	bare := NewMessage(inbox, 1, 2, "bare@example.com", "bare")
	if _, err := s.RecordMessage(ctx, &bare, store.Checkpoint{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MessageText(ctx, bare.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("MessageText without text: %v, want ErrNotFound", err)
	}
}

// RunReopen checks that data survives closing and reopening: open(t, name)
// must return a store on the same underlying database for the same name.
// The suite closes the stores it opens.
func RunReopen(t *testing.T, open func(t *testing.T, name string) Store) {
	ctx := context.Background()
	s := open(t, "persist")
	m := NewMessage(inbox, 7, 42, "persist@example.com", "persist")
	if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{UIDValidity: 7, LastUID: 42}); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkApplied(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	s = open(t, "persist")
	defer s.Close()
	got, err := s.GetMessage(ctx, m.ID)
	if err != nil {
		t.Fatalf("after reopen: %v", err)
	}
	m.Marked = true
	assertSameMessage(t, got, m)
	cp, err := s.Checkpoint(ctx, inbox)
	if err != nil || cp.UIDValidity != 7 || cp.LastUID != 42 {
		t.Errorf("checkpoint after reopen = %+v, %v; want validity 7 uid 42", cp, err)
	}
	dup := NewMessage(inbox, 7, 42, "persist@example.com", "persist")
	if inserted, err := s.RecordMessage(ctx, &dup, store.Checkpoint{}); err != nil || inserted || dup.ID != m.ID {
		t.Errorf("re-record after reopen: inserted %v id %d err %v; want duplicate of %d", inserted, dup.ID, err, m.ID)
	}
}

// NewMessage builds a realistic message whose content hash derives from
// messageID and body, as a hash of the raw mail would.
func NewMessage(mailbox string, validity, uid uint32, messageID, body string) store.Message {
	sum := sha256.Sum256([]byte(messageID + "\x00" + body))
	return store.Message{
		Mailbox:     mailbox,
		UIDValidity: validity,
		UID:         uid,
		MessageID:   messageID,
		ContentHash: hex.EncodeToString(sum[:]),
		From:        "dana.kowalski@example.org",
		FromName:    "Dana Kowalski",
		Subject:     "Order #48213 still not delivered: " + body,
		Date:        time.Date(2026, 11, 24, 9, 13, 55, 0, time.UTC),
		InReplyTo:   "ticket-8812@hotline.example",
		References:  []string{"ticket-8800@hotline.example", "ticket-8812@hotline.example"},
		Size:        4213,
		Attachments: []store.Attachment{{Name: "receipt.pdf", ContentType: "application/pdf", Size: 30211}},
		Anger:       0.82,
		Urgency:     0.64,
		Heat:        0.77,
		Sentiment:   -0.9,
		Level:       "HOT",
		Reasons: []store.Reason{
			{Signal: "anger.lexicon", Weight: 0.4, Phrase: "THIRD time", Start: 120, End: 130},
			{Signal: "urgency.deadline", Weight: 0.3, Phrase: "by Thursday", Start: 190, End: 201},
		},
	}
}

func testCheckpoint(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	tests := []struct {
		name    string
		steps   func(s Store) error
		want    store.Checkpoint
		wantErr bool
	}{
		{"default is zero with mailbox", func(s Store) error { return nil }, store.Checkpoint{Mailbox: inbox}, false},
		{"record advances", func(s Store) error {
			return record(ctx, s, inbox, 5, 1, 2, 3)
		}, store.Checkpoint{Mailbox: inbox, UIDValidity: 5, LastUID: 3}, false},
		{"no regress within validity", func(s Store) error {
			if err := record(ctx, s, inbox, 5, 10); err != nil {
				return err
			}
			return record(ctx, s, inbox, 5, 4)
		}, store.Checkpoint{Mailbox: inbox, UIDValidity: 5, LastUID: 10}, false},
		{"duplicate still advances", func(s Store) error {
			if err := record(ctx, s, inbox, 5, 8); err != nil {
				return err
			}
			m := NewMessage(inbox, 5, 8, "uid-8@example.com", "body 8")
			_, err := s.RecordMessage(ctx, &m, store.Checkpoint{UIDValidity: 5, LastUID: 9})
			return err
		}, store.Checkpoint{Mailbox: inbox, UIDValidity: 5, LastUID: 9}, false},
		{"new validity replaces", func(s Store) error {
			if err := record(ctx, s, inbox, 5, 100); err != nil {
				return err
			}
			return record(ctx, s, inbox, 6, 2)
		}, store.Checkpoint{Mailbox: inbox, UIDValidity: 6, LastUID: 2}, false},
		{"set replaces", func(s Store) error {
			if err := record(ctx, s, inbox, 5, 100); err != nil {
				return err
			}
			return s.SetCheckpoint(ctx, store.Checkpoint{Mailbox: inbox, UIDValidity: 9, LastUID: 0})
		}, store.Checkpoint{Mailbox: inbox, UIDValidity: 9, LastUID: 0}, false},
		{"zero checkpoint leaves it alone", func(s Store) error {
			if err := record(ctx, s, inbox, 5, 3); err != nil {
				return err
			}
			m := NewMessage(inbox, 5, 50, "loose@example.com", "loose")
			_, err := s.RecordMessage(ctx, &m, store.Checkpoint{})
			return err
		}, store.Checkpoint{Mailbox: inbox, UIDValidity: 5, LastUID: 3}, false},
		{"mailboxes are independent", func(s Store) error {
			if err := record(ctx, s, "other@example.com/INBOX", 1, 77); err != nil {
				return err
			}
			return record(ctx, s, inbox, 5, 1)
		}, store.Checkpoint{Mailbox: inbox, UIDValidity: 5, LastUID: 1}, false},
		{"checkpoint for another mailbox rejected", func(s Store) error {
			m := NewMessage(inbox, 5, 1, "x@example.com", "x")
			_, err := s.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: "elsewhere", UIDValidity: 5, LastUID: 1})
			return err
		}, store.Checkpoint{Mailbox: inbox}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			err := tt.steps(s)
			if (err != nil) != tt.wantErr {
				t.Fatalf("steps error = %v, want error %v", err, tt.wantErr)
			}
			got, err := s.Checkpoint(ctx, inbox)
			if err != nil {
				t.Fatal(err)
			}
			if got.Mailbox != tt.want.Mailbox || got.UIDValidity != tt.want.UIDValidity || got.LastUID != tt.want.LastUID {
				t.Errorf("checkpoint = %+v, want %+v", got, tt.want)
			}
			if tt.want.UIDValidity != 0 && got.UpdatedAt.IsZero() {
				t.Errorf("UpdatedAt not set")
			}
		})
	}
}

// record stores one message per uid and advances the checkpoint to it.
func record(ctx context.Context, s Store, mailbox string, validity uint32, uids ...uint32) error {
	for _, uid := range uids {
		m := NewMessage(mailbox, validity, uid, fmt.Sprintf("uid-%d@example.com", uid), fmt.Sprintf("body %d", uid))
		if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{UIDValidity: validity, LastUID: uid}); err != nil {
			return err
		}
	}
	return nil
}

func testRecord(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	type rec struct {
		msg          store.Message
		wantInserted bool
		sameAs       int // index of the earlier record this must share an ID with; -1 for a new ID
	}
	withoutID := func(uid, validity uint32, body string) store.Message {
		m := NewMessage(inbox, validity, uid, "", body)
		return m
	}
	tests := []struct {
		name    string
		records []rec
		count   int
	}{
		{"new messages are inserted", []rec{
			{NewMessage(inbox, 1, 1, "a@example.com", "a"), true, -1},
			{NewMessage(inbox, 1, 2, "b@example.com", "b"), true, -1},
		}, 2},
		{"duplicate by uid", []rec{
			{NewMessage(inbox, 1, 1, "a@example.com", "a"), true, -1},
			{NewMessage(inbox, 1, 1, "a@example.com", "a"), false, 0},
			{NewMessage(inbox, 1, 1, "changed@example.com", "changed"), false, 0},
		}, 1},
		{"duplicate by message-id and hash across uidvalidity", []rec{
			{NewMessage(inbox, 1, 10, "a@example.com", "a"), true, -1},
			{NewMessage(inbox, 2, 3, "a@example.com", "a"), false, 0},
		}, 1},
		{"duplicate by message-id and hash at another uid", []rec{
			{NewMessage(inbox, 1, 10, "a@example.com", "a"), true, -1},
			{NewMessage(inbox, 1, 11, "a@example.com", "a"), false, 0},
		}, 1},
		{"no message-id dedups by hash", []rec{
			{withoutID(1, 1, "same body"), true, -1},
			{withoutID(2, 1, "same body"), false, 0},
			{withoutID(3, 2, "same body"), false, 0},
			{withoutID(4, 1, "other body"), true, -1},
		}, 2},
		{"same message-id different content keeps both", []rec{
			{NewMessage(inbox, 1, 1, "a@example.com", "first version"), true, -1},
			{NewMessage(inbox, 1, 2, "a@example.com", "second version"), true, -1},
		}, 2},
		{"same content in another mailbox is separate", []rec{
			{NewMessage(inbox, 1, 1, "a@example.com", "a"), true, -1},
			{NewMessage("sales@hotline.example/INBOX", 1, 1, "a@example.com", "a"), true, -1},
		}, 2},
		{"message-id angle brackets are ignored", []rec{
			{NewMessage(inbox, 1, 1, "a@example.com", "a"), true, -1},
			func() rec {
				m := NewMessage(inbox, 1, 2, "a@example.com", "a")
				m.MessageID = "<a@example.com>"
				return rec{m, false, 0}
			}(),
		}, 1},
	}
	// Each case runs twice: one RecordMessage call per record, and all
	// records in one RecordMessages batch, which must decide every
	// duplicate exactly as the single calls do.
	for _, tt := range tests {
		for _, batched := range []bool{false, true} {
			name := tt.name
			if batched {
				name += " in one batch"
			}
			t.Run(name, func(t *testing.T) {
				s := open(t)
				inserted := recordAll(t, s, tt.records, func(r rec) store.Message { return r.msg }, batched)
				ids := make([]int64, len(tt.records))
				for i, r := range tt.records {
					m := inserted[i].msg
					if inserted[i].inserted != r.wantInserted {
						t.Errorf("record %d: inserted = %v, want %v", i, inserted[i].inserted, r.wantInserted)
					}
					if m.ID <= 0 {
						t.Fatalf("record %d: ID not set", i)
					}
					ids[i] = m.ID
					if r.sameAs >= 0 && m.ID != ids[r.sameAs] {
						t.Errorf("record %d: ID %d, want the ID %d of record %d", i, m.ID, ids[r.sameAs], r.sameAs)
					}
					if r.sameAs < 0 {
						for j := 0; j < i; j++ {
							if ids[j] == m.ID {
								t.Errorf("record %d reuses ID %d of record %d", i, m.ID, j)
							}
						}
					}
				}
				var total int
				for _, mb := range []string{inbox, "sales@hotline.example/INBOX"} {
					msgs, _, err := s.ListMessages(ctx, store.Filter{Mailbox: mb, PageSize: 1000})
					if err != nil {
						t.Fatal(err)
					}
					total += len(msgs)
				}
				if total != tt.count {
					t.Errorf("stored %d messages, want %d", total, tt.count)
				}
			})
		}
	}

	// A duplicate found at a new UIDVALIDITY moves there. It stays marked
	// only when it was and the record says the new location is done too:
	// the ingester sets keywords before recording, and a row unmarked
	// again would be finished, and announced, a second time.
	for _, tt := range []struct {
		name            string
		wasMarked, mark bool
		wantMarked      bool
	}{
		{"marked and recorded marked stays marked", true, true, true},
		{"marked and recorded unmarked is unmarked", true, false, false},
		{"unmarked and recorded marked stays unmarked", false, true, false},
		{"unmarked and recorded unmarked stays unmarked", false, false, false},
	} {
		for _, batched := range []bool{false, true} {
			name := "new uidvalidity moves duplicate: " + tt.name
			if batched {
				name += " in one batch"
			}
			t.Run(name, func(t *testing.T) {
				s := open(t)
				m := NewMessage(inbox, 1, 10, "a@example.com", "a")
				if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{UIDValidity: 1, LastUID: 10}); err != nil {
					t.Fatal(err)
				}
				if tt.wasMarked {
					if err := s.MarkApplied(ctx, m.ID); err != nil {
						t.Fatal(err)
					}
				}
				again := NewMessage(inbox, 2, 3, "a@example.com", "a")
				again.Marked = tt.mark
				batch := []*store.Message{&again}
				if batched {
					other := NewMessage(inbox, 2, 4, "b@example.com", "b")
					batch = append(batch, &other)
				}
				inserted, err := s.RecordMessages(ctx, batch, store.Checkpoint{UIDValidity: 2, LastUID: 4})
				if err != nil {
					t.Fatal(err)
				}
				if inserted[0] || again.ID != m.ID {
					t.Errorf("inserted %v as id %d, want a duplicate of %d", inserted[0], again.ID, m.ID)
				}
				got, err := s.GetMessage(ctx, m.ID)
				if err != nil {
					t.Fatal(err)
				}
				if got.UIDValidity != 2 || got.UID != 3 || got.Marked != tt.wantMarked {
					t.Errorf("after move: validity %d uid %d marked %v; want 2, 3, %v", got.UIDValidity, got.UID, got.Marked, tt.wantMarked)
				}
				unmarked, err := s.Unmarked(ctx, inbox, 10)
				if err != nil {
					t.Fatal(err)
				}
				if listed := slices.ContainsFunc(unmarked, func(u store.Message) bool { return u.ID == m.ID }); listed == tt.wantMarked {
					t.Errorf("Unmarked lists the moved message: %v, want %v", listed, !tt.wantMarked)
				}
			})
		}
	}
	t.Run("empty mailbox rejected", func(t *testing.T) {
		s := open(t)
		m := NewMessage("", 1, 1, "a@example.com", "a")
		if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{}); err == nil {
			t.Error("recorded a message without a mailbox")
		}
	})
}

func testRoundTrip(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	full := NewMessage(inbox, 3, 9, "round@example.com", "round trip")
	full.Problems = []string{"unknown charset x-foo in part 1"}
	full.Raw = []byte("Subject: broken\r\n\r\n\xff\xfe")
	full.RecordedAt = time.Date(2026, 11, 25, 8, 0, 0, 123456789, time.FixedZone("CET", 3600))
	empty := store.Message{Mailbox: inbox, UIDValidity: 3, UID: 10, ContentHash: "00"}
	for _, m := range []store.Message{full, empty} {
		t.Run(fmt.Sprintf("uid %d", m.UID), func(t *testing.T) {
			before := time.Now()
			want := m
			if _, err := s.RecordMessage(ctx, &want, store.Checkpoint{}); err != nil {
				t.Fatal(err)
			}
			if m.RecordedAt.IsZero() && (want.RecordedAt.Before(before.Add(-time.Second)) || want.RecordedAt.After(time.Now().Add(time.Second))) {
				t.Errorf("RecordedAt = %v, want about now", want.RecordedAt)
			}
			got, err := s.GetMessage(ctx, want.ID)
			if err != nil {
				t.Fatal(err)
			}
			assertSameMessage(t, got, want)
		})
	}
	t.Run("not found", func(t *testing.T) {
		if _, err := s.GetMessage(ctx, 987654); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("GetMessage(missing) error = %v, want ErrNotFound", err)
		}
	})
	t.Run("list leaves raw out", func(t *testing.T) {
		msgs, _, err := s.ListMessages(ctx, store.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range msgs {
			if m.Raw != nil {
				t.Errorf("ListMessages returned Raw for %d", m.ID)
			}
		}
	})
}

// assertSameMessage compares field by field, times by instant and nil and
// empty lists as equal.
func assertSameMessage(t *testing.T, got, want store.Message) {
	t.Helper()
	if !got.Date.Equal(want.Date) || !got.RecordedAt.Equal(want.RecordedAt) {
		t.Errorf("times: got date %v recorded %v, want %v, %v", got.Date, got.RecordedAt, want.Date, want.RecordedAt)
	}
	got.Date, want.Date = time.Time{}, time.Time{}
	got.RecordedAt, want.RecordedAt = time.Time{}, time.Time{}
	want.MessageID = trimBrackets(want.MessageID)
	normalize := func(m *store.Message) {
		if len(m.References) == 0 {
			m.References = nil
		}
		if len(m.Attachments) == 0 {
			m.Attachments = nil
		}
		if len(m.Problems) == 0 {
			m.Problems = nil
		}
		if len(m.Reasons) == 0 {
			m.Reasons = nil
		}
		if len(m.Raw) == 0 {
			m.Raw = nil
		}
	}
	normalize(&got)
	normalize(&want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("message differs:\n got %+v\nwant %+v", got, want)
	}
}

func trimBrackets(s string) string {
	if len(s) >= 2 && s[0] == '<' && s[len(s)-1] == '>' {
		return s[1 : len(s)-1]
	}
	return s
}

func testMark(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	var ids []int64
	for uid := uint32(1); uid <= 5; uid++ {
		m := NewMessage(inbox, 1, uid, fmt.Sprintf("m%d@example.com", uid), "x")
		if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{UIDValidity: 1, LastUID: uid}); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, m.ID)
	}
	other := NewMessage("other/INBOX", 1, 1, "other@example.com", "x")
	if _, err := s.RecordMessage(ctx, &other, store.Checkpoint{}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{ids[1], ids[3]} {
		if err := s.MarkApplied(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.MarkApplied(ctx, ids[1]); err != nil {
		t.Errorf("marking twice: %v", err)
	}
	tests := []struct {
		limit int
		want  []int64
	}{
		{0, []int64{ids[0], ids[2], ids[4]}},
		{10, []int64{ids[0], ids[2], ids[4]}},
		{2, []int64{ids[0], ids[2]}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("limit %d", tt.limit), func(t *testing.T) {
			msgs, err := s.Unmarked(ctx, inbox, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if got := idsOf(msgs); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Unmarked = %v, want %v", got, tt.want)
			}
			for _, m := range msgs {
				if m.Marked || m.Mailbox != inbox {
					t.Errorf("Unmarked returned %+v", m)
				}
			}
		})
	}
	got, err := s.GetMessage(ctx, ids[3])
	if err != nil || !got.Marked {
		t.Errorf("GetMessage after MarkApplied: marked %v, err %v", got.Marked, err)
	}
	if err := s.MarkApplied(ctx, 987654); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("MarkApplied(missing) = %v, want ErrNotFound", err)
	}
}

func idsOf(msgs []store.Message) []int64 {
	out := []int64{}
	for _, m := range msgs {
		out = append(out, m.ID)
	}
	return out
}

func testFind(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	a1 := NewMessage(inbox, 1, 1, "thread@example.com", "v1")
	a2 := NewMessage("sales/INBOX", 1, 1, "thread@example.com", "v1")
	b := NewMessage(inbox, 1, 2, "other@example.com", "v1")
	none := NewMessage(inbox, 1, 3, "", "no id")
	for _, m := range []*store.Message{&a1, &a2, &b, &none} {
		if _, err := s.RecordMessage(ctx, m, store.Checkpoint{}); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		query string
		want  []int64
	}{
		{"thread@example.com", []int64{a1.ID, a2.ID}},
		{"<thread@example.com>", []int64{a1.ID, a2.ID}},
		{"other@example.com", []int64{b.ID}},
		{"missing@example.com", []int64{}},
		{"", []int64{}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			msgs, err := s.FindByMessageID(ctx, tt.query)
			if err != nil {
				t.Fatal(err)
			}
			got := idsOf(msgs)
			sort.Slice(got, func(i, j int) bool { return got[i] < got[j] })
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindByMessageID(%q) = %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}

// seed records n messages in two mailboxes with levels cycling COOL, WARM,
// HOT and RecordedAt one minute apart from base.
func seed(t *testing.T, s Store, n int, base time.Time) []store.Message {
	t.Helper()
	levels := []string{"COOL", "WARM", "HOT"}
	var out []store.Message
	for i := 0; i < n; i++ {
		mb := inbox
		if i%4 == 3 {
			mb = "sales@hotline.example/INBOX"
		}
		m := NewMessage(mb, 1, uint32(i+1), fmt.Sprintf("seed-%d@example.com", i), "seed")
		m.Level = levels[i%3]
		m.RecordedAt = base.Add(time.Duration(i) * time.Minute)
		if _, err := s.RecordMessage(context.Background(), &m, store.Checkpoint{}); err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

func testList(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	all := seed(t, s, 30, base)
	tests := []struct {
		name   string
		filter store.Filter
		match  func(m store.Message) bool
	}{
		{"all", store.Filter{PageSize: 100}, func(store.Message) bool { return true }},
		{"mailbox", store.Filter{Mailbox: inbox, PageSize: 100}, func(m store.Message) bool { return m.Mailbox == inbox }},
		{"one level", store.Filter{Levels: []string{"HOT"}, PageSize: 100}, func(m store.Message) bool { return m.Level == "HOT" }},
		{"two levels", store.Filter{Levels: []string{"HOT", "WARM"}, PageSize: 100}, func(m store.Message) bool { return m.Level != "COOL" }},
		{"since", store.Filter{Since: base.Add(20 * time.Minute), PageSize: 100}, func(m store.Message) bool {
			return !m.RecordedAt.Before(base.Add(20 * time.Minute))
		}},
		{"until", store.Filter{Until: base.Add(5 * time.Minute), PageSize: 100}, func(m store.Message) bool {
			return m.RecordedAt.Before(base.Add(5 * time.Minute))
		}},
		{"combined", store.Filter{Mailbox: inbox, Levels: []string{"HOT"}, Since: base.Add(3 * time.Minute), Until: base.Add(25 * time.Minute), PageSize: 100},
			func(m store.Message) bool {
				return m.Mailbox == inbox && m.Level == "HOT" && !m.RecordedAt.Before(base.Add(3*time.Minute)) && m.RecordedAt.Before(base.Add(25*time.Minute))
			}},
		{"default page size", store.Filter{}, func(store.Message) bool { return true }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, next, err := s.ListMessages(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			var want []int64
			for i := len(all) - 1; i >= 0; i-- {
				if tt.match(all[i]) {
					want = append(want, all[i].ID)
				}
			}
			if len(want) == 0 {
				t.Fatal("filter matches nothing; the test is too weak")
			}
			if !reflect.DeepEqual(idsOf(got), want) {
				t.Errorf("ListMessages = %v, want %v (newest first)", idsOf(got), want)
			}
			if next != "" {
				t.Errorf("next token %q on the only page", next)
			}
		})
	}
	t.Run("bad token", func(t *testing.T) {
		if _, _, err := s.ListMessages(ctx, store.Filter{PageToken: "not a token!"}); err == nil {
			t.Error("accepted a token it did not issue")
		}
	})
}

func testPagination(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	all := seed(t, s, 23, base)
	// Rows sharing one RecordedAt must still page without overlap or gaps.
	for i := 0; i < 5; i++ {
		m := NewMessage(inbox, 2, uint32(i+1), fmt.Sprintf("tie-%d@example.com", i), "tie")
		m.RecordedAt = base.Add(10 * time.Minute)
		m.Level = "HOT"
		if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{}); err != nil {
			t.Fatal(err)
		}
		all = append(all, m)
	}
	for _, size := range []int{1, 4, 7, 28, 50} {
		t.Run(fmt.Sprintf("page size %d", size), func(t *testing.T) {
			seen := map[int64]bool{}
			var order []store.Message
			token := ""
			for page := 0; ; page++ {
				if page > len(all)+1 {
					t.Fatal("pagination does not terminate")
				}
				msgs, next, err := s.ListMessages(ctx, store.Filter{PageSize: size, PageToken: token})
				if err != nil {
					t.Fatal(err)
				}
				if len(msgs) > size {
					t.Fatalf("page of %d, size %d", len(msgs), size)
				}
				if next != "" && len(msgs) != size {
					t.Errorf("short page of %d with a next token", len(msgs))
				}
				for _, m := range msgs {
					if seen[m.ID] {
						t.Errorf("message %d on two pages", m.ID)
					}
					seen[m.ID] = true
					order = append(order, m)
				}
				if next == "" {
					break
				}
				token = next
			}
			if len(seen) != len(all) {
				t.Errorf("saw %d messages over all pages, want %d", len(seen), len(all))
			}
			for i := 1; i < len(order); i++ {
				a, b := order[i-1], order[i]
				if a.RecordedAt.Before(b.RecordedAt) || a.RecordedAt.Equal(b.RecordedAt) && a.ID < b.ID {
					t.Errorf("not newest first at %d: %d then %d", i, a.ID, b.ID)
				}
			}
		})
	}
	t.Run("filter across pages", func(t *testing.T) {
		var got []int64
		token := ""
		for {
			msgs, next, err := s.ListMessages(ctx, store.Filter{Levels: []string{"HOT"}, PageSize: 3, PageToken: token})
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range msgs {
				if m.Level != "HOT" {
					t.Errorf("level %s in HOT list", m.Level)
				}
				got = append(got, m.ID)
			}
			if next == "" {
				break
			}
			token = next
		}
		want := 0
		for _, m := range all {
			if m.Level == "HOT" {
				want++
			}
		}
		if len(got) != want {
			t.Errorf("HOT over pages = %d, want %d", len(got), want)
		}
	})
	t.Run("max page size", func(t *testing.T) {
		msgs, _, err := s.ListMessages(ctx, store.Filter{PageSize: 1_000_000})
		if err != nil || len(msgs) != len(all) {
			t.Errorf("huge page size: %d messages, err %v", len(msgs), err)
		}
	})
}

func testConcurrency(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	const workers, each = 16, 25
	var wg sync.WaitGroup
	errs := make(chan error, workers*each*2)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			mailbox := fmt.Sprintf("box-%d", w%4)
			for i := 0; i < each; i++ {
				uid := uint32(w*each + i + 1)
				m := NewMessage(mailbox, 1, uid, fmt.Sprintf("c-%d@example.com", uid), "concurrent")
				if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{UIDValidity: 1, LastUID: uid}); err != nil {
					errs <- err
					continue
				}
				// Every message is also recorded by a second writer, as two
				// ingesters racing on one mailbox would.
				dup := NewMessage(mailbox, 1, uid, fmt.Sprintf("c-%d@example.com", uid), "concurrent")
				inserted, err := s.RecordMessage(ctx, &dup, store.Checkpoint{UIDValidity: 1, LastUID: uid})
				if err != nil {
					errs <- err
				} else if inserted || dup.ID != m.ID {
					errs <- fmt.Errorf("duplicate of uid %d inserted (%v) or got id %d not %d", uid, inserted, dup.ID, m.ID)
				}
				if _, _, err := s.ListMessages(ctx, store.Filter{Mailbox: mailbox, PageSize: 5}); err != nil {
					errs <- err
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	total := 0
	token := ""
	for {
		msgs, next, err := s.ListMessages(ctx, store.Filter{PageSize: 1000, PageToken: token})
		if err != nil {
			t.Fatal(err)
		}
		total += len(msgs)
		if next == "" {
			break
		}
		token = next
	}
	if total != workers*each {
		t.Errorf("stored %d messages, want %d", total, workers*each)
	}
	for b := 0; b < 4; b++ {
		cp, err := s.Checkpoint(ctx, fmt.Sprintf("box-%d", b))
		if err != nil {
			t.Fatal(err)
		}
		// The highest uid recorded for box b comes from the last worker w with w%4 == b.
		want := uint32((workers-4+b)*each + each)
		if cp.LastUID != want {
			t.Errorf("box-%d checkpoint %d, want %d", b, cp.LastUID, want)
		}
	}
}

// recordResult is one message after recording and whether it was new.
type recordResult struct {
	msg      store.Message
	inserted bool
}

// recordAll records the messages of records in order: one RecordMessage
// call each, advancing the checkpoint to each message, or, when batched,
// one RecordMessages call with a zero checkpoint, since the records may
// span mailboxes.
func recordAll[R any](t *testing.T, s Store, records []R, msgOf func(R) store.Message, batched bool) []recordResult {
	t.Helper()
	ctx := context.Background()
	out := make([]recordResult, len(records))
	for i, r := range records {
		out[i].msg = msgOf(r)
	}
	if !batched {
		for i := range out {
			m := &out[i].msg
			inserted, err := s.RecordMessage(ctx, m, store.Checkpoint{UIDValidity: m.UIDValidity, LastUID: m.UID})
			if err != nil {
				t.Fatalf("record %d: %v", i, err)
			}
			out[i].inserted = inserted
		}
		return out
	}
	msgs := make([]*store.Message, len(out))
	for i := range out {
		msgs[i] = &out[i].msg
	}
	inserted, err := s.RecordMessages(ctx, msgs, store.Checkpoint{})
	if err != nil {
		t.Fatalf("record batch: %v", err)
	}
	if len(inserted) != len(msgs) {
		t.Fatalf("RecordMessages returned %d results for %d messages", len(inserted), len(msgs))
	}
	for i := range out {
		out[i].inserted = inserted[i]
	}
	return out
}

// rejected is a message both databases refuse to store, to make a batch
// fail part-way: SQLite turns a NaN into NULL, which the NOT NULL anger
// column rejects, and PostgreSQL rejects NUL bytes in text.
func rejected(validity, uid uint32) store.Message {
	m := NewMessage(inbox, validity, uid, fmt.Sprintf("rejected-%d@example.com", uid), "rejected")
	m.Anger = math.NaN()
	m.Subject = "nul \x00 byte"
	return m
}

func ptrs(msgs []store.Message) []*store.Message {
	out := make([]*store.Message, len(msgs))
	for i := range msgs {
		out[i] = &msgs[i]
	}
	return out
}

func testRecordBatch(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	noID := func(validity, uid uint32, body string) store.Message {
		return NewMessage(inbox, validity, uid, "", body)
	}

	t.Run("duplicates inside the batch and against stored rows", func(t *testing.T) {
		s := open(t)
		stored := NewMessage(inbox, 1, 1, "a@example.com", "a")
		if _, err := s.RecordMessage(ctx, &stored, store.Checkpoint{UIDValidity: 1, LastUID: 1}); err != nil {
			t.Fatal(err)
		}
		batch := []store.Message{
			NewMessage(inbox, 1, 1, "changed@example.com", "changed"), // stored row, by uid
			NewMessage(inbox, 1, 2, "b@example.com", "b"),             // new
			NewMessage(inbox, 1, 3, "b@example.com", "b"),             // uid 2, by content
			noID(1, 4, "no id"),                                   // new
			noID(1, 5, "no id"),                                   // uid 4, by hash
			NewMessage(inbox, 1, 6, "a@example.com", "a"),         // stored row, by content
			NewMessage(inbox, 1, 2, "other@example.com", "other"), // uid 2, by uid
			NewMessage(inbox, 1, 7, "c@example.com", "c"),         // new
		}
		wantInserted := []bool{false, true, false, true, false, false, false, true}
		// sameAs: -1 for the stored row, else the batch index whose ID it shares.
		sameAs := []int{-1, 1, 1, 3, 3, -1, 1, 7}
		inserted, err := s.RecordMessages(ctx, ptrs(batch), store.Checkpoint{UIDValidity: 1, LastUID: 7})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(inserted, wantInserted) {
			t.Errorf("inserted = %v, want %v", inserted, wantInserted)
		}
		for i, m := range batch {
			want := stored.ID
			if sameAs[i] >= 0 {
				want = batch[sameAs[i]].ID
			}
			if m.ID <= 0 || m.ID != want {
				t.Errorf("message %d (uid %d): ID %d, want %d", i, m.UID, m.ID, want)
			}
		}
		if batch[1].ID == stored.ID || batch[3].ID == batch[1].ID || batch[7].ID == batch[3].ID {
			t.Errorf("new messages share IDs: %d %d %d %d", stored.ID, batch[1].ID, batch[3].ID, batch[7].ID)
		}
		msgs, _, err := s.ListMessages(ctx, store.Filter{Mailbox: inbox, PageSize: 100})
		if err != nil {
			t.Fatal(err)
		}
		if len(msgs) != 4 {
			t.Errorf("stored %d messages, want 4", len(msgs))
		}
		got, err := s.GetMessage(ctx, batch[1].ID)
		if err != nil {
			t.Fatal(err)
		}
		assertSameMessage(t, got, batch[1])
		cp, err := s.Checkpoint(ctx, inbox)
		if err != nil || cp.UIDValidity != 1 || cp.LastUID != 7 || cp.UpdatedAt.IsZero() {
			t.Errorf("checkpoint = %+v, %v; want validity 1 uid 7", cp, err)
		}
	})

	t.Run("large batches match recording one by one", func(t *testing.T) {
		// Batches above the store's multi-row size, mixing new mail with
		// every kind of duplicate: of a stored row by uid, of one at an old
		// UIDVALIDITY by content (moved), and of earlier messages of the
		// same batch by uid and by content.
		seed := func(s Store) {
			for uid := uint32(1); uid <= 30; uid++ {
				m := NewMessage(inbox, 1, uid, fmt.Sprintf("old-%d@example.com", uid), fmt.Sprintf("old %d", uid))
				if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{}); err != nil {
					t.Fatal(err)
				}
			}
			for uid := uint32(1); uid <= 10; uid++ {
				m := NewMessage(inbox, 2, uid*40, fmt.Sprintf("new-%d@example.com", uid*40), "stored")
				if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{}); err != nil {
					t.Fatal(err)
				}
			}
		}
		batch := func() []store.Message {
			var out []store.Message
			for uid := uint32(1); uid <= 520; uid++ {
				m := NewMessage(inbox, 2, uid, fmt.Sprintf("new-%d@example.com", uid), fmt.Sprintf("new %d", uid))
				switch {
				case uid%40 == 0: // stored at this location
				case uid%53 == 0: // an old message at its new location
					m = NewMessage(inbox, 2, uid, fmt.Sprintf("old-%d@example.com", uid/53), fmt.Sprintf("old %d", uid/53))
				case uid%97 == 0: // the content of the previous message
					m = NewMessage(inbox, 2, uid, fmt.Sprintf("new-%d@example.com", uid-1), fmt.Sprintf("new %d", uid-1))
				case uid%150 == 0: // no Message-ID
					m = noID(2, uid, fmt.Sprintf("no id %d", uid))
				}
				m.Prepared, m.Body = fmt.Sprintf("prepared %d", uid), fmt.Sprintf("body %d", uid)
				out = append(out, m)
				if uid%111 == 0 { // the same uid again
					out = append(out, NewMessage(inbox, 2, uid, "again@example.com", "again"))
				}
			}
			return out
		}
		one, many := open(t), open(t)
		seed(one)
		seed(many)
		want, got := batch(), batch()
		wantInserted := make([]bool, len(want))
		for i := range want {
			ins, err := one.RecordMessage(ctx, &want[i], store.Checkpoint{UIDValidity: 2, LastUID: want[i].UID})
			if err != nil {
				t.Fatal(err)
			}
			wantInserted[i] = ins
		}
		inserted, err := many.RecordMessages(ctx, ptrs(got), store.Checkpoint{UIDValidity: 2, LastUID: 520})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(inserted, wantInserted) {
			t.Errorf("inserted differs from recording one by one:\n got %v\nwant %v", inserted, wantInserted)
		}
		// Ids differ between the stores; the rows they name must not.
		for i := range want {
			if got[i].ID <= 0 {
				t.Fatalf("message %d (uid %d): no ID", i, got[i].UID)
			}
			for j := range i {
				if (want[i].ID == want[j].ID) != (got[i].ID == got[j].ID) {
					t.Errorf("messages %d and %d (uids %d, %d): same row one by one %v, in a batch %v",
						j, i, want[j].UID, want[i].UID, want[i].ID == want[j].ID, got[i].ID == got[j].ID)
				}
			}
			w, err := one.GetMessage(ctx, want[i].ID)
			if err != nil {
				t.Fatal(err)
			}
			g, err := many.GetMessage(ctx, got[i].ID)
			if err != nil {
				t.Fatal(err)
			}
			if w.UIDValidity != g.UIDValidity || w.UID != g.UID || w.MessageID != g.MessageID || w.Marked != g.Marked {
				t.Errorf("message %d: stored at %d/%d %q marked %v in a batch, %d/%d %q marked %v one by one",
					i, g.UIDValidity, g.UID, g.MessageID, g.Marked, w.UIDValidity, w.UID, w.MessageID, w.Marked)
			}
			wt, werr := one.MessageText(ctx, want[i].ID)
			gt, gerr := many.MessageText(ctx, got[i].ID)
			if wt != gt || (werr == nil) != (gerr == nil) {
				t.Errorf("message %d: text %+v, %v in a batch; %+v, %v one by one", i, gt, gerr, wt, werr)
			}
		}
		if cp, err := many.Checkpoint(ctx, inbox); err != nil || cp.UIDValidity != 2 || cp.LastUID != 520 {
			t.Errorf("checkpoint = %+v, %v; want validity 2 uid 520", cp, err)
		}
	})

	t.Run("new uidvalidity moves stored duplicate and unmarks it", func(t *testing.T) {
		s := open(t)
		old := NewMessage(inbox, 1, 10, "a@example.com", "a")
		if _, err := s.RecordMessage(ctx, &old, store.Checkpoint{UIDValidity: 1, LastUID: 10}); err != nil {
			t.Fatal(err)
		}
		if err := s.MarkApplied(ctx, old.ID); err != nil {
			t.Fatal(err)
		}
		batch := []store.Message{
			NewMessage(inbox, 2, 1, "new@example.com", "new"),
			NewMessage(inbox, 2, 2, "a@example.com", "a"),
			NewMessage(inbox, 2, 3, "a@example.com", "a"),
		}
		batch[0].Marked = true
		inserted, err := s.RecordMessages(ctx, ptrs(batch), store.Checkpoint{UIDValidity: 2, LastUID: 3})
		if err != nil {
			t.Fatal(err)
		}
		if want := []bool{true, false, false}; !reflect.DeepEqual(inserted, want) {
			t.Errorf("inserted = %v, want %v", inserted, want)
		}
		if batch[1].ID != old.ID || batch[2].ID != old.ID {
			t.Errorf("duplicates got IDs %d, %d; want %d", batch[1].ID, batch[2].ID, old.ID)
		}
		got, err := s.GetMessage(ctx, old.ID)
		if err != nil {
			t.Fatal(err)
		}
		// Moved once to uid 2; uid 3 is a same-validity duplicate of it.
		if got.UIDValidity != 2 || got.UID != 2 || got.Marked {
			t.Errorf("after move: validity %d uid %d marked %v; want 2, 2, false", got.UIDValidity, got.UID, got.Marked)
		}
		unmarked, err := s.Unmarked(ctx, inbox, 10)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(idsOf(unmarked), []int64{old.ID}) {
			t.Errorf("Unmarked = %v, want only the moved row %d", idsOf(unmarked), old.ID)
		}
	})

	t.Run("checkpoint moves once to cp at commit", func(t *testing.T) {
		tests := []struct {
			name     string
			before   store.Checkpoint
			cp       store.Checkpoint
			validity uint32
			uids     []uint32
			want     store.Checkpoint
		}{
			{"advances to cp, not to the last uid", store.Checkpoint{UIDValidity: 1, LastUID: 2}, store.Checkpoint{UIDValidity: 1, LastUID: 8}, 1, []uint32{3, 4, 5}, store.Checkpoint{UIDValidity: 1, LastUID: 8}},
			{"never back within a validity", store.Checkpoint{UIDValidity: 1, LastUID: 50}, store.Checkpoint{UIDValidity: 1, LastUID: 5}, 1, []uint32{4, 5}, store.Checkpoint{UIDValidity: 1, LastUID: 50}},
			{"new validity replaces", store.Checkpoint{UIDValidity: 1, LastUID: 50}, store.Checkpoint{UIDValidity: 2, LastUID: 3}, 2, []uint32{1, 2, 3}, store.Checkpoint{UIDValidity: 2, LastUID: 3}},
			{"zero cp leaves it alone", store.Checkpoint{UIDValidity: 1, LastUID: 2}, store.Checkpoint{}, 1, []uint32{3, 4}, store.Checkpoint{UIDValidity: 1, LastUID: 2}},
			{"empty batch still advances", store.Checkpoint{UIDValidity: 1, LastUID: 2}, store.Checkpoint{Mailbox: inbox, UIDValidity: 1, LastUID: 9}, 1, nil, store.Checkpoint{UIDValidity: 1, LastUID: 9}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s := open(t)
				tt.before.Mailbox = inbox
				if err := s.SetCheckpoint(ctx, tt.before); err != nil {
					t.Fatal(err)
				}
				var batch []store.Message
				for _, uid := range tt.uids {
					batch = append(batch, NewMessage(inbox, tt.validity, uid, fmt.Sprintf("cp-%d@example.com", uid), "cp"))
				}
				inserted, err := s.RecordMessages(ctx, ptrs(batch), tt.cp)
				if err != nil {
					t.Fatal(err)
				}
				if len(inserted) != len(batch) {
					t.Errorf("%d results for %d messages", len(inserted), len(batch))
				}
				got, err := s.Checkpoint(ctx, inbox)
				if err != nil {
					t.Fatal(err)
				}
				if got.UIDValidity != tt.want.UIDValidity || got.LastUID != tt.want.LastUID {
					t.Errorf("checkpoint = %+v, want %+v", got, tt.want)
				}
			})
		}
	})

	t.Run("a failing message aborts the whole batch", func(t *testing.T) {
		for _, at := range []int{0, 2, 4} {
			t.Run(fmt.Sprintf("at %d", at), func(t *testing.T) {
				s := open(t)
				if err := record(ctx, s, inbox, 1, 1, 2); err != nil {
					t.Fatal(err)
				}
				batch := []store.Message{
					NewMessage(inbox, 1, 3, "f3@example.com", "f3"),
					NewMessage(inbox, 1, 1, "uid-1@example.com", "body 1"), // duplicate of a stored row
					NewMessage(inbox, 1, 5, "f5@example.com", "f5"),
					NewMessage(inbox, 1, 6, "f6@example.com", "f6"),
				}
				bad := rejected(1, 4)
				batch = slices.Insert(batch, at, bad)
				inserted, err := s.RecordMessages(ctx, ptrs(batch), store.Checkpoint{UIDValidity: 1, LastUID: 6})
				if err == nil {
					t.Fatalf("batch with a rejected message recorded: inserted %v", inserted)
				}
				t.Logf("rejected as expected: %v", err)
				if inserted != nil {
					t.Errorf("inserted = %v on error, want nil", inserted)
				}
				for i, m := range batch {
					if m.ID != 0 {
						t.Errorf("message %d (uid %d) got ID %d from a failed batch", i, m.UID, m.ID)
					}
				}
				cp, err := s.Checkpoint(ctx, inbox)
				if err != nil || cp.UIDValidity != 1 || cp.LastUID != 2 {
					t.Errorf("checkpoint after failed batch = %+v, %v; want validity 1 uid 2", cp, err)
				}
				msgs, _, err := s.ListMessages(ctx, store.Filter{Mailbox: inbox, PageSize: 100})
				if err != nil {
					t.Fatal(err)
				}
				if len(msgs) != 2 {
					t.Errorf("%d messages stored after failed batch, want the 2 from before", len(msgs))
				}
				// The store is still usable and the batch goes in without the bad one.
				batch = slices.Delete(batch, at, at+1)
				inserted, err = s.RecordMessages(ctx, ptrs(batch), store.Checkpoint{UIDValidity: 1, LastUID: 6})
				if err != nil {
					t.Fatalf("retry without the rejected message: %v", err)
				}
				if want := []bool{true, false, true, true}; !reflect.DeepEqual(inserted, want) {
					t.Errorf("retry inserted = %v, want %v", inserted, want)
				}
				if cp, err := s.Checkpoint(ctx, inbox); err != nil || cp.LastUID != 6 {
					t.Errorf("checkpoint after retry = %+v, %v; want uid 6", cp, err)
				}
			})
		}
	})

	t.Run("invalid batches", func(t *testing.T) {
		tests := []struct {
			name  string
			batch []store.Message
			cp    store.Checkpoint
		}{
			{"empty mailbox", []store.Message{NewMessage(inbox, 1, 1, "a@example.com", "a"), NewMessage("", 1, 2, "b@example.com", "b")}, store.Checkpoint{UIDValidity: 1, LastUID: 2}},
			{"checkpoint for another mailbox", []store.Message{NewMessage(inbox, 1, 1, "a@example.com", "a")}, store.Checkpoint{Mailbox: "elsewhere", UIDValidity: 1, LastUID: 1}},
			{"mixed mailboxes with a checkpoint", []store.Message{NewMessage(inbox, 1, 1, "a@example.com", "a"), NewMessage("other/INBOX", 1, 2, "b@example.com", "b")}, store.Checkpoint{UIDValidity: 1, LastUID: 2}},
			{"empty batch, checkpoint without mailbox", nil, store.Checkpoint{UIDValidity: 1, LastUID: 2}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s := open(t)
				if _, err := s.RecordMessages(ctx, ptrs(tt.batch), tt.cp); err == nil {
					t.Error("accepted")
				}
				msgs, _, err := s.ListMessages(ctx, store.Filter{PageSize: 100})
				if err != nil || len(msgs) != 0 {
					t.Errorf("%d messages stored (err %v), want none", len(msgs), err)
				}
				if cp, err := s.Checkpoint(ctx, inbox); err != nil || cp.LastUID != 0 {
					t.Errorf("checkpoint = %+v, %v; want none", cp, err)
				}
			})
		}
	})
}
