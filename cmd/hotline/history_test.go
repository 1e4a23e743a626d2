package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hotline/hotline/internal/clock"
	"github.com/hotline/hotline/service/history"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

func TestCustomerCommandAndAlertHistory(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "h.db")
	st, err := store.OpenSQLite(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cfg, err := route.ParseConfig(strings.NewReader(`
people: [{name: alice, email: alice@support.example.com}]
chains: [{name: c, steps: [{notify: [alice], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: c}]
`))
	if err != nil {
		t.Fatal(err)
	}
	book, err := history.New(st, history.Options{IsTeam: cfg.IsTeam})
	if err != nil {
		t.Fatal(err)
	}
	c := clock.NewFake(time.Now().Add(-30 * time.Hour))
	r := route.New(st, cfg, route.Options{Clock: c, History: book.Note})
	for i := 1; i <= 3; i++ {
		m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: uint32(i), MessageID: fmt.Sprintf("d%d@shop", i),
			ContentHash: fmt.Sprint(i), From: "dana@shop.example", FromName: "Dana", Subject: fmt.Sprintf("Question %d", i),
			Level: "COOL", RecordedAt: c.Now()}
		if _, err := st.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: uint32(i)}); err != nil {
			t.Fatal(err)
		}
		if err := r.Observe(ctx, m); err != nil {
			t.Fatal(err)
		}
		c.Advance(12 * time.Hour)
	}
	var out bytes.Buffer
	if err := run(ctx, []string{"alerts", "show", "1", "--db", db}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "History:   3rd mail since") || !strings.Contains(out.String(), "no reply yet") {
		t.Errorf("alerts show lacks the history line:\n%s", out.String())
	}
	out.Reset()
	if err := run(ctx, []string{"customer", "dana@shop.example", "--db", db}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Customer:  dana@shop.example", "Unanswered: 3 (next mail: HOT)", "Question 1", "alert #1 OPEN"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("customer output lacks %q:\n%s", want, out.String())
		}
	}
	if err := run(ctx, []string{"customer", "nobody", "--db", db}, &out, io.Discard); err == nil {
		t.Error("customer accepted an address without @")
	}
}
