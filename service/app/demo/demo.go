// Package demo runs the whole of Hotline in one process on sample support
// mail, everything on 127.0.0.1: an in-memory IMAP server seeded with the
// samples (internal/imapmem), the application as serve runs it
// (app.New), and an SMTP sink (notify/smtptest) whose alert mail is
// printed, so a newcomer sees an alert open, escalate and get
// acknowledged in a minute.
package demo

import (
	"bytes"
	"context"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/hotline/hotline/internal/imapmem"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/auth"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/ingest"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/notify/smtptest"
	"github.com/hotline/hotline/service/route"
)

//go:embed samples
var samples embed.FS

// Options configure the demo; the zero value of each is its default.
type Options struct {
	// Seed is how many sample mails are in the mailbox at start; the rest
	// arrive one every Interval.
	Seed     int
	Interval time.Duration
	// DB is the SQLite database; empty means a temporary file removed at
	// the end.
	DB string
	// Config is a routing config file; empty means the demo's own.
	Config string
	// Full prints every alert mail in full, not only the first.
	Full bool
	// Verbose also prints the service's own logs to the error output.
	Verbose bool
}

// demo holds the parts around the application.
type demo struct {
	o       Options
	out     *printer
	self    string // how to run this binary again, for printed commands
	dir     string // temporary directory of the database, if any
	cfg     *route.Config
	samples [][]byte
	imap    *imapmem.Server
	smtp    *smtptest.Server
	webLn   net.Listener
	teamURL string // opens the team page signed in with the demo token
	app     *app.App
}

// Run runs the demo until ctx ends, printing what happens to stdout.
func Run(ctx context.Context, o Options, stdout, stderr io.Writer) error {
	d := &demo{o: o, out: &printer{w: stdout, start: time.Now()}, self: selfCommand()}
	defer d.close()
	if err := d.build(ctx, stderr); err != nil {
		return err
	}
	return d.run(ctx)
}

func (d *demo) build(ctx context.Context, stderr io.Writer) (err error) {
	logger := slog.New(slog.DiscardHandler)
	if d.o.Verbose {
		logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	if err := d.loadSamples(); err != nil {
		return err
	}
	if d.o.Config != "" {
		d.cfg, err = route.LoadConfig(d.o.Config)
	} else {
		var b []byte
		if b, err = samples.ReadFile("samples/routing.yaml"); err == nil {
			d.cfg, err = route.ParseConfig(bytes.NewReader(b))
		}
	}
	if err != nil {
		return fmt.Errorf("demo routing config: %w", err)
	}
	if d.o.DB == "" {
		if d.dir, err = os.MkdirTemp("", "hotline-demo-"); err != nil {
			return err
		}
		d.o.DB = filepath.Join(d.dir, "hotline.db")
	}
	if d.imap, err = imapmem.Start(imapmem.Options{User: "support", Password: "demo"}); err != nil {
		return err
	}
	if d.smtp, err = smtptest.Start(smtptest.Options{OnMail: d.out.mail(d.o.Full)}); err != nil {
		return fmt.Errorf("demo smtp server: %w", err)
	}
	if d.webLn, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
		return err
	}
	// A fresh admin token for the team page. The printed link carries it
	// in its fragment, which the browser keeps to itself: the page's
	// script signs in with it.
	token := make([]byte, 18)
	rand.Read(token)
	tokens := &auth.Tokens{}
	if err := tokens.Add(auth.Admin, hex.EncodeToString(token)); err != nil {
		return err
	}
	d.teamURL = fmt.Sprintf("http://%s/signin#token=%s&name=you", d.webLn.Addr(), hex.EncodeToString(token))
	// The same application serve runs, faster: the demo's pages and
	// retries should show within a second.
	d.app, err = app.New(ctx, app.Options{
		Listen: "127.0.0.1:0", MetricsListener: d.webLn, Logger: logger,
		Thresholds:      classify.DefaultOptions().Thresholds,
		MaxMessageBytes: api.DefaultMaxMessageBytes, MaxInFlightBytes: api.DefaultMaxInFlightBytes,
		CallTimeout: api.DefaultCallTimeout, ShutdownTimeout: 5 * time.Second,
		Store:  app.StoreOptions{SQLite: d.o.DB},
		Tokens: tokens,
		Ingest: app.IngestOptions{
			URLs:   []string{"imap://support@" + d.imap.Addr + "/INBOX"},
			Secret: func(context.Context, ingest.Mailbox) (string, error) { return "demo", nil },
			Poll:   time.Second, IdleRefresh: time.Minute, KeywordPrefix: "$Hotline", Batch: 200, LeaseTTL: ingest.DefaultLeaseTTL,
		},
		Alerting: app.AlertingOptions{
			Config: d.cfg,
			Email:  notify.Email{Addr: d.smtp.Addr, From: "hotline@hotline-demo.example", Timeout: 10 * time.Second},
			AckKey: []byte("hotline-demo-signing-key-not-secret"), AckURL: "http://" + d.webLn.Addr().String() + "/ack",
			AckLinkTTL: 24 * time.Hour,
			AckCommand: func(id int64, person string) string {
				return fmt.Sprintf("%s alerts ack %d --by %s --db %s", d.self, id, person, app.ShellQuote(d.o.DB))
			},
			Poll: 500 * time.Millisecond, CatchUpGrace: time.Minute, BaseDelay: time.Second, MaxDelay: 10 * time.Second,
		},
		Recorded: ingest.SinkFunc(d.out.message),
	})
	return err
}

func (d *demo) loadSamples() error {
	entries, err := fs.Glob(samples, "samples/*.eml")
	if err != nil {
		return err
	}
	sort.Strings(entries)
	for _, e := range entries {
		raw, err := samples.ReadFile(e)
		if err != nil {
			return err
		}
		d.samples = append(d.samples, bytes.ReplaceAll(raw, []byte("\n"), []byte("\r\n")))
	}
	if len(d.samples) == 0 {
		return errors.New("no demo sample mail embedded")
	}
	return nil
}

func (d *demo) deliver(raw []byte) error {
	_, err := d.imap.Mailboxes.Append("INBOX", bytes.NewReader(raw), &imap.AppendOptions{Time: time.Now()})
	return err
}

func (d *demo) run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	seed := min(max(d.o.Seed, 0), len(d.samples))
	for _, s := range d.samples[:seed] {
		if err := d.deliver(s); err != nil {
			d.app.Close()
			return err
		}
	}
	d.banner(seed)

	var wg sync.WaitGroup
	errs := make(chan error, 4)
	goRun := func(name string, fn func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := fn(ctx); err != nil && ctx.Err() == nil {
				errs <- fmt.Errorf("%s: %w", name, err)
			}
		}()
	}
	st := d.app.Store()
	goRun("hotline", d.app.Run)
	goRun("history", func(ctx context.Context) error { return d.out.follow(ctx, st) })
	goRun("live mail", func(ctx context.Context) error {
		for _, s := range d.samples[seed:] {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(d.o.Interval):
			}
			if err := d.deliver(s); err != nil {
				return err
			}
		}
		d.out.printf("all %d sample mails delivered; escalations go on until you acknowledge (Ctrl-C to stop)", len(d.samples))
		return nil
	})

	var err error
	select {
	case <-ctx.Done():
	case err = <-errs:
	}
	cancel()
	wg.Wait()
	if d.dir != "" {
		d.out.printf("stopped. The temporary database is removed; run with --db FILE to keep one.")
	} else {
		d.out.printf("stopped. The database stays at %s for `%s alerts list --db %s`.", d.o.DB, d.self, app.ShellQuote(d.o.DB))
	}
	return err
}

func (d *demo) banner(seed int) {
	p := d.out
	p.raw("Hotline demo: everything runs in this process, on 127.0.0.1.\n")
	p.raw("  IMAP mailbox   imap://support@%s/INBOX (password demo), %d sample mails now, one more every %s\n", d.imap.Addr, seed, d.o.Interval)
	p.raw("  SMTP server    %s: alert mails it receives are printed below\n", d.smtp.Addr)
	p.raw("  Team page      %s (signs you in with the demo's token)\n", d.teamURL)
	p.raw("  Web            http://%s/ack (acknowledge links), /metrics\n", d.webLn.Addr())
	p.raw("  Database       %s\n", d.o.DB)
	for _, ch := range d.cfg.Chains {
		var steps []string
		for _, s := range ch.Steps {
			steps = append(steps, fmt.Sprintf("%s (%s)", strings.Join(s.Notify, "+"), s.Timeout.Std()))
		}
		p.raw("  Chain %-13s %s, then repeat; once taken, a reminder every %s until a reply is seen\n",
			ch.Name, strings.Join(steps, " -> "), ch.AnswerWithin.Std())
	}
	p.raw("Acknowledge an alert by opening its link, or: %s alerts ack ID --db %s\n", d.self, app.ShellQuote(d.o.DB))
	p.raw("Ctrl-C stops.\n\n")
}

// close gives back what build took; the application closes its own
// listeners and store when it stops.
func (d *demo) close() {
	if d.imap != nil {
		d.imap.Close()
	}
	if d.smtp != nil {
		d.smtp.Close()
	}
	if d.webLn != nil {
		d.webLn.Close()
	}
	if d.dir != "" {
		// The temporary database holds sample customer mail; it goes with
		// the demo. A database the user named with --db stays.
		os.RemoveAll(d.dir)
	}
}

// selfCommand is how the user can run this binary again from the same
// shell, for the commands the demo prints: "go run ./cmd/hotline" when it
// was started with go run (the binary sits in a build cache directory that
// is gone after exit), "hotline" when that is what PATH finds, and the path
// it was started by otherwise.
func selfCommand() string {
	exe, err := os.Executable()
	if err != nil {
		return "hotline"
	}
	if strings.Contains(exe, string(filepath.Separator)+"go-build") {
		if fi, err := os.Stat(filepath.Join("cmd", "hotline")); err == nil && fi.IsDir() {
			return "go run ./cmd/hotline"
		}
		return "go run github.com/hotline/hotline/cmd/hotline"
	}
	if p, err := exec.LookPath("hotline"); err == nil {
		if same, err := filepath.EvalSymlinks(p); err == nil {
			if real, err := filepath.EvalSymlinks(exe); err == nil && same == real {
				return "hotline"
			}
		}
	}
	return app.ShellQuote(os.Args[0])
}
