package ingest

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
)

// deadlineConn fails a read that sees no byte for idle. imapclient clears
// the read deadline between responses and allows minutes inside a literal,
// so without this a connection that silently stops answering (a dead NAT
// entry, a hung server) blocks far longer than the heartbeat allows.
//
// It also buffers what it reads. imapclient reads through a 4 KiB buffer,
// so a first sync, which streams tens of megabytes, would otherwise make a
// system call and move the deadline for every few kilobytes.
type deadlineConn struct {
	net.Conn
	idle time.Duration
	r    *bufio.Reader

	mu       sync.Mutex
	explicit time.Time
}

// readBufferSize is how much one read of the connection takes at most.
const readBufferSize = 64 << 10

func newDeadlineConn(conn net.Conn, idle time.Duration) *deadlineConn {
	c := &deadlineConn{Conn: conn, idle: idle}
	c.r = bufio.NewReaderSize(connReader{c}, readBufferSize)
	return c
}

func (c *deadlineConn) SetReadDeadline(t time.Time) error {
	c.mu.Lock()
	c.explicit = t
	c.mu.Unlock()
	return c.Conn.SetReadDeadline(t)
}

func (c *deadlineConn) SetDeadline(t time.Time) error {
	c.mu.Lock()
	c.explicit = t
	c.mu.Unlock()
	return c.Conn.SetDeadline(t)
}

// Read returns buffered bytes first; only reading the connection itself
// waits, and only that is bounded by the deadline.
func (c *deadlineConn) Read(b []byte) (int, error) {
	return c.r.Read(b)
}

// connReader reads the connection under deadlineConn's deadline.
type connReader struct{ c *deadlineConn }

func (r connReader) Read(b []byte) (int, error) {
	c := r.c
	c.mu.Lock()
	explicit := c.explicit
	c.mu.Unlock()
	d := time.Now().Add(c.idle)
	if !explicit.IsZero() && explicit.Before(d) {
		d = explicit
	}
	if err := c.Conn.SetReadDeadline(d); err != nil {
		return 0, err
	}
	return c.Conn.Read(b)
}

// dial connects, secures and authenticates one IMAP connection.
func (in *Ingester) dial(ctx context.Context, handler *imapclient.UnilateralDataHandler) (*imapclient.Client, error) {
	m := in.opts.Mailbox
	secret := m.Password
	if secret == "" && in.opts.Secret != nil {
		var err error
		if secret, err = in.opts.Secret(ctx); err != nil {
			return nil, fmt.Errorf("read credentials for %s: %w", m, err)
		}
	}
	if secret == "" {
		return nil, fmt.Errorf("no password or token for %s", m)
	}

	opts := &imapclient.Options{UnilateralDataHandler: handler}
	tlsConf := in.opts.TLSConfig.Clone()
	if tlsConf == nil {
		tlsConf = &tls.Config{}
	}
	if tlsConf.ServerName == "" {
		tlsConf.ServerName = m.Host
	}
	opts.TLSConfig = tlsConf

	raw, err := in.dialTCP(ctx)
	if err != nil {
		return nil, err
	}
	var c *imapclient.Client
	switch {
	case m.TLS:
		if tlsConf.NextProtos == nil {
			tlsConf.NextProtos = []string{"imap"}
		}
		tc := tls.Client(raw, tlsConf)
		if err := tc.HandshakeContext(ctx); err != nil {
			raw.Close()
			return nil, fmt.Errorf("tls handshake with %s: %w", m.Addr(), err)
		}
		c = imapclient.New(tc, opts)
	case m.loopback() || in.opts.AllowInsecure:
		// STARTTLS when offered; otherwise plaintext is acceptable here.
		c = imapclient.New(raw, opts)
		if err := c.WaitGreeting(); err != nil {
			c.Close()
			return nil, fmt.Errorf("greeting from %s: %w", m.Addr(), err)
		}
		if c.Caps().Has(imap.CapStartTLS) {
			c.Close()
			if raw, err = in.dialTCP(ctx); err != nil {
				return nil, err
			}
			if c, err = imapclient.NewStartTLS(raw, opts); err != nil {
				return nil, fmt.Errorf("starttls with %s: %w", m.Addr(), err)
			}
		}
	default:
		if c, err = imapclient.NewStartTLS(raw, opts); err != nil {
			return nil, fmt.Errorf("starttls with %s (plaintext is refused for non-loopback hosts unless insecure mode is enabled): %w", m.Addr(), err)
		}
	}
	if err := c.WaitGreeting(); err != nil {
		c.Close()
		return nil, fmt.Errorf("greeting from %s: %w", m.Addr(), err)
	}
	if err := authenticate(c, m, secret); err != nil {
		c.Close()
		return nil, fmt.Errorf("authenticate to %s: %w", m, err)
	}
	return c, nil
}

func (in *Ingester) dialTCP(ctx context.Context) (net.Conn, error) {
	d := net.Dialer{Timeout: in.opts.DialTimeout, KeepAlive: 30 * time.Second}
	conn, err := d.DialContext(ctx, "tcp", in.opts.Mailbox.Addr())
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", in.opts.Mailbox.Addr(), err)
	}
	return newDeadlineConn(conn, in.opts.ReadTimeout), nil
}

func authenticate(c *imapclient.Client, m Mailbox, secret string) error {
	switch m.Auth {
	case AuthXOAUTH2:
		return c.Authenticate(&xoauth2{user: m.User, token: secret})
	case AuthOAuthBearer:
		return c.Authenticate(sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{Username: m.User, Token: secret, Host: m.Host}))
	default:
		return c.Login(m.User, secret).Wait()
	}
}

// xoauth2 implements the XOAUTH2 SASL mechanism, which go-sasl dropped but
// Gmail and Microsoft 365 still require.
type xoauth2 struct{ user, token string }

func (x *xoauth2) Start() (string, []byte, error) {
	return AuthXOAUTH2, []byte("user=" + x.user + "\x01auth=Bearer " + x.token + "\x01\x01"), nil
}

// Next answers the server's error challenge with an empty response, after
// which the server fails the command with the real error.
func (x *xoauth2) Next(challenge []byte) ([]byte, error) {
	if len(challenge) > 0 {
		return []byte{}, nil
	}
	return nil, errors.New("xoauth2: unexpected server challenge")
}
