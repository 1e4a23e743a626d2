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
	n := d.render(a, store.OutboxItem{Kind: store.NotifyLate}, now)
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

// TestWaitingWithHistory checks that the wait of a customer who wrote
// before without an answer starts at their first unanswered mail, or at
// the wait they state when that began earlier; never the sum.
func TestWaitingWithHistory(t *testing.T) {
	first := time.Date(2026, 3, 2, 9, 31, 0, 0, time.UTC) // Monday
	latest := time.Date(2026, 3, 4, 15, 30, 0, 0, time.UTC)
	now := latest.Add(10 * time.Minute)
	hist := store.Reason{Signal: "history", Phrase: "3rd mail since Mon 09:31, no reply yet"}
	a := store.Alert{ID: 8, ReceivedAt: first, LastMessageAt: latest, Reasons: []store.Reason{hist}}
	d := NewDispatcher(nil, Options{})
	if n := d.render(a, store.OutboxItem{}, now); n.Waiting != now.Sub(first) {
		t.Errorf("waiting %v, want since the first unanswered mail (%v)", n.Waiting, now.Sub(first))
	}
	// "since last week" began before Monday's first mail: it wins.
	a.Reasons = []store.Reason{hist, {Signal: "ongoing", Phrase: "since last week"}}
	n := d.render(a, store.OutboxItem{}, now)
	if n.Waiting <= now.Sub(first) || n.Waiting > now.Sub(first)+14*24*time.Hour {
		t.Errorf("waiting %v with a stated wait from last week", n.Waiting)
	}
	// "since this morning" is later than Monday: the first mail wins.
	a.Reasons = []store.Reason{hist, {Signal: "ongoing", Phrase: "since this morning"}}
	if n := d.render(a, store.OutboxItem{}, now); n.Waiting != now.Sub(first) {
		t.Errorf("waiting %v, want %v", n.Waiting, now.Sub(first))
	}
}
