package notify_test

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/notify/smtptest"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

// deadRelay returns an address where nothing listens: an SMTP outage.
func deadRelay(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func emailDispatcher(f *fixture, addr string) *notify.Dispatcher {
	return notify.NewDispatcher(f.st, notify.Options{
		Receivers: map[store.Channel]notify.Notifier{"email": &notify.Email{Addr: addr, From: "hotline@support.example.com",
			Timeout: 2 * time.Second, Now: f.clock.Now}},
		Clock: f.clock, BaseDelay: time.Minute, MaxDelay: time.Minute,
	})
}

func (f *fixture) tick(t *testing.T, want int) {
	t.Helper()
	n, err := f.router.Tick(context.Background())
	if err != nil || n != want {
		t.Fatalf("Tick at +%s: escalated %d (%v), want %d", f.clock.Now().Sub(f.start), n, err, want)
	}
}

func (f *fixture) history(t *testing.T, id int64) string {
	t.Helper()
	evs, err := f.st.AlertEvents(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range evs {
		b.WriteString(e.Kind.String() + " " + e.Person + " " + e.Detail + "\n")
	}
	return b.String()
}

// TestEscalationCountsFromDelivery checks that a step's timeout runs from
// the delivery of its page, not from the page: while the relay is down
// nobody is escalated to, and the failed attempts are in the history.
func TestEscalationCountsFromDelivery(t *testing.T) {
	f := newFixture(t, "")
	a := f.hot(t)
	f.start = f.clock.Now()

	down := emailDispatcher(f, deadRelay(t))
	if n, _ := down.Flush(context.Background()); n != 0 {
		t.Fatal("delivered through a dead relay")
	}
	if h := f.history(t, a.ID); !strings.Contains(h, "undelivered alice") {
		t.Errorf("history lacks the failed attempt:\n%s", h)
	}

	// The relay is back at +3m, within the delivery grace; the retry
	// delivers.
	srv, err := smtptest.Start(smtptest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	f.clock.Advance(3 * time.Minute)
	if n, err := emailDispatcher(f, srv.Addr).Flush(context.Background()); n != 1 || err != nil {
		t.Fatalf("delivery after the outage: %d, %v", n, err)
	}

	// alice's 10 minutes from the page are over, but she has had the
	// page for 7 only.
	f.clock.Advance(7 * time.Minute)
	f.tick(t, 0)
	if got, _ := f.st.GetAlert(context.Background(), a.ID); !got.NextDueAt.Equal(f.start.Add(13 * time.Minute)) {
		t.Errorf("next due +%s, want +13m (delivery at +3m plus alice's 10m)", got.NextDueAt.Sub(f.start))
	}
	f.clock.Advance(3*time.Minute - time.Second)
	f.tick(t, 0)
	f.clock.Advance(time.Second)
	f.tick(t, 1)
	if got, _ := f.st.GetAlert(context.Background(), a.ID); strings.Join(got.Owners, ",") != "bob" {
		t.Errorf("owners %v after alice's timeout, want bob", got.Owners)
	}
}

// TestEscalationGoesOnWhenNothingCanBeDelivered checks that a page nobody
// can receive delays escalation by the delivery grace only, and that the
// history says why.
func TestEscalationGoesOnWhenNothingCanBeDelivered(t *testing.T) {
	f := newFixture(t, "")
	a := f.hot(t)
	f.start = f.clock.Now()
	down := emailDispatcher(f, deadRelay(t))
	down.Flush(context.Background())

	grace := route.DefaultDeliveryGrace
	for f.clock.Now().Before(f.start.Add(grace + 10*time.Minute - time.Second)) {
		f.clock.Advance(30 * time.Second)
		down.Flush(context.Background())
		if f.clock.Now().Before(f.start.Add(grace + 10*time.Minute)) {
			f.tick(t, 0)
		}
	}
	f.clock.Advance(time.Second)
	f.tick(t, 1)
	h := f.history(t, a.ID)
	if !strings.Contains(h, "not delivered within "+grace.String()) {
		t.Errorf("escalation does not say the page was not delivered:\n%s", h)
	}
	if got, _ := f.st.GetAlert(context.Background(), a.ID); got.State != store.AlertOpen || strings.Join(got.Owners, ",") != "bob" {
		t.Errorf("alert %s owners %v, want OPEN with bob", got.State, got.Owners)
	}
}
