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
}

// HistoryFunc reads a customer's history as of message m;
// cmd wires it to history.Book.
type HistoryFunc func(ctx context.Context, m store.Message, now time.Time) (HistoryNote, error)

// withHistory returns m as the customer's history sees it. A history that
// cannot be read leaves m as scored: routing never waits on it.
func (r *Router) withHistory(ctx context.Context, m store.Message, now time.Time) store.Message {
	if r.opt.History == nil {
		return m
	}
	note, err := r.opt.History(ctx, m, now)
	if err != nil {
		r.log.WarnContext(ctx, "customer history unavailable; routing on the message alone", "message", m.ID, slog.Any("err", err))
		return m
	}
	if levelRank(note.Level) > levelRank(m.Level) {
		m.Level = note.Level
		m.Heat = max(m.Heat, note.Heat)
	}
	if note.Reason.Signal != "" {
		m.Reasons = append(append([]store.Reason(nil), m.Reasons...), note.Reason)
	}
	return m
}
