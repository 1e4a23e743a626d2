package ingest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/hotline/hotline/internal/mailtest"
	"github.com/hotline/hotline/service/store"
)

// TestPipelineKeepsFetchOrder queues messages that take very different
// times to parse, more of them than the pipeline was sized for, and checks
// that each result comes back in the place its message was queued in,
// with its own UID, checkpoint and date.
func TestPipelineKeepsFetchOrder(t *testing.T) {
	in, err := New(Options{Mailbox: Mailbox{User: "u", Host: "h", Name: "INBOX"}, Store: nopStore{}, Classifier: newClassifier(t), Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	cp := store.Checkpoint{Mailbox: "u@h/INBOX", UIDValidity: 7}
	const size, n = 10, 25 // the last 15 outgrow the pipeline's arena
	pipe := in.startPipeline(context.Background(), cp, size)
	base := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for i := range n {
		raw := mailtest.Reply(i)
		if i%3 == 0 {
			// A long message takes its worker far longer than its
			// neighbours take theirs.
			raw = testMailBody(i, 400)
		}
		f := fetched{uid: imap.UID(100 + i), size: int64(len(raw)), internalDate: base.Add(time.Duration(i) * time.Minute), raw: raw, ckpt: uint32(90 + i)}
		if !pipe.add(f) {
			t.Fatalf("add %d refused", i)
		}
	}
	got := pipe.close()
	if len(got) != n {
		t.Fatalf("got %d results, want %d", len(got), n)
	}
	seen := map[*prepared]bool{}
	for i, p := range got {
		if seen[p] {
			t.Fatalf("result %d shares its storage with an earlier one", i)
		}
		seen[p] = true
		if p.msg.UID != uint32(100+i) || p.ckpt != uint32(90+i) || !p.delivered.Equal(base.Add(time.Duration(i)*time.Minute)) {
			t.Errorf("result %d: uid %d, checkpoint %d, delivered %v", i, p.msg.UID, p.ckpt, p.delivered)
		}
		if p.msg.Mailbox != cp.Mailbox || p.msg.UIDValidity != cp.UIDValidity || p.msg.ContentHash == "" || p.msg.Body == "" {
			t.Errorf("result %d not prepared: %+v", i, p.msg)
		}
	}
}

// TestPipelineAddStopsWithContext checks that a cancelled sync is not
// stuck queueing into a pipeline whose workers are busy.
func TestPipelineAddStopsWithContext(t *testing.T) {
	in, err := New(Options{Mailbox: Mailbox{User: "u", Host: "h", Name: "INBOX"}, Store: nopStore{}, Classifier: newClassifier(t), Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	pipe := in.startPipeline(ctx, store.Checkpoint{Mailbox: "u@h/INBOX", UIDValidity: 1}, 4)
	cancel()
	added := 0
	for i := range 100 {
		raw := mailtest.Reply(i)
		if !pipe.add(fetched{uid: imap.UID(i + 1), raw: raw, size: int64(len(raw))}) {
			break
		}
		added++
	}
	if added == 100 {
		t.Fatal("add kept queueing after the context was cancelled")
	}
	if got := pipe.close(); len(got) != added {
		t.Fatalf("close returned %d results for %d queued messages", len(got), added)
	}
}

// testMailBody is a plain message with lines lines of body text.
func testMailBody(i, lines int) []byte {
	b := fmt.Appendf(nil, "From: Customer %d <c%d@example.com>\r\nTo: support@example.com\r\nSubject: Order %d\r\nMessage-ID: <long-%d@example.com>\r\nDate: Mon, 2 Feb 2026 10:00:00 +0000\r\n\r\n", i, i, i, i)
	for l := range lines {
		b = fmt.Appendf(b, "Line %d of a long message about order %d, which still has not arrived.\r\n", l, i)
	}
	return b
}
