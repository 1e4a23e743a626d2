package main

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
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/hotline/hotline/internal/imapmem"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/auth"
	"github.com/hotline/hotline/service/callback"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/coach"
	"github.com/hotline/hotline/service/history"
	"github.com/hotline/hotline/service/ingest"
	"github.com/hotline/hotline/service/mail"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/notify/smtptest"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
	"github.com/hotline/hotline/service/web"
)

//go:embed testdata/demo
var demoFiles embed.FS

// demoCmd runs the whole pipeline on loopback with sample mail, so a
// newcomer sees an alert open, escalate and get acknowledged in a minute.
var demoCmd = command{
	name:    "demo",
	summary: "run the full pipeline in-process on sample mail (IMAP, SMTP and web on 127.0.0.1)",
	run:     runDemo,
}

type demoFlags struct {
	seed     int
	interval time.Duration
	db       string
	config   string
	full     bool
	verbose  bool
}

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f demoFlags
	fs := newFlagSet("demo", "demo [flags]", stderr)
	fs.IntVar(&f.seed, "seed", 4, "how many sample mails are in the mailbox at start; the rest arrive live")
	fs.DurationVar(&f.interval, "interval", 6*time.Second, "how often a new sample mail arrives")
	fs.StringVar(&f.db, "db", "", "SQLite database `path` (default: a new temporary file)")
	fs.StringVar(&f.config, "config", "", "routing config `file` (default: the demo's, with 20s timeouts)")
	fs.BoolVar(&f.full, "full", false, "print every alert mail in full, not only the first")
	fs.BoolVar(&f.verbose, "v", false, "also print the service's own logs")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: demo takes no arguments", errUsage)
	}
	d, err := newDemo(ctx, f, stdout, stderr)
	if err != nil {
		return err
	}
	defer d.close()
	return d.run(ctx)
}

// demo holds the parts of the in-process pipeline.
type demo struct {
	f       demoFlags
	out     *demoPrinter
	start   time.Time
	dir     string
	st      *store.SQLite
	cfg     *route.Config
	samples []sample
	texts   map[string]string // Message-ID -> body text, for excerpts

	mem      *imapmemserver.User
	imap     *imapmem.Server
	imapAddr string
	smtp     *smtptest.Server
	webLn    net.Listener
	web      *http.Server
	team     *web.Handler
	teamURL  string // opens the team page signed in with the demo token
	router   *route.Router
	alerting *app.Alerting
	ing      *ingest.Ingester
	logger   *slog.Logger
	self     string // how to run this binary again, for printed commands
}

type sample struct {
	name string
	raw  []byte
}

func newDemo(ctx context.Context, f demoFlags, stdout, stderr io.Writer) (d *demo, err error) {
	d = &demo{f: f, out: &demoPrinter{w: stdout, start: time.Now()}, texts: map[string]string{}, self: selfCommand()}
	defer func() {
		if err != nil {
			d.close()
		}
	}()
	d.logger = slog.New(slog.DiscardHandler)
	if f.verbose {
		d.logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	if err := d.loadSamples(); err != nil {
		return d, err
	}
	if f.config != "" {
		d.cfg, err = route.LoadConfig(f.config)
	} else {
		var b []byte
		if b, err = demoFiles.ReadFile("testdata/demo/routing.yaml"); err == nil {
			d.cfg, err = route.ParseConfig(bytes.NewReader(b))
		}
	}
	if err != nil {
		return d, fmt.Errorf("demo routing config: %w", err)
	}
	if f.db == "" {
		if d.dir, err = os.MkdirTemp("", "hotline-demo-"); err != nil {
			return d, err
		}
		f.db = filepath.Join(d.dir, "hotline.db")
		d.f.db = f.db
	}
	if d.st, err = store.OpenSQLite(ctx, f.db); err != nil {
		return d, err
	}
	if err := d.startIMAP(); err != nil {
		return d, err
	}
	if d.smtp, err = smtptest.Start(smtptest.Options{OnMail: d.out.mail(f.full)}); err != nil {
		return d, fmt.Errorf("demo smtp server: %w", err)
	}
	if d.webLn, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
		return d, err
	}
	reg := prometheus.NewRegistry()
	phones, err := callback.New(callback.DefaultRegion)
	if err != nil {
		return d, err
	}
	book, err := history.New(d.st, history.Options{IsTeam: d.cfg.IsTeam})
	if err != nil {
		return d, err
	}
	// The same pipeline serve runs, faster: the demo's pages and retries
	// should show within a second.
	d.alerting, err = app.NewAlerting(d.st, app.AlertingOptions{
		Config: d.cfg,
		Email:  notify.Email{Addr: d.smtp.Addr, From: "hotline@hotline-demo.example", Timeout: 10 * time.Second},
		AckKey: []byte("hotline-demo-signing-key-not-secret"), AckURL: "http://" + d.webLn.Addr().String() + "/ack",
		AckLinkTTL: 24 * time.Hour,
		AckCommand: func(id int64, person string) string {
			return fmt.Sprintf("%s alerts ack %d --by %s --db %s", d.self, id, person, shellQuote(f.db))
		},
		CallBack: callBack(callRequest(d.st, phones)),
		History:  book.Note,
		Poll:     500 * time.Millisecond, CatchUpGrace: time.Minute, BaseDelay: time.Second, MaxDelay: 10 * time.Second,
		Registerer: reg, Logger: d.logger,
	})
	if err != nil {
		return d, err
	}
	d.router = d.alerting.Router()
	mux := http.NewServeMux()
	mux.Handle("/ack", d.alerting.AckHandler())
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	if err := d.buildTeamPage(mux); err != nil {
		return d, err
	}
	d.web = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}

	cls, err := classify.New(classify.DefaultOptions())
	if err != nil {
		return d, fmt.Errorf("demo classifier: %w", err)
	}
	mbox, err := ingest.ParseURL("imap://support@" + d.imapAddr + "/INBOX")
	if err != nil {
		return d, err
	}
	mbox.Password = "demo"
	d.ing, err = ingest.New(ingest.Options{
		Mailbox: mbox, Store: d.st, Classifier: cls, Logger: d.logger,
		Sink:         ingest.SinkFunc(d.recorded),
		PollInterval: time.Second, IdleRefresh: time.Minute,
	})
	if err != nil {
		return d, fmt.Errorf("demo ingester: %w", err)
	}
	return d, nil
}

func (d *demo) loadSamples() error {
	entries, err := fs.Glob(demoFiles, "testdata/demo/*.eml")
	if err != nil {
		return err
	}
	sort.Strings(entries)
	for _, e := range entries {
		raw, err := demoFiles.ReadFile(e)
		if err != nil {
			return err
		}
		raw = bytes.ReplaceAll(raw, []byte("\n"), []byte("\r\n"))
		m, err := mail.Parse(bytes.NewReader(raw), mail.Options{})
		if err != nil {
			return fmt.Errorf("sample %s: %w", e, err)
		}
		d.texts[m.MessageID] = m.Text
		d.samples = append(d.samples, sample{name: filepath.Base(e), raw: raw})
	}
	if len(d.samples) == 0 {
		return errors.New("no demo sample mail embedded")
	}
	return nil
}

func (d *demo) startIMAP() error {
	srv, err := imapmem.Start(imapmem.Options{User: "support", Password: "demo"})
	if err != nil {
		return err
	}
	d.imap, d.mem, d.imapAddr = srv, srv.Mailboxes, srv.Addr
	return nil
}

func (d *demo) deliver(s sample) error {
	_, err := d.mem.Append("INBOX", bytes.NewReader(s.raw), &imap.AppendOptions{Time: time.Now()})
	return err
}

// recorded is the ingester's sink: every newly recorded message goes to the
// router, which decides whether it opens, updates or acknowledges an alert.
func (d *demo) recorded(ctx context.Context, m store.Message) {
	d.out.message(m)
	if err := d.router.ObserveText(ctx, m, d.texts[m.MessageID]); err != nil && ctx.Err() == nil {
		d.out.printf("router error: %v", err)
	}
}

func (d *demo) run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	seed := min(max(d.f.seed, 0), len(d.samples))
	for _, s := range d.samples[:seed] {
		if err := d.deliver(s); err != nil {
			return err
		}
	}
	d.banner(seed)

	var wg sync.WaitGroup
	errs := make(chan error, 8)
	goRun := func(name string, fn func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := fn(ctx); err != nil && ctx.Err() == nil {
				errs <- fmt.Errorf("%s: %w", name, err)
			}
		}()
	}
	goRun("web", func(ctx context.Context) error {
		if err := d.web.Serve(d.webLn); !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	})
	goRun("team page", d.team.Run)
	goRun("alerting", d.alerting.Run)
	goRun("ingester", d.ing.Run)
	goRun("history", func(ctx context.Context) error { return d.out.follow(ctx, d.st) })
	goRun("live mail", func(ctx context.Context) error {
		for _, s := range d.samples[seed:] {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(d.f.interval):
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
	shut, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	_ = d.web.Shutdown(shut)
	wg.Wait()
	if d.dir != "" {
		d.out.printf("stopped. The temporary database is removed; run with --db FILE to keep one.")
	} else {
		d.out.printf("stopped. The database stays at %s for `%s alerts list --db %s`.", d.f.db, d.self, shellQuote(d.f.db))
	}
	return err
}

func (d *demo) banner(seed int) {
	p := d.out
	p.raw("Hotline demo: everything runs in this process, on 127.0.0.1.\n")
	p.raw("  IMAP mailbox   imap://support@%s/INBOX (password demo), %d sample mails now, one more every %s\n", d.imapAddr, seed, d.f.interval)
	p.raw("  SMTP server    %s: alert mails it receives are printed below\n", d.smtp.Addr)
	p.raw("  Team page      %s (signs you in with the demo's token)\n", d.teamURL)
	p.raw("  Web            http://%s/ack (acknowledge links), /metrics\n", d.webLn.Addr())
	p.raw("  Database       %s\n", d.f.db)
	for _, ch := range d.cfg.Chains {
		var steps []string
		for _, s := range ch.Steps {
			steps = append(steps, fmt.Sprintf("%s (%s)", strings.Join(s.Notify, "+"), s.Timeout.Std()))
		}
		p.raw("  Chain %-13s %s, then repeat; once taken, a reminder every %s until a reply is seen\n",
			ch.Name, strings.Join(steps, " -> "), ch.AnswerWithin.Std())
	}
	p.raw("Acknowledge an alert by opening its link, or: %s alerts ack ID --db %s\n", d.self, shellQuote(d.f.db))
	p.raw("Ctrl-C stops.\n\n")
}

// buildTeamPage adds the team page to mux with a fresh admin token. The
// printed link carries the token in its fragment, which the browser keeps
// to itself: the page's script signs in with it.
func (d *demo) buildTeamPage(mux *http.ServeMux) error {
	token := make([]byte, 18)
	rand.Read(token)
	tokens := &auth.Tokens{}
	if err := tokens.Add(auth.Admin, hex.EncodeToString(token)); err != nil {
		return err
	}
	replies, err := coach.New(coach.Options{})
	if err != nil {
		return err
	}
	team, err := web.New(web.Options{Store: d.st, Escalator: d.router, Tokens: tokens, Logger: d.logger,
		IsTeam: func(addr string) bool { return d.router.Config().IsTeam(addr) }, Coach: replies})
	if err != nil {
		return fmt.Errorf("demo team page: %w", err)
	}
	team.Register(mux)
	d.team = team
	d.teamURL = fmt.Sprintf("http://%s/signin#token=%s&name=you", d.webLn.Addr(), hex.EncodeToString(token))
	return nil
}

func (d *demo) close() {
	if d.ing != nil {
		// The ingester stops with the context; nothing to close.
		d.ing = nil
	}
	if d.imap != nil {
		d.imap.Close()
	}
	if d.smtp != nil {
		d.smtp.Close()
	}
	if d.webLn != nil {
		d.webLn.Close()
	}
	if d.st != nil {
		d.st.Close()
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
	return shellQuote(os.Args[0])
}

// shellQuote quotes s for a POSIX shell when it holds anything but plain
// path characters, so printed commands can be pasted as they are.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("/._-+=:,@", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// demoPrinter writes timestamped lines; several goroutines print.
type demoPrinter struct {
	mu        sync.Mutex
	w         io.Writer
	start     time.Time
	mailCount int
}

func (p *demoPrinter) raw(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, format, args...)
}

func (p *demoPrinter) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	el := time.Since(p.start).Round(time.Second)
	fmt.Fprintf(p.w, "[%02d:%02d] %s\n", int(el.Minutes()), int(el.Seconds())%60, fmt.Sprintf(format, args...))
}

func (p *demoPrinter) message(m store.Message) {
	p.printf("mail     %-4s heat %.2f  %q from %s", m.Level, m.Heat, m.Subject, m.From)
}

// mail prints what the SMTP server received: the first mail in full so the
// reader sees the checklist, then a short form with the acknowledge link.
func (p *demoPrinter) mail(full bool) func(smtptest.Mail) {
	return func(m smtptest.Mail) {
		parsed, err := mail.Parse(bytes.NewReader(m.Data), mail.Options{})
		if err != nil {
			p.printf("SMTP     received an unreadable mail for %v: %v", m.To, err)
			return
		}
		p.mu.Lock()
		p.mailCount++
		first := p.mailCount == 1
		p.mu.Unlock()
		p.printf("SMTP     to %s: %s", strings.Join(m.To, ","), parsed.Subject)
		if first || full {
			var b strings.Builder
			for _, line := range strings.Split(strings.TrimRight(parsed.Text, "\n"), "\n") {
				b.WriteString("           | " + line + "\n")
			}
			p.raw("%s", b.String())
			return
		}
		for _, line := range strings.Split(parsed.Text, "\n") {
			l := strings.TrimSpace(line)
			if strings.HasPrefix(l, "http://") || strings.Contains(l, " alerts ack ") {
				p.raw("           %s\n", l)
			}
		}
	}
}

// follow prints alert history lines as they are written.
func (p *demoPrinter) follow(ctx context.Context, st *store.SQLite) error {
	var last int64
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(200 * time.Millisecond):
		}
		evs, err := st.AlertEventsSince(ctx, last, 500)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		for _, e := range evs {
			last = e.ID
			a, err := st.GetAlert(ctx, e.AlertID)
			if err != nil {
				return err
			}
			p.event(a, e)
		}
	}
}

func (p *demoPrinter) event(a store.Alert, e store.AlertEvent) {
	switch e.Kind {
	case store.EventOpened:
		p.printf("ALERT #%d opened: %s <%s> %q (%s)", a.ID, a.FromName, a.From, a.Subject, e.Detail)
	case store.EventQueued:
		p.printf("ALERT #%d paging %s: %s", a.ID, e.Person, e.Detail)
	case store.EventReminded:
		p.printf("ALERT #%d REMINDER: %s", a.ID, e.Detail)
	case store.EventAnswered:
		p.printf("ALERT #%d answered: reply from %s %s", a.ID, e.Person, e.Detail)
	case store.EventEscalated, store.EventRepeated:
		p.printf("ALERT #%d %s: %s", a.ID, strings.ToUpper(e.Kind.String()), e.Detail)
	case store.EventMessage:
		p.printf("ALERT #%d updated, no new page: %s", a.ID, e.Detail)
	case store.EventAcknowledged:
		p.printf("ALERT #%d ACKNOWLEDGED by %s via %s %s; escalation stopped", a.ID, e.Person, e.Channel, e.Detail)
	case store.EventResolved:
		p.printf("ALERT #%d resolved by %s", a.ID, e.Person)
	case store.EventNotified:
		if e.Channel != store.ChannelEmail { // mail shows up as SMTP lines already
			p.printf("ALERT #%d delivered to %s by %s", a.ID, e.Person, e.Channel)
		}
	case store.EventFailed, store.EventUndelivered:
		p.printf("ALERT #%d delivery to %s by %s failed: %s", a.ID, e.Person, e.Channel, e.Detail)
	}
}
