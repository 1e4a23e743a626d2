package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"time"
)

// What Postgres does beyond the shared alert code: replicas divide due
// escalations, so each escalation step is decided by one of them.

// dueClaim is how long DueAlerts hides an alert it returned from other
// replicas. The claimer's ApplyAlert clears the claim at once; the expiry
// only matters when the claimer dies before deciding.
const dueClaim = 30 * time.Second

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
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, s.d.bind(`UPDATE alerts SET due_claimed_until = ?
			WHERE id IN (SELECT id FROM alerts `+dueWhere+`
				AND (due_claimed_until IS NULL OR due_claimed_until <= ?)
				ORDER BY next_due_at, id LIMIT ?`+s.d.skipLocked()+`)
			RETURNING `+alertColumns), now.Add(dueClaim).UnixNano(), AlertResolved, now.UnixNano(), now.UnixNano(), limit)
		if err != nil {
			return fmt.Errorf("claim due alerts: %w", err)
		}
		out, err = readAlertRows(rows)
		return err
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
