package notify

import (
	"strings"
	"testing"
	"time"

	"github.com/hotline/hotline/service/store"
)

// TestWaitingCountsTheStatedWait checks that an alert for "down since
// Monday" says the customer has waited since Monday, not since the mail
// arrived, while a late page still says when the mail arrived.
func TestWaitingCountsTheStatedWait(t *testing.T) {
	received := time.Date(2026, 3, 4, 15, 30, 0, 0, time.UTC) // a Wednesday
	now := received.Add(10 * time.Minute)
	a := store.Alert{ID: 7, From: "ann@example.com", Subject: "Shop down", ReceivedAt: received,
		Reasons: []store.Reason{{Signal: "outage", Phrase: "has been down"}, {Signal: "ongoing", Phrase: "since Monday"}}}
	d := NewDispatcher(nil, Options{})
	n := d.render(a, store.OutboxItem{Kind: "late"}, now)
	want := 2*24*time.Hour + 15*time.Hour + 40*time.Minute
	if n.Waiting != want {
		t.Errorf("waiting %v, want %v", n.Waiting, want)
	}
	if !strings.Contains(n.Headline(), "waiting 63h40m") {
		t.Errorf("headline %q", n.Headline())
	}
	if text := n.Text(); !strings.Contains(text, "arrived 10m ago") {
		t.Errorf("late text does not say when the mail arrived:\n%s", text)
	}
	a.Reasons = a.Reasons[:1]
	if n := d.render(a, store.OutboxItem{}, now); n.Waiting != 10*time.Minute {
		t.Errorf("no stated wait: waiting %v, want 10m", n.Waiting)
	}
}
