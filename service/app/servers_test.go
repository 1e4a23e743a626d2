package app_test

import (
	"testing"

	"github.com/hotline/hotline/internal/dovecottest"
	"github.com/hotline/hotline/internal/imapmem"
)

// imapServer starts one kind of IMAP server for a test and returns where
// it listens and whom to log in as.
type imapServer struct {
	name  string
	start func(t *testing.T) (addr, user, pass string)
}

// imapServers are the servers the whole-pipeline tests run against:
// go-imap's in-memory server and a real Dovecot.
func imapServers() []imapServer {
	return []imapServer{
		{"memserver", func(t *testing.T) (string, string, string) {
			s, err := imapmem.Start(imapmem.Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s.Addr, s.User, s.Password
		}},
		{"dovecot", func(t *testing.T) (string, string, string) {
			d := dovecottest.Start(t, dovecottest.Options{})
			return d.Addr, d.User, d.Password
		}},
	}
}
