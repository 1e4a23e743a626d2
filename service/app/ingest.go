package app

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/ingest"
	"github.com/hotline/hotline/service/store"
)

// EnvReplica names this replica in mailbox leases when
// IngestOptions.Replica is empty; Kubernetes sets it to the pod name.
const EnvReplica = "HOTLINE_REPLICA"

// IngestOptions say which mailboxes to read and how; serve and ingest share
// them. The zero value reads nothing; with URLs, KeywordPrefix and Batch
// are required (the command line's flags have defaults).
type IngestOptions struct {
	// URLs name the mailboxes (see ingest.ParseURL).
	URLs []string
	// Secret returns the password or token of a mailbox whose URL carries
	// none; it is called on every connect, so rotated secrets apply.
	Secret func(ctx context.Context, m ingest.Mailbox) (string, error)
	// AllowInsecure permits plaintext IMAP to non-loopback servers without
	// STARTTLS.
	AllowInsecure bool
	// CAFile, if set, holds the PEM certificates trusted for IMAP TLS
	// instead of the system roots.
	CAFile string
	// Since (YYYY-MM-DD) limits a mailbox's first sync.
	Since string
	Poll  time.Duration
	// IdleRefresh restarts IDLE this often (default: the ingester's).
	IdleRefresh   time.Duration
	KeywordPrefix string
	// Mark says which messages get keywords: every one (the default) or
	// only the routed, hot and warm ones. NoKeywords overrides it.
	Mark       ingest.Mark
	NoKeywords bool
	MoveHot    string
	Batch      int
	// Replica names this process in mailbox leases: default $HOTLINE_REPLICA,
	// else host name and process id.
	Replica string
	// LeaseTTL is how long a mailbox lease lasts unrenewed. Default
	// ingest.DefaultLeaseTTL.
	LeaseTTL time.Duration
	// Progress, if set, is told how far each first sync is.
	Progress func(mailbox string, done, total int)

	// Filled by validate.
	mailboxes []ingest.Mailbox
	since     time.Time
	tls       *tls.Config
}

// validate parses the mailbox URLs, the date and the CA file, so mistakes
// are reported before anything is opened. Problems name the flags.
func (o *IngestOptions) validate() error {
	if o.Since != "" {
		t, err := time.Parse(time.DateOnly, o.Since)
		if err != nil {
			return fmt.Errorf("--since wants YYYY-MM-DD, got %q", o.Since)
		}
		o.since = t
	}
	if len(o.URLs) > 0 && (strings.ContainsAny(o.KeywordPrefix, " ()[]{}%*\"\\") || o.KeywordPrefix == "") {
		return fmt.Errorf("--keyword-prefix %q is not a valid IMAP keyword", o.KeywordPrefix)
	}
	if _, err := o.Mark.MarshalText(); err != nil {
		return fmt.Errorf("--mark: %v", err)
	}
	if len(o.URLs) > 0 && o.Batch < 1 {
		return fmt.Errorf("--batch must be positive, got %d", o.Batch)
	}
	if o.LeaseTTL == 0 {
		o.LeaseTTL = ingest.DefaultLeaseTTL
	}
	if o.LeaseTTL < 30*time.Millisecond {
		return fmt.Errorf("--lease-ttl must be at least 30ms, got %v", o.LeaseTTL)
	}
	if o.Replica == "" {
		o.Replica = os.Getenv(EnvReplica)
	}
	if o.Replica == "" {
		o.Replica = ingest.LocalHolder()
	}
	if o.CAFile != "" {
		pem, err := os.ReadFile(o.CAFile)
		if err != nil {
			return fmt.Errorf("--imap-ca-file: %v", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return fmt.Errorf("--imap-ca-file %s holds no PEM certificate", o.CAFile)
		}
		o.tls = &tls.Config{RootCAs: pool}
	}
	seen := map[string]bool{}
	o.mailboxes = nil
	for _, raw := range o.URLs {
		m, err := ingest.ParseURL(raw)
		if err != nil {
			return fmt.Errorf("--imap: %v", err)
		}
		if seen[m.Key()] {
			return fmt.Errorf("--imap %s given twice", m)
		}
		seen[m.Key()] = true
		o.mailboxes = append(o.mailboxes, m)
	}
	return nil
}

// ingesters builds one Ingester per validated mailbox.
func (o *IngestOptions) ingesters(st ingest.Store, cl ingest.Classifier, sink ingest.Sink, metrics *ingest.Metrics, logger *slog.Logger) ([]*ingest.Ingester, error) {
	var out []*ingest.Ingester
	for _, m := range o.mailboxes {
		var secret func(context.Context) (string, error)
		if o.Secret != nil {
			secret = func(ctx context.Context) (string, error) { return o.Secret(ctx, m) }
		}
		in, err := ingest.New(ingest.Options{
			Mailbox: m, Store: st, Classifier: cl, Secret: secret, Sink: sink, Logger: logger, Metrics: metrics,
			AllowInsecure: o.AllowInsecure, TLSConfig: o.tls, Since: o.since, BatchSize: o.Batch,
			KeywordPrefix: o.KeywordPrefix, Mark: o.Mark, NoKeywords: o.NoKeywords, MoveHot: o.MoveHot, PollInterval: o.Poll,
			IdleRefresh: o.IdleRefresh, Progress: o.Progress,
		})
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	return out, nil
}

// runLeased reads every mailbox while this replica holds its lease in l,
// taking its fair share of them beside the other replicas, until ctx ends,
// and releases the leases before it returns.
func (o *IngestOptions) runLeased(ctx context.Context, ins []*ingest.Ingester, l ingest.Leaser, logger *slog.Logger) {
	ingest.RunShared(ctx, ins, ingest.Lease{Leaser: l, Holder: o.Replica, TTL: o.LeaseTTL, Logger: logger,
		Dead: ingest.DeadLocalHolder})
}

// InvalidError is an option that cannot work as given; the command line
// reports it as a usage error.
type InvalidError struct{ Problems []error }

func (e *InvalidError) Error() string { return errors.Join(e.Problems...).Error() }

// Unwrap returns the problems.
func (e *InvalidError) Unwrap() []error { return e.Problems }

// invalid returns nil without problems, else an *InvalidError.
func invalid(problems []error) error {
	if len(problems) == 0 {
		return nil
	}
	return &InvalidError{Problems: problems}
}

// Ingest is `hotline ingest`: it reads every mailbox of o into the store
// of so, scoring with the default classifier, and tells out about each
// newly recorded message. With once it syncs each mailbox once, in order,
// handing out each mailbox's new messages as they are recorded, and
// returns; otherwise it watches the mailboxes it holds the lease of until
// ctx ends.
func Ingest(ctx context.Context, o IngestOptions, so StoreOptions, once bool, out ingest.Sink, logger *slog.Logger) error {
	switch {
	case len(o.URLs) == 0:
		return invalid([]error{errors.New("at least one --imap URL is required")})
	case !so.Configured():
		return invalid([]error{errors.New("--db or --postgres is required")})
	}
	if err := o.validate(); err != nil {
		return invalid([]error{err})
	}
	cl, err := classify.New(classify.DefaultOptions())
	if err != nil {
		return fmt.Errorf("build classifier: %w", err)
	}
	st, err := OpenStore(ctx, so)
	if err != nil {
		return err
	}
	defer st.Close()
	sink := out
	if once {
		// SyncEach hands on each mailbox's new messages in mailbox order,
		// without holding a first sync's thousands of messages in memory.
		sink = nil
	}
	ins, err := o.ingesters(st, cl, sink, nil, logger)
	if err != nil {
		return err
	}
	if once {
		var errs []error
		for _, in := range ins {
			if err := in.SyncEach(ctx, func(m store.Message) { out.Recorded(ctx, m) }); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", in.Mailbox(), err))
			}
		}
		return errors.Join(errs...)
	}
	logger.Info("watching mailboxes", "count", len(ins), "replica", o.Replica)
	o.runLeased(ctx, ins, st, logger)
	return nil
}
