package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/ingest"
	"github.com/hotline/hotline/service/store"
)

// ingestCmd reads support mailboxes into the store.
var ingestCmd = command{
	name:    "ingest",
	summary: "read IMAP mailboxes, score new mail and record it",
	run:     runIngest,
}

// Environment variables for IMAP secrets, so they stay out of argv and
// shell history.
const (
	envIMAPPassword = "HOTLINE_IMAP_PASSWORD"
	envIMAPToken    = "HOTLINE_IMAP_TOKEN"
	// envReplica names this replica in mailbox leases when --replica is
	// empty; Kubernetes sets it to the pod name.
	envReplica = "HOTLINE_REPLICA"
)

// stringsFlag collects a repeatable flag.
type stringsFlag []string

func (s *stringsFlag) String() string     { return strings.Join(*s, ",") }
func (s *stringsFlag) Set(v string) error { *s = append(*s, v); return nil }

// ingestConfig holds the mailbox flags shared by ingest and serve.
type ingestConfig struct {
	urls          stringsFlag
	passwordFile  string
	tokenFile     string
	insecure      bool
	caFile        string
	since         string
	poll          time.Duration
	keywordPrefix string
	noKeywords    bool
	moveHot       string
	batch         int
	replica       string
	leaseTTL      time.Duration

	// Filled by validate.
	mailboxes []ingest.Mailbox
	sinceTime time.Time
	tlsConfig *tls.Config
}

// register adds the mailbox flags to fs.
func (c *ingestConfig) register(fs *flag.FlagSet) {
	fs.Var(&c.urls, "imap", "mailbox `URL`, repeatable: imaps://user@host[:993]/INBOX, imap://user@host:143/INBOX (STARTTLS); user;AUTH=XOAUTH2@ or ;AUTH=OAUTHBEARER@ for OAuth2")
	fs.StringVar(&c.passwordFile, "imap-password-file", "", "read the IMAP password from this `file` (default: $"+envIMAPPassword+")")
	fs.StringVar(&c.tokenFile, "imap-token-file", "", "read the OAuth2 access token from this `file`, re-read on every connect (default: $"+envIMAPToken+")")
	fs.BoolVar(&c.insecure, "imap-insecure", false, "allow plaintext IMAP to non-loopback servers that do not offer STARTTLS")
	fs.StringVar(&c.caFile, "imap-ca-file", "", "trust the PEM certificates in this `file` for IMAP TLS, instead of the system roots")
	fs.StringVar(&c.since, "since", "", "on a mailbox's first sync, only read mail delivered on or after this `date` (YYYY-MM-DD)")
	fs.DurationVar(&c.poll, "poll", 30*time.Second, "polling `interval` for servers without IDLE")
	fs.StringVar(&c.keywordPrefix, "keyword-prefix", "$Hotline", "keyword set on processed mail; `prefix`-Hot and prefix-Warm mark the level")
	fs.BoolVar(&c.noKeywords, "no-keywords", false, "do not set keywords in the mailbox")
	fs.StringVar(&c.moveHot, "move-hot", "", "move hot mail to this `folder` (created if missing)")
	fs.IntVar(&c.batch, "batch", 200, "messages per UID FETCH")
	fs.StringVar(&c.replica, "replica", "", "`name` of this replica in mailbox leases (default: $"+envReplica+", else host name and process id; a restart on the same host takes back the leases of its dead predecessor at once)")
	fs.DurationVar(&c.leaseTTL, "lease-ttl", ingest.DefaultLeaseTTL, "mailbox lease `duration`: replicas sharing a store read each mailbox one at a time, and take over a dead replica's mailboxes after this long")
}

// validate parses the mailbox URLs and dates, so mistakes are reported
// before anything is opened.
func (c *ingestConfig) validate() error {
	if c.since != "" {
		t, err := time.Parse(time.DateOnly, c.since)
		if err != nil {
			return fmt.Errorf("%w: --since wants YYYY-MM-DD, got %q", errUsage, c.since)
		}
		c.sinceTime = t
	}
	if strings.ContainsAny(c.keywordPrefix, " ()[]{}%*\"\\") || c.keywordPrefix == "" {
		return fmt.Errorf("%w: --keyword-prefix %q is not a valid IMAP keyword", errUsage, c.keywordPrefix)
	}
	if c.batch < 1 {
		return fmt.Errorf("%w: --batch must be positive, got %d", errUsage, c.batch)
	}
	if c.leaseTTL < 30*time.Millisecond {
		return fmt.Errorf("%w: --lease-ttl must be at least 30ms, got %v", errUsage, c.leaseTTL)
	}
	if c.replica == "" {
		c.replica = os.Getenv(envReplica)
	}
	if c.replica == "" {
		c.replica = ingest.LocalHolder()
	}
	if c.caFile != "" {
		pem, err := os.ReadFile(c.caFile)
		if err != nil {
			return fmt.Errorf("%w: --imap-ca-file: %v", errUsage, err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return fmt.Errorf("%w: --imap-ca-file %s holds no PEM certificate", errUsage, c.caFile)
		}
		c.tlsConfig = &tls.Config{RootCAs: pool}
	}
	seen := map[string]bool{}
	c.mailboxes = nil
	for _, raw := range c.urls {
		m, err := ingest.ParseURL(raw)
		if err != nil {
			return fmt.Errorf("%w: --imap: %v", errUsage, err)
		}
		if seen[m.Key()] {
			return fmt.Errorf("%w: --imap %s given twice", errUsage, m)
		}
		seen[m.Key()] = true
		c.mailboxes = append(c.mailboxes, m)
	}
	return nil
}

// ingesters builds one Ingester per validated --imap URL.
func (c *ingestConfig) ingesters(st ingest.Store, cl ingest.Classifier, sink ingest.Sink, metrics *ingest.Metrics, logger *slog.Logger, progress func(string, int, int)) ([]*ingest.Ingester, error) {
	var out []*ingest.Ingester
	for _, m := range c.mailboxes {
		in, err := ingest.New(ingest.Options{
			Mailbox:       m,
			Store:         st,
			Classifier:    cl,
			Secret:        c.secret(m),
			Sink:          sink,
			Logger:        logger,
			Metrics:       metrics,
			AllowInsecure: c.insecure,
			TLSConfig:     c.tlsConfig,
			Since:         c.sinceTime,
			BatchSize:     c.batch,
			KeywordPrefix: c.keywordPrefix,
			NoKeywords:    c.noKeywords,
			MoveHot:       c.moveHot,
			PollInterval:  c.poll,
			Progress:      progress,
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
func (c *ingestConfig) runLeased(ctx context.Context, ins []*ingest.Ingester, l ingest.Leaser, logger *slog.Logger) {
	ingest.RunShared(ctx, ins, ingest.Lease{Leaser: l, Holder: c.replica, TTL: c.leaseTTL, Logger: logger,
		Dead: ingest.DeadLocalHolder})
}

// secret returns the credential source for m: the token for OAuth2
// mailboxes, otherwise the password, each from its file or environment
// variable. Files are read on every connect so rotated secrets apply.
func (c *ingestConfig) secret(m ingest.Mailbox) func(context.Context) (string, error) {
	file, env := c.passwordFile, envIMAPPassword
	if m.Auth != ingest.AuthLogin {
		file, env = c.tokenFile, envIMAPToken
	}
	return func(context.Context) (string, error) {
		if file != "" {
			b, err := os.ReadFile(file)
			if err != nil {
				return "", err
			}
			return strings.TrimRight(string(b), "\r\n"), nil
		}
		if v := os.Getenv(env); v != "" {
			return v, nil
		}
		return "", fmt.Errorf("set $%s or pass a secret file", env)
	}
}

// messageLine is the JSON printed per recorded message.
type messageLine struct {
	Mailbox   string       `json:"mailbox"`
	UID       uint32       `json:"uid"`
	MessageID string       `json:"message_id"`
	From      string       `json:"from"`
	Subject   string       `json:"subject"`
	Anger     float64      `json:"anger"`
	Urgency   float64      `json:"urgency"`
	Heat      float64      `json:"heat"`
	Level     string       `json:"level"`
	Reasons   []reasonLine `json:"reasons"`
	Problems  []string     `json:"problems,omitempty"`
}

type reasonLine struct {
	Signal string  `json:"signal"`
	Weight float64 `json:"weight"`
	Phrase string  `json:"phrase,omitempty"`
}

// printer writes recorded messages to stdout, one line each, from any
// number of mailbox goroutines.
type printer struct {
	mu   sync.Mutex
	w    io.Writer
	json bool
}

func (p *printer) Recorded(_ context.Context, m store.Message) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.json {
		fmt.Fprintf(p.w, "%-4s heat=%.2f anger=%.2f urgency=%.2f %s uid=%d from=%s subject=%q\n", m.Level, m.Heat, m.Anger, m.Urgency, m.Mailbox, m.UID, m.From, m.Subject)
		return
	}
	line := messageLine{Mailbox: m.Mailbox, UID: m.UID, MessageID: m.MessageID, From: m.From, Subject: m.Subject,
		Anger: m.Anger, Urgency: m.Urgency, Heat: m.Heat, Level: m.Level, Reasons: []reasonLine{}, Problems: m.Problems}
	for _, r := range m.Reasons {
		line.Reasons = append(line.Reasons, reasonLine{Signal: r.Signal, Weight: r.Weight, Phrase: r.Phrase})
	}
	b, _ := json.Marshal(line)
	p.w.Write(append(b, '\n'))
}

// progressMeter prints "done/total (rate/s)" for long first syncs.
type progressMeter struct {
	mu    sync.Mutex
	w     io.Writer
	start map[string]time.Time
}

func (p *progressMeter) report(mailbox string, done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.start == nil {
		p.start = map[string]time.Time{}
	}
	if _, ok := p.start[mailbox]; !ok {
		p.start[mailbox] = time.Now()
	}
	rate := float64(done) / max(time.Since(p.start[mailbox]).Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r%s: %d/%d messages (%.0f/s)", mailbox, done, total, rate)
	if done == total {
		fmt.Fprintln(p.w)
		delete(p.start, mailbox)
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func runIngest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cfg ingestConfig
	var sc storeConfig
	var logFormat string
	var once, jsonOut bool
	var logLevel slog.Level
	fs := newFlagSet("ingest", "ingest --imap URL [--imap URL...] --db PATH [flags]", stderr)
	cfg.register(fs)
	fs.StringVar(&sc.dbPath, "db", "", "SQLite database `path`")
	sc.registerPostgres(fs)
	fs.BoolVar(&once, "once", false, "sync every mailbox once, print what was new, and exit")
	fs.BoolVar(&jsonOut, "json", false, "print one JSON object per recorded message")
	fs.StringVar(&logFormat, "log-format", "text", "log format: text or json")
	fs.TextVar(&logLevel, "log-level", slog.LevelWarn, "log `level`: debug, info, warn or error")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() != 0:
		return fmt.Errorf("%w: ingest takes no arguments, got %q", errUsage, fs.Args())
	case len(cfg.urls) == 0:
		return fmt.Errorf("%w: at least one --imap URL is required", errUsage)
	case logFormat != "text" && logFormat != "json":
		return fmt.Errorf("%w: --log-format must be text or json, got %q", errUsage, logFormat)
	}
	if err := sc.validate(); err != nil {
		return err
	}
	if !sc.configured() {
		return fmt.Errorf("%w: --db or --postgres is required", errUsage)
	}
	if err := cfg.validate(); err != nil {
		return err
	}
	logger := newLogger(logFormat, logLevel, stderr)

	cl, err := classify.New(classify.DefaultOptions())
	if err != nil {
		return fmt.Errorf("build classifier: %w", err)
	}
	st, err := sc.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()

	out := &printer{w: stdout, json: jsonOut}
	var progress func(string, int, int)
	if !jsonOut && isTerminal(stderr) {
		progress = (&progressMeter{w: stderr}).report
	}
	var sink ingest.Sink = out
	if once {
		// --once prints each mailbox's new messages as SyncEach hands
		// them on, in mailbox order, without holding a first sync's
		// thousands of messages in memory.
		sink = nil
	}
	ins, err := cfg.ingesters(st, cl, sink, nil, logger, progress)
	if err != nil {
		return err
	}

	if once {
		var errs []error
		for _, in := range ins {
			err := in.SyncEach(ctx, func(m store.Message) { out.Recorded(ctx, m) })
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", in.Mailbox(), err))
			}
		}
		return errors.Join(errs...)
	}

	logger.Info("watching mailboxes", "count", len(ins), "replica", cfg.replica)
	cfg.runLeased(ctx, ins, st, logger)
	return nil
}

// startIngest serves MessageService from the store and, for each --imap
// mailbox, runs an ingester in the background (while this replica holds
// the mailbox's lease) whose recorded messages WatchMessages streams and
// router, if not nil, routes at once. stop ends the ingesters; the caller
// closes the store.
func startIngest(ctx context.Context, cfg serveConfig, st servedStore, srv *api.Server, cl ingest.Classifier, router ingest.Sink, logger *slog.Logger, reg prometheus.Registerer) (stop func(), err error) {
	if st == nil {
		return func() {}, nil
	}
	if len(cfg.ingest.mailboxes) == 0 {
		hotlinev1.RegisterMessageServiceServer(srv, api.NewMessageServer(st, nil))
		return func() {}, nil
	}
	feed := &api.MessageFeed{}
	hotlinev1.RegisterMessageServiceServer(srv, api.NewMessageServer(st, feed))
	ins, err := cfg.ingest.ingesters(st, cl, ingest.Sinks{feed, router}, ingest.NewMetrics(reg), logger, nil)
	if err != nil {
		return nil, err
	}
	ictx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		cfg.ingest.runLeased(ictx, ins, st, logger)
	}()
	// Watchers see what the other replicas on the store record too.
	followed := make(chan error, 1)
	go func() { followed <- feed.Follow(ictx, st, api.FollowOptions{Logger: logger}) }()
	logger.Info("ingesting mailboxes", "count", len(ins), "replica", cfg.ingest.replica)
	return func() {
		cancel()
		<-done
		if err := <-followed; err != nil {
			logger.Error("follow recorded messages", "err", err)
		}
	}, nil
}
