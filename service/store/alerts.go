package store

import (
	"errors"
	"fmt"
	"time"
)

// Alert states. An alert moves forward only: OPEN when the router decided to
// page somebody, NOTIFIED once a notification was delivered, ACKNOWLEDGED when
// a person took it, RESOLVED when it is done.
const (
	AlertOpen         = "OPEN"
	AlertNotified     = "NOTIFIED"
	AlertAcknowledged = "ACKNOWLEDGED"
	AlertResolved     = "RESOLVED"
)

// Outbox row states.
const (
	OutboxPending = "pending"
	OutboxSent    = "sent"
	// OutboxSkipped marks a notification dropped because the alert was
	// acknowledged or resolved before it went out.
	OutboxSkipped = "skipped"
	// OutboxFailed marks a notification that exhausted its retries.
	OutboxFailed = "failed"
)

// ErrConflict is returned when an alert changed since it was read; the
// caller reloads it and decides again.
var ErrConflict = errors.New("alert changed concurrently")

// Alert is one hot conversation that somebody must answer, with the
// escalation state the router needs to survive restarts.
type Alert struct {
	ID    int64
	State string
	Route string // name of the route that matched
	Chain string // name of the escalation chain
	// ChainSnapshot is the chain as it was when the alert opened (opaque to
	// the store), so a config reload never strands an open alert.
	ChainSnapshot []byte
	Step          int      // index of the current step in the chain
	Round         int      // how often the current step has been re-notified
	Owners        []string // people notified in the current step
	MessageRef    int64    // store id of the message that opened the alert
	Mailbox       string
	From          string
	FromName      string
	Subject       string
	Excerpt       string
	Anger         float64
	Urgency       float64
	Heat          float64 // highest heat seen in the alert's messages
	Level         string
	Reasons       []Reason
	Messages      int       // how many messages the alert groups
	ReceivedAt    time.Time // when the first message was recorded
	LastMessageAt time.Time
	OpenedAt      time.Time
	UpdatedAt     time.Time
	NextDueAt     time.Time // next escalation, or answer check once acknowledged; zero when none
	AckedAt       time.Time
	AckedBy       string
	AckVia        string // "link", "reply", "cli", "api"
	ResolvedAt    time.Time
	ResolvedBy    string
	// Version guards against lost updates: ApplyAlert fails with
	// ErrConflict when the stored version differs.
	Version int64
}

// Closed reports whether nobody needs to be paged for the alert any more.
func (a Alert) Closed() bool { return a.State == AlertAcknowledged || a.State == AlertResolved }

// AlertEvent is one line of an alert's history.
type AlertEvent struct {
	ID      int64
	AlertID int64
	At      time.Time
	// Kind is one of opened, queued, notified, failed, escalated, repeated,
	// message, acknowledged, resolved.
	Kind    string
	Person  string
	Channel string
	Detail  string
}

// OutboxItem is one notification to deliver. Rows are written in the same
// transaction as the decision that needs them and delivered at least once;
// Key is stable so receivers can drop duplicates.
type OutboxItem struct {
	ID int64
	// Key is the idempotency key. ApplyAlert prefixes the caller's key with
	// "alert-<id>/" so it is unique across alerts.
	Key           string
	AlertID       int64
	Channel       string // receiver name: "email", "webhook", "slack"
	Person        string
	Address       string // email address or webhook URL
	Kind          string // "new", "escalation", "repeat"
	Step          int
	Status        string
	Attempts      int
	NextAttemptAt time.Time
	LastError     string
	CreatedAt     time.Time
	SentAt        time.Time
}

// AlertChange is one decision of the router, applied atomically: the alert
// row, its new history lines, the notifications it needs and the thread ids
// that should find it later.
type AlertChange struct {
	Alert     *Alert
	Events    []AlertEvent
	Outbox    []OutboxItem
	ThreadIDs []string
	// Routed, when not zero, is the id of the message this decision was
	// made for; it is marked routed in the same transaction.
	Routed int64
}

// AlertFilter selects alerts for listing. Newest first.
type AlertFilter struct {
	States []string // empty = all
	Limit  int      // default 100
}

// failureEvent is the history line of a failed delivery attempt: people
// reading an alert need to know a page did not reach anyone, and why,
// whether or not it will be tried again.
func failureEvent(o OutboxItem, next time.Time, msg string, final bool) (kind, detail string) {
	if final {
		return "failed", fmt.Sprintf("gave up after %d attempts: %s", o.Attempts, msg)
	}
	return "undelivered", fmt.Sprintf("attempt %d failed, next at %s: %s", o.Attempts, next.UTC().Format(time.RFC3339), msg)
}
