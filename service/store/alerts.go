package store

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// State is where an alert is in its life. An alert moves forward only:
// OPEN when the router decided to page somebody, NOTIFIED once a
// notification was delivered, ACKNOWLEDGED when a person took it, RESOLVED
// when it is done. Next is the one place that says which event moves it
// where.
type State string

// The alert states, as stored and shown.
const (
	AlertOpen         State = "OPEN"
	AlertNotified     State = "NOTIFIED"
	AlertAcknowledged State = "ACKNOWLEDGED"
	AlertResolved     State = "RESOLVED"
)

// String returns the state as stored, e.g. "OPEN".
func (s State) String() string { return string(s) }

// Valid reports whether s is one of the four alert states.
func (s State) Valid() bool {
	switch s {
	case AlertOpen, AlertNotified, AlertAcknowledged, AlertResolved:
		return true
	}
	return false
}

// States returns every alert state in lifecycle order.
func States() []State { return []State{AlertOpen, AlertNotified, AlertAcknowledged, AlertResolved} }

// ParseState returns the state named s, ignoring case and surrounding
// space, so people may type "open" for OPEN.
func ParseState(s string) (State, error) {
	st := State(strings.ToUpper(strings.TrimSpace(s)))
	if !st.Valid() {
		return "", fmt.Errorf("unknown alert state %q", s)
	}
	return st, nil
}

// ParseStates reads a comma-separated list of states as people type it on
// a command line: any case, "ALL" for every state, and empty for the
// states still in play (all but RESOLVED).
func ParseStates(list string) ([]State, error) {
	if list == "" {
		return []State{AlertOpen, AlertNotified, AlertAcknowledged}, nil
	}
	var states []State
	for _, s := range strings.Split(list, ",") {
		if strings.EqualFold(strings.TrimSpace(s), "all") {
			return States(), nil
		}
		st, err := ParseState(s)
		if err != nil {
			return nil, fmt.Errorf("unknown state %q", strings.ToUpper(strings.TrimSpace(s)))
		}
		states = append(states, st)
	}
	return states, nil
}

// ErrTransition is returned by Next for an event the state does not take,
// such as acknowledging a resolved alert.
var ErrTransition = errors.New("alert state does not take the event")

// transitions is the alert lifecycle: the state each event moves an alert
// to, by the state it is in. Events not listed for a state (a message, a
// queued page, an escalation) leave it where it is; the empty state is a
// new alert.
var transitions = map[State]map[EventKind]State{
	"":                {EventOpened: AlertOpen},
	AlertOpen:         {EventNotified: AlertNotified, EventAcknowledged: AlertAcknowledged, EventResolved: AlertResolved},
	AlertNotified:     {EventAcknowledged: AlertAcknowledged, EventResolved: AlertResolved},
	AlertAcknowledged: {EventResolved: AlertResolved},
	AlertResolved:     {},
}

// changing lists the events that move an alert to another state; any
// other event keeps the state, whatever it is.
var changing = map[EventKind]bool{EventOpened: true, EventNotified: true, EventAcknowledged: true, EventResolved: true}

// Next returns the state an alert in s moves to on ev, or ErrTransition
// when s does not take ev (a resolved alert cannot be acknowledged, an open
// one not opened again).
func (s State) Next(ev EventKind) (State, error) {
	if !changing[ev] {
		if _, ok := transitions[s]; !ok {
			return s, fmt.Errorf("%w: unknown state %q", ErrTransition, s)
		}
		return s, nil
	}
	to, ok := transitions[s][ev]
	if !ok {
		return s, fmt.Errorf("%w: %s alert cannot be %s", ErrTransition, s, ev)
	}
	return to, nil
}

// EventKind names one line of an alert's history.
type EventKind string

// The kinds of alert history lines.
const (
	EventOpened       EventKind = "opened"       // the router opened the alert
	EventQueued       EventKind = "queued"       // a page to a person was queued
	EventNotified     EventKind = "notified"     // a page was delivered
	EventSkipped      EventKind = "skipped"      // a page was dropped as outdated
	EventUndelivered  EventKind = "undelivered"  // a delivery attempt failed; it is retried
	EventFailed       EventKind = "failed"       // delivery gave up
	EventEscalated    EventKind = "escalated"    // nobody acknowledged; the next step is paged
	EventRepeated     EventKind = "repeated"     // the last step is paged again
	EventMessage      EventKind = "message"      // another message joined the alert
	EventAcknowledged EventKind = "acknowledged" // a person took the alert
	EventAnswered     EventKind = "answered"     // the team's reply was seen
	EventReminded     EventKind = "reminded"     // the owner was reminded to answer
	EventCalled       EventKind = "called"       // the owner called the customer back
	EventResolved     EventKind = "resolved"     // the alert is done
)

// String returns the kind as stored, e.g. "opened".
func (k EventKind) String() string { return string(k) }

// Channel is how a page reaches a person (a receiver: email, webhook,
// slack) or how a person acted on an alert (link, reply, cli, api,
// resolve).
type Channel string

// Receivers, named as in outbox rows; the routing config's people choose
// among them.
const (
	ChannelEmail   Channel = "email"
	ChannelWebhook Channel = "webhook"
	ChannelSlack   Channel = "slack"
)

// Ways a person acknowledges an alert, recorded as its AckVia.
const (
	ViaLink    Channel = "link"    // the acknowledge link of a page
	ViaReply   Channel = "reply"   // a reply to the customer in the thread
	ViaCLI     Channel = "cli"     // hotline alerts ack
	ViaAPI     Channel = "api"     // the gRPC API
	ViaResolve Channel = "resolve" // resolved without acknowledging first
	ViaCall    Channel = "call"    // the person called the customer back
)

// String returns the channel as stored, e.g. "email".
func (c Channel) String() string { return string(c) }

// NotificationKind is why a notification goes out, as stored on its outbox
// row: the router picks it, and the receivers word the page by it.
type NotificationKind string

// Notification kinds.
const (
	// NotifyNew pages the first step of a newly opened alert.
	NotifyNew NotificationKind = "new"
	// NotifyLate is NotifyNew for mail recorded long before it could be
	// routed (routing was down or failing), so the page says how late it
	// is.
	NotifyLate NotificationKind = "late"
	// NotifyEscalation pages the next step: nobody acknowledged in time.
	NotifyEscalation NotificationKind = "escalation"
	// NotifyRepeat pages the last step again.
	NotifyRepeat NotificationKind = "repeat"
	// NotifyReminder reminds the person who took an alert that no reply
	// has shown up in the thread.
	NotifyReminder NotificationKind = "reminder"
)

// String returns the kind as stored, e.g. "escalation".
func (k NotificationKind) String() string { return string(k) }

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
	State State
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
	AckVia        Channel // ViaLink, ViaReply, ViaCLI, ViaAPI or ViaResolve
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
	Kind    EventKind
	Person  string
	Channel Channel
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
	Channel       Channel // the receiver: ChannelEmail, ChannelWebhook or ChannelSlack
	Person        string
	Address       string // email address or webhook URL
	Kind          NotificationKind
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
	// Copies, when set with Routed, names the mail the routed message is
	// and the alerted copies of it (see AlertedCopies) the decision took
	// into account. The decision fails with ErrConflict when another copy
	// was routed into an alert since: a router in another process paged
	// for the same mail delivered to another mailbox at the same moment,
	// and this one must decide again knowing it.
	Copies *CopyCheck
}

// CopyCheck is the mail a decision routes: its Message-ID and sender, and
// the ids of the alerted copies of it already seen.
type CopyCheck struct {
	MessageID string
	From      string
	Seen      []int64
}

// AlertFilter selects alerts for listing. Newest first.
type AlertFilter struct {
	States []State // empty = all
	Limit  int     // default 100
}

// failureEvent is the history line of a failed delivery attempt: people
// reading an alert need to know a page did not reach anyone, and why,
// whether or not it will be tried again.
func failureEvent(o OutboxItem, next time.Time, msg string, final bool) (kind EventKind, detail string) {
	if final {
		return EventFailed, fmt.Sprintf("gave up after %d attempts: %s", o.Attempts, msg)
	}
	return EventUndelivered, fmt.Sprintf("attempt %d failed, next at %s: %s", o.Attempts, next.UTC().Format(time.RFC3339), msg)
}
