package api

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestDeadlineContext(t *testing.T) {
	t.Run("deadline passes without Done", func(t *testing.T) {
		c := withDeadline(context.Background(), time.Now().Add(20*time.Millisecond))
		defer c.release()
		if err := c.Err(); err != nil {
			t.Fatalf("Err before the deadline = %v", err)
		}
		time.Sleep(30 * time.Millisecond)
		if err := c.Err(); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("Err after the deadline = %v, want DeadlineExceeded", err)
		}
		select {
		case <-c.Done():
		default:
			t.Fatal("Done not closed although Err is set")
		}
	})
	t.Run("Done closes at the deadline", func(t *testing.T) {
		c := withDeadline(context.Background(), time.Now().Add(20*time.Millisecond))
		defer c.release()
		select {
		case <-c.Done():
		case <-time.After(5 * time.Second):
			t.Fatal("Done not closed after the deadline")
		}
		if err := c.Err(); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("Err = %v, want DeadlineExceeded", err)
		}
	})
	t.Run("parent ends first", func(t *testing.T) {
		parent, cancel := context.WithCancel(context.Background())
		c := withDeadline(parent, time.Now().Add(time.Hour))
		defer c.release()
		done := c.Done()
		cancel()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatal("Done not closed after the parent ended")
		}
		if err := c.Err(); !errors.Is(err, context.Canceled) {
			t.Fatalf("Err = %v, want Canceled", err)
		}
	})
	t.Run("parent ended, Done never asked", func(t *testing.T) {
		parent, cancel := context.WithCancel(context.Background())
		c := withDeadline(parent, time.Now().Add(time.Hour))
		defer c.release()
		cancel()
		if err := c.Err(); !errors.Is(err, context.Canceled) {
			t.Fatalf("Err = %v, want Canceled", err)
		}
	})
	t.Run("release cancels", func(t *testing.T) {
		c := withDeadline(context.Background(), time.Now().Add(time.Hour))
		done := c.Done()
		c.release()
		select {
		case <-done:
		default:
			t.Fatal("Done not closed by release")
		}
		if err := c.Err(); !errors.Is(err, context.Canceled) {
			t.Fatalf("Err after release = %v, want Canceled", err)
		}
	})
	t.Run("earlier parent deadline wins", func(t *testing.T) {
		parent, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		c := withDeadline(parent, time.Now().Add(time.Hour))
		defer c.release()
		pd, _ := parent.Deadline()
		if d, ok := c.Deadline(); !ok || !d.Equal(pd) {
			t.Fatalf("Deadline = %v, %v; want the parent's %v", d, ok, pd)
		}
	})
	t.Run("values come from the parent", func(t *testing.T) {
		type key struct{}
		c := withDeadline(context.WithValue(context.Background(), key{}, "v"), time.Now().Add(time.Hour))
		defer c.release()
		if got := c.Value(key{}); got != "v" {
			t.Fatalf("Value = %v, want v", got)
		}
	})
}
