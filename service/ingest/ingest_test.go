package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/hotline/hotline/internal/mailtest"
	"github.com/hotline/hotline/service/mail"
	"github.com/hotline/hotline/service/store"
)

func TestSyncOnceRecordsMarksAndResumes(t *testing.T) {
	forEachServer(t, func(t *testing.T, s *testServer) {
		ctx := context.Background()
		c := s.client(t, nil)
		var want []string
		angryUID := map[imap.UID]bool{}
		for i := 1; i <= 7; i++ {
			angry := i%3 == 0
			uid := s.appendRaw(t, c, "INBOX", testMail(i, angry))
			angryUID[uid] = angry
			want = append(want, fmt.Sprintf("msg-%d@example.com", i))
		}
		st := openStore(t)
		sink := newCollector()
		in := newIngester(t, s, st, "INBOX", func(o *Options) { o.Sink = sink; o.BatchSize = 3 })

		got, err := in.SyncOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 7 || len(sink.msgs) != 7 {
			t.Fatalf("SyncOnce returned %d messages, sink saw %d; want 7", len(got), len(sink.msgs))
		}
		for i, m := range got {
			if want := fmt.Sprintf("msg-%d@example.com", i+1); m.MessageID != want {
				t.Errorf("message %d: MessageID %q, want %q (UID order)", i, m.MessageID, want)
			}
			if m.ID == 0 || !m.Marked {
				t.Errorf("uid %d: ID %d Marked %v; want stored and marked", m.UID, m.ID, m.Marked)
			}
			if angryUID[imap.UID(m.UID)] && m.Level == "COOL" {
				t.Errorf("angry uid %d scored COOL (heat %.2f)", m.UID, m.Heat)
			}
		}
		assertExactlyOnce(t, allMessages(t, st, in.Mailbox().Key()), want)
		cp, err := st.Checkpoint(ctx, in.Mailbox().Key())
		if err != nil {
			t.Fatal(err)
		}
		if cp.LastUID != got[6].UID || cp.UIDValidity == 0 {
			t.Errorf("checkpoint %+v, want LastUID %d", cp, got[6].UID)
		}
		if un, err := st.Unmarked(ctx, in.Mailbox().Key(), 100); err != nil || len(un) != 0 {
			t.Errorf("Unmarked = %d messages, %v; want none", len(un), err)
		}

		levels := map[imap.UID]string{}
		for _, m := range got {
			levels[imap.UID(m.UID)] = m.Level
		}
		for uid, flags := range flagsByUID(t, c, "INBOX") {
			if hasFlag(flags, imap.FlagSeen) {
				t.Errorf("uid %d has \\Seen: Hotline must only peek", uid)
			}
			if !hasFlag(flags, imap.Flag("$Hotline")) {
				t.Errorf("uid %d flags %v lack $Hotline", uid, flags)
			}
			hot := hasFlag(flags, imap.Flag("$Hotline-Hot"))
			warm := hasFlag(flags, imap.Flag("$Hotline-Warm"))
			if hot != (levels[uid] == "HOT") || warm != (levels[uid] == "WARM") {
				t.Errorf("uid %d level %s but flags %v", uid, levels[uid], flags)
			}
		}

		// Nothing new: nothing recorded, nothing emitted.
		again, err := in.SyncOnce(ctx)
		if err != nil || len(again) != 0 {
			t.Fatalf("second SyncOnce = %d messages, %v; want 0, nil", len(again), err)
		}
		// One more message: only it is recorded.
		s.appendRaw(t, c, "INBOX", testMail(8, false))
		third, err := in.SyncOnce(ctx)
		if err != nil || len(third) != 1 || third[0].MessageID != "msg-8@example.com" {
			t.Fatalf("third SyncOnce = %+v, %v; want msg-8 only", third, err)
		}
	})
}

func TestSyncOnceEmptyMailbox(t *testing.T) {
	forEachServer(t, func(t *testing.T, s *testServer) {
		st := openStore(t)
		in := newIngester(t, s, st, "INBOX", nil)
		got, err := in.SyncOnce(context.Background())
		if err != nil || len(got) != 0 {
			t.Fatalf("SyncOnce on empty mailbox = %d, %v", len(got), err)
		}
		cp, err := st.Checkpoint(context.Background(), in.Mailbox().Key())
		if err != nil || cp.UIDValidity == 0 || cp.LastUID != 0 {
			t.Errorf("checkpoint %+v, %v; want UIDVALIDITY set and LastUID 0", cp, err)
		}
	})
}

func TestSinceLimitsFirstSync(t *testing.T) {
	s := startMem(t, true)
	c := s.client(t, nil)
	old := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	for i, when := range []time.Time{old, old, time.Now()} {
		raw := testMail(i+1, false)
		cmd := c.Append("INBOX", int64(len(raw)), &imap.AppendOptions{Time: when})
		cmd.Write(raw)
		cmd.Close()
		if _, err := cmd.Wait(); err != nil {
			t.Fatal(err)
		}
	}
	st := openStore(t)
	in := newIngester(t, s, st, "INBOX", func(o *Options) { o.Since = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) })
	got, err := in.SyncOnce(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].MessageID != "msg-3@example.com" {
		t.Fatalf("got %d messages (%v); want only msg-3 delivered after --since", len(got), ids(got))
	}
}

func ids(msgs []store.Message) []string {
	var out []string
	for _, m := range msgs {
		out = append(out, m.MessageID)
	}
	return out
}

func TestMalformedMessagesAreRecorded(t *testing.T) {
	corpus := map[string]string{
		"no-headers":       "just some text without any header\r\n",
		"bad-base64":       "From: a@example.com\r\nSubject: b64\r\nMessage-ID: <b64@x>\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64@@@\r\n",
		"unknown-charset":  "From: a@example.com\r\nSubject: =?x-klingon?q?Qapla?=\r\nMessage-ID: <cs@x>\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\nnuqneH\r\n",
		"broken-multipart": "From: a@example.com\r\nSubject: mp\r\nMessage-ID: <mp@x>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"zzz\"\r\n\r\n--zzz\r\nContent-Type: text/plain\r\n\r\nfirst part but the closing boundary never comes\r\n--zz",
		"binary-garbage":   "\x00\x01\x02\xff\xfe Subject: \x80\x81\r\n\r\n\x00\x00",
		"8bit-headers":     "From: J\xf6rg <j@example.com>\r\nSubject: Gr\xfc\xdfe \xff\r\nMessage-ID: <8bit@x>\r\n\r\nK\xf6rper\r\n",
		"header-only":      "From: a@example.com\r\nSubject: no body\r\nMessage-ID: <hdr@x>\r\n",
		"huge-header":      "From: a@example.com\r\nSubject: " + strings.Repeat("x", 100000) + "\r\nMessage-ID: <long@x>\r\n\r\nbody\r\n",
	}
	forEachServer(t, func(t *testing.T, s *testServer) {
		c := s.client(t, nil)
		names := make([]string, 0, len(corpus))
		for name := range corpus {
			names = append(names, name)
		}
		slices.Sort(names)
		for _, name := range names {
			s.appendRaw(t, c, "INBOX", []byte(corpus[name]))
		}
		s.appendRaw(t, c, "INBOX", testMail(1, false))
		st := openStore(t)
		in := newIngester(t, s, st, "INBOX", nil)
		got, err := in.SyncOnce(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(corpus)+1 {
			t.Fatalf("recorded %d messages, want %d", len(got), len(corpus)+1)
		}
		problems := 0
		for _, m := range got {
			if len(m.Problems) > 0 {
				problems++
				// The in-memory server delivers an empty body for mail it
				// cannot parse; there is nothing to keep then.
				if len(m.Raw) == 0 && !strings.Contains(strings.Join(m.Problems, ";"), "first 0 of") {
					t.Errorf("uid %d has problems %v but no raw copy", m.UID, m.Problems)
				}
			}
		}
		if problems == 0 {
			t.Errorf("no message reported a problem")
		}
		if got[len(got)-1].MessageID != "msg-1@example.com" {
			t.Errorf("the good message after the bad ones was not recorded last: %v", ids(got))
		}
	})
}

func TestLargeMessageIsTruncatedAndRecorded(t *testing.T) {
	forEachServer(t, func(t *testing.T, s *testServer) {
		c := s.client(t, nil)
		var b strings.Builder
		b.WriteString("From: big@example.com\r\nSubject: logs attached, URGENT please\r\nMessage-ID: <big@example.com>\r\nMIME-Version: 1.0\r\n")
		b.WriteString("Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe system is down, see attached logs.\r\n--b\r\n")
		b.WriteString("Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"logs.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
		line := strings.Repeat("QUJD", 19) + "\r\n"
		for b.Len() < 25<<20 {
			b.WriteString(line)
		}
		b.WriteString("--b--\r\n")
		raw := []byte(b.String())
		s.appendRaw(t, c, "INBOX", raw)
		s.appendRaw(t, c, "INBOX", testMail(2, false))

		st := openStore(t)
		in := newIngester(t, s, st, "INBOX", func(o *Options) { o.MaxMessageBytes = 4 << 20 })
		got, err := in.SyncOnce(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 {
			t.Fatalf("recorded %d, want 2", len(got))
		}
		big := got[0]
		if big.MessageID != "big@example.com" || big.Subject == "" {
			t.Errorf("big message headers not parsed: id %q subject %q", big.MessageID, big.Subject)
		}
		if big.Size != int64(len(raw)) {
			t.Errorf("Size = %d, want the full %d", big.Size, len(raw))
		}
		if !slices.ContainsFunc(big.Problems, func(p string) bool { return strings.HasPrefix(p, "truncated") }) {
			t.Errorf("problems %v lack truncated", big.Problems)
		}
		if len(big.Raw) > maxRawBytes {
			t.Errorf("kept %d raw bytes, cap is %d", len(big.Raw), maxRawBytes)
		}
	})
}

func TestUIDValidityChangeDoesNotDuplicate(t *testing.T) {
	forEachServer(t, func(t *testing.T, s *testServer) {
		ctx := context.Background()
		c := s.client(t, nil)
		for i := 1; i <= 3; i++ {
			s.appendRaw(t, c, "Support", testMail(i, false))
		}
		st := openStore(t)
		in := newIngester(t, s, st, "Support", nil)
		if got, err := in.SyncOnce(ctx); err != nil || len(got) != 3 {
			t.Fatalf("first sync %d, %v", len(got), err)
		}
		before, _ := st.Checkpoint(ctx, in.Mailbox().Key())

		// Recreate the folder: the server assigns a new UIDVALIDITY and the
		// same mail comes back under new UIDs, plus one new message.
		if err := c.Delete("Support").Wait(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(1100 * time.Millisecond) // Dovecot derives UIDVALIDITY from the clock
		if err := c.Create("Support", nil).Wait(); err != nil {
			t.Fatal(err)
		}
		for i := 1; i <= 4; i++ {
			s.appendRaw(t, c, "Support", testMail(i, false))
		}
		got, err := in.SyncOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].MessageID != "msg-4@example.com" {
			t.Fatalf("after UIDVALIDITY change recorded %v, want only msg-4", ids(got))
		}
		after, _ := st.Checkpoint(ctx, in.Mailbox().Key())
		if after.UIDValidity == before.UIDValidity || after.LastUID != 4 {
			t.Errorf("checkpoint before %+v after %+v; want new UIDVALIDITY and LastUID 4", before, after)
		}
		assertExactlyOnce(t, allMessages(t, st, in.Mailbox().Key()), []string{"msg-1@example.com", "msg-2@example.com", "msg-3@example.com", "msg-4@example.com"})
		// The copies found again got their keywords before they were
		// recorded: nothing is left to finish, so the next sync hands
		// none of them to the sink a second time.
		if un, err := st.Unmarked(ctx, in.Mailbox().Key(), 10); err != nil || len(un) != 0 {
			t.Errorf("unmarked after the resync: %v, %v; want none", ids(un), err)
		}
		if again, err := in.SyncOnce(ctx); err != nil || len(again) != 0 {
			t.Errorf("next sync handed on %v, %v; want nothing", ids(again), err)
		}
		// The re-delivered copies are marked too.
		for uid, flags := range flagsByUID(t, c, "Support") {
			if !hasFlag(flags, imap.Flag("$Hotline")) {
				t.Errorf("uid %d not marked after resync: %v", uid, flags)
			}
		}
	})
}

func TestExpungedBetweenSearchAndFetch(t *testing.T) {
	forEachServer(t, func(t *testing.T, s *testServer) {
		c := s.client(t, nil)
		for i := 1; i <= 5; i++ {
			s.appendRaw(t, c, "INBOX", testMail(i, false))
		}
		other := s.client(t, nil)
		var expunged bool
		p := startProxy(t, &faultProxy{target: s.addr})
		p.onCommand = func(chunk []byte) {
			if expunged || !strings.Contains(string(chunk), "UID FETCH") {
				return
			}
			expunged = true
			// Another client deletes UIDs 2 and 5 after our SEARCH saw them.
			if _, err := other.Select("INBOX", nil).Wait(); err != nil {
				t.Error(err)
				return
			}
			if err := other.Store(imap.UIDSetNum(2, 5), &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
				t.Error(err)
			}
			if err := other.UIDExpunge(imap.UIDSetNum(2, 5)).Close(); err != nil {
				t.Error(err)
			}
		}
		st := openStore(t)
		in := newIngester(t, s, st, "INBOX", func(o *Options) { o.Mailbox.Host, o.Mailbox.Port = splitAddr(p.addr) })
		got, err := in.SyncOnce(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if !expunged {
			t.Fatal("the proxy never saw UID FETCH")
		}
		if want := []string{"msg-1@example.com", "msg-3@example.com", "msg-4@example.com"}; !slices.Equal(ids(got), want) {
			t.Errorf("recorded %v, want %v", ids(got), want)
		}
		cp, _ := st.Checkpoint(context.Background(), in.Mailbox().Key())
		if cp.LastUID != 5 {
			t.Errorf("LastUID %d, want 5 (past the expunged message)", cp.LastUID)
		}
	})
}

// TestExpungedInLaterBatch expunges a message of the second batch after
// the first batch's responses were read, when the FETCH of the second batch
// goes out ahead of the first batch's keywords and record.
func TestExpungedInLaterBatch(t *testing.T) {
	forEachServer(t, func(t *testing.T, s *testServer) {
		c := s.client(t, nil)
		for i := 1; i <= 6; i++ {
			s.appendRaw(t, c, "INBOX", testMail(i, false))
		}
		other := s.client(t, nil)
		fetches := 0
		var expunged bool
		p := startProxy(t, &faultProxy{target: s.addr})
		p.onCommand = func(chunk []byte) {
			fetches += strings.Count(string(chunk), "UID FETCH")
			if expunged || fetches < 2 {
				return
			}
			expunged = true
			if _, err := other.Select("INBOX", nil).Wait(); err != nil {
				t.Error(err)
				return
			}
			if err := other.Store(imap.UIDSetNum(4), &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
				t.Error(err)
			}
			if err := other.UIDExpunge(imap.UIDSetNum(4)).Close(); err != nil {
				t.Error(err)
			}
		}
		st := openStore(t)
		in := newIngester(t, s, st, "INBOX", func(o *Options) {
			o.Mailbox.Host, o.Mailbox.Port = splitAddr(p.addr)
			o.BatchSize = 2
		})
		got, err := in.SyncOnce(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if !expunged {
			t.Fatal("the proxy never saw a second UID FETCH")
		}
		want := []string{"msg-1@example.com", "msg-2@example.com", "msg-3@example.com", "msg-5@example.com", "msg-6@example.com"}
		if !slices.Equal(ids(got), want) {
			t.Errorf("recorded %v, want %v", ids(got), want)
		}
		assertExactlyOnce(t, allMessages(t, st, in.Mailbox().Key()), want)
		cp, _ := st.Checkpoint(context.Background(), in.Mailbox().Key())
		if cp.LastUID != 6 {
			t.Errorf("LastUID %d, want 6", cp.LastUID)
		}
	})
}

// failingStore fails to record any batch that holds failUID while fail is
// set, as a full disk would.
type failingStore struct {
	Store
	failUID uint32
	fail    atomic.Bool
}

var errDiskFull = errors.New("disk full")

func (s *failingStore) RecordMessages(ctx context.Context, msgs []*store.Message, cp store.Checkpoint) ([]bool, error) {
	for _, m := range msgs {
		if s.fail.Load() && m.UID == s.failUID {
			return nil, errDiskFull
		}
	}
	return s.Store.RecordMessages(ctx, msgs, cp)
}

// TestFailedBatchStopsTheSync checks that when one batch cannot be
// recorded, no later batch is either, whichever was fetched already, so
// the checkpoint stays before the failed batch and the next sync records
// the rest exactly once.
func TestFailedBatchStopsTheSync(t *testing.T) {
	forEachServer(t, func(t *testing.T, s *testServer) {
		ctx := context.Background()
		c := s.client(t, nil)
		var want []string
		for i := 1; i <= 8; i++ {
			s.appendRaw(t, c, "INBOX", testMail(i, false))
			want = append(want, fmt.Sprintf("msg-%d@example.com", i))
		}
		sqlite := openStore(t)
		st := &failingStore{Store: sqlite, failUID: 3}
		st.fail.Store(true)
		sink := newCollector()
		in := newIngester(t, s, st, "INBOX", func(o *Options) { o.Sink = sink; o.BatchSize = 2 })
		got, err := in.SyncOnce(ctx)
		if !errors.Is(err, errDiskFull) {
			t.Fatalf("SyncOnce error %v, want %v", err, errDiskFull)
		}
		if want := want[:2]; !slices.Equal(ids(got), want) || len(sink.msgs) != 2 {
			t.Errorf("recorded %v (sink saw %d), want %v", ids(got), len(sink.msgs), want)
		}
		assertExactlyOnce(t, allMessages(t, sqlite, in.Mailbox().Key()), want[:2])
		if cp, _ := sqlite.Checkpoint(ctx, in.Mailbox().Key()); cp.LastUID != 2 {
			t.Errorf("LastUID %d after the failed batch, want 2", cp.LastUID)
		}

		st.fail.Store(false)
		rest, err := in.SyncOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ids(rest), want[2:]) {
			t.Errorf("second sync recorded %v, want %v", ids(rest), want[2:])
		}
		assertExactlyOnce(t, allMessages(t, sqlite, in.Mailbox().Key()), want)
		if cp, _ := sqlite.Checkpoint(ctx, in.Mailbox().Key()); cp.LastUID != 8 {
			t.Errorf("LastUID %d, want 8", cp.LastUID)
		}
		for uid, flags := range flagsByUID(t, c, "INBOX") {
			if !hasFlag(flags, imap.Flag("$Hotline")) {
				t.Errorf("uid %d flags %v lack $Hotline", uid, flags)
			}
		}
	})
}

func splitAddr(addr string) (string, string) {
	i := strings.LastIndexByte(addr, ':')
	return addr[:i], addr[i+1:]
}

func TestUnmarkedAreMarkedOnNextSync(t *testing.T) {
	s := startMem(t, true)
	c := s.client(t, nil)
	for i := 1; i <= 3; i++ {
		s.appendRaw(t, c, "INBOX", testMail(i, i == 2))
	}
	st := openStore(t)
	// Record three messages the way a run that died before marking would
	// have left them.
	ctx := context.Background()
	in := newIngester(t, s, st, "INBOX", nil)
	key := in.Mailbox().Key()
	sel, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	for uid := uint32(1); uid <= 3; uid++ {
		m := &store.Message{Mailbox: key, UIDValidity: sel.UIDValidity, UID: uid, MessageID: fmt.Sprintf("msg-%d@example.com", uid), ContentHash: fmt.Sprint(uid), Level: "COOL"}
		if uid == 2 {
			m.Level = "HOT"
		}
		if _, err := st.RecordMessage(ctx, m, store.Checkpoint{Mailbox: key, UIDValidity: sel.UIDValidity, LastUID: uid}); err != nil {
			t.Fatal(err)
		}
	}
	// The three were recorded but never announced: SyncOnce finishes them
	// and returns them, and records nothing new.
	got, err := in.SyncOnce(ctx)
	if err != nil || len(got) != 3 {
		t.Fatalf("SyncOnce = %d, %v; want the 3 unfinished messages", len(got), err)
	}
	for _, m := range got {
		if !m.Marked {
			t.Errorf("uid %d returned unmarked", m.UID)
		}
	}
	if again, err := in.SyncOnce(ctx); err != nil || len(again) != 0 {
		t.Fatalf("second SyncOnce = %d, %v; want nothing", len(again), err)
	}
	flags := flagsByUID(t, c, "INBOX")
	for uid := imap.UID(1); uid <= 3; uid++ {
		if !hasFlag(flags[uid], imap.Flag("$Hotline")) {
			t.Errorf("uid %d flags %v lack $Hotline", uid, flags[uid])
		}
	}
	if !hasFlag(flags[2], imap.Flag("$Hotline-Hot")) {
		t.Errorf("hot uid 2 flags %v lack $Hotline-Hot", flags[2])
	}
	if un, _ := st.Unmarked(ctx, key, 10); len(un) != 0 {
		t.Errorf("%d messages still unmarked", len(un))
	}
}

func TestMoveHot(t *testing.T) {
	for _, tc := range []struct {
		name string
		caps imap.CapSet
		// moves is false when the server can only copy: without UIDPLUS
		// the originals must stay.
		moves bool
	}{
		{"MOVE", imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}}, true},
		{"COPY+UIDPLUS", imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapUIDPlus: {}}, true},
		{"COPY only", imap.CapSet{imap.CapIMAP4rev1: {}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := startMemCaps(t, tc.caps)
			c := s.client(t, nil)
			for i := 1; i <= 4; i++ {
				s.appendRaw(t, c, "INBOX", testMail(i, i%2 == 0))
			}
			// A message a person marked deleted must survive our expunge.
			s.appendRaw(t, c, "INBOX", testMail(5, false))
			if _, err := c.Select("INBOX", nil).Wait(); err != nil {
				t.Fatal(err)
			}
			if err := c.Store(imap.UIDSetNum(5), &imap.StoreFlags{Op: imap.StoreFlagsAdd, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
				t.Fatal(err)
			}
			st := openStore(t)
			in := newIngester(t, s, st, "INBOX", func(o *Options) { o.MoveHot = "Escalated" })
			got, err := in.SyncOnce(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			hot := 0
			for _, m := range got {
				if m.Level == "HOT" {
					hot++
				}
			}
			if hot == 0 {
				t.Fatalf("no message scored HOT: %v", got)
			}
			inbox := flagsByUID(t, c, "INBOX")
			moved := flagsByUID(t, c, "Escalated")
			wantInbox := 5 - hot
			if !tc.moves {
				wantInbox = 5
			}
			if len(moved) != hot || len(inbox) != wantInbox {
				t.Errorf("INBOX has %d, Escalated %d; want %d and %d", len(inbox), len(moved), wantInbox, hot)
			}
			if _, ok := inbox[5]; !ok {
				t.Errorf("the message marked \\Deleted by a person was expunged")
			}
			for uid, f := range moved {
				if !hasFlag(f, imap.Flag("$Hotline-Hot")) || hasFlag(f, imap.FlagDeleted) {
					t.Errorf("moved uid %d flags %v", uid, f)
				}
			}
		})
	}
}

// TestPrepareContentHash checks that the content hash is the SHA-256 of
// the fetched bytes whether or not the parser, which hashes as it reads,
// accepted the message: dedup across UIDVALIDITY changes relies on it.
func TestPrepareContentHash(t *testing.T) {
	in, err := New(Options{Mailbox: Mailbox{User: "u", Host: "h", Name: "INBOX"}, Store: nopStore{}, Classifier: newClassifier(t)})
	if err != nil {
		t.Fatal(err)
	}
	cp := store.Checkpoint{Mailbox: "u@h/INBOX", UIDValidity: 1}
	for _, tt := range []struct {
		name string
		raw  []byte
	}{
		{"mail", mailtest.Reply(3)},
		{"not a message", []byte("\x00\x01\x02")},
		{"headers only", []byte("Subject: hi\r\n\r\n")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := in.prepare(context.Background(), new(mail.Parser), fetched{uid: 7, raw: tt.raw, size: int64(len(tt.raw))}, cp)
			sum := sha256.Sum256(tt.raw)
			if want := hex.EncodeToString(sum[:]); m.ContentHash != want {
				t.Errorf("ContentHash = %s, want %s", m.ContentHash, want)
			}
		})
	}
	empty := in.prepare(context.Background(), new(mail.Parser), fetched{uid: 7}, cp)
	other := in.prepare(context.Background(), new(mail.Parser), fetched{uid: 8}, cp)
	if empty.ContentHash == "" || empty.ContentHash == other.ContentHash {
		t.Errorf("empty bodies hash to %q and %q, want distinct hashes", empty.ContentHash, other.ContentHash)
	}
}
