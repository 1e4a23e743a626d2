package ingest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/hotline/hotline/internal/dovecottest"
	"github.com/hotline/hotline/internal/imapmem"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/store"
)

// testServer is an IMAP server a test can append to and inspect.
type testServer struct {
	addr       string
	user, pass string
	// mem is set for the in-memory server, to change mailboxes behind the
	// client's back.
	mem *imapmemserver.User
	dov *dovecottest.Server
}

// startMem runs go-imap's in-memory server on loopback. rev2 advertises
// IMAP4rev2 (IDLE, MOVE, UIDPLUS); without it only IMAP4rev1 is offered,
// which exercises polling and the MOVE fallback.
func startMem(t testing.TB, rev2 bool) *testServer {
	t.Helper()
	caps := imap.CapSet{imap.CapIMAP4rev1: {}}
	if rev2 {
		caps[imap.CapIMAP4rev2] = struct{}{}
	}
	return startMemCaps(t, caps)
}

// startMemCaps runs the in-memory server advertising exactly caps.
func startMemCaps(t testing.TB, caps imap.CapSet) *testServer {
	t.Helper()
	srv, err := imapmem.Start(imapmem.Options{Caps: caps})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return &testServer{addr: srv.Addr, user: srv.User, pass: srv.Password, mem: srv.Mailboxes}
}

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}

func startDovecot(t testing.TB) *testServer {
	t.Helper()
	d := dovecottest.Start(t, dovecottest.Options{})
	return &testServer{addr: d.Addr, user: d.User, pass: d.Password, dov: d}
}

// servers returns the servers a table-driven test runs against: the
// in-memory server always, Dovecot when installed.
func forEachServer(t *testing.T, fn func(t *testing.T, s *testServer)) {
	t.Run("memserver", func(t *testing.T) { fn(t, startMem(t, true)) })
	t.Run("dovecot", func(t *testing.T) { fn(t, startDovecot(t)) })
}

func (s *testServer) url(mailbox string) string {
	return fmt.Sprintf("imap://%s@%s/%s", s.user, s.addr, mailbox)
}

func (s *testServer) mailbox(t testing.TB, name string) Mailbox {
	t.Helper()
	m, err := ParseURL(s.url(name))
	if err != nil {
		t.Fatal(err)
	}
	m.Password = s.pass
	return m
}

// client returns a separate logged-in connection, like a person's mail app.
func (s *testServer) client(t testing.TB, opts *imapclient.Options) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(s.addr, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login(s.user, s.pass).Wait(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func (s *testServer) appendRaw(t testing.TB, c *imapclient.Client, mailbox string, raw []byte) imap.UID {
	t.Helper()
	uid, err := dovecottest.Append(c, mailbox, raw)
	if err != nil {
		t.Fatal(err)
	}
	return uid
}

// flags returns the flags of every message in mailbox by UID.
func flagsByUID(t testing.TB, c *imapclient.Client, mailbox string) map[imap.UID][]imap.Flag {
	t.Helper()
	if _, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatal(err)
	}
	msgs, err := c.Fetch(imap.SeqSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{UID: true, Flags: true}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	out := map[imap.UID][]imap.Flag{}
	for _, m := range msgs {
		out[m.UID] = m.Flags
	}
	return out
}

// testMail builds a small message; angry ones should score hot.
func testMail(i int, angry bool) []byte {
	subject := fmt.Sprintf("Question about invoice %d", i)
	body := "Hello,\r\ncould you send me a copy of last month's invoice? Thanks a lot.\r\nBest regards,\r\nAnna\r\n"
	if angry {
		subject = fmt.Sprintf("THIRD TIME asking - refund NOW (case %d)", i)
		body = "This is absolutely UNACCEPTABLE. I have written three times and nobody answers.\r\n" +
			"Your service is a disgrace and I am furious. Refund me TODAY or I will contact my lawyer\r\n" +
			"and cancel everything. This is urgent, I need this fixed immediately!!!\r\n"
	}
	return []byte(fmt.Sprintf("From: Customer %d <customer%d@example.com>\r\n"+
		"To: support@example.com\r\n"+
		"Subject: %s\r\n"+
		"Date: Mon, 23 Nov 2026 10:%02d:00 +0000\r\n"+
		"Message-ID: <msg-%d@example.com>\r\n"+
		"MIME-Version: 1.0\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n"+
		"\r\n%s", i, i, subject, i%60, i, body))
}

// sharedClassifier is built once per test binary: building one takes
// seconds, and it is safe for concurrent use.
var sharedClassifier = sync.OnceValues(func() (*classify.Classifier, error) {
	return classify.New(classify.DefaultOptions())
})

func newClassifier(t testing.TB) Classifier {
	t.Helper()
	c, err := sharedClassifier()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// hasFlag compares case-insensitively, as IMAP keywords are.
func hasFlag(flags []imap.Flag, f imap.Flag) bool {
	return slices.ContainsFunc(flags, func(g imap.Flag) bool { return strings.EqualFold(string(g), string(f)) })
}

func openStore(t testing.TB) *store.SQLite {
	t.Helper()
	return openStorePath(t, t.TempDir()+"/hotline.db")
}

func openStorePath(t testing.TB, path string) *store.SQLite {
	t.Helper()
	st, err := store.OpenSQLite(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// collector is a Sink that remembers what it was told.
type collector struct {
	mu   sync.Mutex
	msgs []store.Message
	ch   chan store.Message
}

func newCollector() *collector { return &collector{ch: make(chan store.Message, 10000)} }

func (c *collector) Recorded(_ context.Context, m store.Message) {
	c.mu.Lock()
	c.msgs = append(c.msgs, m)
	c.mu.Unlock()
	c.ch <- m
}

func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func newIngester(t testing.TB, s *testServer, st Store, name string, mod func(*Options)) *Ingester {
	t.Helper()
	opts := Options{
		Mailbox:     s.mailbox(t, name),
		Store:       st,
		Classifier:  newClassifier(t),
		Logger:      testLogger(t),
		MinBackoff:  20 * time.Millisecond,
		MaxBackoff:  200 * time.Millisecond,
		IdleRefresh: 2 * time.Second,
	}
	if mod != nil {
		mod(&opts)
	}
	in, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// allMessages lists every stored message of a mailbox, oldest first.
func allMessages(t testing.TB, st *store.SQLite, key string) []store.Message {
	t.Helper()
	var out []store.Message
	f := store.Filter{Mailbox: key, PageSize: store.MaxPageSize}
	for {
		page, next, err := st.ListMessages(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, page...)
		if next == "" {
			break
		}
		f.PageToken = next
	}
	slices.Reverse(out)
	return out
}

// assertExactlyOnce checks that every expected Message-ID is stored once.
func assertExactlyOnce(t testing.TB, msgs []store.Message, want []string) {
	t.Helper()
	count := map[string]int{}
	for _, m := range msgs {
		count[m.MessageID]++
	}
	for _, id := range want {
		if count[id] != 1 {
			t.Errorf("message %s stored %d times, want 1", id, count[id])
		}
	}
	if len(msgs) != len(want) {
		t.Errorf("stored %d messages, want %d", len(msgs), len(want))
	}
}

// faultProxy forwards a loopback TCP connection to target and can cut or
// freeze it, to test what the ingester does when the network misbehaves.
type faultProxy struct {
	addr   string
	target string
	// cutAfter, if > 0, closes a connection after that many bytes from the
	// server, for the first cuts connections.
	cutAfter int64
	cuts     atomic.Int32
	// freeze stops forwarding server bytes on the first connection after
	// freezeAfter bytes, without closing it.
	freezeAfter int64
	froze       atomic.Bool
	// onCommand is called with each chunk the client sends before it is
	// forwarded.
	onCommand func(chunk []byte)
	conns     atomic.Int32
}

func startProxy(t testing.TB, p *faultProxy) *faultProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.addr = ln.Addr().String()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var open []net.Conn
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range open {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	go func() {
		for {
			client, err := ln.Accept()
			if err != nil {
				return
			}
			server, err := net.Dial("tcp", p.target)
			if err != nil {
				client.Close()
				continue
			}
			n := p.conns.Add(1)
			mu.Lock()
			open = append(open, client, server)
			mu.Unlock()
			wg.Add(2)
			go func() {
				defer wg.Done()
				defer server.Close()
				buf := make([]byte, 32<<10)
				for {
					k, err := client.Read(buf)
					if k > 0 {
						if p.onCommand != nil {
							p.onCommand(buf[:k])
						}
						if _, werr := server.Write(buf[:k]); werr != nil {
							return
						}
					}
					if err != nil {
						return
					}
				}
			}()
			go func() {
				defer wg.Done()
				defer client.Close()
				var total int64
				buf := make([]byte, 32<<10)
				cut := p.cutAfter > 0 && p.cuts.Load() > 0
				freeze := p.freezeAfter > 0 && n == 1
				for {
					k, err := server.Read(buf)
					if k > 0 {
						chunk := buf[:k]
						if cut && total+int64(k) > p.cutAfter {
							client.Write(chunk[:p.cutAfter-total])
							p.cuts.Add(-1)
							return
						}
						if freeze && total+int64(k) > p.freezeAfter {
							client.Write(chunk[:p.freezeAfter-total])
							p.froze.Store(true)
							io.Copy(io.Discard, server)
							return
						}
						total += int64(k)
						if _, werr := client.Write(chunk); werr != nil {
							return
						}
					}
					if err != nil {
						return
					}
				}
			}()
		}
	}()
	return p
}

// waitFor polls cond until it holds or the timeout expires.
func waitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
