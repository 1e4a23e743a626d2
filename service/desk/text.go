package desk

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/store"
)

// who is the alert's customer as people write an address: the name and
// the address in angle brackets, or the bare address.
func who(a store.Alert) string {
	if a.FromName != "" {
		return fmt.Sprintf("%s <%s>", a.FromName, a.From)
	}
	return a.From
}

// WriteAlerts writes one line per alert, in columns, or "no alerts".
func WriteAlerts(w io.Writer, as []store.Alert) error {
	if len(as) == 0 {
		_, err := fmt.Fprintln(w, "no alerts")
		return err
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

// WriteTaken says what acknowledging alert id for by did: the call back
// recorded (called), the alert taken, or a, taken already by someone else.
func WriteTaken(w io.Writer, id int64, a store.Alert, by string, called bool) error {
	var err error
	switch {
	case called:
		_, err = fmt.Fprintf(w, "alert %d: your call to %s is recorded; no reminder to answer will follow.\n", id, who(a))
	case a.AckedBy != by:
		_, err = fmt.Fprintf(w, "alert %d was already acknowledged by %s at %s\n", id, a.AckedBy, a.AckedAt.Local().Format(time.DateTime))
	default:
		_, err = fmt.Fprintf(w, "alert %d acknowledged by %s; escalation stopped. %s is waiting: reach them now.\n", id, by, who(a))
	}
	return err
}

// clip shortens s to n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// historyLine is the latest history line among the alert's reasons.
func historyLine(a store.Alert) string {
	line := ""
	for _, r := range a.Reasons {
		if r.Signal == "history" {
			line = r.Phrase
		}
	}
	return line
}

// WriteText writes the alert in full: who and what, the scores and their
// reasons, where escalation stands, its history and its notifications.
func (a Alert) WriteText(w io.Writer) error {
	ts := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.Local().Format(time.DateTime)
	}
	fmt.Fprintf(w, "Alert #%d  %s\n", a.ID, a.State)
	fmt.Fprintf(w, "From:      %s\nSubject:   %s\nMailbox:   %s\n", who(a.Alert), a.Subject, a.Mailbox)
	if line := historyLine(a.Alert); line != "" {
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
	for _, e := range a.Events {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", ts(e.At), e.Kind, e.Person, e.Channel, e.Detail)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(a.Outbox) == 0 {
		return nil
	}
	fmt.Fprintln(w, "\nNotifications:")
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, o := range a.Outbox {
		// A webhook URL is a credential: only its scheme and host are shown.
		fmt.Fprintf(tw, "  %s\t%s\t%s\tattempts %d\t%s\t%s\n", o.Key, o.Status, notify.DisplayAddress(o.Channel, o.Address), o.Attempts, ts(o.SentAt), o.LastError)
	}
	return tw.Flush()
}

// WriteCustomer writes a customer's history: the line alerts show, the
// unanswered count, and the mail, answers and alerts within the window.
func WriteCustomer(w io.Writer, c *hotlinev1.GetCustomerResponse) error {
	ts := func(t interface{ AsTime() time.Time }) string {
		return t.AsTime().Local().Format("Mon 2006-01-02 15:04")
	}
	fmt.Fprintf(w, "Customer:  %s\n", c.GetKey())
	if c.GetLine() != "" {
		fmt.Fprintf(w, "History:   %s\n", c.GetLine())
	}
	level := c.GetLevel()
	if level == "" {
		level = "no raise"
	}
	fmt.Fprintf(w, "Unanswered: %d (next mail: %s)\n", c.GetUnanswered(), level)
	if len(c.GetInbound()) == 0 {
		fmt.Fprintln(w, "No mail within the history window.")
	}
	for _, m := range c.GetInbound() {
		fmt.Fprintf(w, "  in   %s  %-5s %s  %s\n", ts(m.GetTime()), m.GetLevel(), m.GetFrom(), m.GetSubject())
	}
	for _, m := range c.GetAnswers() {
		fmt.Fprintf(w, "  out  %s  %s  %s\n", ts(m.GetTime()), m.GetFrom(), m.GetSubject())
	}
	var err error
	for _, a := range c.GetAlerts() {
		taken := "not taken"
		if a.GetAcknowledgedBy() != "" {
			taken = fmt.Sprintf("taken by %s via %s %s", a.GetAcknowledgedBy(), a.GetAcknowledgedVia(), ts(a.GetAcknowledgedTime()))
		}
		_, err = fmt.Fprintf(w, "  alert #%d %s, opened %s, %s\n", a.GetId(), strings.TrimPrefix(a.GetState().String(), "ALERT_STATE_"), ts(a.GetOpenedTime()), taken)
	}
	return err
}
