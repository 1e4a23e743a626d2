// Package tlsconf builds server TLS configurations whose certificate is
// re-read when its files change, so a rotated certificate (cert-manager, a
// Kubernetes Secret update) takes effect without a restart.
package tlsconf

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

// Options names the files of a server identity and, for mutual TLS, the CA
// that client certificates must chain to.
type Options struct {
	CertFile string
	KeyFile  string
	// ClientCAFile turns on mutual TLS: clients must present a certificate
	// signed by one of these CAs.
	ClientCAFile string
}

// Server returns a TLS 1.2+ configuration for a server. The key pair is
// loaded now, so a bad file fails at start-up, and again whenever one of
// the files changes.
func Server(o Options) (*tls.Config, error) {
	if o.CertFile == "" || o.KeyFile == "" {
		return nil, errors.New("tls: both a certificate file and a key file are needed")
	}
	r := &reloader{certFile: o.CertFile, keyFile: o.KeyFile}
	if _, err := r.certificate(); err != nil {
		return nil, err
	}
	cfg := &tls.Config{
		MinVersion:     tls.VersionTLS12,
		GetCertificate: func(*tls.ClientHelloInfo) (*tls.Certificate, error) { return r.certificate() },
		NextProtos:     []string{"h2"},
	}
	if o.ClientCAFile != "" {
		pem, err := os.ReadFile(o.ClientCAFile)
		if err != nil {
			return nil, fmt.Errorf("tls: read client CA: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("tls: client CA file %s holds no PEM certificate", o.ClientCAFile)
		}
		cfg.ClientCAs = pool
		cfg.ClientAuth = tls.RequireAndVerifyClientCert
	}
	return cfg, nil
}

// reloader caches a key pair and the file versions it came from.
type reloader struct {
	certFile, keyFile string

	mu      sync.Mutex
	cert    *tls.Certificate
	version [2]fileVersion
}

type fileVersion struct {
	mod  time.Time
	size int64
}

func stat(path string) (fileVersion, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return fileVersion{}, err
	}
	return fileVersion{mod: fi.ModTime(), size: fi.Size()}, nil
}

// certificate returns the cached pair, reloading it when either file's
// modification time or size changed. A pair that fails to load while a good
// one is cached keeps the good one: a half-written rotation must not take
// the server down.
func (r *reloader) certificate() (*tls.Certificate, error) {
	cv, err := stat(r.certFile)
	if err != nil {
		return r.fallback(fmt.Errorf("tls: certificate file: %w", err))
	}
	kv, err := stat(r.keyFile)
	if err != nil {
		return r.fallback(fmt.Errorf("tls: key file: %w", err))
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cert != nil && r.version == [2]fileVersion{cv, kv} {
		return r.cert, nil
	}
	pair, err := tls.LoadX509KeyPair(r.certFile, r.keyFile)
	if err != nil {
		if r.cert != nil {
			return r.cert, nil
		}
		return nil, fmt.Errorf("tls: load key pair: %w", err)
	}
	r.cert, r.version = &pair, [2]fileVersion{cv, kv}
	return r.cert, nil
}

func (r *reloader) fallback(err error) (*tls.Certificate, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cert != nil {
		return r.cert, nil
	}
	return nil, err
}
