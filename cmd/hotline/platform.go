package main

import (
	"context"
	"crypto/tls"
	"flag"
	"fmt"
	"os"

	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/auth"
	"github.com/hotline/hotline/service/history"
	"github.com/hotline/hotline/service/ingest"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
	"github.com/hotline/hotline/service/tlsconf"
	"github.com/hotline/hotline/service/web"
)

// envPostgresDSN holds the PostgreSQL connection string when --postgres is
// empty, so the password is not visible in the process list.
const envPostgresDSN = "HOTLINE_POSTGRES_DSN"

// storeConfig chooses the store: a SQLite file for one process, or a
// PostgreSQL database shared by several replicas.
type storeConfig struct {
	dbPath      string
	postgresDSN string
}

// registerPostgres adds --postgres to fs; --db is registered by each
// command with its own help text.
func (c *storeConfig) registerPostgres(fs *flag.FlagSet) {
	fs.StringVar(&c.postgresDSN, "postgres", "", "PostgreSQL `DSN` (postgres://user@host/db) shared by replicas, instead of --db (default: $"+envPostgresDSN+")")
}

// validate fills the DSN from the environment and rejects two stores.
func (c *storeConfig) validate() error {
	if c.postgresDSN == "" {
		c.postgresDSN = os.Getenv(envPostgresDSN)
	}
	if c.dbPath != "" && c.postgresDSN != "" {
		return fmt.Errorf("%w: --db and --postgres (or $%s) are mutually exclusive; pick one store", errUsage, envPostgresDSN)
	}
	return nil
}

// configured reports whether a store was chosen.
func (c storeConfig) configured() bool { return c.dbPath != "" || c.postgresDSN != "" }

// servedStore is what serve's parts need from the store; *store.SQLite and
// *store.Postgres both provide it.
type servedStore interface {
	ingest.Store
	ingest.Leaser
	route.Store
	notify.Outbox
	api.MessageReader
	api.MessageSource
	api.AlertReader
	web.Store
	history.Store
	Close() error
}

// open opens the chosen store. The DSN is never part of an error: it may
// hold a password.
func (c storeConfig) open(ctx context.Context) (servedStore, error) {
	if c.postgresDSN != "" {
		st, err := store.OpenPostgres(ctx, c.postgresDSN)
		if err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
		return st, nil
	}
	st, err := store.OpenSQLite(ctx, c.dbPath)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	return st, nil
}

// apiSecurity holds the flags that protect the gRPC API: TLS, optionally
// mutual, and bearer tokens.
type apiSecurity struct {
	tlsCert, tlsKey, tlsClientCA string
	tokensFile                   string

	// Filled by validate.
	tls    *tls.Config
	tokens *auth.Tokens
}

// register adds the API security flags to fs.
func (c *apiSecurity) register(fs *flag.FlagSet) {
	fs.StringVar(&c.tlsCert, "tls-cert", "", "serve gRPC over TLS with this PEM certificate `file` (reloaded when it changes)")
	fs.StringVar(&c.tlsKey, "tls-key", "", "PEM private key `file` for --tls-cert")
	fs.StringVar(&c.tlsClientCA, "tls-client-ca", "", "require client certificates signed by the CAs in this PEM `file` (mutual TLS)")
	fs.StringVar(&c.tokensFile, "auth-tokens", "", "require bearer tokens from this `file` of read:TOKEN and admin:TOKEN lines; health and reflection stay open")
}

// validate loads the certificates and tokens, so a bad file fails at
// start-up.
func (c *apiSecurity) validate() error {
	switch {
	case (c.tlsCert == "") != (c.tlsKey == ""):
		return fmt.Errorf("%w: --tls-cert and --tls-key go together", errUsage)
	case c.tlsClientCA != "" && c.tlsCert == "":
		return fmt.Errorf("%w: --tls-client-ca needs --tls-cert and --tls-key", errUsage)
	}
	if c.tlsCert != "" {
		cfg, err := tlsconf.Server(tlsconf.Options{CertFile: c.tlsCert, KeyFile: c.tlsKey, ClientCAFile: c.tlsClientCA})
		if err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		c.tls = cfg
	}
	if c.tokensFile != "" {
		t, err := auth.LoadTokens(c.tokensFile)
		if err != nil {
			return fmt.Errorf("%w: --auth-tokens: %v", errUsage, err)
		}
		c.tokens = t
	}
	return nil
}

// apply adds TLS and token checks to the server options.
func (c *apiSecurity) apply(o *api.ServerOptions) {
	o.TLS = c.tls
	if c.tokens == nil {
		return
	}
	p := auth.DefaultPolicy()
	o.UnaryInterceptors = append(o.UnaryInterceptors, c.tokens.UnaryInterceptor(p))
	o.StreamInterceptors = append(o.StreamInterceptors, c.tokens.StreamInterceptor(p))
}
