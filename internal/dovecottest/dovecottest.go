// Package dovecottest runs a private Dovecot 2.3 IMAP server for tests, so
// the ingest code is exercised against the server most support mailboxes
// actually run rather than only against an in-memory fake.
package dovecottest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// RequireEnv names the environment variable that turns a missing Dovecot
// from a skip into a failure, so CI cannot silently skip the end-to-end tests.
const RequireEnv = "HOTLINE_REQUIRE_DOVECOT"

// Options configures a server. The zero value gives a plaintext listener
// with one user.
type Options struct {
	// User and Password of the single mail account; defaults "triage" and
	// "secret".
	User, Password string
	// TLS adds STARTTLS on the plain port and an implicit-TLS port, with a
	// fresh self-signed certificate for 127.0.0.1.
	TLS bool
}

// Server is a running Dovecot instance owned by one test.
type Server struct {
	// Addr is the plain IMAP listener (STARTTLS when Options.TLS).
	Addr string
	// TLSAddr is the implicit-TLS listener; empty without Options.TLS.
	TLSAddr string
	// User and Password log in to the only account.
	User, Password string
	// Dir holds the configuration, state, log and mail of this instance.
	Dir string
	// RootCAs trusts the server certificate when Options.TLS is set.
	RootCAs *x509.CertPool

	t    testing.TB
	bin  string
	conf string
	cmd  *exec.Cmd
	done chan struct{}
}

// Start launches Dovecot and registers its shutdown with t.Cleanup. It skips
// the test when Dovecot is not installed, unless RequireEnv is "1".
func Start(t testing.TB, opts Options) *Server {
	t.Helper()
	bin, err := exec.LookPath("dovecot")
	if err != nil {
		for _, p := range []string{"/usr/sbin/dovecot", "/usr/local/sbin/dovecot"} {
			if _, statErr := os.Stat(p); statErr == nil {
				bin, err = p, nil
				break
			}
		}
	}
	if err != nil {
		if os.Getenv(RequireEnv) == "1" {
			t.Fatalf("dovecot not installed and %s=1", RequireEnv)
		}
		t.Skip("dovecot not installed (apt-get install dovecot-imapd)")
	}
	if os.Geteuid() != 0 {
		if os.Getenv(RequireEnv) == "1" {
			t.Fatalf("dovecot tests need root to run a private instance")
		}
		t.Skip("dovecot tests need root to run a private instance")
	}
	if opts.User == "" {
		opts.User = "triage"
	}
	if opts.Password == "" {
		opts.Password = "secret"
	}

	dir := t.TempDir()
	// The auth process runs as the dovecot user and must traverse the
	// configuration directory; t.TempDir creates it 0700.
	for p := dir; p != "/" && p != "."; p = filepath.Dir(p) {
		if strings.HasPrefix(p, os.TempDir()) && p != os.TempDir() {
			if err := os.Chmod(p, 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	home := filepath.Join(dir, "home", opts.User)
	for _, d := range []string{filepath.Join(dir, "run"), filepath.Join(dir, "state"), home} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chown(home, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	users := fmt.Sprintf("%s:{PLAIN}%s:65534:65534::%s::\n", opts.User, opts.Password, home)
	if err := os.WriteFile(filepath.Join(dir, "users"), []byte(users), 0o644); err != nil {
		t.Fatal(err)
	}

	s := &Server{User: opts.User, Password: opts.Password, Dir: dir, t: t}
	var tlsConf string
	if opts.TLS {
		pool, err := writeCert(dir)
		if err != nil {
			t.Fatal(err)
		}
		s.RootCAs = pool
		tlsConf = fmt.Sprintf("ssl = yes\nssl_cert = <%s/cert.pem\nssl_key = <%s/key.pem\n", dir, dir)
	} else {
		tlsConf = "ssl = no\n"
	}

	// The port is picked by binding :0 and releasing it; if another process
	// grabs it in between, Dovecot fails to start and we try again.
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		port := freePort(t)
		tlsPort := 0
		if opts.TLS {
			tlsPort = freePort(t)
		}
		s.Addr = fmt.Sprintf("127.0.0.1:%d", port)
		if opts.TLS {
			s.TLSAddr = fmt.Sprintf("127.0.0.1:%d", tlsPort)
		}
		s.conf = filepath.Join(dir, "dovecot.conf")
		conf := strings.NewReplacer("DIR", dir, "PORT", fmt.Sprint(port), "TLSPORT", fmt.Sprint(tlsPort), "TLSCONF", tlsConf).Replace(confTemplate)
		if err := os.WriteFile(s.conf, []byte(conf), 0o644); err != nil {
			t.Fatal(err)
		}
		s.bin = bin
		if lastErr = s.launch(bin); lastErr == nil {
			t.Cleanup(s.Stop)
			return s
		}
	}
	t.Fatalf("start dovecot: %v\n%s", lastErr, s.Log())
	return nil
}

const confTemplate = `protocols = imap
listen = 127.0.0.1
base_dir = DIR/run
state_dir = DIR/state
log_path = DIR/dovecot.log
info_log_path = DIR/dovecot.log
TLSCONF
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
mail_max_userip_connections = 100
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u DIR/users
}
userdb {
  driver = passwd-file
  args = username_format=%u DIR/users
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
}
protocol imap {
  mail_plugins =
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = TLSPORT
  }
}
`

func (s *Server) launch(bin string) error {
	cmd := exec.Command(bin, "-F", "-c", s.conf)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan struct{})
	go func() {
		cmd.Wait()
		close(done)
	}()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-done:
			return fmt.Errorf("dovecot exited: %s", out.String())
		default:
		}
		conn, err := net.DialTimeout("tcp", s.Addr, time.Second)
		if err == nil {
			conn.Close()
			s.cmd, s.done = cmd, done
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	<-done
	return fmt.Errorf("dovecot did not listen on %s within 15s", s.Addr)
}

// Stop terminates the server and waits for it to exit. It is safe to call
// more than once.
func (s *Server) Stop() {
	if s.cmd == nil {
		return
	}
	syscall.Kill(-s.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
		<-s.done
	}
	s.cmd = nil
}

// Restart stops the server, as an administrator or a crash would, and
// starts it again on the same ports with the same mail.
func (s *Server) Restart() error {
	s.Stop()
	var err error
	// The old listener may linger for a moment after the process exits.
	for attempt := 0; attempt < 20; attempt++ {
		if err = s.launch(s.bin); err == nil {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("restart dovecot: %w", err)
}

// Log returns Dovecot's log so far, for failure messages.
func (s *Server) Log() string {
	b, _ := os.ReadFile(filepath.Join(s.Dir, "dovecot.log"))
	return string(b)
}

// Dial returns a logged-in client; it is logged out in t.Cleanup.
func (s *Server) Dial(t testing.TB, opts *imapclient.Options) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(s.Addr, opts)
	if err != nil {
		t.Fatalf("dial dovecot: %v", err)
	}
	if err := c.Login(s.User, s.Password).Wait(); err != nil {
		c.Close()
		t.Fatalf("login dovecot: %v\n%s", err, s.Log())
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// Append stores raw in mailbox (created if missing) and returns its UID.
func Append(c *imapclient.Client, mailbox string, raw []byte, flags ...imap.Flag) (imap.UID, error) {
	cmd := c.Append(mailbox, int64(len(raw)), &imap.AppendOptions{Flags: flags})
	if _, err := cmd.Write(raw); err != nil {
		return 0, fmt.Errorf("append: %w", err)
	}
	if err := cmd.Close(); err != nil {
		return 0, fmt.Errorf("append: %w", err)
	}
	data, err := cmd.Wait()
	if err != nil {
		var imapErr *imap.Error
		if asIMAPError(err, &imapErr) && imapErr.Code == imap.ResponseCodeTryCreate {
			if err := c.Create(mailbox, nil).Wait(); err != nil {
				return 0, fmt.Errorf("create %s: %w", mailbox, err)
			}
			return Append(c, mailbox, raw, flags...)
		}
		return 0, fmt.Errorf("append: %w", err)
	}
	return data.UID, nil
}

func asIMAPError(err error, target **imap.Error) bool {
	e, ok := err.(*imap.Error)
	if ok {
		*target = e
	}
	return ok
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func writeCert(dir string) (*x509.CertPool, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "127.0.0.1"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		DNSNames:              []string{"localhost"},
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return nil, err
	}
	certPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	if err := os.WriteFile(filepath.Join(dir, "cert.pem"), certPEM, 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "key.pem"), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(certPEM)
	return pool, nil
}

// TLSConfig returns a client configuration trusting this server.
func (s *Server) TLSConfig() *tls.Config {
	return &tls.Config{RootCAs: s.RootCAs, ServerName: "127.0.0.1"}
}

// CPUTime is the CPU time Dovecot's processes have used so far: every live
// process of the server's process group, plus what the exited ones left in
// their parents' counters. Benchmarks subtract two readings to show what
// the server spent on a phase beside what the client spent, since both
// share the machine. It returns 0 where /proc is not available.
func (s *Server) CPUTime() time.Duration {
	if s.cmd == nil {
		return 0
	}
	pgid := s.cmd.Process.Pid
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return 0
	}
	var ticks int64
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// The command name may hold spaces; the fields start after ')'.
		i := bytes.LastIndexByte(b, ')')
		if i < 0 {
			continue
		}
		f := strings.Fields(string(b[i+1:]))
		// f[0] is field 3 (state): pgrp is field 5, utime..cstime 14-17.
		if len(f) < 15 || f[2] != fmt.Sprint(pgid) {
			continue
		}
		for _, v := range f[11:15] {
			var n int64
			fmt.Sscan(v, &n)
			ticks += n
		}
	}
	// Linux reports these in USER_HZ, which is 100 on every platform Go
	// supports there.
	return time.Duration(ticks) * 10 * time.Millisecond
}
