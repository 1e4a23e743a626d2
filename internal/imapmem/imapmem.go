// Package imapmem runs go-imap's in-memory IMAP server on a loopback port
// with one user and an INBOX: the one real IMAP server that tests and the
// demo start, so they all exercise the same protocol code instead of mocks.
package imapmem

import (
	"fmt"
	"net"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// Options configure a Server. The zero value gives user triage/secret and
// IMAP4rev1 and IMAP4rev2.
type Options struct {
	User, Password string
	// Caps is what the server advertises; nil means IMAP4rev1 and
	// IMAP4rev2 (with IDLE, which both imply).
	Caps imap.CapSet
}

// Server is a running in-memory IMAP server. Login without TLS is allowed:
// it listens on loopback only.
type Server struct {
	// Addr is the listening host:port.
	Addr string
	// User and Password log in to the only account.
	User, Password string
	// Mailboxes is the account's store: tests and the demo append to it
	// directly (Mailboxes.Append) to deliver mail without a client.
	Mailboxes *imapmemserver.User

	srv *imapserver.Server
}

// Start listens on 127.0.0.1 at a free port and serves until Close.
func Start(opt Options) (*Server, error) {
	if opt.User == "" {
		opt.User, opt.Password = "triage", "secret"
	}
	if opt.Caps == nil {
		opt.Caps = imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}}
	}
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(opt.User, opt.Password)
	if err := u.Create("INBOX", nil); err != nil {
		return nil, fmt.Errorf("imapmem: create INBOX: %w", err)
	}
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			sess, ok := mem.NewSession().(imapserver.SessionIMAP4rev2)
			if !ok {
				return nil, nil, fmt.Errorf("imapmem: in-memory session lacks MOVE and NAMESPACE")
			}
			return idleSession{sess}, nil, nil
		},
		Caps:         opt.Caps,
		InsecureAuth: true, // loopback only
		Logger:       discard{},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("imapmem: %w", err)
	}
	go srv.Serve(ln)
	return &Server{Addr: ln.Addr().String(), User: opt.User, Password: opt.Password, Mailboxes: u, srv: srv}, nil
}

// Close stops the server and closes its connections.
func (s *Server) Close() error { return s.srv.Close() }

// idlePoll is how often an IDLE session looks for changes.
const idlePoll = 50 * time.Millisecond

// idleSession reports, during IDLE, changes made before the IDLE began.
// The in-memory server's own Idle wakes only for changes made after it
// starts, so a message appended between a client's last command and its
// IDLE waited for the next change or the client's IDLE refresh, minutes
// later; Dovecot reports such a message at once, and so does this.
type idleSession struct {
	imapserver.SessionIMAP4rev2
}

// Idle polls the selected mailbox until stop is closed.
func (s idleSession) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	t := time.NewTicker(idlePoll)
	defer t.Stop()
	for {
		if err := s.Poll(w, true); err != nil {
			return err
		}
		select {
		case <-stop:
			return nil
		case <-t.C:
		}
	}
}

// discard drops the server's protocol log; tests that need it read the
// client's side.
type discard struct{}

func (discard) Printf(string, ...any) {}
