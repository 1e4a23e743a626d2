package store

import (
	"context"
	"fmt"
	"time"
)

// ApplyAlert writes one routing decision atomically: the alert (inserted
// when ID is 0, else updated if Version still matches, or ErrConflict),
// its history events, its outbox rows (keys prefixed "alert-<id>/"; an
// existing key is kept, so a replayed decision sends nothing twice) and its
// thread ids. It sets IDs on the alert, events and outbox items.
func (s *SQLite) ApplyAlert(ctx context.Context, ch AlertChange) error {
	return alertDB{s.w, s.r}.apply(ctx, ch)
}

// GetAlert returns one alert or ErrNotFound.
func (s *SQLite) GetAlert(ctx context.Context, id int64) (Alert, error) {
	return alertDB{s.w, s.r}.get(ctx, id)
}

// ListAlerts returns alerts newest first.
func (s *SQLite) ListAlerts(ctx context.Context, f AlertFilter) ([]Alert, error) {
	return alertDB{s.w, s.r}.list(ctx, f)
}

// AlertEvents returns an alert's history, oldest first.
func (s *SQLite) AlertEvents(ctx context.Context, id int64) ([]AlertEvent, error) {
	return alertDB{s.w, s.r}.events(ctx, id)
}

// AlertEventsSince returns up to limit events of any alert with an id
// above after, oldest first, so a watcher can follow all changes.
func (s *SQLite) AlertEventsSince(ctx context.Context, after int64, limit int) ([]AlertEvent, error) {
	return alertDB{s.w, s.r}.eventsSince(ctx, after, limit)
}

// LastAlertEventID returns the id of the newest alert event, 0 if none.
func (s *SQLite) LastAlertEventID(ctx context.Context) (int64, error) {
	return alertDB{s.w, s.r}.lastEventID(ctx)
}

// DueAlerts returns unresolved alerts whose next step is due at now: an
// escalation for open ones, an answer check for acknowledged ones. Timers
// live here so they survive restarts.
func (s *SQLite) DueAlerts(ctx context.Context, now time.Time, limit int) ([]Alert, error) {
	return alertDB{s.w, s.r}.due(ctx, now, limit)
}

// FindAlertByThread returns the newest unresolved alert linked to any of
// the given Message-IDs, or ErrNotFound.
func (s *SQLite) FindAlertByThread(ctx context.Context, messageIDs []string) (Alert, error) {
	return alertDB{s.w, s.r}.byThread(ctx, messageIDs)
}

// FindAlertBySender returns the newest unresolved alert from the address
// whose last message is not older than since, or ErrNotFound.
func (s *SQLite) FindAlertBySender(ctx context.Context, from string, since time.Time) (Alert, error) {
	return alertDB{s.w, s.r}.bySender(ctx, from, since)
}

// CountOpenAlerts counts alerts nobody has acknowledged yet.
func (s *SQLite) CountOpenAlerts(ctx context.Context) (int, error) {
	return alertDB{s.w, s.r}.countOpen(ctx)
}

// ClaimOutbox reserves up to limit due notifications for lease and returns
// them with Attempts already incremented.
func (s *SQLite) ClaimOutbox(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]OutboxItem, error) {
	return alertDB{s.w, s.r}.claim(ctx, now, lease, limit)
}

// CompleteOutbox records a delivered (OutboxSent) or dropped (OutboxSkipped)
// notification in the outbox and the alert's history; the first delivery
// moves the alert from OPEN to NOTIFIED.
func (s *SQLite) CompleteOutbox(ctx context.Context, item OutboxItem, status string, at time.Time, detail string) error {
	return alertDB{s.w, s.r}.complete(ctx, item, status, at, detail)
}

// FailOutbox schedules a retry at next, or marks the row failed for good.
func (s *SQLite) FailOutbox(ctx context.Context, item OutboxItem, next time.Time, msg string, final bool, at time.Time) error {
	return alertDB{s.w, s.r}.fail(ctx, item, next, msg, final, at)
}

// NextOutboxAttempt returns when the earliest pending notification is due.
func (s *SQLite) NextOutboxAttempt(ctx context.Context) (time.Time, bool, error) {
	return alertDB{s.w, s.r}.nextOutbox(ctx)
}

// ListOutbox returns the notifications of an alert, oldest first.
func (s *SQLite) ListOutbox(ctx context.Context, alertID int64) ([]OutboxItem, error) {
	return alertDB{s.w, s.r}.outbox(ctx, `WHERE alert_id=? ORDER BY id`, alertID)
}

// Routed reports whether the router has looked at the message.
func (s *SQLite) Routed(ctx context.Context, messageID int64) (bool, error) {
	var n int
	err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM routed_messages WHERE message_id = ?`, messageID).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("routed message %d: %w", messageID, err)
	}
	return n > 0, nil
}

// MarkRouted records that the router has looked at a message that needed no
// alert change.
func (s *SQLite) MarkRouted(ctx context.Context, messageID int64, at time.Time) error {
	return markRouted(ctx, s.w, messageID, at)
}

// Unrouted returns up to limit messages recorded at or after since, with
// an id above afterID, that the router has not looked at, in id order: what
// a crash between recording and routing left behind. afterID lets a caller
// page through a large backlog without reading the pages before again.
func (s *SQLite) Unrouted(ctx context.Context, since time.Time, afterID int64, limit int) ([]Message, error) {
	if limit <= 0 || limit > MaxPageSize {
		limit = DefaultPageSize
	}
	msgs, err := s.queryMessages(ctx, selectMessages(false)+` WHERE id > ? AND recorded_at >= ?
		AND id NOT IN (SELECT message_id FROM routed_messages) ORDER BY id LIMIT ?`, afterID, since.UnixNano(), limit)
	if err != nil {
		return nil, fmt.Errorf("unrouted messages: %w", err)
	}
	return msgs, nil
}
