package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/hotline/hotline/internal/flagvalue"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/ingest"
)

// registerIngest adds the mailbox flags serve and ingest share; the password
// or token is read from its file or variable on every connect (rotation).
func registerIngest(fs *flag.FlagSet, o *app.IngestOptions) {
	fs.Var((*flagvalue.Strings)(&o.URLs), "imap", "mailbox `URL`, repeatable: imaps://user@host[:993]/INBOX, imap://user@host:143/INBOX (STARTTLS); user;AUTH=XOAUTH2@ or ;AUTH=OAUTHBEARER@ for OAuth2")
	password := fs.String("imap-password-file", "", "read the IMAP password from this `file` (default: $"+app.EnvIMAPPassword+")")
	token := fs.String("imap-token-file", "", "read the OAuth2 access token from this `file`, re-read on every connect (default: $"+app.EnvIMAPToken+")")
	fs.BoolVar(&o.AllowInsecure, "imap-insecure", false, "allow plaintext IMAP to non-loopback servers that do not offer STARTTLS")
	fs.StringVar(&o.CAFile, "imap-ca-file", "", "trust the PEM certificates in this `file` for IMAP TLS, instead of the system roots")
	fs.StringVar(&o.Since, "since", "", "on a mailbox's first sync, only read mail delivered on or after this `date` (YYYY-MM-DD)")
	fs.DurationVar(&o.Poll, "poll", 30*time.Second, "polling `interval` for servers without IDLE")
	fs.StringVar(&o.KeywordPrefix, "keyword-prefix", "$Hotline", "keyword set on processed mail; `prefix`-Hot and prefix-Warm mark the level")
	fs.BoolVar(&o.NoKeywords, "no-keywords", false, "do not set keywords in the mailbox")
	fs.StringVar(&o.MoveHot, "move-hot", "", "move hot mail to this `folder` (created if missing)")
	fs.IntVar(&o.Batch, "batch", 200, "messages per UID FETCH")
	fs.StringVar(&o.Replica, "replica", "", "`name` of this replica in mailbox leases (default: $"+app.EnvReplica+", else host name and process id; a restart on the same host takes back the leases of its dead predecessor at once)")
	fs.DurationVar(&o.LeaseTTL, "lease-ttl", ingest.DefaultLeaseTTL, "mailbox lease `duration`: replicas sharing a store read each mailbox one at a time, and take over a dead replica's mailboxes after this long")
	o.Secret = func(_ context.Context, m ingest.Mailbox) (string, error) {
		file, env := *password, app.EnvIMAPPassword
		if m.Auth != ingest.AuthLogin {
			file, env = *token, app.EnvIMAPToken
		}
		v, err := secret(file, env)
		if err == nil && v == "" {
			err = fmt.Errorf("set $%s or pass a secret file", env)
		}
		return v, err
	}
}

func runIngest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var o app.IngestOptions
	var sc storeConfig
	var logLevel slog.Level
	fs := newFlagSet("ingest", "ingest --imap URL [--imap URL...] --db PATH [flags]", stderr)
	registerIngest(fs, &o)
	fs.StringVar(&sc.dbPath, "db", "", "SQLite database `path`")
	sc.registerPostgres(fs)
	once := fs.Bool("once", false, "sync every mailbox once, print what was new, and exit")
	jsonOut := fs.Bool("json", false, "print one JSON object per recorded message")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	fs.TextVar(&logLevel, "log-level", slog.LevelWarn, "log `level`: debug, info, warn or error")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: ingest takes no arguments, got %q", errUsage, fs.Args())
	}
	logger, err := app.NewLogger(*logFormat, logLevel, stderr)
	if err := errors.Join(append(usageErrors(err), sc.validate())...); err != nil {
		return err
	}
	if !*jsonOut {
		o.Progress = app.Progress(stderr)
	}
	return errors.Join(usageErrors(app.Ingest(ctx, o, sc.options(), *once, app.Printer(stdout, *jsonOut), logger))...)
}
