package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// alertDB implements alert and outbox persistence: writes on the single
// writer connection, reads on the read pool. Times are Unix nanoseconds;
// NULL means "not set".
type alertDB struct{ w, r *sql.DB }

const alertColumns = `id, state, route, chain, chain_snapshot, step, round, owners, message_ref, mailbox, sender,
	sender_name, subject, excerpt, anger, urgency, heat, level, reasons, messages, received_at, last_message_at,
	opened_at, updated_at, next_due_at, acked_at, acked_by, ack_via, resolved_at, resolved_by, version`

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

func (d alertDB) apply(ctx context.Context, ch AlertChange) (err error) {
	a := ch.Alert
	if a == nil {
		return errors.New("apply alert: no alert")
	}
	reasons, err := json.Marshal(a.Reasons)
	if err != nil {
		return fmt.Errorf("encode reasons: %w", err)
	}
	if a.Reasons == nil {
		reasons = []byte("[]")
	}
	tx, err := d.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	args := []any{a.State, a.Route, a.Chain, a.ChainSnapshot, a.Step, a.Round, strings.Join(a.Owners, ","), a.MessageRef,
		a.Mailbox, a.From, a.FromName, a.Subject, a.Excerpt, a.Anger, a.Urgency, a.Heat, a.Level, string(reasons),
		a.Messages, toNanos(a.ReceivedAt), toNanos(a.LastMessageAt), toNanos(a.OpenedAt), toNanos(a.UpdatedAt),
		toNanos(a.NextDueAt), toNanos(a.AckedAt), a.AckedBy, a.AckVia, toNanos(a.ResolvedAt), a.ResolvedBy}
	if a.ID == 0 {
		err = tx.QueryRowContext(ctx, `INSERT INTO alerts (state, route, chain, chain_snapshot, step, round, owners,
			message_ref, mailbox, sender, sender_name, subject, excerpt, anger, urgency, heat, level, reasons, messages,
			received_at, last_message_at, opened_at, updated_at, next_due_at, acked_at, acked_by, ack_via, resolved_at,
			resolved_by, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1) RETURNING id`,
			args...).Scan(&a.ID)
		if err != nil {
			return fmt.Errorf("insert alert: %w", err)
		}
		a.Version = 1
	} else {
		res, err := tx.ExecContext(ctx, `UPDATE alerts SET state=?, route=?, chain=?, chain_snapshot=?, step=?, round=?,
			owners=?, message_ref=?, mailbox=?, sender=?, sender_name=?, subject=?, excerpt=?, anger=?, urgency=?, heat=?,
			level=?, reasons=?, messages=?, received_at=?, last_message_at=?, opened_at=?, updated_at=?, next_due_at=?,
			acked_at=?, acked_by=?, ack_via=?, resolved_at=?, resolved_by=?, version=version+1
			WHERE id=? AND version=?`, append(args, a.ID, a.Version)...)
		if err != nil {
			return fmt.Errorf("update alert %d: %w", a.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			var one int
			if qerr := tx.QueryRowContext(ctx, `SELECT 1 FROM alerts WHERE id=?`, a.ID).Scan(&one); errors.Is(qerr, sql.ErrNoRows) {
				return ErrNotFound
			}
			return ErrConflict
		}
		a.Version++
	}
	for i := range ch.Events {
		e := &ch.Events[i]
		e.AlertID = a.ID
		err = tx.QueryRowContext(ctx, `INSERT INTO alert_events (alert_id, at, kind, person, channel, detail)
			VALUES (?,?,?,?,?,?) RETURNING id`, a.ID, toNanos(e.At), e.Kind, e.Person, e.Channel, e.Detail).Scan(&e.ID)
		if err != nil {
			return fmt.Errorf("insert alert event: %w", err)
		}
	}
	for i := range ch.Outbox {
		o := &ch.Outbox[i]
		o.AlertID = a.ID
		if !strings.HasPrefix(o.Key, fmt.Sprintf("alert-%d/", a.ID)) {
			o.Key = fmt.Sprintf("alert-%d/%s", a.ID, o.Key)
		}
		o.Status = OutboxPending
		// A decision replayed after a crash produces the same keys; the
		// existing row wins so nothing is sent twice.
		_, err = tx.ExecContext(ctx, `INSERT INTO outbox (idem_key, alert_id, channel, person, address, kind, step, status,
			attempts, next_attempt_at, created_at) VALUES (?,?,?,?,?,?,?,?,0,?,?) ON CONFLICT (idem_key) DO NOTHING`,
			o.Key, a.ID, o.Channel, o.Person, o.Address, o.Kind, o.Step, OutboxPending, toNanos(o.NextAttemptAt).Int64, toNanos(o.CreatedAt).Int64)
		if err != nil {
			return fmt.Errorf("insert outbox %s: %w", o.Key, err)
		}
	}
	for _, id := range ch.ThreadIDs {
		if _, err = tx.ExecContext(ctx, `INSERT OR IGNORE INTO alert_threads (alert_id, message_id) VALUES (?,?)`, a.ID, id); err != nil {
			return fmt.Errorf("link thread id: %w", err)
		}
	}
	if ch.Routed != 0 {
		if err = markRouted(ctx, tx, ch.Routed, a.UpdatedAt); err != nil {
			return err
		}
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("commit alert: %w", err)
	}
	return nil
}

func (d alertDB) get(ctx context.Context, id int64) (Alert, error) {
	return scanAlert(d.r.QueryRowContext(ctx, `SELECT `+alertColumns+` FROM alerts WHERE id=?`, id))
}

func (d alertDB) query(ctx context.Context, q string, args ...any) ([]Alert, error) {
	rows, err := d.r.QueryContext(ctx, `SELECT `+alertColumns+` FROM alerts `+q, args...)
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

func (d alertDB) first(ctx context.Context, q string, args ...any) (Alert, error) {
	as, err := d.query(ctx, q+` LIMIT 1`, args...)
	if err != nil {
		return Alert{}, err
	}
	if len(as) == 0 {
		return Alert{}, ErrNotFound
	}
	return as[0], nil
}

func (d alertDB) byThread(ctx context.Context, ids []string) (Alert, error) {
	if len(ids) == 0 {
		return Alert{}, ErrNotFound
	}
	args := make([]any, 0, len(ids)+1)
	args = append(args, AlertResolved)
	for _, id := range ids {
		args = append(args, id)
	}
	return d.first(ctx, `WHERE state <> ? AND id IN (SELECT alert_id FROM alert_threads WHERE message_id IN (`+
		placeholders(len(ids))+`)) ORDER BY id DESC`, args...)
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func (d alertDB) bySender(ctx context.Context, from string, since time.Time) (Alert, error) {
	return d.first(ctx, `WHERE state <> ? AND sender = ? COLLATE NOCASE AND last_message_at >= ? ORDER BY id DESC`,
		AlertResolved, from, since.UnixNano())
}

func (d alertDB) due(ctx context.Context, now time.Time, limit int) ([]Alert, error) {
	if limit <= 0 {
		limit = 100
	}
	return d.query(ctx, `WHERE state <> ? AND next_due_at IS NOT NULL AND next_due_at <= ? ORDER BY next_due_at, id LIMIT ?`,
		AlertResolved, now.UnixNano(), limit)
}

func (d alertDB) list(ctx context.Context, f AlertFilter) ([]Alert, error) {
	limit := f.Limit
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	if len(f.States) == 0 {
		return d.query(ctx, `ORDER BY id DESC LIMIT ?`, limit)
	}
	args := make([]any, 0, len(f.States)+1)
	for _, s := range f.States {
		args = append(args, s)
	}
	return d.query(ctx, `WHERE state IN (`+placeholders(len(f.States))+`) ORDER BY id DESC LIMIT ?`, append(args, limit)...)
}

func (d alertDB) countOpen(ctx context.Context) (int, error) {
	var n int
	err := d.r.QueryRowContext(ctx, `SELECT count(*) FROM alerts WHERE state IN (?, ?)`, AlertOpen, AlertNotified).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count open alerts: %w", err)
	}
	return n, nil
}

func (d alertDB) events(ctx context.Context, id int64) ([]AlertEvent, error) {
	return d.eventRows(ctx, `WHERE alert_id=? ORDER BY id`, id)
}

func (d alertDB) eventsSince(ctx context.Context, after int64, limit int) ([]AlertEvent, error) {
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	return d.eventRows(ctx, `WHERE id > ? ORDER BY id LIMIT ?`, after, limit)
}

func (d alertDB) lastEventID(ctx context.Context) (int64, error) {
	var id sql.NullInt64
	if err := d.r.QueryRowContext(ctx, `SELECT max(id) FROM alert_events`).Scan(&id); err != nil {
		return 0, fmt.Errorf("last alert event: %w", err)
	}
	return id.Int64, nil
}

func (d alertDB) eventRows(ctx context.Context, where string, args ...any) ([]AlertEvent, error) {
	rows, err := d.r.QueryContext(ctx, `SELECT `+eventColumns+` FROM alert_events `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("query alert events: %w", err)
	}
	return readEventRows(rows)
}

const eventColumns = `id, alert_id, at, kind, person, channel, detail`

// readEventRows scans and closes rows selected with eventColumns; both
// stores share it.
func readEventRows(rows *sql.Rows) ([]AlertEvent, error) {
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

const outboxColumns = `id, idem_key, alert_id, channel, person, address, kind, step, status, attempts, next_attempt_at,
	last_error, created_at, sent_at`

func readOutboxRows(rows *sql.Rows) ([]OutboxItem, error) {
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

func (d alertDB) outbox(ctx context.Context, q string, args ...any) ([]OutboxItem, error) {
	rows, err := d.r.QueryContext(ctx, `SELECT `+outboxColumns+` FROM outbox `+q, args...)
	if err != nil {
		return nil, fmt.Errorf("query outbox: %w", err)
	}
	defer rows.Close()
	return readOutboxRows(rows)
}

func (d alertDB) claim(ctx context.Context, now time.Time, lease time.Duration, limit int) (items []OutboxItem, err error) {
	if limit <= 0 {
		limit = 20
	}
	tx, err := d.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	// Claiming pushes next_attempt_at past the lease: if this process dies
	// mid-send, the row becomes due again and is retried (at least once).
	rows, err := tx.QueryContext(ctx, `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?
		WHERE id IN (SELECT id FROM outbox WHERE status = ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?)
		RETURNING `+outboxColumns, now.Add(lease).UnixNano(), OutboxPending, now.UnixNano(), limit)
	if err != nil {
		return nil, fmt.Errorf("claim outbox: %w", err)
	}
	items, err = readOutboxRows(rows)
	rows.Close()
	if err != nil {
		return nil, err
	}
	if err = tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit claim: %w", err)
	}
	return items, nil
}

func (d alertDB) complete(ctx context.Context, o OutboxItem, status string, at time.Time, detail string) (err error) {
	tx, err := d.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	if _, err = tx.ExecContext(ctx, `UPDATE outbox SET status=?, sent_at=?, last_error='' WHERE id=?`, status, at.UnixNano(), o.ID); err != nil {
		return fmt.Errorf("complete outbox %d: %w", o.ID, err)
	}
	kind := "notified"
	if status == OutboxSkipped {
		kind = "skipped"
	}
	if _, err = tx.ExecContext(ctx, `INSERT INTO alert_events (alert_id, at, kind, person, channel, detail) VALUES (?,?,?,?,?,?)`,
		o.AlertID, at.UnixNano(), kind, o.Person, o.Channel, detail); err != nil {
		return fmt.Errorf("insert alert event: %w", err)
	}
	if status == OutboxSent {
		if _, err = tx.ExecContext(ctx, `UPDATE alerts SET state=?, version=version+1 WHERE id=? AND state=?`,
			AlertNotified, o.AlertID, AlertOpen); err != nil {
			return fmt.Errorf("mark alert notified: %w", err)
		}
	}
	return tx.Commit()
}

func (d alertDB) fail(ctx context.Context, o OutboxItem, next time.Time, msg string, final bool, at time.Time) (err error) {
	tx, err := d.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	status := OutboxPending
	if final {
		status = OutboxFailed
	}
	if _, err = tx.ExecContext(ctx, `UPDATE outbox SET status=?, next_attempt_at=?, last_error=? WHERE id=?`,
		status, next.UnixNano(), msg, o.ID); err != nil {
		return fmt.Errorf("fail outbox %d: %w", o.ID, err)
	}
	kind, detail := failureEvent(o, next, msg, final)
	if _, err = tx.ExecContext(ctx, `INSERT INTO alert_events (alert_id, at, kind, person, channel, detail) VALUES (?,?,?,?,?,?)`,
		o.AlertID, at.UnixNano(), kind, o.Person, o.Channel, detail); err != nil {
		return fmt.Errorf("insert alert event: %w", err)
	}
	return tx.Commit()
}

func (d alertDB) nextOutbox(ctx context.Context) (time.Time, bool, error) {
	var n sql.NullInt64
	if err := d.r.QueryRowContext(ctx, `SELECT min(next_attempt_at) FROM outbox WHERE status=?`, OutboxPending).Scan(&n); err != nil {
		return time.Time{}, false, fmt.Errorf("next outbox: %w", err)
	}
	return timeOf(n), n.Valid, nil
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func markRouted(ctx context.Context, db execer, messageID int64, at time.Time) error {
	if at.IsZero() {
		at = time.Now()
	}
	if _, err := db.ExecContext(ctx, `INSERT OR IGNORE INTO routed_messages (message_id, routed_at) VALUES (?, ?)`,
		messageID, at.UnixNano()); err != nil {
		return fmt.Errorf("mark message %d routed: %w", messageID, err)
	}
	return nil
}
