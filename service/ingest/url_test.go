package ingest

import (
	"context"
	"net"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/hotline/hotline/internal/dovecottest"
)

func TestParseURL(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    Mailbox
		str     string
		key     string
		wantErr string
	}{
		{in: "imaps://support@mail.example.com/INBOX",
			want: Mailbox{TLS: true, User: "support", Host: "mail.example.com", Port: "993", Name: "INBOX"},
			str:  "imaps://support@mail.example.com:993/INBOX", key: "support@mail.example.com/INBOX"},
		{in: "imap://support@127.0.0.1:1143",
			want: Mailbox{User: "support", Host: "127.0.0.1", Port: "1143", Name: "INBOX"},
			str:  "imap://support@127.0.0.1:1143/INBOX", key: "support@127.0.0.1:1143/INBOX"},
		{in: "imaps://help%40example.com:s3cret@imap.gmail.com/Support%2FUrgent",
			want: Mailbox{TLS: true, User: "help@example.com", Password: "s3cret", Host: "imap.gmail.com", Port: "993", Name: "Support/Urgent"},
			str:  "imaps://help%40example.com@imap.gmail.com:993/Support/Urgent", key: "help@example.com@imap.gmail.com/Support/Urgent"},
		{in: "imaps://help@example.com;AUTH=XOAUTH2@outlook.office365.com/INBOX",
			want: Mailbox{TLS: true, User: "help@example.com", Auth: AuthXOAUTH2, Host: "outlook.office365.com", Port: "993", Name: "INBOX"},
			str:  "imaps://help%40example.com;AUTH=XOAUTH2@outlook.office365.com:993/INBOX", key: "help@example.com@outlook.office365.com/INBOX"},
		{in: "imaps://u;auth=oauthbearer@h/INBOX",
			want: Mailbox{TLS: true, User: "u", Auth: AuthOAuthBearer, Host: "h", Port: "993", Name: "INBOX"},
			str:  "imaps://u;AUTH=OAUTHBEARER@h:993/INBOX", key: "u@h/INBOX"},
		{in: "imaps://u;AUTH=*@h/INBOX", want: Mailbox{TLS: true, User: "u", Host: "h", Port: "993", Name: "INBOX"}, str: "imaps://u@h:993/INBOX", key: "u@h/INBOX"},
		{in: "https://u@h/INBOX", wantErr: "not imap"},
		{in: "imaps://h/INBOX", wantErr: "missing user"},
		{in: "imaps://u:pw@/INBOX", wantErr: "missing host"},
		{in: "imaps://u;AUTH=GSSAPI@h/INBOX", wantErr: "unsupported auth"},
		{in: "imaps://u:pw@h/INBOX?x=1", wantErr: "query"},
		{in: "imaps://u:pw@h:99999999999/INBOX%zz", wantErr: "invalid"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseURL(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want it to contain %q", err, tc.wantErr)
				}
				if strings.Contains(err.Error(), "pw") || strings.Contains(err.Error(), "s3cret") {
					t.Errorf("error leaks the password: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("ParseURL = %+v, want %+v", got, tc.want)
			}
			if got.String() != tc.str {
				t.Errorf("String() = %q, want %q", got.String(), tc.str)
			}
			if strings.Contains(got.String(), "s3cret") {
				t.Errorf("String() leaks the password")
			}
			if got.Key() != tc.key {
				t.Errorf("Key() = %q, want %q", got.Key(), tc.key)
			}
		})
	}
}

func TestXOAUTH2InitialResponse(t *testing.T) {
	mech, ir, err := (&xoauth2{user: "help@example.com", token: "ya29.token"}).Start()
	if err != nil || mech != "XOAUTH2" || string(ir) != "user=help@example.com\x01auth=Bearer ya29.token\x01\x01" {
		t.Errorf("Start() = %q, %q, %v", mech, ir, err)
	}
	if resp, err := (&xoauth2{}).Next([]byte(`{"status":"401"}`)); err != nil || len(resp) != 0 {
		t.Errorf("Next(error challenge) = %q, %v; want an empty response", resp, err)
	}
}

func TestTLSModesAgainstDovecot(t *testing.T) {
	d := dovecottest.Start(t, dovecottest.Options{TLS: true})
	c := (&testServer{addr: d.Addr, user: d.User, pass: d.Password}).client(t, nil)
	if _, err := dovecottest.Append(c, "INBOX", testMail(1, false)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, url string
		trusted   bool
		wantErr   string
	}{
		{"implicit TLS", "imaps://triage@" + d.TLSAddr + "/INBOX", true, ""},
		{"STARTTLS on loopback when offered", "imap://triage@" + d.Addr + "/INBOX", true, ""},
		{"untrusted certificate", "imaps://triage@" + d.TLSAddr + "/INBOX", false, "certificate"},
		{"STARTTLS with untrusted certificate", "imap://triage@" + d.Addr + "/INBOX", false, "certificate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ParseURL(tc.url)
			if err != nil {
				t.Fatal(err)
			}
			opts := Options{Mailbox: m, Store: openStore(t), Classifier: newClassifier(t), Logger: testLogger(t),
				Secret: func(context.Context) (string, error) { return d.Password, nil }}
			if tc.trusted {
				opts.TLSConfig = d.TLSConfig()
			}
			in, err := New(opts)
			if err != nil {
				t.Fatal(err)
			}
			got, err := in.SyncOnce(context.Background())
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || len(got) != 1 {
				t.Fatalf("SyncOnce = %d, %v", len(got), err)
			}
		})
	}
}

// nonLoopbackIP returns an address of this machine that is not loopback,
// to test the plaintext policy for remote hosts without leaving the machine.
func nonLoopbackIP() net.IP {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && !n.IP.IsLoopback() && n.IP.To4() != nil {
			return n.IP
		}
	}
	return nil
}

func TestPlaintextRefusedForRemoteHosts(t *testing.T) {
	ip := nonLoopbackIP()
	if ip == nil {
		t.Skip("no non-loopback IPv4 address on this machine")
	}
	mem := imapmemserver.New()
	u := imapmemserver.NewUser("triage", "secret")
	u.Create("INBOX", nil)
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps: imap.CapSet{imap.CapIMAP4rev2: {}}, InsecureAuth: true, Logger: discardLogger{},
	})
	ln, err := net.Listen("tcp", net.JoinHostPort(ip.String(), "0"))
	if err != nil {
		t.Skipf("cannot listen on %s: %v", ip, err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	for _, insecure := range []bool{false, true} {
		m, err := ParseURL("imap://triage:secret@" + ln.Addr().String() + "/INBOX")
		if err != nil {
			t.Fatal(err)
		}
		in, err := New(Options{Mailbox: m, Store: openStore(t), Classifier: newClassifier(t), Logger: testLogger(t), AllowInsecure: insecure})
		if err != nil {
			t.Fatal(err)
		}
		_, err = in.SyncOnce(context.Background())
		if insecure && err != nil {
			t.Errorf("AllowInsecure: %v", err)
		}
		if !insecure && (err == nil || !strings.Contains(err.Error(), "plaintext is refused")) {
			t.Errorf("plaintext to %s without STARTTLS: err = %v, want a refusal", ip, err)
		}
	}
}
