package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

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
