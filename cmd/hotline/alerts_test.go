package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

func TestAlertsCommand(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "alerts.db")
	var stdout, stderr bytes.Buffer
	if err := run(ctx, []string{"alerts", "list", "--db", db}, &stdout, &stderr); err == nil {
		t.Fatal("alerts on a missing database succeeded; it must not create one")
	}
	if err := run(ctx, []string{"alerts", "--db", db}, &stdout, &stderr); !errors.Is(err, errUsage) {
		t.Fatalf("no verb: %v", err)
	}
	cfg, err := route.LoadConfig("testdata/demo/routing.yaml")
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.OpenSQLite(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: 1, MessageID: "x@shop", ContentHash: "h",
		From: "dana@shop.example", FromName: "Dana", Subject: "Third time!!!", Level: "HOT", Heat: 0.9}
	if _, err := st.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: 1}); err != nil {
		t.Fatal(err)
	}
	if err := route.New(st, cfg, route.Options{}).Observe(ctx, m); err != nil {
		t.Fatal(err)
	}
	st.Close()

	steps := []struct {
		args []string
		want []string
		err  error
	}{
		{[]string{"list"}, []string{"ID  STATE", "1   OPEN", "alice", "dana@shop.example", "Third time!!!"}, nil},
		{[]string{"show", "1"}, []string{"Alert #1  OPEN", "From:      Dana <dana@shop.example>", "opened", "queued", "alert-1/s0-r0/alice/email  pending"}, nil},
		{[]string{"ack", "1", "--by", "bob"}, []string{"alert 1 acknowledged by bob; escalation stopped"}, nil},
		{[]string{"ack", "1", "--by", "carol"}, []string{"already acknowledged by bob"}, nil},
		{[]string{"resolve", "#1", "--by", "bob"}, []string{"alert 1 resolved by bob"}, nil},
		{[]string{"list"}, []string{"no alerts"}, nil},
		{[]string{"list", "--state", "resolved"}, []string{"1   RESOLVED"}, nil},
		{[]string{"show", "2"}, nil, errors.New("alert 2 not found")},
		{[]string{"ack", "x"}, nil, errUsage},
		{[]string{"list", "--state", "boiling"}, nil, errUsage},
	}
	for _, s := range steps {
		stdout.Reset()
		err := run(ctx, append(append([]string{"alerts"}, s.args...), "--db", db), &stdout, &stderr)
		if s.err != nil {
			if err == nil || (!errors.Is(err, s.err) && !strings.Contains(err.Error(), s.err.Error())) {
				t.Errorf("%v: error %v, want %v", s.args, err, s.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%v: %v", s.args, err)
			continue
		}
		for _, w := range s.want {
			if !strings.Contains(stdout.String(), w) {
				t.Errorf("%v: output lacks %q:\n%s", s.args, w, stdout.String())
			}
		}
	}
}
