package ack

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestTokens(t *testing.T) {
	now := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	s, err := NewSigner([]byte("0123456789abcdef"), "https://h.example/ack", time.Hour, clock)
	if err != nil {
		t.Fatal(err)
	}
	other, _ := NewSigner([]byte("fedcba9876543210"), "https://h.example/ack", time.Hour, clock)
	tok := s.Token(42, "alice.smith")
	c, err := s.Verify(tok)
	if err != nil || c.AlertID != 42 || c.Person != "alice.smith" || !c.Expires.Equal(now.Add(time.Hour)) {
		t.Fatalf("Verify = %+v, %v", c, err)
	}
	p64, sig, _ := strings.Cut(tok, ".")
	forged := b64.EncodeToString([]byte("v1.43." + strings.SplitN(string(mustDecode(t, p64)), ".", 4)[2] + ".alice.smith"))
	tests := []struct {
		name  string
		token string
		want  error
	}{
		{"empty", "", ErrInvalidToken},
		{"no signature", p64, ErrInvalidToken},
		{"other alert, same signature", forged + "." + sig, ErrInvalidToken},
		{"flipped signature", p64 + "." + flip(sig), ErrInvalidToken},
		{"other key", other.Token(42, "alice.smith"), ErrInvalidToken},
		{"garbage", "!!!.???", ErrInvalidToken},
	}
	for _, tt := range tests {
		if _, err := s.Verify(tt.token); !errors.Is(err, tt.want) {
			t.Errorf("%s: err %v, want %v", tt.name, err, tt.want)
		}
	}
	now = now.Add(time.Hour)
	if _, err := s.Verify(tok); !errors.Is(err, ErrExpiredToken) {
		t.Errorf("expired token: err %v", err)
	}
	if !strings.HasPrefix(s.URL(1, "bob"), "https://h.example/ack?token=") {
		t.Errorf("URL %q", s.URL(1, "bob"))
	}
	if _, err := NewSigner([]byte("short"), "https://x", time.Hour, nil); err == nil {
		t.Error("short key accepted")
	}
}

func mustDecode(t *testing.T, s string) []byte {
	b, err := b64.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func flip(s string) string {
	b := []byte(s)
	if b[0] == 'A' {
		b[0] = 'B'
	} else {
		b[0] = 'A'
	}
	return string(b)
}
