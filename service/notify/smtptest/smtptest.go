// Package smtptest runs a real SMTP server on loopback that keeps what it
// receives, for tests and for the demo, which prints the alert mails.
package smtptest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"net"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Mail is one received message.
type Mail struct {
	From       string
	To         []string
	Data       []byte
	User       string // authenticated user, if any
	TLS        bool   // delivered over STARTTLS
	ReceivedAt time.Time
}

// Options configure the server.
type Options struct {
	// Username and Password, when set, require AUTH PLAIN.
	Username, Password string
	// TLS offers STARTTLS with a fresh self-signed certificate; the client
	// config that trusts it is Server.ClientTLS.
	TLS bool
	// OnMail is called for each received message, from the connection's
	// goroutine.
	OnMail func(Mail)
}

// Server is a running SMTP sink.
type Server struct {
	Addr string
	// ClientTLS trusts the server's certificate (only with Options.TLS).
	ClientTLS *tls.Config

	srv   *smtp.Server
	opt   Options
	mu    sync.Mutex
	mail  []Mail
	auths []bool // per AUTH command: whether the session was encrypted
	done  chan struct{}
}

// Start listens on 127.0.0.1 on a free port and serves until Close.
func Start(opt Options) (*Server, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Server{Addr: l.Addr().String(), opt: opt, done: make(chan struct{})}
	s.srv = smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		_, isTLS := c.TLSConnectionState()
		return &session{s: s, tls: isTLS}, nil
	}))
	s.srv.Domain = "localhost"
	s.srv.AllowInsecureAuth = !opt.TLS
	s.srv.ReadTimeout = 10 * time.Second
	s.srv.WriteTimeout = 10 * time.Second
	if opt.TLS {
		srvCfg, cliCfg, err := selfSigned()
		if err != nil {
			l.Close()
			return nil, err
		}
		s.srv.TLSConfig = srvCfg
		s.ClientTLS = cliCfg
	}
	go func() {
		defer close(s.done)
		_ = s.srv.Serve(l)
	}()
	return s, nil
}

// Close stops the server.
func (s *Server) Close() error {
	err := s.srv.Close()
	<-s.done
	return err
}

// Mail returns the messages received so far.
func (s *Server) Mail() []Mail {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Mail(nil), s.mail...)
}

// Auths reports, for every AUTH command received so far, whether the
// session was encrypted when the client sent it.
func (s *Server) Auths() []bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]bool(nil), s.auths...)
}

type session struct {
	s    *Server
	tls  bool
	user string
	m    Mail
}

func (ss *session) AuthMechanisms() []string {
	if ss.s.opt.Username == "" {
		return nil
	}
	return []string{sasl.Plain}
}

func (ss *session) Auth(mech string) (sasl.Server, error) {
	ss.s.mu.Lock()
	ss.s.auths = append(ss.s.auths, ss.tls)
	ss.s.mu.Unlock()
	return sasl.NewPlainServer(func(identity, user, pass string) error {
		if user != ss.s.opt.Username || pass != ss.s.opt.Password {
			return errors.New("invalid credentials")
		}
		ss.user = user
		return nil
	}), nil
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if ss.s.opt.Username != "" && ss.user == "" {
		return smtp.ErrAuthRequired
	}
	ss.m = Mail{From: from}
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.m.To = append(ss.m.To, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	m := ss.m
	m.Data, m.User, m.TLS, m.ReceivedAt = bytes.Clone(b), ss.user, ss.tls, time.Now()
	ss.s.mu.Lock()
	ss.s.mail = append(ss.s.mail, m)
	ss.s.mu.Unlock()
	if ss.s.opt.OnMail != nil {
		ss.s.opt.OnMail(m)
	}
	return nil
}

func (ss *session) Reset()        { ss.m = Mail{} }
func (ss *session) Logout() error { return nil }

func selfSigned() (*tls.Config, *tls.Config, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	srv := &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}}
	return srv, &tls.Config{RootCAs: pool, ServerName: "127.0.0.1"}, nil
}
