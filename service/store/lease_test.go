package store_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// leaser is what a replica uses to own a mailbox.
type leaser interface {
	AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error)
	RenewLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error)
	ReleaseLease(ctx context.Context, name, holder string) error
}

func TestSQLiteLeases(t *testing.T) {
	testLeases(t, func(t *testing.T) (leaser, leaser) {
		path := filepath.Join(t.TempDir(), "leases.db")
		a, b := openSQLite(t, path), openSQLite(t, path)
		t.Cleanup(func() { a.Close(); b.Close() })
		return a, b
	})
}

// testLeases checks the lease rules with two replicas, a and b, each on its
// own handle of one database. open returns a new database for each call.
func testLeases(t *testing.T, open func(t *testing.T) (a, b leaser)) {
	ctx := context.Background()
	const box = "support@hotline.example/INBOX"
	type step struct {
		who    string // "a" or "b"
		op     string // acquire, renew, release, sleep
		ttl    time.Duration
		sleep  time.Duration
		wantOK bool
	}
	const ttl = 600 * time.Millisecond
	tests := []struct {
		name  string
		steps []step
	}{
		{"only one acquires", []step{
			{who: "a", op: "acquire", ttl: ttl, wantOK: true},
			{who: "b", op: "acquire", ttl: ttl, wantOK: false},
			{who: "a", op: "acquire", ttl: ttl, wantOK: true}, // the holder may re-acquire
			{who: "b", op: "renew", ttl: ttl, wantOK: false},
			{who: "a", op: "renew", ttl: ttl, wantOK: true},
		}},
		{"expiry hands over", []step{
			{who: "a", op: "acquire", ttl: ttl, wantOK: true},
			{op: "sleep", sleep: ttl + 200*time.Millisecond},
			{who: "b", op: "acquire", ttl: ttl, wantOK: true},
			{who: "a", op: "renew", ttl: ttl, wantOK: false},
			{who: "a", op: "acquire", ttl: ttl, wantOK: false},
		}},
		{"renew extends", []step{
			{who: "a", op: "acquire", ttl: ttl, wantOK: true},
			{op: "sleep", sleep: ttl * 2 / 3},
			{who: "a", op: "renew", ttl: ttl, wantOK: true},
			{op: "sleep", sleep: ttl * 2 / 3}, // past the first expiry
			{who: "b", op: "acquire", ttl: ttl, wantOK: false},
			{op: "sleep", sleep: ttl},
			{who: "b", op: "acquire", ttl: ttl, wantOK: true},
		}},
		{"expired lease cannot be renewed", []step{
			{who: "a", op: "acquire", ttl: 100 * time.Millisecond, wantOK: true},
			{op: "sleep", sleep: 300 * time.Millisecond},
			{who: "a", op: "renew", ttl: ttl, wantOK: false},
			{who: "a", op: "acquire", ttl: ttl, wantOK: true},
		}},
		{"release hands over at once", []step{
			{who: "a", op: "acquire", ttl: time.Hour, wantOK: true},
			{who: "b", op: "release"}, // not b's to release
			{who: "b", op: "acquire", ttl: time.Hour, wantOK: false},
			{who: "a", op: "release"},
			{who: "b", op: "acquire", ttl: time.Hour, wantOK: true},
			{who: "a", op: "renew", ttl: time.Hour, wantOK: false},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := open(t)
			stores := map[string]leaser{"a": a, "b": b}
			for i, st := range tt.steps {
				s := stores[st.who]
				holder := "replica-" + st.who
				var ok bool
				var err error
				switch st.op {
				case "sleep":
					time.Sleep(st.sleep)
					continue
				case "acquire":
					ok, err = s.AcquireLease(ctx, box, holder, st.ttl)
				case "renew":
					ok, err = s.RenewLease(ctx, box, holder, st.ttl)
				case "release":
					if err := s.ReleaseLease(ctx, box, holder); err != nil {
						t.Fatalf("step %d: %s release: %v", i, st.who, err)
					}
					continue
				}
				if err != nil {
					t.Fatalf("step %d: %s %s: %v", i, st.who, st.op, err)
				}
				if ok != st.wantOK {
					t.Fatalf("step %d: %s %s = %v, want %v", i, st.who, st.op, ok, st.wantOK)
				}
			}
		})
	}

	t.Run("leases are independent", func(t *testing.T) {
		a, b := open(t)
		for _, c := range []struct {
			s      leaser
			holder string
			name   string
		}{{a, "replica-a", "box-1"}, {b, "replica-b", "box-2"}} {
			if ok, err := c.s.AcquireLease(ctx, c.name, c.holder, time.Hour); err != nil || !ok {
				t.Fatalf("%s acquire %s = %v, %v; want true", c.holder, c.name, ok, err)
			}
		}
	})

	t.Run("concurrent acquire", func(t *testing.T) {
		a, b := open(t)
		const racers = 8
		var wg sync.WaitGroup
		won := make(chan string, racers)
		for i := range racers {
			s := a
			if i%2 == 1 {
				s = b
			}
			wg.Add(1)
			go func(holder string) {
				defer wg.Done()
				ok, err := s.AcquireLease(ctx, box, holder, time.Hour)
				if err != nil {
					t.Errorf("%s: %v", holder, err)
				}
				if ok {
					won <- holder
				}
			}(string(rune('a' + i)))
		}
		wg.Wait()
		close(won)
		var winners []string
		for w := range won {
			winners = append(winners, w)
		}
		if len(winners) != 1 {
			t.Errorf("%d holders acquired one lease at once: %v; want exactly 1", len(winners), winners)
		}
	})

	t.Run("invalid", func(t *testing.T) {
		a, _ := open(t)
		for _, c := range []struct {
			name, holder string
			ttl          time.Duration
		}{{"", "h", time.Second}, {"n", "", time.Second}, {"n", "h", 0}} {
			if _, err := a.AcquireLease(ctx, c.name, c.holder, c.ttl); err == nil {
				t.Errorf("AcquireLease(%q, %q, %v) succeeded; want an error", c.name, c.holder, c.ttl)
			}
		}
	})
}
