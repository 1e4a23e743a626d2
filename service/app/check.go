package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/hotline/hotline/service/route"
)

// Check is `serve --check`: it validates what a process would start with
// beyond Validate (the routing file, the secrets' strength, the mailbox
// credentials and the paths it would open) and says what it would run. It
// opens no connection and binds nothing, so it runs the same in a CI job,
// an init container or on a laptop with a pod's arguments. Call it after
// Validate, whose problems it does not repeat; every problem it finds is
// in problems.
func Check(ctx context.Context, o Options) (summary, problems []string) {
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	say := func(format string, args ...any) { summary = append(summary, fmt.Sprintf(format, args...)) }

	say("gRPC API on %s%s", o.Listen, o.describeSecurity())
	if o.MetricsListen != "" {
		what := "metrics and /healthz"
		if o.Alerting.RoutingConfig != "" {
			what += " and the acknowledge page"
		}
		say("%s on %s", what, o.MetricsListen)
	}

	switch {
	case o.Store.PostgresDSN != "":
		// The DSN may hold a password: the parser's message is not shown.
		if _, err := pgconn.ParseConfig(o.Store.PostgresDSN); err != nil {
			add("--postgres or $%s is not a valid PostgreSQL connection string", EnvPostgresDSN)
		} else {
			say("store: PostgreSQL (from --postgres or $%s)", EnvPostgresDSN)
		}
	case o.Store.SQLite != "":
		if fi, err := os.Stat(filepath.Dir(o.Store.SQLite)); err != nil || !fi.IsDir() {
			add("--db %s: directory %s does not exist", o.Store.SQLite, filepath.Dir(o.Store.SQLite))
		} else {
			say("store: SQLite %s", o.Store.SQLite)
		}
	default:
		say("store: none (classification API only)")
	}

	for _, m := range o.Ingest.mailboxes {
		if m.Password == "" && o.Ingest.Secret != nil {
			if _, err := o.Ingest.Secret(ctx, m); err != nil {
				add("mailbox %s: no credential: %v", m, err)
				continue
			}
		}
		say("mailbox %s", m)
	}

	if rc := o.Alerting; rc.RoutingConfig != "" {
		c, err := route.LoadConfig(rc.RoutingConfig)
		var ve *route.ValidationError
		switch {
		case errors.As(err, &ve):
			for _, p := range ve.Problems {
				add("routing config %s: %s", rc.RoutingConfig, p)
			}
		case err != nil:
			add("routing config: %v", err)
		default:
			say("routing %s: %s", rc.RoutingConfig, strings.TrimSpace(strings.ReplaceAll(c.Summary(), "\n", "\n    ")))
		}
		switch n := len(rc.AckKey); {
		case n == 0:
			add("no key to sign acknowledge links: set $%s or --ack-key-file", EnvAckKey)
		case n < 16:
			add("the acknowledge link signing key is %d bytes, want at least 16 (openssl rand -hex 32 makes one)", n)
		}
		if rc.Email.Username != "" && rc.Email.Password == "" {
			add("--smtp-user %s has no password: set $%s or --smtp-password-file", rc.Email.Username, EnvSMTPPassword)
		}
		auth := "no SMTP AUTH"
		if rc.Email.Username != "" {
			auth = "AUTH as " + rc.Email.Username + " over TLS only"
			if rc.Email.AllowInsecureAuth {
				auth = "AUTH as " + rc.Email.Username + ", allowed without TLS to this loopback relay"
			}
		}
		say("alert mail via %s from %s (%s); acknowledge links to %s", rc.Email.Addr, rc.Email.From, auth, rc.AckURL)
	}
	o.checkWeb(add, say)
	return summary, problems
}

// describeSecurity says how the API is protected, for the check summary.
func (o *Options) describeSecurity() string {
	var parts []string
	switch {
	case o.TLSClientCA != "":
		parts = append(parts, "mutual TLS")
	case o.TLSCert != "":
		parts = append(parts, "TLS")
	default:
		parts = append(parts, "plaintext")
	}
	if o.AuthTokens != "" {
		parts = append(parts, "bearer tokens from "+o.AuthTokens)
	} else {
		parts = append(parts, "no bearer tokens: any client that reaches it may read mail and take alerts")
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// checkWeb is the team page's part of the check: whether the page will be
// on, how people sign in, and whether the session key is strong enough.
func (o *Options) checkWeb(add, say func(format string, args ...any)) {
	switch {
	case !o.Store.Configured() || o.MetricsListen == "":
		say("team page: off (it needs a store and the metrics listener)")
		return
	case o.tokens == nil && o.Web.AuthHeader == "":
		say("team page: off (no --auth-tokens or --web-auth-header to sign people in)")
		return
	}
	key := o.Web.SessionKey
	if len(key) > 0 && len(key) < 32 {
		add("the team page session key is %d bytes, want at least 32 (openssl rand -hex 32 makes one)", len(key))
	}
	how := "sign-in with the API's bearer tokens"
	if o.Web.AuthHeader != "" {
		how = fmt.Sprintf("people named by the proxy header %s, role %s", o.Web.AuthHeader, o.Web.AuthRole)
	}
	sessions := "a random session key: sessions end when the process restarts"
	if len(key) > 0 {
		sessions = "sessions signed with the configured key"
	}
	say("team page at / on %s (%s; %s)", o.MetricsListen, how, sessions)
}
