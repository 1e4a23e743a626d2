package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

// The alert and outbox methods of Postgres mirror those of SQLite (same
// rows, same semantics); where replicas could collide they take row locks
// and skip rows another replica holds.

// dueClaim is how long DueAlerts hides an alert it returned from other
// replicas. The claimer's ApplyAlert clears the claim at once; the expiry
// only matters when the claimer dies before deciding.
const dueClaim = 30 * time.Second

// alertEventsLockKey is the advisory lock held by every transaction that
// writes alert events. Serialising them makes event ids commit in order, so
// a watcher following AlertEventsSince never skips an event whose id was
// taken before, but committed after, one it already saw.
const alertEventsLockKey = 0x686f746c696e6501

func lockAlertEvents(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(alertEventsLockKey)); err != nil {
		return fmt.Errorf("lock alert events: %w", err)
	}
	return nil
}

// alertTx runs fn in one transaction, committing when fn succeeds.
func (s *Postgres) alertTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// ApplyAlert writes one routing decision atomically: the alert (inserted
// when ID is 0, else updated if Version still matches, or ErrConflict),
// its history events, its outbox rows (keys prefixed "alert-<id>/"; an
// existing key is kept, so a replayed decision sends nothing twice) and its
// thread ids. It sets IDs on the alert, events and outbox items, and
// releases any DueAlerts claim on the alert. A decision for a message
// (ch.Routed) that another decision already routed fails with ErrConflict,
// so with several replicas each message is routed once.
func (s *Postgres) ApplyAlert(ctx context.Context, ch AlertChange) error {
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
	// The alert is only changed once the transaction commits, so a
	// conflict or failure leaves the caller's copy as it was.
	id, version := a.ID, a.Version
	events := append([]AlertEvent(nil), ch.Events...)
	outbox := append([]OutboxItem(nil), ch.Outbox...)
	err := s.alertTx(ctx, func(tx *sql.Tx) error {
		if len(events) > 0 {
			if err := lockAlertEvents(ctx, tx); err != nil {
				return err
			}
		}
		args := []any{a.State, a.Route, a.Chain, snapshot, a.Step, a.Round, strings.Join(a.Owners, ","), a.MessageRef,
			a.Mailbox, a.From, a.FromName, a.Subject, a.Excerpt, a.Anger, a.Urgency, a.Heat, a.Level, string(reasons),
			a.Messages, toNanos(a.ReceivedAt), toNanos(a.LastMessageAt), toNanos(a.OpenedAt), toNanos(a.UpdatedAt),
			toNanos(a.NextDueAt), toNanos(a.AckedAt), a.AckedBy, a.AckVia, toNanos(a.ResolvedAt), a.ResolvedBy}
		if id == 0 {
			err := tx.QueryRowContext(ctx, `INSERT INTO alerts (state, route, chain, chain_snapshot, step, round, owners,
				message_ref, mailbox, sender, sender_name, subject, excerpt, anger, urgency, heat, level, reasons, messages,
				received_at, last_message_at, opened_at, updated_at, next_due_at, acked_at, acked_by, ack_via, resolved_at,
				resolved_by, version) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,
				$22,$23,$24,$25,$26,$27,$28,$29,1) RETURNING id`, args...).Scan(&id)
			if err != nil {
				return fmt.Errorf("insert alert: %w", err)
			}
			version = 1
		} else {
			res, err := tx.ExecContext(ctx, `UPDATE alerts SET state=$1, route=$2, chain=$3, chain_snapshot=$4, step=$5,
				round=$6, owners=$7, message_ref=$8, mailbox=$9, sender=$10, sender_name=$11, subject=$12, excerpt=$13,
				anger=$14, urgency=$15, heat=$16, level=$17, reasons=$18, messages=$19, received_at=$20,
				last_message_at=$21, opened_at=$22, updated_at=$23, next_due_at=$24, acked_at=$25, acked_by=$26,
				ack_via=$27, resolved_at=$28, resolved_by=$29, version=version+1, due_claimed_until=NULL
				WHERE id=$30 AND version=$31`, append(args, id, version)...)
			if err != nil {
				return fmt.Errorf("update alert %d: %w", id, err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				var one int
				if qerr := tx.QueryRowContext(ctx, `SELECT 1 FROM alerts WHERE id=$1`, id).Scan(&one); errors.Is(qerr, sql.ErrNoRows) {
					return ErrNotFound
				}
				return ErrConflict
			}
			version++
		}
		for i := range events {
			e := &events[i]
			e.AlertID = id
			if err := tx.QueryRowContext(ctx, `INSERT INTO alert_events (alert_id, at, kind, person, channel, detail)
				VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`, id, toNanos(e.At), e.Kind, e.Person, e.Channel, e.Detail).Scan(&e.ID); err != nil {
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
			if _, err := tx.ExecContext(ctx, `INSERT INTO outbox (idem_key, alert_id, channel, person, address, kind,
				step, status, attempts, next_attempt_at, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,0,$9,$10)
				ON CONFLICT (idem_key) DO NOTHING`, o.Key, id, o.Channel, o.Person, o.Address, o.Kind, o.Step,
				OutboxPending, toNanos(o.NextAttemptAt).Int64, toNanos(o.CreatedAt).Int64); err != nil {
				return fmt.Errorf("insert outbox %s: %w", o.Key, err)
			}
		}
		for _, mid := range ch.ThreadIDs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO alert_threads (alert_id, message_id) VALUES ($1,$2)
				ON CONFLICT DO NOTHING`, id, mid); err != nil {
				return fmt.Errorf("link thread id: %w", err)
			}
		}
		if ch.Routed != 0 {
			// Replicas catching up may decide on one message at once; the
			// first commit wins and the others retry, find the message
			// routed and drop their decision.
			return routeOnce(ctx, tx, ch.Routed, a.UpdatedAt)
		}
		return nil
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
func (s *Postgres) GetAlert(ctx context.Context, id int64) (Alert, error) {
	return scanAlert(s.r.QueryRowContext(ctx, `SELECT `+alertColumns+` FROM alerts WHERE id=$1`, id))
}

func (s *Postgres) queryAlerts(ctx context.Context, q string, args ...any) ([]Alert, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+alertColumns+` FROM alerts `+q, args...)
	if err != nil {
		return nil, fmt.Errorf("query alerts: %w", err)
	}
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

func (s *Postgres) firstAlert(ctx context.Context, q string, args ...any) (Alert, error) {
	as, err := s.queryAlerts(ctx, q+` LIMIT 1`, args...)
	if err != nil {
		return Alert{}, err
	}
	if len(as) == 0 {
		return Alert{}, ErrNotFound
	}
	return as[0], nil
}

// ListAlerts returns alerts newest first.
func (s *Postgres) ListAlerts(ctx context.Context, f AlertFilter) ([]Alert, error) {
	limit := f.Limit
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	if len(f.States) == 0 {
		return s.queryAlerts(ctx, `ORDER BY id DESC LIMIT $1`, limit)
	}
	return s.queryAlerts(ctx, `WHERE state = ANY($1) ORDER BY id DESC LIMIT $2`, f.States, limit)
}

// AlertEvents returns an alert's history, oldest first.
func (s *Postgres) AlertEvents(ctx context.Context, id int64) ([]AlertEvent, error) {
	return s.eventRows(ctx, `WHERE alert_id=$1 ORDER BY id`, id)
}

// AlertEventsSince returns up to limit events of any alert with an id
// above after, oldest first, so a watcher can follow all changes.
func (s *Postgres) AlertEventsSince(ctx context.Context, after int64, limit int) ([]AlertEvent, error) {
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	return s.eventRows(ctx, `WHERE id > $1 ORDER BY id LIMIT $2`, after, limit)
}

// LastAlertEventID returns the id of the newest alert event, 0 if none.
func (s *Postgres) LastAlertEventID(ctx context.Context) (int64, error) {
	var id sql.NullInt64
	if err := s.r.QueryRowContext(ctx, `SELECT max(id) FROM alert_events`).Scan(&id); err != nil {
		return 0, fmt.Errorf("last alert event: %w", err)
	}
	return id.Int64, nil
}

func (s *Postgres) eventRows(ctx context.Context, where string, args ...any) ([]AlertEvent, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+eventColumns+` FROM alert_events `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("query alert events: %w", err)
	}
	return readEventRows(rows)
}

// DueAlerts returns unresolved alerts whose next step (an escalation, or a
// reminder to answer an acknowledged alert) is due at now, oldest due
// first, and claims them for dueClaim: until the claimer applies its
// decision (or the claim runs out) other replicas do not get them, so each
// escalation step is decided once.
func (s *Postgres) DueAlerts(ctx context.Context, now time.Time, limit int) ([]Alert, error) {
	if limit <= 0 {
		limit = 100
	}
	var out []Alert
	err := s.alertTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `WITH due AS (
				SELECT id AS due_id FROM alerts
				WHERE state <> $1 AND next_due_at IS NOT NULL AND next_due_at <= $2
					AND (due_claimed_until IS NULL OR due_claimed_until <= $2)
				ORDER BY next_due_at, id LIMIT $3
				FOR UPDATE SKIP LOCKED)
			UPDATE alerts SET due_claimed_until = $4 FROM due WHERE alerts.id = due.due_id
			RETURNING `+alertColumns, AlertResolved, now.UnixNano(), limit, now.Add(dueClaim).UnixNano())
		if err != nil {
			return fmt.Errorf("claim due alerts: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			a, err := scanAlert(rows)
			if err != nil {
				return err
			}
			out = append(out, a)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("due alerts: %w", err)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].NextDueAt.Equal(out[j].NextDueAt) {
			return out[i].NextDueAt.Before(out[j].NextDueAt)
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// FindAlertByThread returns the newest unresolved alert linked to any of
// the given Message-IDs, or ErrNotFound.
func (s *Postgres) FindAlertByThread(ctx context.Context, messageIDs []string) (Alert, error) {
	if len(messageIDs) == 0 {
		return Alert{}, ErrNotFound
	}
	return s.firstAlert(ctx, `WHERE state <> $1 AND id IN (SELECT alert_id FROM alert_threads WHERE message_id = ANY($2))
		ORDER BY id DESC`, AlertResolved, messageIDs)
}

// FindAlertBySender returns the newest unresolved alert from the address
// (case-insensitively) whose last message is not older than since, or
// ErrNotFound.
func (s *Postgres) FindAlertBySender(ctx context.Context, from string, since time.Time) (Alert, error) {
	return s.firstAlert(ctx, `WHERE state <> $1 AND lower(sender) = lower($2) AND last_message_at >= $3 ORDER BY id DESC`,
		AlertResolved, from, since.UnixNano())
}

// CountOpenAlerts counts alerts nobody has acknowledged yet.
func (s *Postgres) CountOpenAlerts(ctx context.Context) (int, error) {
	var n int
	err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM alerts WHERE state IN ($1, $2)`, AlertOpen, AlertNotified).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count open alerts: %w", err)
	}
	return n, nil
}

// ClaimOutbox reserves up to limit due notifications for lease and returns
// them with Attempts already incremented. Rows another replica is claiming
// at the same moment are skipped, not waited for, and a claimed row is not
// due again until the lease ends, so each row goes to one replica.
func (s *Postgres) ClaimOutbox(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]OutboxItem, error) {
	if limit <= 0 {
		limit = 20
	}
	var items []OutboxItem
	err := s.alertTx(ctx, func(tx *sql.Tx) error {
		// Claiming pushes next_attempt_at past the lease: if this replica
		// dies mid-send, the row becomes due again and is retried.
		rows, err := tx.QueryContext(ctx, `WITH due AS (
				SELECT id AS due_id FROM outbox
				WHERE status = $1 AND next_attempt_at <= $2
				ORDER BY next_attempt_at, id LIMIT $3
				FOR UPDATE SKIP LOCKED)
			UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $4 FROM due WHERE outbox.id = due.due_id
			RETURNING `+outboxColumns, OutboxPending, now.UnixNano(), limit, now.Add(lease).UnixNano())
		if err != nil {
			return err
		}
		defer rows.Close()
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
func (s *Postgres) CompleteOutbox(ctx context.Context, item OutboxItem, status string, at time.Time, detail string) error {
	return s.alertTx(ctx, func(tx *sql.Tx) error {
		if err := lockAlertEvents(ctx, tx); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE outbox SET status=$1, sent_at=$2, last_error='' WHERE id=$3`,
			status, at.UnixNano(), item.ID); err != nil {
			return fmt.Errorf("complete outbox %d: %w", item.ID, err)
		}
		kind := "notified"
		if status == OutboxSkipped {
			kind = "skipped"
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO alert_events (alert_id, at, kind, person, channel, detail)
			VALUES ($1,$2,$3,$4,$5,$6)`, item.AlertID, at.UnixNano(), kind, item.Person, item.Channel, detail); err != nil {
			return fmt.Errorf("insert alert event: %w", err)
		}
		if status == OutboxSent {
			if _, err := tx.ExecContext(ctx, `UPDATE alerts SET state=$1, version=version+1 WHERE id=$2 AND state=$3`,
				AlertNotified, item.AlertID, AlertOpen); err != nil {
				return fmt.Errorf("mark alert notified: %w", err)
			}
		}
		return nil
	})
}

// FailOutbox schedules a retry at next, or marks the row failed for good,
// and records the failed attempt in the alert's history.
func (s *Postgres) FailOutbox(ctx context.Context, item OutboxItem, next time.Time, msg string, final bool, at time.Time) error {
	return s.alertTx(ctx, func(tx *sql.Tx) error {
		status := OutboxPending
		if final {
			status = OutboxFailed
		}
		if err := lockAlertEvents(ctx, tx); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE outbox SET status=$1, next_attempt_at=$2, last_error=$3 WHERE id=$4`,
			status, next.UnixNano(), msg, item.ID); err != nil {
			return fmt.Errorf("fail outbox %d: %w", item.ID, err)
		}
		kind, detail := failureEvent(item, next, msg, final)
		if _, err := tx.ExecContext(ctx, `INSERT INTO alert_events (alert_id, at, kind, person, channel, detail)
			VALUES ($1,$2,$3,$4,$5,$6)`, item.AlertID, at.UnixNano(), kind, item.Person, item.Channel, detail); err != nil {
			return fmt.Errorf("insert alert event: %w", err)
		}
		return nil
	})
}

// NextOutboxAttempt returns when the earliest pending notification is due.
func (s *Postgres) NextOutboxAttempt(ctx context.Context) (time.Time, bool, error) {
	var n sql.NullInt64
	if err := s.r.QueryRowContext(ctx, `SELECT min(next_attempt_at) FROM outbox WHERE status=$1`, OutboxPending).Scan(&n); err != nil {
		return time.Time{}, false, fmt.Errorf("next outbox: %w", err)
	}
	return timeOf(n), n.Valid, nil
}

// ListOutbox returns the notifications of an alert, oldest first.
func (s *Postgres) ListOutbox(ctx context.Context, alertID int64) ([]OutboxItem, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+outboxColumns+` FROM outbox WHERE alert_id=$1 ORDER BY id`, alertID)
	if err != nil {
		return nil, fmt.Errorf("query outbox: %w", err)
	}
	defer rows.Close()
	return readOutboxRows(rows)
}

// Routed reports whether the router has looked at the message.
func (s *Postgres) Routed(ctx context.Context, messageID int64) (bool, error) {
	var done bool
	err := s.r.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM routed_messages WHERE message_id = $1)`, messageID).Scan(&done)
	if err != nil {
		return false, fmt.Errorf("routed message %d: %w", messageID, err)
	}
	return done, nil
}

// MarkRouted records that the router has looked at a message that needed no
// alert change.
func (s *Postgres) MarkRouted(ctx context.Context, messageID int64, at time.Time) error {
	if at.IsZero() {
		at = time.Now()
	}
	if _, err := s.w.ExecContext(ctx, `INSERT INTO routed_messages (message_id, routed_at) VALUES ($1, $2)
		ON CONFLICT DO NOTHING`, messageID, at.UnixNano()); err != nil {
		return fmt.Errorf("mark message %d routed: %w", messageID, err)
	}
	return nil
}

// routeOnce marks a message routed in tx, or fails with ErrConflict when it
// already was.
func routeOnce(ctx context.Context, tx *sql.Tx, messageID int64, at time.Time) error {
	if at.IsZero() {
		at = time.Now()
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO routed_messages (message_id, routed_at) VALUES ($1, $2)
		ON CONFLICT DO NOTHING`, messageID, at.UnixNano())
	if err != nil {
		return fmt.Errorf("mark message %d routed: %w", messageID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("mark message %d routed: %w", messageID, err)
	}
	if n == 0 {
		return ErrConflict
	}
	return nil
}

// Unrouted returns up to limit messages recorded at or after since, with
// an id above afterID, that the router has not looked at, in id order: what
// a crash between recording and routing left behind. afterID lets a caller
// page through a large backlog without reading the pages before again.
func (s *Postgres) Unrouted(ctx context.Context, since time.Time, afterID int64, limit int) ([]Message, error) {
	if limit <= 0 || limit > MaxPageSize {
		limit = DefaultPageSize
	}
	msgs, err := s.queryMessages(ctx, selectMessages(false)+` WHERE id > ? AND recorded_at >= ?
		AND NOT EXISTS (SELECT 1 FROM routed_messages r WHERE r.message_id = messages.id) ORDER BY id LIMIT ?`,
		afterID, since.UnixNano(), limit)
	if err != nil {
		return nil, fmt.Errorf("unrouted messages: %w", err)
	}
	return msgs, nil
}
