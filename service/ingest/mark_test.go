package ingest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/hotline/hotline/service/store"
)

func TestParseMark(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Mark
		err  bool
	}{
		{"all", MarkAll, false},
		{"routed", MarkRouted, false},
		{"", 0, true},
		{"ALL", 0, true},
		{"hot", 0, true},
		{"none", 0, true},
	} {
		var got Mark
		err := got.UnmarshalText([]byte(tt.in))
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
		}
		if err == nil {
			if b, _ := got.MarshalText(); string(b) != tt.in {
				t.Errorf("MarshalText(%v) = %q, want %q", got, b, tt.in)
			}
		}
	}
	var zero Mark
	if zero != MarkAll {
		t.Errorf("zero Mark is %v, want all", zero)
	}
	if _, err := New(Options{Mailbox: Mailbox{User: "u", Host: "h"}, Store: nopStore{}, Classifier: newClassifier(t), Mark: MarkRouted + 1}); err == nil {
		t.Error("New accepted an unknown Mark")
	}
}

// levelMail returns message i, written to score at level: hot and cool
// as testMail writes them, warm a mildly unhappy customer.
func levelMail(i int, level string) []byte {
	if level != "WARM" {
		return testMail(i, level == "HOT")
	}
	bodies := []string{
		"Hi, my order is late and I am a bit disappointed. Could you check please?",
		"I am unhappy with the delay. Please tell me what is going on.",
		"We need this urgently, the deadline is tomorrow.",
	}
	return []byte(fmt.Sprintf("From: Customer %d <customer%d@example.com>\r\nTo: support@example.com\r\n"+
		"Subject: Order question\r\nDate: Mon, 23 Nov 2026 10:%02d:00 +0000\r\nMessage-ID: <msg-%d@example.com>\r\n"+
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n", i, i, i%60, i, bodies[i%len(bodies)]))
}

// commandLog counts what the client sends through a faultProxy.
type commandLog struct {
	mu    sync.Mutex
	lines []string
}

func (l *commandLog) record(chunk []byte) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, line := range strings.Split(string(chunk), "\r\n") {
		if line != "" {
			l.lines = append(l.lines, line)
		}
	}
}

// take returns the commands seen so far that contain verb, and forgets
// every command seen so far.
func (l *commandLog) take(verb string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, line := range l.lines {
		if strings.Contains(strings.ToUpper(line), verb) {
			out = append(out, line)
		}
	}
	l.lines = nil
	return out
}

// storedUIDs returns the UIDs a "UID STORE set ..." command names.
func storedUIDs(t *testing.T, cmd string) []uint32 {
	t.Helper()
	f := strings.Fields(cmd)
	for i := 0; i+1 < len(f); i++ {
		if !strings.EqualFold(f[i], "STORE") {
			continue
		}
		var out []uint32
		for _, r := range strings.Split(f[i+1], ",") {
			var lo, hi uint32
			if n, _ := fmt.Sscanf(r, "%d:%d", &lo, &hi); n == 2 {
				for u := lo; u <= hi; u++ {
					out = append(out, u)
				}
			} else if n, _ := fmt.Sscanf(r, "%d", &lo); n == 1 {
				out = append(out, lo)
			} else {
				t.Fatalf("cannot read the set of %q", cmd)
			}
		}
		return out
	}
	t.Fatalf("no STORE in %q", cmd)
	return nil
}

// mailboxKeywords returns the flags of every message in the named
// folders, by Message-ID, and says which folder each is in.
func mailboxKeywords(t *testing.T, s *testServer, folders ...string) (flags map[string][]imap.Flag, folder map[string]string) {
	t.Helper()
	c := s.client(t, nil)
	flags, folder = map[string][]imap.Flag{}, map[string]string{}
	for _, name := range folders {
		if _, err := c.Select(name, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
			if name == "INBOX" {
				t.Fatal(err)
			}
			continue // a move folder that was never created
		}
		msgs, err := c.Fetch(imap.SeqSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{Flags: true, Envelope: true}).Collect()
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range msgs {
			id := m.Envelope.MessageID
			flags[id], folder[id] = m.Flags, name
		}
	}
	return flags, folder
}

// hotlineKeywords returns the flags of f that start with $Hotline.
func hotlineKeywords(f []imap.Flag) []imap.Flag {
	var out []imap.Flag
	for _, g := range f {
		if strings.HasPrefix(strings.ToLower(string(g)), "$hotline") {
			out = append(out, g)
		}
	}
	return out
}

// TestMark syncs a mailbox of cool, warm and hot mail with each Mark and
// checks the keywords each message gets, that every message is recorded
// and announced once and counts as marked, and that a restart (a new
// ingester on the same store) sends no STORE, FETCH or MOVE and records
// nothing.
func TestMark(t *testing.T) {
	levels := []string{"COOL", "HOT", "COOL", "WARM", "COOL", "WARM", "HOT", "COOL", "WARM", "COOL"}
	for _, tt := range []struct {
		name     string
		mark     Mark
		moveHot  string
		batch    int
		coolKeys bool // cool mail gets $Hotline
	}{
		{"default", MarkAll, "", 0, true},
		{"all", MarkAll, "", 3, true},
		{"routed", MarkRouted, "", 0, false},
		{"routed small batches", MarkRouted, "", 3, false},
		{"routed move hot", MarkRouted, "Escalated", 3, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			forEachServer(t, func(t *testing.T, s *testServer) {
				ctx := context.Background()
				c := s.client(t, nil)
				var want []string
				for i, level := range levels {
					s.appendRaw(t, c, "INBOX", levelMail(i+1, level))
					want = append(want, fmt.Sprintf("msg-%d@example.com", i+1))
				}
				var cmds commandLog
				p := startProxy(t, &faultProxy{target: s.addr, onCommand: cmds.record})
				st := openStore(t)
				sink := newCollector()
				mod := func(o *Options) {
					o.Mailbox.Host, o.Mailbox.Port = splitAddr(p.addr)
					o.Sink = sink
					o.MoveHot = tt.moveHot
					o.BatchSize = tt.batch
					if tt.name != "default" {
						o.Mark = tt.mark
					}
				}
				in := newIngester(t, s, st, "INBOX", mod)
				got, err := in.SyncOnce(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(levels) || len(sink.msgs) != len(levels) {
					t.Fatalf("recorded %d, sink saw %d; want %d", len(got), len(sink.msgs), len(levels))
				}
				levelOf := map[string]string{}
				seen := map[string]int{}
				for _, m := range got {
					levelOf[m.MessageID] = m.Level
					seen[m.Level]++
					if !m.Marked {
						t.Errorf("%s (%s) returned with Marked false", m.MessageID, m.Level)
					}
				}
				for _, level := range []string{"COOL", "WARM", "HOT"} {
					if seen[level] == 0 {
						t.Fatalf("no message scored %s (levels %v); the test needs each", level, seen)
					}
				}
				key := in.Mailbox().Key()
				stored := allMessages(t, st, key)
				assertExactlyOnce(t, stored, want)
				for _, m := range stored {
					if !m.Marked {
						t.Errorf("stored %s (%s) unmarked", m.MessageID, m.Level)
					}
				}
				if un, err := st.Unmarked(ctx, key, 100); err != nil || len(un) != 0 {
					t.Errorf("Unmarked = %d messages, %v; want none", len(un), err)
				}
				stores := cmds.take("STORE")
				if len(stores) == 0 {
					t.Errorf("no STORE was sent")
				}
				levelOfUID := map[uint32]string{}
				for _, m := range got {
					levelOfUID[m.UID] = m.Level
				}
				coolStored := 0
				for _, cmd := range stores {
					for _, uid := range storedUIDs(t, cmd) {
						if levelOfUID[uid] == "COOL" {
							coolStored++
						}
					}
				}
				wantCool := 0
				if tt.coolKeys {
					wantCool = seen["COOL"] // each once
				}
				if coolStored != wantCool {
					t.Errorf("STOREs named %d cool messages, want %d: %q", coolStored, wantCool, stores)
				}

				checkKeywords := func(when string) {
					t.Helper()
					flags, folder := mailboxKeywords(t, s, "INBOX", "Escalated")
					if len(flags) != len(levels) {
						t.Fatalf("%s: the server has %d messages, want %d", when, len(flags), len(levels))
					}
					for id, f := range flags {
						level := levelOf[id]
						var wantKeys []string
						switch {
						case level == "HOT":
							wantKeys = []string{"$hotline", "$hotline-hot"}
						case level == "WARM":
							wantKeys = []string{"$hotline", "$hotline-warm"}
						case tt.coolKeys:
							wantKeys = []string{"$hotline"}
						}
						var gotKeys []string
						for _, k := range hotlineKeywords(f) {
							gotKeys = append(gotKeys, strings.ToLower(string(k)))
						}
						slices.Sort(gotKeys)
						if !slices.Equal(gotKeys, wantKeys) {
							t.Errorf("%s: %s (%s) has keywords %v, want %v", when, id, level, gotKeys, wantKeys)
						}
						if hasFlag(f, imap.FlagSeen) || hasFlag(f, imap.FlagDeleted) {
							t.Errorf("%s: %s has flags %v", when, id, f)
						}
						wantFolder := "INBOX"
						if level == "HOT" && tt.moveHot != "" {
							wantFolder = tt.moveHot
						}
						if folder[id] != wantFolder {
							t.Errorf("%s: %s (%s) is in %s, want %s", when, id, level, folder[id], wantFolder)
						}
					}
				}
				checkKeywords("after the first sync")

				// A restart: a new ingester on the same store finds nothing
				// to do, for the mail it recorded and for the cool mail it
				// deliberately left alone.
				cp, _ := st.Checkpoint(ctx, key)
				sink2 := newCollector()
				again := newIngester(t, s, st, "INBOX", func(o *Options) { mod(o); o.Sink = sink2 })
				got, err = again.SyncOnce(ctx)
				if err != nil || len(got) != 0 || len(sink2.msgs) != 0 {
					t.Fatalf("after a restart SyncOnce = %d messages (sink %d), %v; want nothing", len(got), len(sink2.msgs), err)
				}
				for _, cmd := range cmds.take("") {
					for _, verb := range []string{"STORE", "FETCH", "MOVE", "COPY", "EXPUNGE"} {
						if strings.Contains(strings.ToUpper(cmd), verb) {
							t.Errorf("after a restart the ingester sent %q", cmd)
						}
					}
				}
				if cp2, _ := st.Checkpoint(ctx, key); cp2 != cp {
					t.Errorf("checkpoint %+v after a restart, was %+v", cp2, cp)
				}
				assertExactlyOnce(t, allMessages(t, st, key), want)
				checkKeywords("after a restart")
			})
		})
	}
}

// TestMarkFinishesUnmarked checks the recovery path with each Mark:
// records a crashed run left unmarked are finished on the next sync (cool
// ones without a STORE under MarkRouted), announced once, and not again.
func TestMarkFinishesUnmarked(t *testing.T) {
	levels := []string{"COOL", "HOT", "WARM", "COOL"}
	for _, tt := range []struct {
		name     string
		mark     Mark
		coolKeys bool
	}{
		{"all", MarkAll, true},
		{"routed", MarkRouted, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			forEachServer(t, func(t *testing.T, s *testServer) {
				ctx := context.Background()
				c := s.client(t, nil)
				for i, level := range levels {
					s.appendRaw(t, c, "INBOX", levelMail(i+1, level))
				}
				var cmds commandLog
				p := startProxy(t, &faultProxy{target: s.addr, onCommand: cmds.record})
				st := openStore(t)
				sink := newCollector()
				in := newIngester(t, s, st, "INBOX", func(o *Options) {
					o.Mailbox.Host, o.Mailbox.Port = splitAddr(p.addr)
					o.Sink = sink
					o.Mark = tt.mark
				})
				key := in.Mailbox().Key()
				sel, err := c.Select("INBOX", nil).Wait()
				if err != nil {
					t.Fatal(err)
				}
				// What a run that died after recording, before marking, left.
				uids := flagsByUID(t, c, "INBOX")
				if len(uids) != len(levels) {
					t.Fatalf("INBOX has %d messages, want %d", len(uids), len(levels))
				}
				for i, level := range levels {
					uid := uint32(i + 1)
					if _, ok := uids[imap.UID(uid)]; !ok {
						t.Fatalf("no uid %d in %v", uid, uids)
					}
					m := &store.Message{Mailbox: key, UIDValidity: sel.UIDValidity, UID: uid,
						MessageID: fmt.Sprintf("msg-%d@example.com", uid), ContentHash: fmt.Sprint(uid), Level: level}
					if _, err := st.RecordMessage(ctx, m, store.Checkpoint{Mailbox: key, UIDValidity: sel.UIDValidity, LastUID: uid}); err != nil {
						t.Fatal(err)
					}
				}
				got, err := in.SyncOnce(ctx)
				if err != nil || len(got) != len(levels) || len(sink.msgs) != len(levels) {
					t.Fatalf("SyncOnce = %d (sink %d), %v; want the %d unfinished messages", len(got), len(sink.msgs), err, len(levels))
				}
				for _, m := range got {
					if !m.Marked {
						t.Errorf("uid %d returned unmarked", m.UID)
					}
				}
				if un, _ := st.Unmarked(ctx, key, 10); len(un) != 0 {
					t.Errorf("%d messages still unmarked", len(un))
				}
				for _, cmd := range cmds.take("STORE") {
					for _, uid := range storedUIDs(t, cmd) {
						if levels[uid-1] == "COOL" && !tt.coolKeys {
							t.Errorf("STORE for cool uid %d: %q", uid, cmd)
						}
					}
				}
				flags := flagsByUID(t, c, "INBOX")
				for i, level := range levels {
					f := flags[imap.UID(i+1)]
					wantAll := level != "COOL" || tt.coolKeys
					if hasFlag(f, "$Hotline") != wantAll {
						t.Errorf("uid %d (%s) flags %v, want $Hotline %v", i+1, level, f, wantAll)
					}
					if hasFlag(f, "$Hotline-Hot") != (level == "HOT") || hasFlag(f, "$Hotline-Warm") != (level == "WARM") {
						t.Errorf("uid %d (%s) flags %v", i+1, level, f)
					}
				}
				cmds.take("")
				if again, err := in.SyncOnce(ctx); err != nil || len(again) != 0 || len(sink.msgs) != len(levels) {
					t.Fatalf("second SyncOnce = %d (sink %d), %v; want nothing new", len(again), len(sink.msgs), err)
				}
				if sent := cmds.take("STORE"); len(sent) > 0 {
					t.Errorf("the second sync sent %q", sent)
				}
			})
		})
	}
}
