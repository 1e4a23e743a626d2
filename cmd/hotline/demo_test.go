package main

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer collects output written from several goroutines and signals
// each write.
type syncBuffer struct {
	mu    sync.Mutex
	b     bytes.Buffer
	wrote chan struct{}
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case s.wrote <- struct{}{}:
	default:
	}
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestDemo runs the demo end to end (IMAP memserver, ingester, classifier,
// router, SMTP server) and waits for each stage to show up in its output.
func TestDemo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{wrote: make(chan struct{}, 1)}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"demo", "--config", "testdata/demotest/routing.yaml", "--interval", "300ms",
			"--db", t.TempDir() + "/demo.db"}, out, out)
	}()
	wants := []string{
		`mail     COOL`,
		`ALERT #1 opened: Dana Whitfield <dana@harbor-bakery.example>`,
		`SMTP     to alice@hotline-demo.example: [Hotline #1] Hot customer Dana Whitfield`,
		`How to answer:`,
		`ALERT #1 updated, no new page`,
		`ALERT #1 ESCALATED: no acknowledgement from alice; now step 2: bob`,
		`SMTP     to bob@hotline-demo.example: [Hotline #1] Escalated`,
		`ACKNOWLEDGED by carol@hotline-demo.example via reply`,
	}
	deadline := time.After(60 * time.Second)
	for missing := wants; len(missing) > 0; {
		select {
		case <-out.wrote:
		case err := <-done:
			t.Fatalf("demo ended early: %v\n%s", err, out)
		case <-deadline:
			t.Fatalf("demo output lacks %q:\n%s", missing, out)
		}
		s := out.String()
		kept := missing[:0]
		for _, w := range missing {
			if !strings.Contains(s, w) {
				kept = append(kept, w)
			}
		}
		missing = kept
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("demo stopped with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("demo did not stop after cancel")
	}
	if !strings.Contains(out.String(), "stopped.") {
		t.Errorf("no clean stop message:\n%s", out)
	}
}
