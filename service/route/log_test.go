package route_test

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/hotline/hotline/service/route"
)

// TestLogsNoCustomerIdentifiersAtInfo opens an alert and folds a second
// message into it, logging at info
// level, and checks that no Message-ID, customer address or subject shows
// up: they are debug-level only.
func TestLogsNoCustomerIdentifiersAtInfo(t *testing.T) {
	e := newEnv(t)
	var logs bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	e.router = route.New(e.st, e.cfg, route.Options{Clock: e.clock, DeliveryGrace: -1, Logger: logger})

	e.observe(e.msg("dana@shop.example", "Secret subject 1", "HOT", 0.9, "m1-id@shop", ""), "")
	e.observe(e.msg("dana@shop.example", "Secret subject 2", "HOT", 0.95, "m2-id@shop", "m1-id@shop"), "")
	out := logs.String()
	if !strings.Contains(out, "alert opened") || !strings.Contains(out, "alert updated") {
		t.Fatalf("expected alert logs at info level:\n%s", out)
	}
	for _, secret := range []string{"m1-id@shop", "m2-id@shop", "dana@shop.example", "Secret subject"} {
		if strings.Contains(out, secret) {
			t.Errorf("info-level logs contain %q:\n%s", secret, out)
		}
	}
}
