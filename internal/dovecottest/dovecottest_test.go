package dovecottest

import (
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

func TestStartAppendFetch(t *testing.T) {
	for _, tc := range []struct {
		name string
		tls  bool
	}{{"plain", false}, {"tls", true}} {
		t.Run(tc.name, func(t *testing.T) {
			s := Start(t, Options{TLS: tc.tls})
			c := s.Dial(t, nil)
			if !c.Caps().Has(imap.CapIdle) {
				t.Errorf("dovecot does not advertise IDLE: %v", c.Caps())
			}
			raw := []byte("From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n")
			uid, err := Append(c, "INBOX", raw)
			if err != nil {
				t.Fatal(err)
			}
			if uid != 1 {
				t.Errorf("uid = %d, want 1", uid)
			}
			if _, err := c.Select("INBOX", nil).Wait(); err != nil {
				t.Fatal(err)
			}
			msgs, err := c.Fetch(imap.UIDSetNum(uid), &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{{Peek: true}}}).Collect()
			if err != nil {
				t.Fatal(err)
			}
			if len(msgs) != 1 || string(msgs[0].BodySection[0].Bytes) != string(raw) {
				t.Fatalf("fetched %+v", msgs)
			}
			if tc.tls {
				tc, err := imapclient.DialTLS(s.TLSAddr, &imapclient.Options{TLSConfig: s.TLSConfig()})
				if err != nil {
					t.Fatal(err)
				}
				defer tc.Close()
				if err := tc.Login(s.User, s.Password).Wait(); err != nil {
					t.Fatalf("login over TLS: %v", err)
				}
			}
		})
	}
}
