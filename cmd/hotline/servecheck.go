package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/hotline/hotline/service/route"
)

// checkServe is `serve --check`: it reports what validating the flags found
// and validates what serve would start with beyond them: the routing file,
// the secrets in files and the environment, and the paths it would open. It
// opens no connection and binds nothing, so it runs the same in a CI job, an
// init container or on a laptop with the pod's arguments. Every problem is
// reported in one run.
func checkServe(ctx context.Context, cfg serveConfig, stdout, stderr io.Writer) error {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	for _, err := range cfg.flagProblems {
		add("%s", strings.TrimPrefix(err.Error(), errUsage.Error()+": "))
	}
	var summary []string
	say := func(format string, args ...any) { summary = append(summary, fmt.Sprintf(format, args...)) }

	say("gRPC API on %s%s", cfg.listen, cfg.security.describe())
	if cfg.metricsListen != "" {
		what := "metrics and /healthz"
		if cfg.routing.configPath != "" {
			what += " and the acknowledge page"
		}
		say("%s on %s", what, cfg.metricsListen)
	}

	switch {
	case cfg.store.postgresDSN != "":
		// The DSN may hold a password: the parser's message is not shown.
		if _, err := pgconn.ParseConfig(cfg.store.postgresDSN); err != nil {
			add("--postgres or $%s is not a valid PostgreSQL connection string", envPostgresDSN)
		} else {
			say("store: PostgreSQL (from --postgres or $%s)", envPostgresDSN)
		}
	case cfg.store.dbPath != "":
		if fi, err := os.Stat(filepath.Dir(cfg.store.dbPath)); err != nil || !fi.IsDir() {
			add("--db %s: directory %s does not exist", cfg.store.dbPath, filepath.Dir(cfg.store.dbPath))
		} else {
			say("store: SQLite %s", cfg.store.dbPath)
		}
	default:
		say("store: none (classification API only)")
	}

	for _, m := range cfg.ingest.mailboxes {
		if m.Password != "" {
			say("mailbox %s", m)
			continue
		}
		if _, err := cfg.ingest.secret(m)(ctx); err != nil {
			add("mailbox %s: no credential: %v", m, err)
			continue
		}
		say("mailbox %s", m)
	}

	if rc := cfg.routing; rc.configPath != "" {
		c, err := route.LoadConfig(rc.configPath)
		var ve *route.ValidationError
		switch {
		case errors.As(err, &ve):
			for _, p := range ve.Problems {
				add("routing config %s: %s", rc.configPath, p)
			}
		case err != nil:
			add("routing config: %v", err)
		default:
			say("routing %s: %s", rc.configPath, strings.TrimSpace(strings.ReplaceAll(c.Summary(), "\n", "\n    ")))
		}
		key, err := secret(rc.ackKeyFile, envAckKey)
		switch {
		case err != nil:
			add("--ack-key-file: %v", err)
		case key == "":
			add("no key to sign acknowledge links: set $%s or --ack-key-file", envAckKey)
		case len(key) < 16:
			add("the acknowledge link signing key is %d bytes, want at least 16 (openssl rand -hex 32 makes one)", len(key))
		}
		pass, err := secret(rc.smtpPassFile, envSMTPPassword)
		switch {
		case err != nil:
			add("--smtp-password-file: %v", err)
		case rc.smtpUser != "" && pass == "":
			add("--smtp-user %s has no password: set $%s or --smtp-password-file", rc.smtpUser, envSMTPPassword)
		}
		if _, err := secret(rc.webhookSecret, envWebhookSecret); err != nil {
			add("--webhook-secret-file: %v", err)
		}
		auth := "no SMTP AUTH"
		if rc.smtpUser != "" {
			auth = "AUTH as " + rc.smtpUser + " over TLS only"
			if rc.smtpInsecureAuth {
				auth = "AUTH as " + rc.smtpUser + ", allowed without TLS to this loopback relay"
			}
		}
		say("alert mail via %s from %s (%s); acknowledge links to %s", rc.smtpAddr, rc.smtpFrom, auth, rc.ackURL)
	}
	cfg.web.check(cfg, add, say)

	if len(problems) > 0 {
		fmt.Fprintf(stderr, "serve configuration: %d problem(s):\n", len(problems))
		for _, p := range problems {
			fmt.Fprintf(stderr, "  %s\n", p)
		}
		return fmt.Errorf("serve configuration is not valid")
	}
	fmt.Fprintln(stdout, "serve configuration OK")
	for _, s := range summary {
		fmt.Fprintf(stdout, "  %s\n", s)
	}
	return nil
}

// describe says how the API is protected, for the check summary.
func (c *apiSecurity) describe() string {
	var parts []string
	switch {
	case c.tlsClientCA != "":
		parts = append(parts, "mutual TLS")
	case c.tlsCert != "":
		parts = append(parts, "TLS")
	default:
		parts = append(parts, "plaintext")
	}
	if c.tokensFile != "" {
		parts = append(parts, "bearer tokens from "+c.tokensFile)
	} else {
		parts = append(parts, "no bearer tokens: any client that reaches it may read mail and take alerts")
	}
	return " (" + strings.Join(parts, ", ") + ")"
}
