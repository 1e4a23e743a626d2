package notify

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"fmt"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"net/textproto"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// IdempotencyHeader carries the notification's idempotency key in alert
// mails, so a mail filter or a person can recognise a redelivered copy.
const IdempotencyHeader = "X-Hotline-Idempotency-Key"

// Email sends notifications as mail over SMTP. It upgrades to TLS when the
// server offers STARTTLS and authenticates with AUTH PLAIN when a username
// is set. Credentials only ever travel over TLS: a relay that does not offer
// STARTTLS (or whose offer an attacker on the path stripped) gets no AUTH,
// unless AllowInsecureAuth is set and the relay is on a loopback address.
type Email struct {
	// Addr is the SMTP server, host:port.
	Addr string
	// From is the envelope and header sender.
	From     string
	Username string
	Password string
	// TLSConfig is used for STARTTLS; nil verifies against the host of Addr.
	TLSConfig *tls.Config
	// RequireTLS refuses to send when the server does not offer STARTTLS,
	// even without credentials.
	RequireTLS bool
	// AllowInsecureAuth permits AUTH without TLS, and only to a relay on a
	// loopback address (a local MTA or a sidecar), where nobody can listen
	// in. It has no effect for any other address.
	AllowInsecureAuth bool
	// LocalName is sent in EHLO. Default "localhost".
	LocalName string
	// Timeout bounds one delivery. Default 30s.
	Timeout time.Duration
	// Now stamps the Date header; default time.Now.
	Now func() time.Time
}

// Notify sends n to n.Address.
func (e *Email) Notify(ctx context.Context, n Notification) error {
	msg, err := e.compose(n)
	if err != nil {
		return Permanent(fmt.Errorf("compose alert mail: %w", err))
	}
	timeout := e.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	c, secure, err := e.dial(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	if e.Username != "" {
		if !secure && !(e.AllowInsecureAuth && LoopbackAddr(e.Addr)) {
			_ = c.Quit()
			return Permanent(fmt.Errorf("smtp server %s does not offer STARTTLS: refusing to send the SMTP credentials in clear", e.Addr))
		}
		if err := c.Auth(sasl.NewPlainClient("", e.Username, e.Password)); err != nil {
			return fmt.Errorf("smtp auth: %w", err)
		}
	}
	if err := c.Mail(e.From, nil); err != nil {
		return fmt.Errorf("smtp mail from: %w", err)
	}
	if err := c.Rcpt(n.Address, nil); err != nil {
		return fmt.Errorf("smtp rcpt %s: %w", n.Address, err)
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("smtp data: %w", err)
	}
	if _, err := w.Write(msg); err != nil {
		return fmt.Errorf("smtp write: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("smtp data end: %w", err)
	}
	// The server accepted the message; a failed QUIT does not undo it.
	_ = c.Quit()
	return nil
}

// dial connects and negotiates STARTTLS when offered, and reports whether
// the session is encrypted. go-smtp exposes STARTTLS only at client
// creation, so when the greeting shows the extension the connection is
// reopened with TLS.
func (e *Email) dial(ctx context.Context) (*smtp.Client, bool, error) {
	connect := func() (net.Conn, error) {
		var d net.Dialer
		conn, err := d.DialContext(ctx, "tcp", e.Addr)
		if err != nil {
			return nil, fmt.Errorf("smtp dial %s: %w", e.Addr, err)
		}
		if dl, ok := ctx.Deadline(); ok {
			_ = conn.SetDeadline(dl)
		}
		return conn, nil
	}
	local := e.LocalName
	if local == "" {
		local = "localhost"
	}
	conn, err := connect()
	if err != nil {
		return nil, false, err
	}
	c := smtp.NewClient(conn)
	if err := c.Hello(local); err != nil {
		c.Close()
		return nil, false, fmt.Errorf("smtp hello: %w", err)
	}
	if ok, _ := c.Extension("STARTTLS"); !ok {
		if e.RequireTLS {
			c.Close()
			return nil, false, Permanent(fmt.Errorf("smtp server %s does not offer STARTTLS", e.Addr))
		}
		return c, false, nil
	}
	_ = c.Quit()
	cfg := e.TLSConfig
	if cfg == nil {
		host, _, _ := net.SplitHostPort(e.Addr)
		cfg = &tls.Config{ServerName: host}
	}
	if conn, err = connect(); err != nil {
		return nil, false, err
	}
	// NewClientStartTLS greets as "localhost"; go-smtp allows no other
	// name once the handshake has started.
	tc, err := smtp.NewClientStartTLS(conn, cfg)
	if err != nil {
		return nil, false, fmt.Errorf("smtp starttls: %w", err)
	}
	return tc, true, nil
}

// compose builds the MIME message: multipart/alternative with text and HTML,
// quoted-printable, with a Message-ID derived from the idempotency key so a
// redelivered copy threads with the first.
func (e *Email) compose(n Notification) ([]byte, error) {
	now := time.Now
	if e.Now != nil {
		now = e.Now
	}
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	h := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, headerValue(v)) }
	h("From", (&mailAddr{"Hotline", e.From}).String())
	h("To", (&mailAddr{n.Person, n.Address}).String())
	h("Subject", mime.QEncoding.Encode("utf-8", n.Headline()))
	h("Date", now().Format(time.RFC1123Z))
	h("Message-ID", "<"+messageID(n.Key, e.From)+">")
	h(IdempotencyHeader, n.Key)
	h("X-Hotline-Alert", fmt.Sprint(n.AlertID))
	h("Auto-Submitted", "auto-generated")
	h("MIME-Version", "1.0")
	h("Content-Type", "multipart/alternative; boundary="+mw.Boundary())
	b.WriteString("\r\n")
	for _, part := range []struct{ ctype, body string }{
		{"text/plain; charset=utf-8", n.Text()},
		{"text/html; charset=utf-8", n.HTML()},
	} {
		pw, err := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {part.ctype},
			"Content-Transfer-Encoding": {"quoted-printable"},
		})
		if err != nil {
			return nil, err
		}
		qp := quotedprintable.NewWriter(pw)
		if _, err := qp.Write([]byte(strings.ReplaceAll(part.body, "\n", "\r\n"))); err != nil {
			return nil, err
		}
		if err := qp.Close(); err != nil {
			return nil, err
		}
	}
	if err := mw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// headerValue makes v safe as an unstructured header field body: text
// with control characters (a CR/LF in a configured name would start a new
// header) or non-ASCII is RFC 2047 encoded, which leaves no raw control
// character on the line. Values already encoded pass unchanged.
func headerValue(v string) string {
	for i := 0; i < len(v); i++ {
		if c := v[i]; (c < ' ' && c != '\t') || c > '~' {
			return mime.QEncoding.Encode("utf-8", v)
		}
	}
	return v
}

// LoopbackAddr reports whether the host of a host:port address is a
// loopback IP or "localhost", the only relays AllowInsecureAuth applies to.
func LoopbackAddr(hostport string) bool {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		host = hostport
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

type mailAddr struct{ name, addr string }

// String formats the address for a header: net/mail quotes a display name
// holding commas, quotes or angle brackets ("Lee, Lead") and encodes a
// non-ASCII one, so a configured name can neither split the header into
// several addresses nor break its syntax.
func (a *mailAddr) String() string {
	return (&mail.Address{Name: a.name, Address: a.addr}).String()
}

// messageID makes a Message-ID from the idempotency key: the same
// notification always gets the same id.
func messageID(key, from string) string {
	_, domain, ok := strings.Cut(from, "@")
	if !ok || domain == "" {
		domain = "hotline.invalid"
	}
	var safe strings.Builder
	for _, r := range key {
		if r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(".-_", r)) {
			safe.WriteRune(r)
			continue
		}
		safe.WriteByte('.')
	}
	if safe.Len() == 0 {
		var rb [8]byte
		_, _ = rand.Read(rb[:])
		safe.WriteString(hex.EncodeToString(rb[:]))
	}
	return "hotline." + safe.String() + "@" + domain
}
