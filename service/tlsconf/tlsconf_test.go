package tlsconf

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// authority is a throwaway CA for tests.
type authority struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
	pem  []byte
}

func newAuthority(t *testing.T, name string) *authority {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: name},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	return &authority{cert: cert, key: key, pem: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})}
}

// issue returns PEM cert and key for a leaf with the given serial.
func (a *authority) issue(t *testing.T, serial int64, usage x509.ExtKeyUsage) (certPEM, keyPEM []byte) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(serial),
		Subject:      pkix.Name{CommonName: "hotline"},
		DNSNames:     []string{"localhost"},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{usage},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, a.cert, &key.PublicKey, a.key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder})
}

func write(t *testing.T, path string, data []byte, mod time.Time) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, mod, mod); err != nil {
		t.Fatal(err)
	}
}

// serve accepts TLS connections with cfg, completes the handshake and
// writes "ok", so a client sees handshake failures on its first read.
func serve(t *testing.T, cfg *tls.Config) string {
	t.Helper()
	lis, err := tls.Listen("tcp", "127.0.0.1:0", cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lis.Close() })
	go func() {
		for {
			c, err := lis.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				if c.(*tls.Conn).Handshake() == nil {
					c.Write([]byte("ok"))
				}
			}()
		}
	}()
	return lis.Addr().String()
}

// dial connects and returns the server certificate's serial, or an error
// from the handshake or the first read.
func dial(addr string, roots *x509.CertPool, client []tls.Certificate) (int64, error) {
	c, err := tls.Dial("tcp", addr, &tls.Config{RootCAs: roots, ServerName: "localhost", Certificates: client})
	if err != nil {
		return 0, err
	}
	defer c.Close()
	buf := make([]byte, 2)
	if _, err := io.ReadFull(c, buf); err != nil {
		return 0, err
	}
	return c.ConnectionState().PeerCertificates[0].SerialNumber.Int64(), nil
}

func TestServerReloadsRotatedCertificate(t *testing.T) {
	ca := newAuthority(t, "test CA")
	dir := t.TempDir()
	certFile, keyFile := filepath.Join(dir, "tls.crt"), filepath.Join(dir, "tls.key")
	c1, k1 := ca.issue(t, 100, x509.ExtKeyUsageServerAuth)
	start := time.Now().Add(-time.Minute)
	write(t, certFile, c1, start)
	write(t, keyFile, k1, start)

	cfg, err := Server(Options{CertFile: certFile, KeyFile: keyFile})
	if err != nil {
		t.Fatal(err)
	}
	addr := serve(t, cfg)
	roots := x509.NewCertPool()
	roots.AddCert(ca.cert)

	if serial, err := dial(addr, roots, nil); err != nil || serial != 100 {
		t.Fatalf("first handshake: serial %d, err %v; want 100", serial, err)
	}

	c2, k2 := ca.issue(t, 200, x509.ExtKeyUsageServerAuth)
	write(t, certFile, c2, start.Add(30*time.Second))
	write(t, keyFile, k2, start.Add(30*time.Second))
	if serial, err := dial(addr, roots, nil); err != nil || serial != 200 {
		t.Fatalf("after rotation: serial %d, err %v; want 200", serial, err)
	}

	// A half-written rotation keeps the last good certificate.
	write(t, keyFile, []byte("garbage"), start.Add(time.Minute))
	if serial, err := dial(addr, roots, nil); err != nil || serial != 200 {
		t.Fatalf("after a broken key file: serial %d, err %v; want the previous 200", serial, err)
	}
}

func TestMutualTLS(t *testing.T) {
	ca := newAuthority(t, "server and client CA")
	other := newAuthority(t, "someone else's CA")
	dir := t.TempDir()
	now := time.Now()
	sc, sk := ca.issue(t, 1, x509.ExtKeyUsageServerAuth)
	write(t, filepath.Join(dir, "tls.crt"), sc, now)
	write(t, filepath.Join(dir, "tls.key"), sk, now)
	write(t, filepath.Join(dir, "ca.crt"), ca.pem, now)
	cfg, err := Server(Options{
		CertFile:     filepath.Join(dir, "tls.crt"),
		KeyFile:      filepath.Join(dir, "tls.key"),
		ClientCAFile: filepath.Join(dir, "ca.crt"),
	})
	if err != nil {
		t.Fatal(err)
	}
	addr := serve(t, cfg)
	roots := x509.NewCertPool()
	roots.AddCert(ca.cert)

	pair := func(a *authority) []tls.Certificate {
		c, k := a.issue(t, 7, x509.ExtKeyUsageClientAuth)
		p, err := tls.X509KeyPair(c, k)
		if err != nil {
			t.Fatal(err)
		}
		return []tls.Certificate{p}
	}
	tests := []struct {
		name   string
		client []tls.Certificate
		ok     bool
	}{
		{"no client certificate", nil, false},
		{"certificate from another CA", pair(other), false},
		{"certificate from the client CA", pair(ca), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := dial(addr, roots, tc.client)
			if (err == nil) != tc.ok {
				t.Fatalf("dial error = %v, want success %v", err, tc.ok)
			}
		})
	}
}

func TestServerRejectsBadFiles(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.pem")
	write(t, junk, []byte("not pem"), time.Now())
	tests := []struct {
		name string
		o    Options
		want string
	}{
		{"no files", Options{}, "both a certificate file and a key file"},
		{"missing file", Options{CertFile: filepath.Join(dir, "nope"), KeyFile: junk}, "certificate file"},
		{"junk pair", Options{CertFile: junk, KeyFile: junk}, "load key pair"},
	}
	for _, tc := range tests {
		_, err := Server(tc.o)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want it to mention %q", tc.name, err, tc.want)
		}
	}
}
