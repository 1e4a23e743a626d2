// Package notify delivers alert notifications to people: one Notifier per
// receiver (email over SMTP, webhook), fed by a Dispatcher that drains the
// store's outbox with retries, so a crash neither loses nor duplicates a page.
package notify

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/hotline/hotline/service/store"
)

// Notifier delivers one notification through one receiver. It must be safe
// for concurrent use. Implementations should return a Permanent error when a
// retry cannot help.
type Notifier interface {
	Notify(ctx context.Context, n Notification) error
}

// NotifierFunc adapts a function to Notifier.
type NotifierFunc func(ctx context.Context, n Notification) error

// Notify calls f.
func (f NotifierFunc) Notify(ctx context.Context, n Notification) error { return f(ctx, n) }

// Notification is everything a senior person needs to decide and act: who
// wrote, how hot it is and why, how long they have waited, how to take the
// alert, and how to answer well.
type Notification struct {
	// Key is the idempotency key; every retry of the same notification
	// carries the same key so receivers can drop duplicates.
	Key     string
	AlertID int64
	// Kind is why it goes out; it picks the headline and the words.
	Kind     store.NotificationKind
	Step     int // 1-based step of the chain
	Person   string
	Address  string // email address or webhook URL
	From     string
	FromName string
	Subject  string
	Mailbox  string
	Anger    float64
	Urgency  float64
	Heat     float64
	Level    string
	Reasons  []store.Reason
	Excerpt  string
	Messages int
	// ReceivedAt is when the first message was recorded. Waiting is how
	// long the customer has waited when the notification was rendered:
	// the time since then plus StatedWait, the wait the customer wrote
	// about ("down since Monday"), zero when they state none.
	ReceivedAt time.Time
	Waiting    time.Duration
	StatedWait time.Duration
	// AckURL is the one-click acknowledge link for this person.
	AckURL string
	// AckCommand is the CLI alternative to the link.
	AckCommand string
	// Call is who to call back and on which number; nil when the mail
	// holds none. See CallFirst.
	Call *Call
}

// History is the customer's history line ("3rd mail since Mon 09:31, no
// reply yet"), read from the alert's reasons; empty for a first mail.
func (n Notification) History() string {
	line := ""
	for _, r := range n.Reasons {
		if r.Signal == "history" {
			line = r.Phrase
		}
	}
	return line
}

// Call is what the person paged needs to call the customer back.
type Call struct {
	// Name is who to ask for; the sender's name, or their address.
	Name string
	// Number is the first number found, in E.164 ("+441614960000"), and
	// Display the same for reading ("+44 161 496 0000").
	Number, Display string
	// Others are further numbers in E.164.
	Others []string
	// Asked is true when the customer asked to be called.
	Asked bool
}

// Link returns the tel: URI of the number.
func (c Call) Link() string { return "tel:" + c.Number }

// CallFirst returns the call to lead the notification with: when the
// customer asked for a call or the mail is HOT, calling back beats any
// written answer. Nil otherwise.
func (n Notification) CallFirst() *Call {
	if n.Call == nil || n.Call.Number == "" || !(n.Call.Asked || n.Level == "HOT") {
		return nil
	}
	return n.Call
}

// CallLine is the notification's first line when it leads with a call:
// "Call Claire Donovan: tel:+441614960000 (+44 161 496 0000)". Empty
// otherwise.
func (n Notification) CallLine() string {
	c := n.CallFirst()
	if c == nil {
		return ""
	}
	why := "asked for a call"
	if !c.Asked {
		why = "hot"
	}
	return fmt.Sprintf("Call %s: %s (%s, %s)", c.Name, c.Link(), c.Display, why)
}

// Checklist is how to answer an upset customer, printed in every alert so
// the person paged has it in front of them when they pick up the phone.
var Checklist = []string{
	"Reach them yourself, by phone if you can, and soon: a named person, not a reference number.",
	"Let them finish. Say back what this cost them before you get to the technical part.",
	"Own it. If we caused it or dropped the ball, say so plainly.",
	"Apologise for the specific thing (\"I'm sorry nobody called you back yesterday\"), not for \"any inconvenience\".",
	"Never tell them to calm down; no blame on them or on other vendors, no \"you should have\".",
	"Agree a plan: the next steps, who does each, and when you will report back.",
	"Follow up when you said you would, and afterwards explain what changed so it does not happen again.",
}

// Headline is a one-line summary used as a mail subject and chat text.
func (n Notification) Headline() string {
	prefix := "Hot customer"
	switch n.Kind {
	case store.NotifyEscalation:
		prefix = "Escalated: hot customer"
	case store.NotifyRepeat:
		prefix = "Still unanswered: hot customer"
	case store.NotifyReminder:
		prefix = "You took this, no reply seen yet: hot customer"
	case store.NotifyLate:
		prefix = "Late: hot customer"
	}
	who := n.FromName
	if who == "" {
		who = n.From
	}
	return fmt.Sprintf("[Hotline #%d] %s %s waiting %s: %s", n.AlertID, prefix, who, humanDuration(n.Waiting), n.Subject)
}

// maxReasons caps the evidence shown in a notification: a person deciding
// whether to pick up the phone needs the strongest few signals, not all.
const maxReasons = 6

// ReasonSummary lists the strongest evidence behind the score as short
// "signal: phrase" items. Per-word model weights are shown only when there
// is nothing more specific.
func (n Notification) ReasonSummary() []string {
	rs := append([]store.Reason(nil), n.Reasons...)
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Weight > rs[j].Weight })
	var specific, model []string
	seen := map[string]bool{}
	for _, r := range rs {
		s := strings.ReplaceAll(r.Signal, "_", " ")
		if r.Phrase != "" {
			s += fmt.Sprintf(": %q", r.Phrase)
		}
		if seen[s] {
			continue
		}
		seen[s] = true
		if strings.HasPrefix(r.Signal, "model") {
			model = append(model, s)
			continue
		}
		specific = append(specific, s)
	}
	if len(specific) == 0 {
		specific = model
	}
	if len(specific) > maxReasons {
		specific = specific[:maxReasons]
	}
	return specific
}

func humanDuration(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d.Minutes()))
	default:
		return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
	}
}

// permanent marks an error that retrying cannot fix.
type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Permanent wraps err so the Dispatcher gives up at once instead of retrying.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return permanent{err}
}

// IsPermanent reports whether err was marked with Permanent.
func IsPermanent(err error) bool {
	var p permanent
	return errors.As(err, &p)
}
