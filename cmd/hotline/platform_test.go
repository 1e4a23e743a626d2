package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/internal/pgtest"
	"github.com/hotline/hotline/service/app"
)

// startServe runs serve with args plus loopback listeners and a ready
// file, and stops it at cleanup, failing the test if it did not stop
// cleanly.
func startServe(t *testing.T, args ...string) (app.ReadyInfo, *syncBuffer) {
	t.Helper()
	ready := filepath.Join(t.TempDir(), "ready.json")
	ctx, cancel := context.WithCancel(context.Background())
	stderr := &syncBuffer{}
	done := make(chan error, 1)
	full := append([]string{"serve", "--listen", "127.0.0.1:0", "--metrics-listen", "127.0.0.1:0", "--ready-file", ready}, args...)
	go func() { done <- run(ctx, full, io.Discard, stderr) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop")
		}
	})
	return waitReady(t, ready, done), stderr
}

// testPKI is a CA with a server certificate for 127.0.0.1 and a client
// certificate, as PEM files.
type testPKI struct {
	caFile, certFile, keyFile string
	pool                      *x509.CertPool
	client                    tls.Certificate
}

func newTestPKI(t *testing.T) testPKI {
	t.Helper()
	dir := t.TempDir()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "test ca"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, _ := x509.ParseCertificate(caDER)
	issue := func(serial int64, usage x509.ExtKeyUsage, ips []net.IP) ([]byte, *ecdsa.PrivateKey) {
		key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		tmpl := &x509.Certificate{SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: "test"},
			NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
			ExtKeyUsage: []x509.ExtKeyUsage{usage}, IPAddresses: ips, KeyUsage: x509.KeyUsageDigitalSignature}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
		if err != nil {
			t.Fatal(err)
		}
		return der, key
	}
	write := func(name, typ string, der []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	keyDER := func(k *ecdsa.PrivateKey) []byte {
		b, err := x509.MarshalECPrivateKey(k)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	p := testPKI{pool: x509.NewCertPool()}
	p.pool.AddCert(ca)
	p.caFile = write("ca.pem", "CERTIFICATE", caDER)
	srvDER, srvKey := issue(2, x509.ExtKeyUsageServerAuth, []net.IP{net.ParseIP("127.0.0.1")})
	p.certFile = write("server.pem", "CERTIFICATE", srvDER)
	p.keyFile = write("server.key", "EC PRIVATE KEY", keyDER(srvKey))
	cliDER, cliKey := issue(3, x509.ExtKeyUsageClientAuth, nil)
	p.client = tls.Certificate{Certificate: [][]byte{cliDER}, PrivateKey: cliKey}
	return p
}

const (
	testReadToken  = "read-token-0123456789abcdef0123456789"
	testAdminToken = "admin-token-0123456789abcdef012345678"
)

func withToken(ctx context.Context, token string) context.Context {
	if token == "" {
		return ctx
	}
	return metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+token)
}

func TestServeAuthTokensAndMutualTLS(t *testing.T) {
	pki := newTestPKI(t)
	tokens := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(tokens, []byte("# roles\nread:"+testReadToken+"\nadmin:"+testAdminToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	info, _ := startServe(t, "--db", filepath.Join(t.TempDir(), "hotline.db"), "--auth-tokens", tokens,
		"--tls-cert", pki.certFile, "--tls-key", pki.keyFile, "--tls-client-ca", pki.caFile)

	creds := credentials.NewTLS(&tls.Config{RootCAs: pki.pool, Certificates: []tls.Certificate{pki.client}})
	conn, err := grpc.NewClient(info.GRPC, grpc.WithTransportCredentials(creds))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	// Health stays open so probes need no token.
	if _, err := healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{}, grpc.WaitForReady(true)); err != nil {
		t.Fatalf("health without a token: %v", err)
	}
	mc := hotlinev1.NewMessageServiceClient(conn)
	ec := hotlinev1.NewEscalationServiceClient(conn)
	ackAlert := func(ctx context.Context) error {
		_, err := ec.AcknowledgeAlert(ctx, &hotlinev1.AcknowledgeAlertRequest{Id: 12345, Person: "ann"})
		return err
	}
	listMessages := func(ctx context.Context) error {
		_, err := mc.ListMessages(ctx, &hotlinev1.ListMessagesRequest{})
		return err
	}
	tests := []struct {
		name  string
		token string
		call  func(context.Context) error
		want  codes.Code
	}{
		{"no token lists", "", listMessages, codes.Unauthenticated},
		{"unknown token lists", "unknown-token-0123456789abcdef0123456", listMessages, codes.Unauthenticated},
		{"read token lists", testReadToken, listMessages, codes.OK},
		{"read token acknowledges", testReadToken, ackAlert, codes.PermissionDenied},
		// The alert does not exist: NotFound means the call got past auth.
		{"admin token acknowledges", testAdminToken, ackAlert, codes.NotFound},
		{"admin token lists", testAdminToken, listMessages, codes.OK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call(withToken(ctx, tt.token))
			if got := status.Code(err); got != tt.want {
				t.Errorf("code %v (%v), want %v", got, err, tt.want)
			}
		})
	}

	t.Run("client without a certificate", func(t *testing.T) {
		c, err := tls.Dial("tcp", info.GRPC, &tls.Config{RootCAs: pki.pool, NextProtos: []string{"h2"}})
		if err == nil {
			// With TLS 1.3 the server's verdict on the client arrives with
			// the first read.
			c.SetReadDeadline(time.Now().Add(10 * time.Second))
			_, err = c.Read(make([]byte, 1))
			c.Close()
		}
		if err == nil || errors.Is(err, os.ErrDeadlineExceeded) {
			t.Fatalf("TLS without a client certificate: err %v, want a handshake failure", err)
		}
		plain, err := grpc.NewClient(info.GRPC, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			t.Fatal(err)
		}
		defer plain.Close()
		pctx, pcancel := context.WithTimeout(ctx, 5*time.Second)
		defer pcancel()
		if _, err := healthpb.NewHealthClient(plain).Check(pctx, &healthpb.HealthCheckRequest{}); status.Code(err) != codes.Unavailable {
			t.Errorf("plaintext call: %v, want Unavailable", err)
		}
	})
}

func TestServeSecurityFlagErrors(t *testing.T) {
	pki := newTestPKI(t)
	badTokens := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(badTokens, []byte("root:"+testAdminToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		env  string
		want string
	}{
		{"db and postgres", []string{"--db", "x.db", "--postgres", "postgres://h/db"}, "", "mutually exclusive"},
		{"db and postgres env", []string{"--db", "x.db"}, "postgres://h/db", "mutually exclusive"},
		{"cert without key", []string{"--tls-cert", pki.certFile}, "", "--tls-cert and --tls-key go together"},
		{"client ca alone", []string{"--tls-client-ca", pki.caFile}, "", "--tls-client-ca needs"},
		{"bad token file", []string{"--auth-tokens", badTokens}, "", "unknown role"},
		{"lease ttl", []string{"--lease-ttl", "1ms"}, "", "--lease-ttl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(app.EnvPostgresDSN, tt.env)
			_, err := validateServeFlags(tt.args, io.Discard)
			if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err %v, want usage error containing %q", err, tt.want)
			}
			if strings.Contains(err.Error(), testAdminToken) {
				t.Errorf("error quotes the token: %v", err)
			}
		})
	}
}

func TestServeOnPostgres(t *testing.T) {
	pg := pgtest.Start(t)
	dsn := pg.NewDatabase(t)
	// From the environment, as in Kubernetes, so the password is not in argv.
	t.Setenv(app.EnvPostgresDSN, dsn)
	info, _ := startServe(t)
	conn, err := grpc.NewClient(info.GRPC, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	resp, err := hotlinev1.NewMessageServiceClient(conn).ListMessages(ctx, &hotlinev1.ListMessagesRequest{}, grpc.WaitForReady(true))
	if err != nil {
		t.Fatalf("ListMessages on PostgreSQL: %v", err)
	}
	if n := len(resp.GetMessages()); n != 0 {
		t.Errorf("fresh database lists %d messages", n)
	}
	alerts, err := hotlinev1.NewEscalationServiceClient(conn).ListAlerts(ctx, &hotlinev1.ListAlertsRequest{})
	if err != nil || len(alerts.GetAlerts()) != 0 {
		t.Errorf("ListAlerts on PostgreSQL: %d alerts, %v", len(alerts.GetAlerts()), err)
	}
}
