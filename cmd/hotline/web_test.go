package main

import (
	"context"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeTeamPageOffWithoutSignIn checks that serve never shows the team
// page to everybody: without tokens or a proxy header it is not served.
func TestServeTeamPageOffWithoutSignIn(t *testing.T) {
	dir := t.TempDir()
	ready := filepath.Join(dir, "ready.json")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logs := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--listen", "127.0.0.1:0", "--metrics-listen", "127.0.0.1:0", "--ready-file", ready,
			"--db", filepath.Join(dir, "h.db")}, io.Discard, logs)
	}()
	info := waitReady(t, ready, done)
	for path, want := range map[string]int{"/": http.StatusNotFound, "/signin": http.StatusNotFound, "/healthz": http.StatusOK} {
		if _, code := httpGet(t, "http://"+info.Metrics+path); code != want {
			t.Errorf("GET %s = %d, want %d", path, code, want)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logs.String(), "team page off") {
		t.Errorf("logs do not say why the team page is off:\n%s", logs)
	}
}

func TestServeWebFlagErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--web-auth-role", "root"},
		{"--web-auth-header", "X Forwarded User"},
	} {
		_, err := serveFlags(args, io.Discard)
		if err == nil || !strings.Contains(err.Error(), "--web-auth") {
			t.Errorf("serve %v: err = %v, want a usage error naming the flag", args, err)
		}
	}
}
