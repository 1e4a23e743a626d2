package store

import (
	"context"
	"fmt"
)

// AlertMessages returns up to limit recorded messages of an alert, oldest
// first: the one that opened it and every recorded message whose Message-ID
// is one of the alert's thread ids, which are the customer's later mail and
// the team's replies in the thread. The team page shows them as the
// conversation.
func (s *sqlStore) AlertMessages(ctx context.Context, alertID int64, limit int) ([]Message, error) {
	if limit <= 0 || limit > MaxPageSize {
		limit = DefaultPageSize
	}
	// The newest limit messages, returned oldest first.
	msgs, err := s.queryMessages(ctx, selectMessages(false)+` WHERE id = (SELECT message_ref FROM alerts WHERE id = ?)
		OR (message_id <> '' AND message_id IN (SELECT message_id FROM alert_threads WHERE alert_id = ?))
		ORDER BY recorded_at DESC, id DESC LIMIT ?`, alertID, alertID, limit)
	if err != nil {
		return nil, fmt.Errorf("messages of alert %d: %w", alertID, err)
	}
	for i, j := 0, len(msgs)-1; i < j; i, j = i+1, j-1 {
		msgs[i], msgs[j] = msgs[j], msgs[i]
	}
	return msgs, nil
}
