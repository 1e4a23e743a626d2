package route_test

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestCatchUpHasNoHorizon: mail recorded days before routing came back is
// routed on start, and its alert is marked late instead of paging as if the
// mail had just arrived.
func TestCatchUpHasNoHorizon(t *testing.T) {
	e := newEnv(t)
	// Recorded while routing was down, three days ago and a week ago.
	e.msg("dana@shop.example", "Third time!!!", "HOT", 0.9, "m1@shop", "")
	e.clock.Advance(4 * 24 * time.Hour)
	e.msg("lee@other.example", "Still down", "HOT", 0.9, "m2@other", "")
	e.clock.Advance(3 * 24 * time.Hour)
	e.open()
	n, err := e.router.CatchUp(context.Background())
	if err != nil || n != 2 {
		t.Fatalf("CatchUp = %d, %v; want both old messages routed", n, err)
	}
	as := e.alerts()
	if len(as) != 2 {
		t.Fatalf("got %d alerts, want 2", len(as))
	}
	for _, a := range as {
		for _, k := range e.outboxPeople(a.ID) {
			if !strings.HasSuffix(k, "/late") {
				t.Errorf("alert %d: first page %s, want kind late", a.ID, k)
			}
		}
		evs, err := e.st.AlertEvents(context.Background(), a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if evs[0].Kind != "opened" || !strings.Contains(evs[0].Detail, "late: recorded") {
			t.Errorf("alert %d opened event %+v, want it marked late", a.ID, evs[0])
		}
	}

	// A fresh message after that is paged as new.
	e.clock.Advance(time.Minute)
	e.msg("kim@third.example", "Help now", "HOT", 0.9, "m3@third", "")
	if n, err := e.router.CatchUp(context.Background()); err != nil || n != 1 {
		t.Fatalf("CatchUp = %d, %v; want the fresh message", n, err)
	}
	for _, a := range e.alerts() {
		if a.From != "kim@third.example" {
			continue
		}
		if got := e.outboxPeople(a.ID); len(got) != 1 || got[0] != "alice/email/new" {
			t.Errorf("fresh alert pages %v, want alice/email/new", got)
		}
	}
}

// TestCatchUpAfterStartLooksBackFromTheLastSweep: once a sweep completed,
// a message recorded later, even with a recorded_at stamped somewhat in the
// past by another replica's clock, is still found.
func TestCatchUpAfterStartLooksBackFromTheLastSweep(t *testing.T) {
	e := newEnv(t)
	if n, err := e.router.CatchUp(context.Background()); err != nil || n != 0 {
		t.Fatalf("empty CatchUp = %d, %v", n, err)
	}
	e.clock.Advance(10 * time.Minute)
	// Another replica's clock runs an hour behind.
	e.clock.Advance(-time.Hour)
	e.msg("dana@shop.example", "Third time!!!", "HOT", 0.9, "m1@shop", "")
	e.clock.Advance(time.Hour)
	if n, err := e.router.CatchUp(context.Background()); err != nil || n != 1 {
		t.Fatalf("CatchUp = %d, %v; want the message", n, err)
	}
}
