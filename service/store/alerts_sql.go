package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
)

// The alert, outbox and routing code both engines share. It is written once
// in SQLite's placeholder syntax and bound per dialect; what really differs
// between the engines is asked of the dialect (skipLocked,
// lockAlertEvents, releaseDueClaim) or overridden by Postgres (DueAlerts,
// which claims what it returns). Times are Unix nanoseconds; NULL means
// "not set".

const alertColumns = `id, state, route, chain, chain_snapshot, step, round, owners, message_ref, mailbox, sender,
	sender_name, subject, excerpt, anger, urgency, heat, level, reasons, messages, received_at, last_message_at,
	opened_at, updated_at, next_due_at, acked_at, acked_by, ack_via, resolved_at, resolved_by, version`

const eventColumns = `id, alert_id, at, kind, person, channel, detail`

const outboxColumns = `id, idem_key, alert_id, channel, person, address, kind, step, status, attempts, next_attempt_at,
	last_error, created_at, sent_at`

// insertEvent is the one statement that writes a history line.
const insertEvent = `INSERT INTO alert_events (alert_id, at, kind, person, channel, detail) VALUES (?,?,?,?,?,?)`

// skipLocked is appended to a SELECT whose rows the caller is about to
// claim. Replicas sharing a PostgreSQL database skip rows another replica is
// claiming instead of waiting for them; SQLite has one writer at a time, so
// there is nothing to skip.
func (d dialect) skipLocked() string {
	if d == postgresDialect {
		return ` FOR UPDATE SKIP LOCKED`
	}
	return ``
}

// releaseDueClaim is the assignment an alert update adds to give up the
// claim DueAlerts took on PostgreSQL; SQLite does not claim.
func (d dialect) releaseDueClaim() string {
	if d == postgresDialect {
		return `, due_claimed_until=NULL`
	}
	return ``
}

// alertEventsLockKey is the advisory lock held by every PostgreSQL
// transaction that writes alert events.
const alertEventsLockKey = 0x686f746c696e6501

// lockAlertEvents serialises the transactions that write alert events, so
// event ids commit in order and a watcher following AlertEventsSince never
// skips an event whose id was taken before, but committed after, one it
// already saw. SQLite's single writer gives that order already.
func (d dialect) lockAlertEvents(ctx context.Context, tx *sql.Tx) error {
	if d != postgresDialect {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(alertEventsLockKey)); err != nil {
		return fmt.Errorf("lock alert events: %w", err)
	}
	return nil
}

type scanner interface{ Scan(dest ...any) error }

func scanAlert(row scanner) (Alert, error) {
	var a Alert
	var owners, reasons string
	var received, last, opened, updated, due, acked, resolved sql.NullInt64
	err := row.Scan(&a.ID, &a.State, &a.Route, &a.Chain, &a.ChainSnapshot, &a.Step, &a.Round, &owners, &a.MessageRef,
		&a.Mailbox, &a.From, &a.FromName, &a.Subject, &a.Excerpt, &a.Anger, &a.Urgency, &a.Heat, &a.Level, &reasons,
		&a.Messages, &received, &last, &opened, &updated, &due, &acked, &a.AckedBy, &a.AckVia, &resolved,
		&a.ResolvedBy, &a.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return a, ErrNotFound
	}
	if err != nil {
		return a, fmt.Errorf("scan alert: %w", err)
	}
	if owners != "" {
		a.Owners = strings.Split(owners, ",")
	}
	if err := json.Unmarshal([]byte(reasons), &a.Reasons); err != nil {
		return a, fmt.Errorf("alert %d reasons: %w", a.ID, err)
	}
	a.ReceivedAt, a.LastMessageAt, a.OpenedAt, a.UpdatedAt = timeOf(received), timeOf(last), timeOf(opened), timeOf(updated)
	a.NextDueAt, a.AckedAt, a.ResolvedAt = timeOf(due), timeOf(acked), timeOf(resolved)
	return a, nil
}

// ApplyAlert writes one routing decision atomically: the alert (inserted
// when ID is 0, else updated if Version still matches, or ErrConflict),
// its history events, its outbox rows (keys prefixed "alert-<id>/"; an
// existing key is kept, so a replayed decision sends nothing twice) and its
// thread ids. It sets IDs on the alert, events and outbox items once the
// decision committed, so a conflict leaves the caller's copies as they
// were. A decision for a message (ch.Routed) that another decision already
// routed fails with ErrConflict: routers in several processes, on one
// SQLite file or one PostgreSQL database, route each message once. With
// ch.Copies it fails with ErrConflict, too, when another copy of the same
// mail was routed into an alert that the decision did not know of, so
// routers reading two mailboxes that both got the mail page once.
func (s *sqlStore) ApplyAlert(ctx context.Context, ch AlertChange) error {
	a := ch.Alert
	if a == nil {
		return errors.New("apply alert: no alert")
	}
	reasons := []byte("[]")
	if a.Reasons != nil {
		var err error
		if reasons, err = json.Marshal(a.Reasons); err != nil {
			return fmt.Errorf("encode reasons: %w", err)
		}
	}
	snapshot := a.ChainSnapshot
	if snapshot == nil {
		snapshot = []byte{}
	}
	id, version := a.ID, a.Version
	events := append([]AlertEvent(nil), ch.Events...)
	outbox := append([]OutboxItem(nil), ch.Outbox...)
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		check := ch.Routed != 0 && ch.Copies != nil
		if len(events) > 0 || check {
			// Also serialises copy checks on PostgreSQL: a copy routed
			// by a transaction that held the lock is visible here.
			if err := s.d.lockAlertEvents(ctx, tx); err != nil {
				return err
			}
		}
		if check {
			if err := s.checkCopies(ctx, tx, ch.Routed, *ch.Copies); err != nil {
				return err
			}
		}
		args := []any{a.State, a.Route, a.Chain, snapshot, a.Step, a.Round, strings.Join(a.Owners, ","), a.MessageRef,
			a.Mailbox, a.From, a.FromName, a.Subject, a.Excerpt, a.Anger, a.Urgency, a.Heat, a.Level, string(reasons),
			a.Messages, toNanos(a.ReceivedAt), toNanos(a.LastMessageAt), toNanos(a.OpenedAt), toNanos(a.UpdatedAt),
			toNanos(a.NextDueAt), toNanos(a.AckedAt), a.AckedBy, a.AckVia, toNanos(a.ResolvedAt), a.ResolvedBy}
		if id == 0 {
			err := tx.QueryRowContext(ctx, s.d.bind(`INSERT INTO alerts (state, route, chain, chain_snapshot, step, round,
				owners, message_ref, mailbox, sender, sender_name, subject, excerpt, anger, urgency, heat, level, reasons,
				messages, received_at, last_message_at, opened_at, updated_at, next_due_at, acked_at, acked_by, ack_via,
				resolved_at, resolved_by, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)
				RETURNING id`), args...).Scan(&id)
			if err != nil {
				return fmt.Errorf("insert alert: %w", err)
			}
			version = 1
		} else {
			res, err := tx.ExecContext(ctx, s.d.bind(`UPDATE alerts SET state=?, route=?, chain=?, chain_snapshot=?,
				step=?, round=?, owners=?, message_ref=?, mailbox=?, sender=?, sender_name=?, subject=?, excerpt=?,
				anger=?, urgency=?, heat=?, level=?, reasons=?, messages=?, received_at=?, last_message_at=?, opened_at=?,
				updated_at=?, next_due_at=?, acked_at=?, acked_by=?, ack_via=?, resolved_at=?, resolved_by=?,
				version=version+1`+s.d.releaseDueClaim()+` WHERE id=? AND version=?`), append(args, id, version)...)
			if err != nil {
				return fmt.Errorf("update alert %d: %w", id, err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				var one int
				if qerr := tx.QueryRowContext(ctx, s.d.bind(`SELECT 1 FROM alerts WHERE id=?`), id).Scan(&one); errors.Is(qerr, sql.ErrNoRows) {
					return ErrNotFound
				}
				return ErrConflict
			}
			version++
		}
		for i := range events {
			e := &events[i]
			e.AlertID = id
			if err := tx.QueryRowContext(ctx, s.d.bind(insertEvent+` RETURNING id`),
				id, toNanos(e.At), e.Kind, e.Person, e.Channel, e.Detail).Scan(&e.ID); err != nil {
				return fmt.Errorf("insert alert event: %w", err)
			}
		}
		for i := range outbox {
			o := &outbox[i]
			o.AlertID = id
			if !strings.HasPrefix(o.Key, fmt.Sprintf("alert-%d/", id)) {
				o.Key = fmt.Sprintf("alert-%d/%s", id, o.Key)
			}
			o.Status = OutboxPending
			// A decision replayed after a crash produces the same keys;
			// the existing row wins so nothing is sent twice.
			if _, err := tx.ExecContext(ctx, s.d.bind(`INSERT INTO outbox (idem_key, alert_id, channel, person, address,
				kind, step, status, attempts, next_attempt_at, created_at) VALUES (?,?,?,?,?,?,?,?,0,?,?)
				ON CONFLICT (idem_key) DO NOTHING`), o.Key, id, o.Channel, o.Person, o.Address, o.Kind, o.Step,
				OutboxPending, toNanos(o.NextAttemptAt).Int64, toNanos(o.CreatedAt).Int64); err != nil {
				return fmt.Errorf("insert outbox %s: %w", o.Key, err)
			}
		}
		for _, mid := range ch.ThreadIDs {
			if _, err := tx.ExecContext(ctx, s.d.bind(`INSERT INTO alert_threads (alert_id, message_id) VALUES (?,?)
				ON CONFLICT DO NOTHING`), id, mid); err != nil {
				return fmt.Errorf("link thread id: %w", err)
			}
		}
		if ch.Routed == 0 {
			return nil
		}
		// Routers catching up may decide on one message at once; the
		// first commit wins and the others retry, find the message routed
		// and drop their decision.
		first, err := s.markRouted(ctx, tx, ch.Routed, a.UpdatedAt)
		if err == nil && !first {
			return ErrConflict
		}
		return err
	})
	if err != nil {
		if errors.Is(err, ErrNotFound) || errors.Is(err, ErrConflict) {
			return err
		}
		return fmt.Errorf("apply alert: %w", err)
	}
	a.ID, a.Version = id, version
	copy(ch.Events, events)
	copy(ch.Outbox, outbox)
	return nil
}

// GetAlert returns one alert or ErrNotFound.
func (s *sqlStore) GetAlert(ctx context.Context, id int64) (Alert, error) {
	return scanAlert(s.r.QueryRowContext(ctx, s.d.bind(`SELECT `+alertColumns+` FROM alerts WHERE id=?`), id))
}

func (s *sqlStore) queryAlerts(ctx context.Context, q string, args ...any) ([]Alert, error) {
	rows, err := s.r.QueryContext(ctx, s.d.bind(`SELECT `+alertColumns+` FROM alerts `+q), args...)
	if err != nil {
		return nil, fmt.Errorf("query alerts: %w", err)
	}
	return readAlertRows(rows)
}

// readAlertRows scans and closes rows selected with alertColumns.
func readAlertRows(rows *sql.Rows) ([]Alert, error) {
	defer rows.Close()
	var out []Alert
	for rows.Next() {
		a, err := scanAlert(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

func (s *sqlStore) firstAlert(ctx context.Context, q string, args ...any) (Alert, error) {
	as, err := s.queryAlerts(ctx, q+` LIMIT 1`, args...)
	if err != nil {
		return Alert{}, err
	}
	if len(as) == 0 {
		return Alert{}, ErrNotFound
	}
	return as[0], nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// ListAlerts returns alerts newest first.
func (s *sqlStore) ListAlerts(ctx context.Context, f AlertFilter) ([]Alert, error) {
	limit := f.Limit
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	if len(f.States) == 0 {
		return s.queryAlerts(ctx, `ORDER BY id DESC LIMIT ?`, limit)
	}
	args := make([]any, 0, len(f.States)+1)
	for _, st := range f.States {
		args = append(args, st)
	}
	return s.queryAlerts(ctx, `WHERE state IN (`+placeholders(len(f.States))+`) ORDER BY id DESC LIMIT ?`, append(args, limit)...)
}

// AlertEvents returns an alert's history, oldest first.
func (s *sqlStore) AlertEvents(ctx context.Context, id int64) ([]AlertEvent, error) {
	return s.eventRows(ctx, `WHERE alert_id=? ORDER BY id`, id)
}

// AlertEventsSince returns up to limit events of any alert with an id
// above after, oldest first, so a watcher can follow all changes.
func (s *sqlStore) AlertEventsSince(ctx context.Context, after int64, limit int) ([]AlertEvent, error) {
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	return s.eventRows(ctx, `WHERE id > ? ORDER BY id LIMIT ?`, after, limit)
}

// LastAlertEventID returns the id of the newest alert event, 0 if none.
func (s *sqlStore) LastAlertEventID(ctx context.Context) (int64, error) {
	var id sql.NullInt64
	if err := s.r.QueryRowContext(ctx, `SELECT max(id) FROM alert_events`).Scan(&id); err != nil {
		return 0, fmt.Errorf("last alert event: %w", err)
	}
	return id.Int64, nil
}

func (s *sqlStore) eventRows(ctx context.Context, where string, args ...any) ([]AlertEvent, error) {
	rows, err := s.r.QueryContext(ctx, s.d.bind(`SELECT `+eventColumns+` FROM alert_events `+where), args...)
	if err != nil {
		return nil, fmt.Errorf("query alert events: %w", err)
	}
	defer rows.Close()
	var out []AlertEvent
	for rows.Next() {
		var e AlertEvent
		var at sql.NullInt64
		if err := rows.Scan(&e.ID, &e.AlertID, &at, &e.Kind, &e.Person, &e.Channel, &e.Detail); err != nil {
			return nil, fmt.Errorf("scan alert event: %w", err)
		}
		e.At = timeOf(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// dueWhere selects unresolved alerts whose next step is due at the second
// argument.
const dueWhere = `WHERE state <> ? AND next_due_at IS NOT NULL AND next_due_at <= ?`

// DueAlerts returns unresolved alerts whose next step is due at now, oldest
// due first: an escalation for open ones, an answer check for acknowledged
// ones. Timers live here so they survive restarts. Postgres overrides it to
// divide due alerts among replicas.
func (s *sqlStore) DueAlerts(ctx context.Context, now time.Time, limit int) ([]Alert, error) {
	if limit <= 0 {
		limit = 100
	}
	return s.queryAlerts(ctx, dueWhere+` ORDER BY next_due_at, id LIMIT ?`, AlertResolved, now.UnixNano(), limit)
}

// FindAlertByThread returns the newest unresolved alert linked to any of
// the given Message-IDs, or ErrNotFound.
func (s *sqlStore) FindAlertByThread(ctx context.Context, messageIDs []string) (Alert, error) {
	if len(messageIDs) == 0 {
		return Alert{}, ErrNotFound
	}
	args := make([]any, 0, len(messageIDs)+1)
	args = append(args, AlertResolved)
	for _, id := range messageIDs {
		args = append(args, id)
	}
	return s.firstAlert(ctx, `WHERE state <> ? AND id IN (SELECT alert_id FROM alert_threads WHERE message_id IN (`+
		placeholders(len(messageIDs))+`)) ORDER BY id DESC`, args...)
}

// FindAlertBySender returns the newest unresolved alert from the address
// (ignoring ASCII case, as both engines' lower() does) whose last message
// is not older than since, or ErrNotFound.
func (s *sqlStore) FindAlertBySender(ctx context.Context, from string, since time.Time) (Alert, error) {
	return s.firstAlert(ctx, `WHERE state <> ? AND lower(sender) = lower(?) AND last_message_at >= ? ORDER BY id DESC`,
		AlertResolved, from, since.UnixNano())
}

// CountOpenAlerts counts alerts nobody has acknowledged yet.
func (s *sqlStore) CountOpenAlerts(ctx context.Context) (int, error) {
	var n int
	err := s.r.QueryRowContext(ctx, s.d.bind(`SELECT count(*) FROM alerts WHERE state IN (?, ?)`), AlertOpen, AlertNotified).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count open alerts: %w", err)
	}
	return n, nil
}

func readOutboxRows(rows *sql.Rows) ([]OutboxItem, error) {
	defer rows.Close()
	var out []OutboxItem
	for rows.Next() {
		var o OutboxItem
		var next, created, sent sql.NullInt64
		if err := rows.Scan(&o.ID, &o.Key, &o.AlertID, &o.Channel, &o.Person, &o.Address, &o.Kind, &o.Step, &o.Status,
			&o.Attempts, &next, &o.LastError, &created, &sent); err != nil {
			return nil, fmt.Errorf("scan outbox: %w", err)
		}
		o.NextAttemptAt, o.CreatedAt, o.SentAt = timeOf(next), timeOf(created), timeOf(sent)
		out = append(out, o)
	}
	return out, rows.Err()
}

// ListOutbox returns the notifications of an alert, oldest first.
func (s *sqlStore) ListOutbox(ctx context.Context, alertID int64) ([]OutboxItem, error) {
	rows, err := s.r.QueryContext(ctx, s.d.bind(`SELECT `+outboxColumns+` FROM outbox WHERE alert_id=? ORDER BY id`), alertID)
	if err != nil {
		return nil, fmt.Errorf("query outbox: %w", err)
	}
	return readOutboxRows(rows)
}

// ClaimOutbox reserves up to limit due notifications for lease and returns
// them, in id order, with Attempts already incremented. A claimed row is not
// due again until the lease ends, so each row goes to one sender; on
// PostgreSQL rows another replica is claiming at the same moment are
// skipped, not waited for.
func (s *sqlStore) ClaimOutbox(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]OutboxItem, error) {
	if limit <= 0 {
		limit = 20
	}
	var items []OutboxItem
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		// Claiming pushes next_attempt_at past the lease: if this process
		// dies mid-send, the row becomes due again and is retried (at
		// least once).
		rows, err := tx.QueryContext(ctx, s.d.bind(`UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?
			WHERE id IN (SELECT id FROM outbox WHERE status = ? AND next_attempt_at <= ?
				ORDER BY next_attempt_at, id LIMIT ?`+s.d.skipLocked()+`)
			RETURNING `+outboxColumns), now.Add(lease).UnixNano(), OutboxPending, now.UnixNano(), limit)
		if err != nil {
			return err
		}
		items, err = readOutboxRows(rows)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("claim outbox: %w", err)
	}
	sort.Slice(items, func(i, j int) bool { return items[i].ID < items[j].ID })
	return items, nil
}

// CompleteOutbox records a delivered (OutboxSent) or dropped (OutboxSkipped)
// notification in the outbox and the alert's history; the first delivery
// moves the alert from OPEN to NOTIFIED.
func (s *sqlStore) CompleteOutbox(ctx context.Context, item OutboxItem, status string, at time.Time, detail string) error {
	return s.writeTx(ctx, func(tx *sql.Tx) error {
		if err := s.d.lockAlertEvents(ctx, tx); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.d.bind(`UPDATE outbox SET status=?, sent_at=?, last_error='' WHERE id=?`),
			status, at.UnixNano(), item.ID); err != nil {
			return fmt.Errorf("complete outbox %d: %w", item.ID, err)
		}
		kind := EventNotified
		if status == OutboxSkipped {
			kind = EventSkipped
		}
		if _, err := tx.ExecContext(ctx, s.d.bind(insertEvent),
			item.AlertID, at.UnixNano(), kind, item.Person, item.Channel, detail); err != nil {
			return fmt.Errorf("insert alert event: %w", err)
		}
		if status != OutboxSent {
			return nil
		}
		// Only an open alert takes the delivery; a taken or resolved one
		// stays as it is.
		notified, _ := AlertOpen.Next(EventNotified)
		if _, err := tx.ExecContext(ctx, s.d.bind(`UPDATE alerts SET state=?, version=version+1 WHERE id=? AND state=?`),
			notified, item.AlertID, AlertOpen); err != nil {
			return fmt.Errorf("mark alert notified: %w", err)
		}
		return nil
	})
}

// FailOutbox schedules a retry at next, or marks the row failed for good,
// and records the failed attempt in the alert's history.
func (s *sqlStore) FailOutbox(ctx context.Context, item OutboxItem, next time.Time, msg string, final bool, at time.Time) error {
	return s.writeTx(ctx, func(tx *sql.Tx) error {
		status := OutboxPending
		if final {
			status = OutboxFailed
		}
		if err := s.d.lockAlertEvents(ctx, tx); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.d.bind(`UPDATE outbox SET status=?, next_attempt_at=?, last_error=? WHERE id=?`),
			status, next.UnixNano(), msg, item.ID); err != nil {
			return fmt.Errorf("fail outbox %d: %w", item.ID, err)
		}
		kind, detail := failureEvent(item, next, msg, final)
		if _, err := tx.ExecContext(ctx, s.d.bind(insertEvent),
			item.AlertID, at.UnixNano(), kind, item.Person, item.Channel, detail); err != nil {
			return fmt.Errorf("insert alert event: %w", err)
		}
		return nil
	})
}

// NextOutboxAttempt returns when the earliest pending notification is due.
func (s *sqlStore) NextOutboxAttempt(ctx context.Context) (time.Time, bool, error) {
	var n sql.NullInt64
	if err := s.r.QueryRowContext(ctx, s.d.bind(`SELECT min(next_attempt_at) FROM outbox WHERE status=?`), OutboxPending).Scan(&n); err != nil {
		return time.Time{}, false, fmt.Errorf("next outbox: %w", err)
	}
	return timeOf(n), n.Valid, nil
}

// Routed reports whether the router has looked at the message.
func (s *sqlStore) Routed(ctx context.Context, messageID int64) (bool, error) {
	var done bool
	err := s.r.QueryRowContext(ctx, s.d.bind(`SELECT EXISTS (SELECT 1 FROM routed_messages WHERE message_id = ?)`), messageID).Scan(&done)
	if err != nil {
		return false, fmt.Errorf("routed message %d: %w", messageID, err)
	}
	return done, nil
}

// MarkRouted records that the router has looked at a message that needed no
// alert change.
func (s *sqlStore) MarkRouted(ctx context.Context, messageID int64, at time.Time) error {
	_, err := s.markRouted(ctx, s.w, messageID, at)
	return err
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// markRouted records the message routed and reports whether this call did
// (false: it already was).
func (s *sqlStore) markRouted(ctx context.Context, db execer, messageID int64, at time.Time) (bool, error) {
	if at.IsZero() {
		at = time.Now()
	}
	res, err := db.ExecContext(ctx, s.d.bind(`INSERT INTO routed_messages (message_id, routed_at) VALUES (?, ?)
		ON CONFLICT DO NOTHING`), messageID, at.UnixNano())
	if err != nil {
		return false, fmt.Errorf("mark message %d routed: %w", messageID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("mark message %d routed: %w", messageID, err)
	}
	return n == 1, nil
}

// alertedCopiesWhere selects the routed, alerted copies of one mail: its
// Message-ID, its sender and the id to leave out.
const alertedCopiesWhere = `WHERE message_id = ? AND lower(from_addr) = lower(?) AND id <> ?
	AND EXISTS (SELECT 1 FROM routed_messages r WHERE r.message_id = messages.id)
	AND EXISTS (SELECT 1 FROM alert_threads a WHERE a.message_id = messages.message_id)`

// checkCopies fails with ErrConflict when a routed, alerted copy of the
// mail c names exists besides message routed and those c has seen.
func (s *sqlStore) checkCopies(ctx context.Context, tx *sql.Tx, routed int64, c CopyCheck) error {
	c.MessageID = strings.Trim(strings.TrimSpace(c.MessageID), "<>")
	if c.MessageID == "" {
		return nil
	}
	rows, err := tx.QueryContext(ctx, s.d.bind(`SELECT id FROM messages `+alertedCopiesWhere+` ORDER BY id`), c.MessageID, c.From, routed)
	if err != nil {
		return fmt.Errorf("check copies: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return fmt.Errorf("check copies: %w", err)
		}
		if !slices.Contains(c.Seen, id) {
			return ErrConflict
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("check copies: %w", err)
	}
	return nil
}

// AlertedCopies returns up to limit other recorded copies of one mail, in
// id order: messages in any mailbox, other than except, with the
// Message-ID messageID (angle brackets optional; none when it is empty)
// from the sender from (ignoring ASCII case, as both engines' lower()
// does), that the router has routed and whose Message-ID is linked to an
// alert in any state. The same mail delivered twice with different bytes
// (another Received header, MIME re-rendered by the server, cut at another
// size limit) is recorded as two messages; this is how the router finds
// the first one. Each comes with its Prepared text and Body, so the router
// can tell a copy from a new mail that reuses the Message-ID. limit <= 0
// means 10.
func (s *sqlStore) AlertedCopies(ctx context.Context, messageID, from string, except int64, limit int) ([]Message, error) {
	messageID = strings.Trim(strings.TrimSpace(messageID), "<>")
	if messageID == "" {
		return nil, nil
	}
	if limit <= 0 || limit > MaxPageSize {
		limit = 10
	}
	rows, err := s.r.QueryContext(ctx, s.d.bind(`SELECT `+fmt.Sprintf(messageColumns, "NULL")+`,
		COALESCE((SELECT t.prepared FROM message_texts t WHERE t.message_id = messages.id), ''),
		COALESCE((SELECT t.body FROM message_texts t WHERE t.message_id = messages.id), '')
		FROM messages `+alertedCopiesWhere+` ORDER BY id LIMIT ?`), messageID, from, except, limit)
	if err != nil {
		return nil, fmt.Errorf("alerted copies: %w", err)
	}
	return scanMessagesWithText(rows)
}

// scanMessagesWithText reads and closes rows of messageColumns followed by
// the prepared text and the body.
func scanMessagesWithText(rows *sql.Rows) ([]Message, error) {
	defer rows.Close()
	var msgs []Message
	for rows.Next() {
		var prepared, body string
		m, err := scanMessage(rows, &prepared, &body)
		if err != nil {
			return nil, err
		}
		m.Prepared, m.Body = prepared, body
		msgs = append(msgs, m)
	}
	return msgs, rows.Err()
}

// Unrouted returns up to limit messages recorded at or after since, with
// an id above afterID, that the router has not looked at, in id order: what
// a crash between recording and routing left behind, or what another
// process recorded. Each comes with its Prepared text and Body, so routing
// it later sees the same words (keywords, the alert's excerpt) as routing
// it in the process that recorded it. afterID lets a caller page through a
// large backlog without reading the pages before again.
func (s *sqlStore) Unrouted(ctx context.Context, since time.Time, afterID int64, limit int) ([]Message, error) {
	if limit <= 0 || limit > MaxPageSize {
		limit = DefaultPageSize
	}
	rows, err := s.r.QueryContext(ctx, s.d.bind(`SELECT `+fmt.Sprintf(messageColumns, "NULL")+`,
		COALESCE((SELECT t.prepared FROM message_texts t WHERE t.message_id = messages.id), ''),
		COALESCE((SELECT t.body FROM message_texts t WHERE t.message_id = messages.id), '')
		FROM messages WHERE id > ? AND recorded_at >= ?
		AND NOT EXISTS (SELECT 1 FROM routed_messages r WHERE r.message_id = messages.id) ORDER BY id LIMIT ?`),
		afterID, since.UnixNano(), limit)
	if err != nil {
		return nil, fmt.Errorf("unrouted messages: %w", err)
	}
	msgs, err := scanMessagesWithText(rows)
	if err != nil {
		return nil, fmt.Errorf("unrouted messages: %w", err)
	}
	return msgs, nil
}
