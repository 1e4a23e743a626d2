package route

import (
	"context"
	"log/slog"
	"time"

	"github.com/hotline/hotline/service/store"
)

// HistoryNote is what a customer's history says about a new message: the
// least level their contact pattern earns (three unanswered mails in two
// days are HOT whatever the words), the heat that goes with it, and the
// history line every alert shows.
type HistoryNote struct {
	Level  string // "HOT", "WARM" or "" for no raise
	Heat   float64
	Reason store.Reason // Signal "history"; empty when there is nothing to say
	// Since is when the customer's unanswered contact began: their first
	// mail since our last answer. Zero when unknown.
	Since time.Time
}

// HistoryFunc reads a customer's history as of message m;
// cmd wires it to history.Book.
type HistoryFunc func(ctx context.Context, m store.Message, now time.Time) (HistoryNote, error)

// withHistory returns m as the customer's history sees it, and when their
// unanswered contact began. A history that cannot be read leaves m as
// scored: routing never waits on it.
func (r *Router) withHistory(ctx context.Context, m store.Message, now time.Time) (store.Message, time.Time) {
	if r.opt.History == nil {
		return m, time.Time{}
	}
	note, err := r.opt.History(ctx, m, now)
	if err != nil {
		r.log.WarnContext(ctx, "customer history unavailable; routing on the message alone", "message", m.ID, slog.Any("err", err))
		return m, time.Time{}
	}
	if levelRank(note.Level) > levelRank(m.Level) {
		m.Level = note.Level
		m.Heat = max(m.Heat, note.Heat)
	}
	if note.Reason.Signal != "" {
		m.Reasons = append(append([]store.Reason(nil), m.Reasons...), note.Reason)
	}
	return m, note.Since
}

// waitingSince is the start of the customer's wait: the first unanswered
// mail of their history when it is earlier than this one. An alert is
// marked late from when this mail was recorded, not from since: the wait
// before it is the customer's, not routing's.
func waitingSince(received, since time.Time) time.Time {
	if !since.IsZero() && since.Before(received) {
		return since
	}
	return received
}
