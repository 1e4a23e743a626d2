package ack_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hotline/hotline/service/ack"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

func TestCalledByLink(t *testing.T) {
	ctx := context.Background()
	cfg, err := route.ParseConfig(strings.NewReader(`
people: [{name: alice, email: alice@support.example.com}]
chains: [{name: c, steps: [{notify: [alice], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: c}]
`))
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "ack.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := route.New(st, cfg, route.Options{})
	m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: 1, MessageID: "c1", ContentHash: "c1",
		From: "claire@florist.example", FromName: "Claire", Subject: "Call me", Level: "HOT", Heat: 0.9}
	if _, err := st.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: 1}); err != nil {
		t.Fatal(err)
	}
	if err := r.Observe(ctx, m); err != nil {
		t.Fatal(err)
	}
	signer, err := ack.NewSigner([]byte("0123456789abcdef"), "http://x/ack", time.Hour, nil)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(&ack.Handler{Signer: signer, Alerts: r})
	defer hs.Close()
	tok := signer.Token(1, "alice")

	resp, err := http.Get(hs.URL + "?token=" + url.QueryEscape(tok))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "I called them back") {
		t.Fatalf("confirm page offers no call button:\n%s", body)
	}
	resp, err = http.PostForm(hs.URL, url.Values{"token": {tok}, "called": {"1"}})
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "Call recorded") {
		t.Fatalf("called = %d:\n%s", resp.StatusCode, body)
	}
	a, err := st.GetAlert(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if a.AckVia != store.ViaCall || a.AckedBy != "alice" || !a.NextDueAt.IsZero() {
		t.Errorf("after the call: via %q by %q next %v", a.AckVia, a.AckedBy, a.NextDueAt)
	}
	// A plain GET still changes nothing, and offers the call again to its owner.
	resp, err = http.Get(hs.URL + "?token=" + url.QueryEscape(tok))
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "Did you call them?") {
		t.Errorf("owner's page after the call:\n%s", body)
	}
}
