package app

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/hotline/hotline/internal/flagvalue"
	"github.com/hotline/hotline/service/ingest"
)

// AddFlags registers the mailbox flags serve and ingest share. The password
// or token is read from its file or variable on every connect, so a rotated
// secret applies without a restart.
func (o *IngestOptions) AddFlags(fs *flag.FlagSet) {
	fs.Var((*flagvalue.Strings)(&o.URLs), "imap", "mailbox `URL`, repeatable: imaps://user@host[:993]/INBOX, imap://user@host:143/INBOX (STARTTLS); user;AUTH=XOAUTH2@ or ;AUTH=OAUTHBEARER@ for OAuth2")
	password := fs.String("imap-password-file", "", "read the IMAP password from this `file` (default: $"+EnvIMAPPassword+")")
	token := fs.String("imap-token-file", "", "read the OAuth2 access token from this `file`, re-read on every connect (default: $"+EnvIMAPToken+")")
	fs.BoolVar(&o.AllowInsecure, "imap-insecure", false, "allow plaintext IMAP to non-loopback servers that do not offer STARTTLS")
	fs.StringVar(&o.CAFile, "imap-ca-file", "", "trust the PEM certificates in this `file` for IMAP TLS, instead of the system roots")
	fs.StringVar(&o.Since, "since", "", "on a mailbox's first sync, only read mail delivered on or after this `date` (YYYY-MM-DD)")
	fs.DurationVar(&o.Poll, "poll", 30*time.Second, "polling `interval` for servers without IDLE")
	fs.StringVar(&o.KeywordPrefix, "keyword-prefix", "$Hotline", "keyword set on processed mail; `prefix`-Hot and prefix-Warm mark the level")
	fs.TextVar(&o.Mark, "mark", ingest.MarkAll, "set keywords on `all|routed` mail: every processed message, or only hot and warm ones (the flags of cool mail are left alone)")
	fs.BoolVar(&o.NoKeywords, "no-keywords", false, "do not set keywords in the mailbox (overrides --mark)")
	fs.StringVar(&o.MoveHot, "move-hot", "", "move hot mail to this `folder` (created if missing)")
	fs.IntVar(&o.Batch, "batch", 200, "messages per UID FETCH")
	fs.StringVar(&o.Replica, "replica", "", "`name` of this replica in mailbox leases (default: $"+EnvReplica+", else host name and process id; a restart on the same host takes back the leases of its dead predecessor at once)")
	fs.DurationVar(&o.LeaseTTL, "lease-ttl", ingest.DefaultLeaseTTL, "mailbox lease `duration`: replicas sharing a store read each mailbox one at a time, and take over a dead replica's mailboxes after this long")
	o.Secret = func(_ context.Context, m ingest.Mailbox) (string, error) {
		file, env := *password, EnvIMAPPassword
		if m.Auth != ingest.AuthLogin {
			file, env = *token, EnvIMAPToken
		}
		v, err := ReadSecret(file, env)
		if err == nil && v == "" {
			err = fmt.Errorf("set $%s or pass a secret file", env)
		}
		return v, err
	}
}

// ReadSecret reads a secret from file, or else from the environment
// variable env, so that it stays out of the process list.
func ReadSecret(file, env string) (string, error) {
	if file == "" {
		return os.Getenv(env), nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("read secret: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// AddFlags registers --db, whose default and help each command words for
// its use, and --postgres.
func (o *StoreOptions) AddFlags(fs *flag.FlagSet, dbDefault, dbHelp string) {
	fs.StringVar(&o.SQLite, "db", dbDefault, dbHelp)
	fs.StringVar(&o.PostgresDSN, "postgres", "", "PostgreSQL `DSN` (postgres://user@host/db) shared by replicas, instead of --db (default: $"+EnvPostgresDSN+")")
}

// Resolve fills the DSN from $HOTLINE_POSTGRES_DSN, which keeps it out of
// the process list, and rejects two stores with an *InvalidError.
func (o *StoreOptions) Resolve() error {
	o.PostgresDSN = cmp.Or(o.PostgresDSN, os.Getenv(EnvPostgresDSN))
	if o.SQLite != "" && o.PostgresDSN != "" {
		return invalid([]error{fmt.Errorf("--db and --postgres (or $%s) are mutually exclusive; pick one store", EnvPostgresDSN)})
	}
	return nil
}

// LogOptions are the --log-format and --log-level flags.
type LogOptions struct {
	Format string // text or json
	Level  slog.Level
}

// AddFlags registers --log-format and --log-level, whose default differs
// between the service and one-off commands.
func (o *LogOptions) AddFlags(fs *flag.FlagSet, level slog.Level) {
	fs.StringVar(&o.Format, "log-format", "text", "log format: text or json")
	fs.TextVar(&o.Level, "log-level", level, "log `level`: debug, info, warn or error")
}

// Logger returns the logger the options describe, writing to w (see NewLogger).
func (o LogOptions) Logger(w io.Writer) (*slog.Logger, error) { return NewLogger(o.Format, o.Level, w) }
