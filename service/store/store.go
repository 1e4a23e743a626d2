// Package store keeps Hotline's durable state: per-mailbox read checkpoints
// and the recorded, scored messages. The ingester records a batch of
// messages and advances its checkpoint in one transaction, so a crash never
// skips mail.
package store

import (
	"errors"
	"time"
)

// ErrNotFound is returned when a requested row does not exist, so callers can
// map it to a 404 or codes.NotFound without parsing error text.
var ErrNotFound = errors.New("not found")

// Checkpoint is how far a mailbox has been read. LastUID advances only after
// the message is recorded, so restarting from it never loses mail.
type Checkpoint struct {
	Mailbox     string // a stable mailbox key, e.g. "user@host/INBOX"
	UIDValidity uint32
	LastUID     uint32
	UpdatedAt   time.Time
}

// Reason is one piece of evidence behind a score, kept so a reviewer can see
// why a message was routed.
type Reason struct {
	Signal string
	Weight float64
	Phrase string
	Start  int
	End    int
}

// Attachment describes an attachment by name and size; the content itself is
// never stored.
type Attachment struct {
	Name        string
	ContentType string
	Size        int64
}

// Message is one recorded mail with its scores.
type Message struct {
	ID          int64 // assigned by the store
	Mailbox     string
	UIDValidity uint32
	UID         uint32
	MessageID   string // Message-ID header without <>; may be empty
	ContentHash string // hex sha256 of the raw message
	From        string // address
	FromName    string
	Subject     string
	Date        time.Time // Date header, zero if absent/bad
	RecordedAt  time.Time // set by the store if zero
	InReplyTo   string
	References  []string
	Size        int64
	Attachments []Attachment
	Problems    []string // parse problems (unknown charset, bad base64, ...)
	Raw         []byte   // kept only for malformed messages
	Anger       float64
	Urgency     float64
	Heat        float64
	Sentiment   float64
	Level       string // "COOL", "WARM", "HOT"
	Reasons     []Reason
	Marked      bool // done in the mailbox: keywords set, or none due
	// Prepared is the text that was scored (Reasons' spans index it) and
	// Body the plain body as received, quoted history included. Both are
	// written with a new message but read only by MessageText and
	// Unrouted (routing needs the words), so lists and lookups stay small.
	Prepared string
	Body     string
}

// MessageText is what a person reads of one message: the scored text, with
// the reasons at their spans, and the body as it arrived.
type MessageText struct {
	Prepared string
	Body     string
}

// Filter selects messages for ListMessages. The zero value lists everything,
// newest first, in pages of DefaultPageSize.
type Filter struct {
	Mailbox   string
	Levels    []string  // empty = all
	Since     time.Time // RecordedAt >= Since (zero = no bound)
	Until     time.Time // RecordedAt < Until (zero = no bound)
	PageSize  int       // default 50, max 1000
	PageToken string    // opaque; from the previous call
}

// DefaultPageSize and MaxPageSize bound ListMessages pages so one call cannot
// load the whole table.
const (
	DefaultPageSize = 50
	MaxPageSize     = 1000
)
