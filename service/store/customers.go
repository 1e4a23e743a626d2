package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// CustomerFilter selects one customer's recent mail for CustomerMail.
type CustomerFilter struct {
	// Address is the customer's mail address, matched without regard to
	// case.
	Address string
	// Domain, when not empty, widens the customer to every sender at that
	// domain (a company's staff writing about the same problem).
	Domain string
	// Since bounds the look back: messages recorded at or after it.
	Since time.Time
	// Limit caps each of the two lists; zero means 100.
	Limit int
}

// CustomerMail returns the customer's messages recorded since f.Since,
// and the messages that answer them (their In-Reply-To names one of the
// customer's), both oldest first. Which of the answers come from the team
// is for the caller to decide; the store knows no team.
//
// Both queries walk the recorded_at index over the window only, so a
// window of days stays cheap on a store of years.
func (s *sqlStore) CustomerMail(ctx context.Context, f CustomerFilter) (inbound, answers []Message, err error) {
	where, args, limit := f.match("from_addr")
	inbound, err = s.queryMessages(ctx, selectMessages(false)+" WHERE recorded_at >= ? AND "+where+
		" ORDER BY recorded_at DESC, id DESC LIMIT ?", append(args, limit)...)
	if err != nil {
		return nil, nil, fmt.Errorf("customer mail: %w", err)
	}
	reverse(inbound)
	var ids []any
	for _, m := range inbound {
		if m.MessageID != "" {
			ids = append(ids, m.MessageID)
		}
	}
	if len(ids) == 0 {
		return inbound, nil, nil
	}
	q := selectMessages(false) + " WHERE recorded_at >= ? AND in_reply_to IN (" +
		strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ") + ") ORDER BY recorded_at, id LIMIT ?"
	answers, err = s.queryMessages(ctx, q, append(append([]any{f.Since.UnixNano()}, ids...), limit)...)
	if err != nil {
		return nil, nil, fmt.Errorf("answers to customer mail: %w", err)
	}
	return inbound, answers, nil
}

func reverse(ms []Message) {
	for i, j := 0, len(ms)-1; i < j; i, j = i+1, j-1 {
		ms[i], ms[j] = ms[j], ms[i]
	}
}

// match returns the condition that picks the customer's rows by the
// address column col, its arguments after the since time, and the row
// limit (zero means 100).
func (f CustomerFilter) match(col string) (where string, args []any, limit int) {
	limit = f.Limit
	if limit <= 0 {
		limit = 100
	}
	where = "lower(" + col + ") = lower(?)"
	args = []any{f.Since.UnixNano(), f.Address}
	if f.Domain != "" {
		where = "(lower(" + col + ") = lower(?) OR lower(" + col + ") LIKE ? ESCAPE '\\')"
		args = append(args, "%@"+likeEscape(strings.ToLower(f.Domain)))
	}
	return where, args, limit
}

// likeEscape escapes LIKE's wildcards so a domain matches only itself.
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// CustomerAlerts returns the customer's alerts opened since f.Since,
// newest first, at most f.Limit (zero means 100).
func (s *sqlStore) CustomerAlerts(ctx context.Context, f CustomerFilter) ([]Alert, error) {
	where, args, limit := f.match("sender")
	as, err := s.queryAlerts(ctx, "WHERE opened_at >= ? AND "+where+" ORDER BY id DESC LIMIT ?", append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("customer alerts: %w", err)
	}
	return as, nil
}
