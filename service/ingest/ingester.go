// Package ingest reads support mail from IMAP mailboxes, scores every new
// message and records it in the store with a checkpoint that never runs
// ahead of the data, so a crash or a dropped connection never loses or
// duplicates a message.
//
// Per batch of UIDs above the checkpoint: UID FETCH BODY.PEEK[] (never
// \Seen), parse and classify on worker goroutines, set the keywords, then
// record the batch, in UID order, and its checkpoint in one store
// transaction. Hot mail that is moved is recorded first and moved after, with
// the store's Unmarked list finishing an interrupted move on restart.
// Recording a batch overlaps fetching the next.
package ingest

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/mail"
	"github.com/hotline/hotline/service/store"
)

// Store is the part of the message store the ingester writes to.
type Store interface {
	Checkpoint(ctx context.Context, mailbox string) (store.Checkpoint, error)
	SetCheckpoint(ctx context.Context, cp store.Checkpoint) error
	// RecordMessages stores msgs in order and advances the checkpoint to cp
	// in one transaction, so the checkpoint is never ahead of the data.
	RecordMessages(ctx context.Context, msgs []*store.Message, cp store.Checkpoint) (inserted []bool, err error)
	MarkApplied(ctx context.Context, id int64) error
	Unmarked(ctx context.Context, mailbox string, limit int) ([]store.Message, error)
}

// Classifier scores a message; *classify.Classifier implements it.
type Classifier interface {
	Classify(ctx context.Context, in classify.Input) (classify.Result, error)
}

// Sink receives every newly recorded message (not duplicates), after its
// keywords were applied. It must not block for long: it runs on the
// mailbox's sync goroutine.
type Sink interface {
	Recorded(ctx context.Context, m store.Message)
}

// SinkFunc adapts a function to Sink.
type SinkFunc func(ctx context.Context, m store.Message)

// Recorded calls f.
func (f SinkFunc) Recorded(ctx context.Context, m store.Message) { f(ctx, m) }

// Sinks tells every sink in turn, skipping nil ones, so one ingester can
// feed both the API's message stream and the router of its process.
type Sinks []Sink

// Recorded calls Recorded of each sink.
func (s Sinks) Recorded(ctx context.Context, m store.Message) {
	for _, k := range s {
		if k != nil {
			k.Recorded(ctx, m)
		}
	}
}

// Options configures an Ingester. Mailbox, Store and Classifier are
// required; every other zero value picks a sensible default.
type Options struct {
	Mailbox    Mailbox
	Store      Store
	Classifier Classifier
	// Secret returns the password or OAuth2 token when the URL has none. It
	// is called on every connect so a token refreshed on disk is picked up.
	Secret func(ctx context.Context) (string, error)
	// Sink, if set, is told about each newly recorded message.
	Sink Sink
	// Logger defaults to slog.Default().
	Logger *slog.Logger
	// Metrics may be nil.
	Metrics *Metrics

	// TLSConfig for imaps:// and STARTTLS; ServerName defaults to the host.
	TLSConfig *tls.Config
	// AllowInsecure permits plaintext IMAP to non-loopback hosts that do not
	// offer STARTTLS. Never needed for loopback.
	AllowInsecure bool

	// Since limits the first sync of a mailbox (no checkpoint yet) to mail
	// delivered on or after this date. Zero reads the whole mailbox.
	Since time.Time
	// BatchSize is the number of messages per UID FETCH (default 200).
	BatchSize int
	// MaxMessageBytes caps how much of one message is fetched (default
	// 10 MiB). Larger messages are recorded from their first bytes and get a
	// "truncated" problem.
	MaxMessageBytes int64
	// Workers parse and classify in parallel (default 2); messages are still
	// recorded in UID order.
	Workers int

	// KeywordPrefix names the keywords set on processed mail (default
	// "$Hotline"): the prefix itself on every message, plus prefix+"-Hot"
	// and prefix+"-Warm" by level. Mark says which messages get them
	// (default MarkAll: every one); NoKeywords disables marking.
	//
	// A record's Marked says Hotline finished with the message as these
	// options ask: with NoKeywords, or with MarkRouted for a cool message,
	// it is set although no keyword was. Changing Mark later does not
	// revisit mail already recorded.
	KeywordPrefix string
	Mark          Mark
	NoKeywords    bool
	// MoveHot, if set, moves hot messages to this folder (created if missing).
	MoveHot string

	// NoIdle polls even when the server offers IDLE, for servers whose
	// IDLE notifications are unreliable.
	NoIdle bool
	// PollInterval is how often to look for new mail when the server has no
	// IDLE (default 30s).
	PollInterval time.Duration
	// IdleRefresh restarts IDLE and re-syncs this often, which doubles as a
	// heartbeat (default 4m).
	IdleRefresh time.Duration
	// ReadTimeout is how long a connection may stay silent before it is
	// considered dead and replaced (default 5m; must exceed IdleRefresh).
	ReadTimeout time.Duration
	// DialTimeout bounds connecting and TLS (default 30s).
	DialTimeout time.Duration
	// MinBackoff and MaxBackoff bound the reconnect delay (default 1s, 5m).
	MinBackoff, MaxBackoff time.Duration

	// MailOptions is passed to mail.Parse.
	MailOptions mail.Options
	// Progress, if set, is called after each batch of a sync with the
	// messages done so far and the total found by SEARCH.
	Progress func(mailbox string, done, total int)
}

// Ingester watches one mailbox. Run and SyncOnce must not be called
// concurrently on the same Ingester.
type Ingester struct {
	opts Options
	log  *slog.Logger
	// rawBufs recycles the buffers message bodies are fetched into: a
	// first sync reads thousands of bodies, each done with once parsed.
	rawBufs chan []byte
}

// New validates opts and fills in defaults.
func New(opts Options) (*Ingester, error) {
	if opts.Store == nil || opts.Classifier == nil {
		return nil, errors.New("ingest: Store and Classifier are required")
	}
	if opts.Mailbox.Host == "" || opts.Mailbox.User == "" {
		return nil, errors.New("ingest: mailbox host and user are required")
	}
	if opts.Mailbox.Name == "" {
		opts.Mailbox.Name = "INBOX"
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&opts.PollInterval, 30*time.Second)
	def(&opts.IdleRefresh, 4*time.Minute)
	def(&opts.ReadTimeout, opts.IdleRefresh+time.Minute)
	def(&opts.DialTimeout, 30*time.Second)
	def(&opts.MinBackoff, time.Second)
	def(&opts.MaxBackoff, 5*time.Minute)
	if opts.ReadTimeout <= opts.IdleRefresh {
		return nil, fmt.Errorf("ingest: ReadTimeout %v must exceed IdleRefresh %v", opts.ReadTimeout, opts.IdleRefresh)
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 200
	}
	if opts.MaxMessageBytes <= 0 {
		opts.MaxMessageBytes = 10 << 20
	}
	if opts.Workers <= 0 {
		opts.Workers = 2
	}
	if opts.Mark > MarkRouted {
		return nil, fmt.Errorf("ingest: unknown %v", opts.Mark)
	}
	if opts.KeywordPrefix == "" {
		opts.KeywordPrefix = "$Hotline"
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return &Ingester{
		opts:    opts,
		log:     opts.Logger.With("mailbox", opts.Mailbox.String()),
		rawBufs: make(chan []byte, maxRawBufs),
	}, nil
}

// Mailbox returns the mailbox this ingester reads.
func (in *Ingester) Mailbox() Mailbox { return in.opts.Mailbox }

// SyncOnce connects, records every message not yet recorded, applies
// keywords and returns the newly recorded messages.
func (in *Ingester) SyncOnce(ctx context.Context) ([]store.Message, error) {
	var out []store.Message
	err := in.SyncEach(ctx, func(m store.Message) { out = append(out, m) })
	return out, err
}

// SyncEach is SyncOnce for mailboxes too large to hold in memory: it calls
// each with every newly recorded message, in UID order, as soon as its
// batch is committed, and keeps none of them.
func (in *Ingester) SyncEach(ctx context.Context, each func(store.Message)) error {
	c, _, err := in.connect(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()

	if _, err := in.sync(ctx, c, nil, each); err != nil {
		return err
	}
	if err := c.Logout().Wait(); err != nil {
		in.log.Debug("logout", "err", err)
	}
	return nil
}

// Run watches the mailbox until ctx is cancelled: it syncs, then waits for
// new mail with IDLE (or polls), reconnecting with exponential backoff and
// jitter whenever the connection fails. It returns nil on cancellation.
func (in *Ingester) Run(ctx context.Context) error {
	backoff := in.opts.MinBackoff
	for {
		healthy, err := in.session(ctx)
		if ctx.Err() != nil {
			return nil
		}
		in.opts.Metrics.reconnect(in.opts.Mailbox.Key())
		if healthy {
			backoff = in.opts.MinBackoff
		}
		// A random wait in [backoff/2, backoff] keeps many mailboxes on one
		// server from reconnecting in lockstep.
		wait := backoff/2 + rand.N(backoff/2+1)
		in.log.Warn("mailbox connection lost; reconnecting", "err", err, "retry_in", wait.Round(time.Millisecond))
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
		backoff = min(backoff*2, in.opts.MaxBackoff)
	}
}

// session runs one connection until it fails. healthy reports whether at
// least one sync completed, which resets the backoff.
func (in *Ingester) session(ctx context.Context) (healthy bool, err error) {
	c, wake, err := in.connect(ctx)
	if err != nil {
		in.opts.Metrics.error(in.opts.Mailbox.Key(), "connect")
		return false, err
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()

	idle := c.Caps().Has(imap.CapIdle) && !in.opts.NoIdle
	for {
		if _, err := in.sync(ctx, c, wake, nil); err != nil {
			return healthy, err
		}
		healthy = true
		if ctx.Err() != nil {
			return healthy, nil
		}
		if idle {
			if err := in.idle(ctx, c, wake); err != nil {
				return healthy, err
			}
			continue
		}
		t := time.NewTimer(in.opts.PollInterval)
		select {
		case <-ctx.Done():
			t.Stop()
			return healthy, nil
		case <-c.Closed():
			t.Stop()
			return healthy, errors.New("connection closed while polling")
		case <-t.C:
		}
	}
}

// connect dials and returns a channel that receives a value whenever the
// server reports a new message count.
func (in *Ingester) connect(ctx context.Context) (*imapclient.Client, chan struct{}, error) {
	wake := make(chan struct{}, 1)
	handler := &imapclient.UnilateralDataHandler{
		Mailbox: func(data *imapclient.UnilateralDataMailbox) {
			if data.NumMessages != nil {
				select {
				case wake <- struct{}{}:
				default:
				}
			}
		},
	}
	c, err := in.dial(ctx, handler)
	if err != nil {
		return nil, nil, err
	}
	return c, wake, nil
}

// idle waits in IDLE until new mail, the refresh interval or cancellation.
func (in *Ingester) idle(ctx context.Context, c *imapclient.Client, wake <-chan struct{}) error {
	cmd, err := c.Idle()
	if err != nil {
		return fmt.Errorf("idle: %w", err)
	}
	t := time.NewTimer(in.opts.IdleRefresh)
	defer t.Stop()
	select {
	case <-wake:
	case <-t.C:
	case <-ctx.Done():
	case <-c.Closed():
	}
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("stop idle: %w", err)
	}
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("idle: %w", err)
	}
	return nil
}
