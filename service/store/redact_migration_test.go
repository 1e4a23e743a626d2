package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestRedactWebhookURLsMigration: rows written by versions that copied
// webhook URLs into delivery errors and alert history lose the URL when
// the migration runs; mail addresses and other text stay.
func TestRedactWebhookURLsMigration(t *testing.T) {
	ctx := context.Background()
	s, err := OpenSQLite(ctx, filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const hook = "https://hooks.slack.com/services/T0/B0/XXsecretXX"
	for _, q := range []string{
		`INSERT INTO alerts (id, state, route, chain, chain_snapshot, received_at, last_message_at, opened_at, updated_at)
		 VALUES (1, 'OPEN', 'r', 'c', x'7b7d', 1, 1, 1, 1)`,
		`INSERT INTO outbox (idem_key, alert_id, channel, person, address, next_attempt_at, created_at, last_error)
		 VALUES ('k1', 1, 'slack', 'alice', '` + hook + `', 1, 1, 'webhook post: Post "` + hook + `": EOF')`,
		`INSERT INTO outbox (idem_key, alert_id, channel, person, address, next_attempt_at, created_at, last_error)
		 VALUES ('k2', 1, 'email', 'alice', 'alice@example.com', 1, 1, 'smtp rcpt alice@example.com: 550')`,
		`INSERT INTO alert_events (alert_id, at, kind, person, channel, detail) VALUES (1, 1, 'notified', 'alice', 'slack', 'new to ` + hook + `')`,
		`INSERT INTO alert_events (alert_id, at, kind, person, channel, detail) VALUES (1, 1, 'notified', 'alice', 'email', 'new to alice@example.com')`,
	} {
		if _, err := s.w.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	body, err := sqliteMigrations.ReadFile("migrations/sqlite/0102_redact_webhook_urls.sql")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.ExecContext(ctx, string(body)); err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, q := range []string{`SELECT last_error FROM outbox ORDER BY id`, `SELECT detail FROM alert_events ORDER BY id`} {
		rows, err := s.r.QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				t.Fatal(err)
			}
			all.WriteString(v + "\n")
		}
		rows.Close()
	}
	got := all.String()
	want := "webhook post: Post \"(webhook URL)\": EOF\nsmtp rcpt alice@example.com: 550\nnew to (webhook URL)\nnew to alice@example.com\n"
	if got != want {
		t.Fatalf("after the migration:\n%s\nwant:\n%s", got, want)
	}
}
