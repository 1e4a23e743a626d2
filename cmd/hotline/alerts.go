package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hotline/hotline/service/ack"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

// alertsCmd lets a person see and take alerts from a terminal, against the
// same database the service uses.
var alertsCmd = command{
	name:    "alerts",
	summary: "list, show, acknowledge or resolve alerts (list|show|ack|resolve)",
	run:     runAlerts,
}

// alertsFlags holds the flags shared by every alerts verb.
type alertsFlags struct {
	db    string
	by    string
	state string
	limit int
}

func runAlerts(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f alertsFlags
	fs := newFlagSet("alerts", "alerts list|show ID|ack ID|resolve ID [--db PATH] [--by NAME] [--state STATE]", stderr)
	fs.StringVar(&f.db, "db", "hotline.db", "SQLite database `path`")
	fs.StringVar(&f.by, "by", os.Getenv("USER"), "`name` recorded as the person acknowledging or resolving")
	fs.StringVar(&f.state, "state", "", "list only alerts in these comma-separated `states` (OPEN,NOTIFIED,ACKNOWLEDGED,RESOLVED); default: not resolved")
	fs.IntVar(&f.limit, "limit", 50, "list at most `n` alerts")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: alerts needs a verb: list, show, ack or resolve", errUsage)
	}
	verb, rest := pos[0], pos[1:]
	needID := func() (int64, error) {
		if len(rest) != 1 {
			return 0, fmt.Errorf("%w: alerts %s takes exactly one alert ID", errUsage, verb)
		}
		id, err := strconv.ParseInt(strings.TrimPrefix(rest[0], "#"), 10, 64)
		if err != nil || id <= 0 {
			return 0, fmt.Errorf("%w: alert ID %q is not a positive number", errUsage, rest[0])
		}
		return id, nil
	}
	if _, err := os.Stat(f.db); err != nil {
		return fmt.Errorf("alerts: database %s: %w", f.db, err)
	}
	st, err := store.OpenSQLite(ctx, f.db)
	if err != nil {
		return err
	}
	defer st.Close()
	// Acknowledge and resolve need no routing config; they only move the
	// alert's state, and the running service sees it at its next tick.
	r := route.New(st, nil, route.Options{})
	switch verb {
	case "list":
		if len(rest) != 0 {
			return fmt.Errorf("%w: alerts list takes no arguments", errUsage)
		}
		return listAlerts(ctx, st, f, stdout)
	case "show":
		id, err := needID()
		if err != nil {
			return err
		}
		return showAlert(ctx, st, id, stdout)
	case "ack", "acknowledge":
		id, err := needID()
		if err != nil {
			return err
		}
		if f.by == "" {
			return fmt.Errorf("%w: --by is required when $USER is not set", errUsage)
		}
		a, err := r.Acknowledge(ctx, id, f.by, "cli")
		if err != nil {
			return fmt.Errorf("acknowledge alert %d: %w", id, err)
		}
		if a.AckedBy != f.by {
			fmt.Fprintf(stdout, "alert %d was already acknowledged by %s at %s\n", id, a.AckedBy, a.AckedAt.Local().Format(time.DateTime))
			return nil
		}
		fmt.Fprintf(stdout, "alert %d acknowledged by %s; escalation stopped. %s is waiting: reach them now.\n", id, f.by, who(a))
		return nil
	case "resolve":
		id, err := needID()
		if err != nil {
			return err
		}
		if _, err := r.Resolve(ctx, id, f.by); err != nil {
			return fmt.Errorf("resolve alert %d: %w", id, err)
		}
		fmt.Fprintf(stdout, "alert %d resolved by %s\n", id, f.by)
		return nil
	}
	fs.Usage()
	return fmt.Errorf("%w: unknown alerts verb %q", errUsage, verb)
}

// parseInterspersed allows flags before and after positional arguments, so
// "alerts ack 3 --db x" and "alerts --db x ack 3" both work.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func who(a store.Alert) string {
	if a.FromName != "" {
		return fmt.Sprintf("%s <%s>", a.FromName, a.From)
	}
	return a.From
}

func listAlerts(ctx context.Context, st *store.SQLite, f alertsFlags, w io.Writer) error {
	filter := store.AlertFilter{Limit: f.limit, States: []string{store.AlertOpen, store.AlertNotified, store.AlertAcknowledged}}
	if f.state != "" {
		filter.States = nil
		for _, s := range strings.Split(f.state, ",") {
			s = strings.ToUpper(strings.TrimSpace(s))
			switch s {
			case store.AlertOpen, store.AlertNotified, store.AlertAcknowledged, store.AlertResolved:
				filter.States = append(filter.States, s)
			case "ALL":
				filter.States = nil
			default:
				return fmt.Errorf("%w: unknown state %q", errUsage, s)
			}
		}
	}
	as, err := st.ListAlerts(ctx, filter)
	if err != nil {
		return err
	}
	if len(as) == 0 {
		fmt.Fprintln(w, "no alerts")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATE\tHEAT\tMSGS\tOPENED\tOWNER\tFROM\tSUBJECT")
	for _, a := range as {
		owner := strings.Join(a.Owners, ",")
		if a.AckedBy != "" {
			owner = a.AckedBy
		}
		fmt.Fprintf(tw, "%d\t%s\t%.2f\t%d\t%s\t%s\t%s\t%s\n", a.ID, a.State, a.Heat, a.Messages,
			a.OpenedAt.Local().Format("01-02 15:04"), owner, a.From, clip(a.Subject, 50))
	}
	return tw.Flush()
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func showAlert(ctx context.Context, st *store.SQLite, id int64, w io.Writer) error {
	a, err := st.GetAlert(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("alert %d not found", id)
	}
	if err != nil {
		return err
	}
	ts := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.Local().Format(time.DateTime)
	}
	fmt.Fprintf(w, "Alert #%d  %s\n", a.ID, a.State)
	fmt.Fprintf(w, "From:      %s\nSubject:   %s\nMailbox:   %s\n", who(a), a.Subject, a.Mailbox)
	fmt.Fprintf(w, "Scores:    anger %.2f  urgency %.2f  heat %.2f  %s\n", a.Anger, a.Urgency, a.Heat, a.Level)
	for _, r := range a.Reasons {
		fmt.Fprintf(w, "           - %s %q\n", r.Signal, r.Phrase)
	}
	fmt.Fprintf(w, "Route:     %s -> chain %s, step %d, round %d, owners %s\n", a.Route, a.Chain, a.Step+1, a.Round, strings.Join(a.Owners, ", "))
	fmt.Fprintf(w, "Messages:  %d (first recorded %s, last %s)\n", a.Messages, ts(a.ReceivedAt), ts(a.LastMessageAt))
	fmt.Fprintf(w, "Next step: %s\n", ts(a.NextDueAt))
	if a.AckedBy != "" {
		fmt.Fprintf(w, "Taken:     by %s via %s at %s\n", a.AckedBy, a.AckVia, ts(a.AckedAt))
	}
	if a.ResolvedBy != "" {
		fmt.Fprintf(w, "Resolved:  by %s at %s\n", a.ResolvedBy, ts(a.ResolvedAt))
	}
	if a.Excerpt != "" {
		fmt.Fprintf(w, "Excerpt:   %s\n", a.Excerpt)
	}
	evs, err := st.AlertEvents(ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\nHistory:")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, e := range evs {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", ts(e.At), e.Kind, e.Person, e.Channel, e.Detail)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	out, err := st.ListOutbox(ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\nNotifications:")
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, o := range out {
		fmt.Fprintf(tw, "  %s\t%s\t%s\tattempts %d\t%s\t%s\n", o.Key, o.Status, o.Address, o.Attempts, ts(o.SentAt), o.LastError)
	}
	return tw.Flush()
}

// Environment variables for alerting secrets, so they stay out of argv.
const (
	envSMTPPassword  = "HOTLINE_SMTP_PASSWORD"
	envAckKey        = "HOTLINE_ACK_KEY"
	envWebhookSecret = "HOTLINE_WEBHOOK_SECRET"
)

// routingConfig holds the flags that turn on alerting in a long-running
// command (serve): the routing file, the SMTP relay, and the public address
// of the acknowledge page.
type routingConfig struct {
	configPath     string
	smtpAddr       string
	smtpFrom       string
	smtpUser       string
	smtpPassFile   string
	smtpRequireTLS bool
	ackURL         string
	ackKeyFile     string
	webhookSecret  string // file
	slack          bool
}

// register adds the alerting flags to fs.
func (c *routingConfig) register(fs *flag.FlagSet) {
	fs.StringVar(&c.configPath, "routing-config", "", "routing config `file`; enables alerts (reloaded on SIGHUP)")
	fs.StringVar(&c.smtpAddr, "smtp-addr", "127.0.0.1:25", "SMTP relay `host:port` for alert mail (STARTTLS when offered)")
	fs.StringVar(&c.smtpFrom, "smtp-from", "hotline@localhost", "sender `address` of alert mail")
	fs.StringVar(&c.smtpUser, "smtp-user", "", "SMTP AUTH PLAIN `user`; password from --smtp-password-file or $"+envSMTPPassword)
	fs.StringVar(&c.smtpPassFile, "smtp-password-file", "", "read the SMTP password from this `file`")
	fs.BoolVar(&c.smtpRequireTLS, "smtp-require-tls", false, "refuse to send alert mail when the relay does not offer STARTTLS")
	fs.StringVar(&c.ackURL, "ack-url", "http://127.0.0.1:9090/ack", "public `URL` of the acknowledge page, put in alert links")
	fs.StringVar(&c.ackKeyFile, "ack-key-file", "", "`file` with the key that signs acknowledge links (default: $"+envAckKey+")")
	fs.StringVar(&c.webhookSecret, "webhook-secret-file", "", "`file` with the HMAC key for webhook signatures (default: $"+envWebhookSecret+")")
	fs.BoolVar(&c.slack, "webhook-slack", false, "send webhooks as Slack-compatible {text, blocks} payloads")
}

func secret(file, env string) (string, error) {
	if file == "" {
		return os.Getenv(env), nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("read secret: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// alerting is the running alert pipeline: router, outbox dispatcher and the
// acknowledge page.
type alerting struct {
	path   string
	router *route.Router
	disp   *notify.Dispatcher
	// Ack serves the acknowledge page; mount it at the path of --ack-url.
	Ack    http.Handler
	logger *slog.Logger
}

// build wires the alert pipeline on st. It returns nil when no routing
// config was given.
func (c *routingConfig) build(st *store.SQLite, reg prometheus.Registerer, logger *slog.Logger) (*alerting, error) {
	if c.configPath == "" {
		return nil, nil
	}
	cfg, err := route.LoadConfig(c.configPath)
	if err != nil {
		return nil, err
	}
	key, err := secret(c.ackKeyFile, envAckKey)
	if err != nil {
		return nil, err
	}
	if key == "" {
		return nil, fmt.Errorf("%w: alerts need a link signing key in --ack-key-file or $%s", errUsage, envAckKey)
	}
	signer, err := ack.NewSigner([]byte(key), c.ackURL, 7*24*time.Hour, nil)
	if err != nil {
		return nil, err
	}
	pass, err := secret(c.smtpPassFile, envSMTPPassword)
	if err != nil {
		return nil, err
	}
	whSecret, err := secret(c.webhookSecret, envWebhookSecret)
	if err != nil {
		return nil, err
	}
	a := &alerting{path: c.configPath, logger: logger}
	a.disp = notify.NewDispatcher(st, notify.Options{
		Receivers: map[string]notify.Notifier{
			"email": &notify.Email{Addr: c.smtpAddr, From: c.smtpFrom, Username: c.smtpUser, Password: pass,
				RequireTLS: c.smtpRequireTLS},
			"webhook": &notify.Webhook{Secret: []byte(whSecret), Slack: c.slack},
		},
		AckURL: signer.URL,
		AckCommand: func(id int64, person string) string {
			return fmt.Sprintf("hotline alerts ack %d --by %s", id, person)
		},
		Logger: logger, Metrics: notify.NewMetrics(reg),
	})
	a.router = route.New(st, cfg, route.Options{Logger: logger, Metrics: route.NewMetrics(reg), Queued: a.disp.Wake})
	a.Ack = &ack.Handler{Signer: signer, Alerts: a.router, Logger: logger, Checklist: notify.Checklist}
	return a, nil
}

// Recorded hands every newly recorded message to the router (an
// ingest.Sink).
func (a *alerting) Recorded(ctx context.Context, m store.Message) {
	if err := a.router.Observe(ctx, m); err != nil && ctx.Err() == nil {
		a.logger.ErrorContext(ctx, "route message", "message_id", m.MessageID, "err", err)
	}
}

// Run drives escalations and deliveries, and reloads the routing config on
// SIGHUP, until ctx ends. A config that fails validation is logged and the
// old one stays in force.
func (a *alerting) Run(ctx context.Context) error {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); _ = a.router.Run(ctx) }()
	go func() { defer wg.Done(); _ = a.disp.Run(ctx) }()
	defer wg.Wait()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-hup:
			cfg, err := route.LoadConfig(a.path)
			if err != nil {
				a.logger.ErrorContext(ctx, "routing config reload failed; keeping the previous config", "path", a.path, "err", err)
				continue
			}
			a.router.SetConfig(cfg)
			a.logger.InfoContext(ctx, "routing config reloaded", "path", a.path)
		}
	}
}
