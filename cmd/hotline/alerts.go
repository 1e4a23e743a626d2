package main

import (
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
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
	store     storeConfig
	addr      string
	tokenFile string
	plaintext bool
	by        string
	state     string
	limit     int
	called    bool
}

// envAPIToken holds the bearer token for --addr, so it stays out of argv.
const envAPIToken = "HOTLINE_TOKEN"

// alertsBackend is where the alerts command reads and changes alerts: the
// database file directly, or a running service over gRPC.
type alertsBackend interface {
	list(ctx context.Context, states []store.State, limit int) ([]store.Alert, error)
	show(ctx context.Context, id int64) (store.Alert, []store.AlertEvent, []store.OutboxItem, error)
	ack(ctx context.Context, id int64, by string, called bool) (store.Alert, error)
	resolve(ctx context.Context, id int64, by string) (store.Alert, error)
	Close() error
}

func runAlerts(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f alertsFlags
	fs := newFlagSet("alerts", "alerts list|show ID|ack ID|resolve ID [--db PATH | --postgres DSN | --addr HOST:PORT] [--by NAME] [--state STATE]", stderr)
	fs.StringVar(&f.store.dbPath, "db", "hotline.db", "SQLite database `path`")
	f.store.registerPostgres(fs)
	fs.StringVar(&f.addr, "addr", "", "use the gRPC API of a running service at `host:port` instead of --db")
	fs.StringVar(&f.tokenFile, "token-file", "", "`file` with the API bearer token for --addr (default: $"+envAPIToken+")")
	fs.BoolVar(&f.plaintext, "plaintext", false, "connect to --addr without TLS (loopback and tests)")
	fs.StringVar(&f.by, "by", os.Getenv("USER"), "`name` recorded as the person acknowledging or resolving")
	fs.StringVar(&f.state, "state", "", "list only alerts in these comma-separated `states` (OPEN,NOTIFIED,ACKNOWLEDGED,RESOLVED or ALL); default: not resolved")
	fs.IntVar(&f.limit, "limit", 50, "list at most `n` alerts")
	fs.BoolVar(&f.called, "called", false, "with ack: you called the customer back; records the call, which counts as the answer")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	dbSet := false
	fs.Visit(func(fl *flag.Flag) { dbSet = dbSet || fl.Name == "db" })
	if !dbSet && (f.store.postgresDSN != "" || os.Getenv(envPostgresDSN) != "") {
		// --db has a default; naming PostgreSQL replaces it.
		f.store.dbPath = ""
	}
	if err := f.store.validate(); err != nil {
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
	var id int64
	switch verb {
	case "list":
		if len(rest) != 0 {
			return fmt.Errorf("%w: alerts list takes no arguments", errUsage)
		}
	case "show", "ack", "acknowledge", "resolve":
		if id, err = needID(); err != nil {
			return err
		}
		if verb != "show" && f.by == "" {
			return fmt.Errorf("%w: --by is required when $USER is not set", errUsage)
		}
	default:
		fs.Usage()
		return fmt.Errorf("%w: unknown alerts verb %q", errUsage, verb)
	}
	states, err := parseStates(f.state)
	if err != nil {
		return err
	}
	b, err := openAlertsBackend(ctx, f)
	if err != nil {
		return err
	}
	defer b.Close()
	switch verb {
	case "list":
		as, err := b.list(ctx, states, f.limit)
		if err != nil {
			return err
		}
		return printAlerts(as, stdout)
	case "show":
		a, evs, out, err := b.show(ctx, id)
		if err != nil {
			return err
		}
		return printAlert(a, evs, out, stdout)
	case "resolve":
		if _, err := b.resolve(ctx, id, f.by); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "alert %d resolved by %s\n", id, f.by)
		return nil
	}
	a, err := b.ack(ctx, id, f.by, f.called)
	if err != nil {
		return err
	}
	if f.called {
		fmt.Fprintf(stdout, "alert %d: your call to %s is recorded; no reminder to answer will follow.\n", id, who(a))
		return nil
	}
	if a.AckedBy != f.by {
		fmt.Fprintf(stdout, "alert %d was already acknowledged by %s at %s\n", id, a.AckedBy, a.AckedAt.Local().Format(time.DateTime))
		return nil
	}
	fmt.Fprintf(stdout, "alert %d acknowledged by %s; escalation stopped. %s is waiting: reach them now.\n", id, f.by, who(a))
	return nil
}

func parseStates(flagValue string) ([]store.State, error) {
	if flagValue == "" {
		return []store.State{store.AlertOpen, store.AlertNotified, store.AlertAcknowledged}, nil
	}
	var states []store.State
	for _, s := range strings.Split(flagValue, ",") {
		if strings.EqualFold(strings.TrimSpace(s), "all") {
			return store.States(), nil
		}
		st, err := store.ParseState(s)
		if err != nil {
			return nil, fmt.Errorf("%w: unknown state %q", errUsage, strings.ToUpper(strings.TrimSpace(s)))
		}
		states = append(states, st)
	}
	return states, nil
}

func openAlertsBackend(ctx context.Context, f alertsFlags) (alertsBackend, error) {
	if f.addr != "" {
		return dialAlerts(f)
	}
	if f.store.postgresDSN == "" {
		// Opening would create an empty file where a typo was meant.
		if _, err := os.Stat(f.store.dbPath); err != nil {
			return nil, fmt.Errorf("alerts: database %s: %w", f.store.dbPath, err)
		}
	}
	st, err := f.store.open(ctx)
	if err != nil {
		return nil, err
	}
	// Acknowledge and resolve need no routing config; they only move the
	// alert's state, and the running service sees it at its next tick.
	return &dbAlerts{alertsStore: st, router: route.New(st, nil, route.Options{})}, nil
}

// alertsStore is what the alerts command needs of a store; *store.SQLite
// and *store.Postgres both provide it.
type alertsStore interface {
	route.Store
	ListAlerts(ctx context.Context, f store.AlertFilter) ([]store.Alert, error)
	AlertEvents(ctx context.Context, id int64) ([]store.AlertEvent, error)
	Close() error
}

// dbAlerts works on the database directly.
type dbAlerts struct {
	alertsStore
	router *route.Router
}

func (d *dbAlerts) list(ctx context.Context, states []store.State, limit int) ([]store.Alert, error) {
	return d.ListAlerts(ctx, store.AlertFilter{States: states, Limit: limit})
}

func (d *dbAlerts) show(ctx context.Context, id int64) (store.Alert, []store.AlertEvent, []store.OutboxItem, error) {
	a, err := d.GetAlert(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return a, nil, nil, fmt.Errorf("alert %d not found", id)
	}
	if err != nil {
		return a, nil, nil, err
	}
	evs, err := d.AlertEvents(ctx, id)
	if err != nil {
		return a, nil, nil, err
	}
	out, err := d.ListOutbox(ctx, id)
	return a, evs, out, err
}

func (d *dbAlerts) ack(ctx context.Context, id int64, by string, called bool) (store.Alert, error) {
	if called {
		a, err := d.router.Called(ctx, id, by)
		if err != nil {
			return a, fmt.Errorf("record call on alert %d: %w", id, err)
		}
		return a, nil
	}
	a, err := d.router.Acknowledge(ctx, id, by, store.ViaCLI.String())
	if err != nil {
		return a, fmt.Errorf("acknowledge alert %d: %w", id, err)
	}
	return a, nil
}

func (d *dbAlerts) resolve(ctx context.Context, id int64, by string) (store.Alert, error) {
	a, err := d.router.Resolve(ctx, id, by)
	if err != nil {
		return a, fmt.Errorf("resolve alert %d: %w", id, err)
	}
	return a, nil
}

// grpcAlerts works through a running service's EscalationService.
type grpcAlerts struct {
	conn      *grpc.ClientConn
	c         hotlinev1.EscalationServiceClient
	addr      string
	plaintext bool
}

func dialAlerts(f alertsFlags) (*grpcAlerts, error) {
	token, err := secret(f.tokenFile, envAPIToken)
	if err != nil {
		return nil, err
	}
	creds := credentials.NewTLS(&tls.Config{MinVersion: tls.VersionTLS12})
	if f.plaintext {
		creds = insecure.NewCredentials()
	}
	opts := []grpc.DialOption{grpc.WithTransportCredentials(creds)}
	if token != "" {
		opts = append(opts, grpc.WithUnaryInterceptor(func(ctx context.Context, method string, req, reply any,
			cc *grpc.ClientConn, invoker grpc.UnaryInvoker, o ...grpc.CallOption) error {
			return invoker(metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+token), method, req, reply, cc, o...)
		}))
	}
	conn, err := grpc.NewClient(f.addr, opts...)
	if err != nil {
		return nil, fmt.Errorf("alerts: connect %s: %w", f.addr, err)
	}
	return &grpcAlerts{conn: conn, c: hotlinev1.NewEscalationServiceClient(conn), addr: f.addr, plaintext: f.plaintext}, nil
}

func (g *grpcAlerts) Close() error { return g.conn.Close() }

func (g *grpcAlerts) list(ctx context.Context, states []store.State, limit int) ([]store.Alert, error) {
	req := &hotlinev1.ListAlertsRequest{PageSize: int32(min(limit, 1000))}
	for _, s := range states {
		req.States = append(req.States, api.StateToProto(s))
	}
	resp, err := g.c.ListAlerts(ctx, req)
	if err != nil {
		return nil, g.error(err)
	}
	var out []store.Alert
	for _, a := range resp.GetAlerts() {
		out = append(out, api.AlertFromProto(a))
	}
	return out, nil
}

func (g *grpcAlerts) show(ctx context.Context, id int64) (store.Alert, []store.AlertEvent, []store.OutboxItem, error) {
	resp, err := g.c.GetAlert(ctx, &hotlinev1.GetAlertRequest{Id: id})
	if err != nil {
		return store.Alert{}, nil, nil, g.error(err)
	}
	var evs []store.AlertEvent
	for _, e := range resp.GetEvents() {
		evs = append(evs, api.AlertEventFromProto(e))
	}
	return api.AlertFromProto(resp.GetAlert()), evs, nil, nil
}

func (g *grpcAlerts) ack(ctx context.Context, id int64, by string, called bool) (store.Alert, error) {
	resp, err := g.c.AcknowledgeAlert(ctx, &hotlinev1.AcknowledgeAlertRequest{Id: id, Person: by, Called: called})
	if err != nil {
		return store.Alert{}, g.error(err)
	}
	return api.AlertFromProto(resp.GetAlert()), nil
}

func (g *grpcAlerts) resolve(ctx context.Context, id int64, by string) (store.Alert, error) {
	resp, err := g.c.ResolveAlert(ctx, &hotlinev1.ResolveAlertRequest{Id: id, Person: by})
	if err != nil {
		return store.Alert{}, g.error(err)
	}
	return api.AlertFromProto(resp.GetAlert()), nil
}

// apiError shows the server's message without the gRPC wrapping.
func apiError(err error) error {
	st := status.Convert(err)
	return fmt.Errorf("%s (%s)", st.Message(), st.Code())
}

// error is apiError with a hint when TLS is the likely cause: the default
// is TLS, and a server started without --tls-cert speaks plaintext, which
// otherwise shows up as an obscure handshake failure.
func (g *grpcAlerts) error(err error) error {
	msg := status.Convert(err).Message()
	switch {
	case !g.plaintext && strings.Contains(msg, "first record does not look like a TLS handshake"):
		return fmt.Errorf("%w\nthe service at %s speaks plaintext, not TLS: add --plaintext (only on loopback or a trusted network)", apiError(err), g.addr)
	case g.plaintext && status.Code(err) == codes.Unavailable && (strings.Contains(msg, "connection closed before server preface") || strings.Contains(msg, "EOF")):
		return fmt.Errorf("%w\nthe service at %s may require TLS: drop --plaintext", apiError(err), g.addr)
	}
	return apiError(err)
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

func printAlerts(as []store.Alert, w io.Writer) error {
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

func printAlert(a store.Alert, evs []store.AlertEvent, out []store.OutboxItem, w io.Writer) error {
	ts := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.Local().Format(time.DateTime)
	}
	fmt.Fprintf(w, "Alert #%d  %s\n", a.ID, a.State)
	fmt.Fprintf(w, "From:      %s\nSubject:   %s\nMailbox:   %s\n", who(a), a.Subject, a.Mailbox)
	if line := historyLine(a); line != "" {
		fmt.Fprintf(w, "History:   %s\n", line)
	}
	fmt.Fprintf(w, "Scores:    anger %.2f  urgency %.2f  heat %.2f  %s\n", a.Anger, a.Urgency, a.Heat, a.Level)
	for _, r := range a.Reasons {
		fmt.Fprintf(w, "           - %s %q\n", r.Signal, r.Phrase)
	}
	fmt.Fprintf(w, "Route:     %s -> chain %s, step %d, round %d, owners %s\n", a.Route, a.Chain, a.Step+1, a.Round, strings.Join(a.Owners, ", "))
	fmt.Fprintf(w, "Messages:  %d (first recorded %s, last %s)\n", a.Messages, ts(a.ReceivedAt), ts(a.LastMessageAt))
	next := "Next step:"
	if a.State == store.AlertAcknowledged {
		next = "Answer by:"
	}
	fmt.Fprintf(w, "%s %s\n", next, ts(a.NextDueAt))
	if a.AckedBy != "" {
		fmt.Fprintf(w, "Taken:     by %s via %s at %s\n", a.AckedBy, a.AckVia, ts(a.AckedAt))
	}
	if a.ResolvedBy != "" {
		fmt.Fprintf(w, "Resolved:  by %s at %s\n", a.ResolvedBy, ts(a.ResolvedAt))
	}
	if a.Excerpt != "" {
		fmt.Fprintf(w, "Excerpt:   %s\n", a.Excerpt)
	}
	fmt.Fprintln(w, "\nHistory:")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, e := range evs {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", ts(e.At), e.Kind, e.Person, e.Channel, e.Detail)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(out) == 0 {
		return nil
	}
	fmt.Fprintln(w, "\nNotifications:")
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, o := range out {
		// A webhook URL is a credential: only its scheme and host are shown.
		fmt.Fprintf(tw, "  %s\t%s\t%s\tattempts %d\t%s\t%s\n", o.Key, o.Status, notify.DisplayAddress(o.Channel, o.Address), o.Attempts, ts(o.SentAt), o.LastError)
	}
	return tw.Flush()
}
