package ingest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/hotline/hotline/internal/mailtest"
	"github.com/hotline/hotline/service/store"
)

// runInBackground starts in.Run and stops it in t.Cleanup, failing the test
// if Run does not return promptly after cancellation.
func runInBackground(t *testing.T, in *Ingester) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- in.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run returned %v after cancel, want nil", err)
			}
		case <-time.After(10 * time.Second):
			t.Errorf("Run did not return within 10s of cancel")
		}
	})
}

func receive(t *testing.T, sink *collector, n int, timeout time.Duration) []store.Message {
	t.Helper()
	var out []store.Message
	deadline := time.After(timeout)
	for len(out) < n {
		select {
		case m := <-sink.ch:
			out = append(out, m)
		case <-deadline:
			t.Fatalf("received %d of %d messages within %v", len(out), n, timeout)
		}
	}
	return out
}

func TestNewMailArrivesWhileWatching(t *testing.T) {
	for _, tc := range []struct {
		name   string
		start  func(t *testing.T) *testServer
		noIdle bool
	}{
		{"memserver-idle", func(t *testing.T) *testServer { return startMem(t, true) }, false},
		{"memserver-poll", func(t *testing.T) *testServer { return startMem(t, false) }, true},
		{"dovecot-idle", func(t *testing.T) *testServer { return startDovecot(t) }, false},
		{"dovecot-poll", func(t *testing.T) *testServer { return startDovecot(t) }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.start(t)
			c := s.client(t, nil)
			s.appendRaw(t, c, "INBOX", testMail(1, false))
			st := openStore(t)
			sink := newCollector()
			in := newIngester(t, s, st, "INBOX", func(o *Options) {
				o.Sink = sink
				o.NoIdle = tc.noIdle
				o.PollInterval = 200 * time.Millisecond
				// Long enough that a message arriving fast proves IDLE
				// worked rather than the periodic refresh.
				o.IdleRefresh = time.Minute
			})
			runInBackground(t, in)
			receive(t, sink, 1, 10*time.Second)

			for i := 2; i <= 4; i++ {
				if s.mem != nil {
					// imapmemserver loses an update that arrives between
					// its "+ idling" and the start of its wait; give it
					// time to start waiting.
					time.Sleep(100 * time.Millisecond)
				}
				start := time.Now()
				s.appendRaw(t, c, "INBOX", testMail(i, i == 3))
				m := receive(t, sink, 1, 5*time.Second)[0]
				if m.MessageID != fmt.Sprintf("msg-%d@example.com", i) {
					t.Errorf("got %s, want msg-%d", m.MessageID, i)
				}
				t.Logf("append→recorded %v", time.Since(start))
			}
			select {
			case m := <-sink.ch:
				t.Errorf("unexpected extra message %s", m.MessageID)
			case <-time.After(300 * time.Millisecond):
			}
		})
	}
}

func TestReconnectAfterConnectionCutMidFetch(t *testing.T) {
	forEachServer(t, func(t *testing.T, s *testServer) {
		c := s.client(t, nil)
		var want []string
		for i := 1; i <= 300; i++ {
			s.appendRaw(t, c, "INBOX", mailtest.Reply(i))
			want = append(want, fmt.Sprintf("bench-%d@example.com", i))
		}
		p := &faultProxy{target: s.addr, cutAfter: 150 << 10}
		p.cuts.Store(3)
		startProxy(t, p)
		st := openStore(t)
		sink := newCollector()
		in := newIngester(t, s, st, "INBOX", func(o *Options) {
			o.Sink = sink
			o.BatchSize = 50
			o.Mailbox.Host, o.Mailbox.Port = splitAddr(p.addr)
		})
		runInBackground(t, in)
		got := receive(t, sink, 300, 30*time.Second)
		if p.cuts.Load() != 0 || p.conns.Load() < 4 {
			t.Errorf("cuts left %d, connections %d: the proxy did not cut as planned", p.cuts.Load(), p.conns.Load())
		}
		assertExactlyOnce(t, got, want)
		assertExactlyOnce(t, allMessages(t, st, in.Mailbox().Key()), want)
		for uid, flags := range flagsByUID(t, c, "INBOX") {
			if !hasFlag(flags, "$Hotline") || hasFlag(flags, imap.FlagSeen) {
				t.Errorf("uid %d flags %v", uid, flags)
			}
		}
	})
}

func TestStuckConnectionIsReplaced(t *testing.T) {
	s := startMem(t, true)
	c := s.client(t, nil)
	var want []string
	for i := 1; i <= 100; i++ {
		s.appendRaw(t, c, "INBOX", mailtest.Reply(i))
		want = append(want, fmt.Sprintf("bench-%d@example.com", i))
	}
	// The first connection stops delivering bytes in the middle of the
	// FETCH response but stays open, like a dead NAT mapping.
	p := startProxy(t, &faultProxy{target: s.addr, freezeAfter: 100 << 10})
	st := openStore(t)
	sink := newCollector()
	in := newIngester(t, s, st, "INBOX", func(o *Options) {
		o.Sink = sink
		o.IdleRefresh = 500 * time.Millisecond
		o.ReadTimeout = time.Second
		o.Mailbox.Host, o.Mailbox.Port = splitAddr(p.addr)
	})
	start := time.Now()
	runInBackground(t, in)
	got := receive(t, sink, 100, 20*time.Second)
	if !p.froze.Load() || p.conns.Load() < 2 {
		t.Errorf("froze %v, connections %d: expected a frozen first connection to be replaced", p.froze.Load(), p.conns.Load())
	}
	assertExactlyOnce(t, got, want)
	t.Logf("recovered from a frozen connection in %v", time.Since(start))
}

// The crash test re-executes the test binary as an ingester process, so
// SIGKILL hits a real process with a real database file.
const (
	childEnv      = "HOTLINE_INGEST_CHILD"
	childPassEnv  = "HOTLINE_INGEST_CHILD_PASSWORD"
	childDBEnv    = "HOTLINE_INGEST_CHILD_DB"
	childOnceEnv  = "HOTLINE_INGEST_CHILD_ONCE"
	childBatchEnv = "HOTLINE_INGEST_CHILD_BATCH"
)

func TestMain(m *testing.M) {
	if url := os.Getenv(childEnv); url != "" {
		os.Exit(runChild(url))
	}
	os.Exit(m.Run())
}

func runChild(url string) int {
	ctx := context.Background()
	mb, err := ParseURL(url)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	mb.Password = os.Getenv(childPassEnv)
	st, err := store.OpenSQLite(ctx, os.Getenv(childDBEnv))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer st.Close()
	cl, err := sharedClassifier()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	in, err := New(Options{Mailbox: mb, Store: st, Classifier: cl, BatchSize: 50, MinBackoff: 10 * time.Millisecond, MaxBackoff: 100 * time.Millisecond})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if os.Getenv(childOnceEnv) == "1" {
		if _, err := in.SyncOnce(ctx); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		return 0
	}
	in.Run(ctx)
	return 0
}

func TestSIGKILLMidBatchRecordsEachMessageOnce(t *testing.T) {
	forEachServer(t, func(t *testing.T, s *testServer) {
		c := s.client(t, nil)
		const total = 1500
		var want []string
		for i := 1; i <= total; i++ {
			s.appendRaw(t, c, "INBOX", mailtest.Reply(i))
			want = append(want, fmt.Sprintf("bench-%d@example.com", i))
		}
		db := t.TempDir() + "/hotline.db"
		st := openStorePath(t, db)
		key := s.mailbox(t, "INBOX").Key()
		child := func(once bool) *exec.Cmd {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), childEnv+"="+s.url("INBOX"), childPassEnv+"="+s.pass, childDBEnv+"="+db)
			if once {
				cmd.Env = append(cmd.Env, childOnceEnv+"=1")
			}
			cmd.Stderr = os.Stderr
			return cmd
		}
		count := func() int {
			cp, err := st.Checkpoint(context.Background(), key)
			if err != nil {
				t.Fatal(err)
			}
			return int(cp.LastUID)
		}
		var killedAt []int
		// The kills land in the first half: a child on a fast machine
		// records a batch of 200 between two looks at the checkpoint, so
		// a kill meant for 1,200 of 1,500 could find it done.
		for _, at := range []int{200, 500, 800} {
			cmd := child(false)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitFor(t, 60*time.Second, fmt.Sprintf("checkpoint past %d", at), func() bool { return count() >= at })
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()
			killedAt = append(killedAt, count())
		}
		t.Logf("killed with checkpoints at %v", killedAt)
		if n := count(); n >= total {
			t.Fatalf("the child finished (checkpoint %d) before the last kill; the test proves nothing", n)
		}
		if err := child(true).Run(); err != nil {
			t.Fatalf("final --once run: %v", err)
		}
		msgs := allMessages(t, st, key)
		assertExactlyOnce(t, msgs, want)
		uids := make([]int, 0, len(msgs))
		for _, m := range msgs {
			uids = append(uids, int(m.UID))
		}
		sort.Ints(uids)
		for i, u := range uids {
			if u != i+1 {
				t.Fatalf("UIDs not contiguous at %d: %d", i, u)
			}
		}
		if un, err := st.Unmarked(context.Background(), key, 10); err != nil || len(un) != 0 {
			t.Errorf("%d messages left unmarked after the final run (%v)", len(un), err)
		}
		for uid, flags := range flagsByUID(t, c, "INBOX") {
			if !hasFlag(flags, "$Hotline") || hasFlag(flags, imap.FlagSeen) {
				t.Errorf("uid %d flags %v after the final run", uid, flags)
			}
		}
	})
}

func TestDovecotRestartIsSurvived(t *testing.T) {
	s := startDovecot(t)
	c := s.client(t, nil)
	s.appendRaw(t, c, "INBOX", testMail(1, false))
	st := openStore(t)
	sink := newCollector()
	in := newIngester(t, s, st, "INBOX", func(o *Options) { o.Sink = sink })
	runInBackground(t, in)
	receive(t, sink, 1, 10*time.Second)

	// The server goes away (its processes get SIGTERM, clients see BYE or a
	// closed connection) and comes back; mail delivered meanwhile and after
	// arrives once.
	if err := s.dov.Restart(); err != nil {
		t.Fatal(err)
	}
	c = s.client(t, nil)
	s.appendRaw(t, c, "INBOX", testMail(2, true))
	s.appendRaw(t, c, "INBOX", testMail(3, false))
	got := receive(t, sink, 2, 20*time.Second)
	if got[0].MessageID != "msg-2@example.com" || got[1].MessageID != "msg-3@example.com" {
		t.Errorf("after restart got %v", ids(got))
	}
	assertExactlyOnce(t, allMessages(t, st, in.Mailbox().Key()), []string{"msg-1@example.com", "msg-2@example.com", "msg-3@example.com"})
}
