package storetest

import (
	"context"
	"testing"
	"time"
)

// leaseCounter is what replicas use to learn how many of them are live.
type leaseCounter interface {
	leaser
	CountLeases(ctx context.Context, prefix string) (int, error)
}

// testCountLeases checks that only live leases with the prefix count, as
// both handles see them.
func testCountLeases(t *testing.T, a, b leaseCounter) {
	ctx := context.Background()
	const ttl = 500 * time.Millisecond
	for _, l := range []struct {
		s            leaseCounter
		name, holder string
		ttl          time.Duration
	}{
		{a, "replica:a", "a", ttl},
		{b, "replica:b", "b", time.Hour},
		{b, "replica_%", "c", time.Hour}, // not matched by "replica:"
		{a, "support@hotline.example/INBOX", "a", time.Hour},
	} {
		if ok, err := l.s.AcquireLease(ctx, l.name, l.holder, l.ttl); !ok || err != nil {
			t.Fatalf("acquire %s: %v %v", l.name, ok, err)
		}
	}
	count := func(s leaseCounter, prefix string, want int) {
		t.Helper()
		n, err := s.CountLeases(ctx, prefix)
		if err != nil || n != want {
			t.Errorf("CountLeases(%q) = %d, %v; want %d", prefix, n, err, want)
		}
	}
	count(a, "replica:", 2)
	count(b, "replica:", 2)
	count(a, "replica_", 1)
	count(a, "", 4)
	if err := b.ReleaseLease(ctx, "replica:b", "b"); err != nil {
		t.Fatal(err)
	}
	count(a, "replica:", 1)
	time.Sleep(ttl + 100*time.Millisecond)
	count(b, "replica:", 0)
}
