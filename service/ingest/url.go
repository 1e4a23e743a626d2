package ingest

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// Mechanisms accepted after ";AUTH=" in a mailbox URL (RFC 5092 section 3.2).
const (
	// AuthLogin is the default: IMAP LOGIN with a password.
	AuthLogin = ""
	// AuthXOAUTH2 sends an OAuth2 bearer token the way Gmail and Microsoft 365 expect.
	AuthXOAUTH2 = "XOAUTH2"
	// AuthOAuthBearer sends an OAuth2 bearer token per RFC 7628.
	AuthOAuthBearer = "OAUTHBEARER"
)

// Mailbox says which IMAP folder to read and how to reach it. It is parsed
// from URLs such as imaps://user@host:993/INBOX so one flag carries
// everything but the secret.
type Mailbox struct {
	// TLS is true for imaps:// (implicit TLS); imap:// uses STARTTLS.
	TLS bool
	// User is the login name.
	User string
	// Password comes from the URL userinfo when given there. It is never
	// printed by String.
	Password string
	// Auth is AuthLogin, AuthXOAUTH2 or AuthOAuthBearer.
	Auth string
	// Host and Port of the server; Port defaults to 993 or 143.
	Host, Port string
	// Name is the folder, "INBOX" when the URL has no path.
	Name string
}

// ParseURL parses imaps://user[;AUTH=mech][:password]@host[:port][/folder].
// Folder names may be percent-encoded ("Support%2FUrgent").
func ParseURL(raw string) (Mailbox, error) {
	u, err := url.Parse(raw)
	if err != nil {
		// url.Parse echoes the input, which may hold a password.
		return Mailbox{}, fmt.Errorf("parse mailbox url: invalid syntax")
	}
	var m Mailbox
	switch strings.ToLower(u.Scheme) {
	case "imaps":
		m.TLS, m.Port = true, "993"
	case "imap":
		m.Port = "143"
	default:
		return Mailbox{}, fmt.Errorf("mailbox url: scheme %q is not imap or imaps", u.Scheme)
	}
	if u.User == nil || u.User.Username() == "" {
		return Mailbox{}, fmt.Errorf("mailbox url %s: missing user", redact(u))
	}
	m.User = u.User.Username()
	if i := strings.Index(strings.ToUpper(m.User), ";AUTH="); i >= 0 {
		mech := strings.ToUpper(m.User[i+len(";AUTH="):])
		m.User = m.User[:i]
		switch mech {
		case "*", "LOGIN", "PLAIN":
			m.Auth = AuthLogin
		case AuthXOAUTH2, AuthOAuthBearer:
			m.Auth = mech
		default:
			return Mailbox{}, fmt.Errorf("mailbox url %s: unsupported auth mechanism %q (want XOAUTH2 or OAUTHBEARER)", redact(u), mech)
		}
	}
	m.Password, _ = u.User.Password()
	m.Host = u.Hostname()
	if m.Host == "" {
		return Mailbox{}, fmt.Errorf("mailbox url %s: missing host", redact(u))
	}
	if p := u.Port(); p != "" {
		m.Port = p
	}
	m.Name = strings.TrimPrefix(u.Path, "/")
	if m.Name == "" {
		m.Name = "INBOX"
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return Mailbox{}, fmt.Errorf("mailbox url %s: query and fragment are not supported", redact(u))
	}
	return m, nil
}

func redact(u *url.URL) string {
	if u.User == nil {
		return u.String()
	}
	if _, ok := u.User.Password(); !ok {
		return u.String()
	}
	c := *u
	c.User = url.UserPassword(u.User.Username(), "xxxxx")
	return c.String()
}

// Addr is host:port for dialing.
func (m Mailbox) Addr() string { return net.JoinHostPort(m.Host, m.Port) }

// String is the URL without the password, safe for logs and errors.
func (m Mailbox) String() string {
	scheme := "imap"
	if m.TLS {
		scheme = "imaps"
	}
	user := m.User
	if m.Auth != AuthLogin {
		user += ";AUTH=" + m.Auth
	}
	u := url.URL{Scheme: scheme, User: url.User(user), Host: m.Addr(), Path: "/" + m.Name}
	return u.String()
}

// Key is the stable name under which the store keeps this mailbox's
// checkpoint and messages: "user@host/INBOX", with the port only when it is
// not the scheme's default, so changing TLS mode does not restart the sync.
func (m Mailbox) Key() string {
	host := m.Host
	if m.Port != "993" && m.Port != "143" {
		host = m.Addr()
	}
	return m.User + "@" + host + "/" + m.Name
}

// loopback reports whether the host is a loopback address, where plaintext
// IMAP cannot be sniffed by anyone but the local machine.
func (m Mailbox) loopback() bool {
	if m.Host == "localhost" {
		return true
	}
	ip := net.ParseIP(m.Host)
	return ip != nil && ip.IsLoopback()
}
