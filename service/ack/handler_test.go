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

func TestHandler(t *testing.T) {
	ctx := context.Background()
	cfg, err := route.ParseConfig(strings.NewReader(`
people: [{name: alice, email: alice@support.example.com}, {name: bob, email: bob@support.example.com}]
chains: [{name: c, steps: [{notify: [alice, bob], timeout: 10m}]}]
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
	for i, from := range []string{"dana@shop.example", "erik@else.example"} {
		m := store.Message{Mailbox: "s/INBOX", UIDValidity: 1, UID: uint32(i + 1), MessageID: from, ContentHash: from,
			From: from, FromName: `<script>alert("x")</script>`, Subject: "Down!!!", Level: "HOT", Heat: 0.9}
		if _, err := st.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: uint32(i + 1)}); err != nil {
			t.Fatal(err)
		}
		if err := r.Observe(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	clock := func() time.Time { return now }
	signer, err := ack.NewSigner([]byte("0123456789abcdef"), "http://x/ack", time.Hour, clock)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(&ack.Handler{Signer: signer, Alerts: r})
	defer hs.Close()
	aliceTok, bobTok := signer.Token(1, "alice"), signer.Token(1, "bob")
	expired := signer.Token(2, "alice")
	if _, err := r.Resolve(ctx, 2, "carol"); err != nil {
		t.Fatal(err)
	}

	do := func(method, token string) (int, string) {
		t.Helper()
		var resp *http.Response
		var err error
		if method == http.MethodPost {
			resp, err = http.PostForm(hs.URL, url.Values{"token": {token}})
		} else {
			req, _ := http.NewRequest(method, hs.URL+"?token="+url.QueryEscape(token), nil)
			resp, err = http.DefaultClient.Do(req)
		}
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if ref := resp.Header.Get("Referrer-Policy"); ref != "no-referrer" {
			t.Errorf("Referrer-Policy %q", ref)
		}
		return resp.StatusCode, string(b)
	}
	steps := []struct {
		name, method, token string
		code                int
		want                string
		state               store.State // alert 1's state afterwards
	}{
		{"GET only asks", http.MethodGet, aliceTok, 200, "I'm taking this, alice", store.AlertOpen},
		{"GET escapes", http.MethodGet, aliceTok, 200, "&lt;script&gt;", store.AlertOpen},
		{"tampered", http.MethodPost, aliceTok[:len(aliceTok)-2] + "xx", 400, "Link not valid", store.AlertOpen},
		{"wrong method", http.MethodDelete, aliceTok, 405, "Method not allowed", store.AlertOpen},
		{"POST takes it", http.MethodPost, bobTok, 200, "It&#39;s yours, bob", store.AlertAcknowledged},
		{"second person sees the owner", http.MethodPost, aliceTok, 200, "bob acknowledged this first", store.AlertAcknowledged},
		{"GET after ack", http.MethodGet, aliceTok, 200, "Already taken", store.AlertAcknowledged},
		{"resolved alert", http.MethodPost, expired, 409, "Already resolved", store.AlertAcknowledged},
		{"unknown alert", http.MethodPost, signer.Token(99, "alice"), 404, "Alert not found", store.AlertAcknowledged},
	}
	for _, s := range steps {
		code, body := do(s.method, s.token)
		if code != s.code || !strings.Contains(body, s.want) {
			t.Errorf("%s: %d, want %d with %q:\n%s", s.name, code, s.code, s.want, body)
		}
		if strings.Contains(body, "<script>") {
			t.Errorf("%s: unescaped markup in page", s.name)
		}
		if a, _ := st.GetAlert(ctx, 1); a.State != s.state {
			t.Errorf("%s: alert state %s, want %s", s.name, a.State, s.state)
		}
	}
	now = now.Add(2 * time.Hour)
	if code, body := do(http.MethodPost, aliceTok); code != 410 || !strings.Contains(body, "Link expired") {
		t.Errorf("expired: %d %s", code, body)
	}
}
