// Package ack lets a paged person take an alert from anywhere with one
// signed link: the link carries an HMAC-signed, expiring token naming the
// alert and the person, so no login is needed and nothing can be forged.
package ack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Token errors. Both are shown to the person as a plain page.
var (
	ErrInvalidToken = errors.New("acknowledge link is not valid")
	ErrExpiredToken = errors.New("acknowledge link has expired")
)

// Claims is what a token asserts.
type Claims struct {
	AlertID int64
	Person  string
	Expires time.Time
}

// Signer mints and checks acknowledge tokens and links.
type Signer struct {
	key     []byte
	baseURL string
	ttl     time.Duration
	now     func() time.Time
}

// NewSigner returns a signer using key (at least 16 bytes) that builds links
// under baseURL (e.g. "https://hotline.example.com/ack") valid for ttl.
func NewSigner(key []byte, baseURL string, ttl time.Duration, now func() time.Time) (*Signer, error) {
	if len(key) < 16 {
		return nil, fmt.Errorf("ack signing key is %d bytes, want at least 16", len(key))
	}
	if _, err := url.Parse(baseURL); err != nil {
		return nil, fmt.Errorf("ack base url: %w", err)
	}
	if ttl <= 0 {
		ttl = 7 * 24 * time.Hour
	}
	if now == nil {
		now = time.Now
	}
	return &Signer{key: key, baseURL: baseURL, ttl: ttl, now: now}, nil
}

var b64 = base64.RawURLEncoding

// Token returns a token for person to acknowledge alertID.
func (s *Signer) Token(alertID int64, person string) string {
	payload := fmt.Sprintf("v1.%d.%d.%s", alertID, s.now().Add(s.ttl).Unix(), person)
	return b64.EncodeToString([]byte(payload)) + "." + b64.EncodeToString(s.mac(payload))
}

// URL returns the acknowledge link for person and alertID.
func (s *Signer) URL(alertID int64, person string) string {
	return s.baseURL + "?token=" + url.QueryEscape(s.Token(alertID, person))
}

func (s *Signer) mac(payload string) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(payload))
	return m.Sum(nil)
}

// Verify checks the signature first, then the expiry.
func (s *Signer) Verify(token string) (Claims, error) {
	p64, sig64, ok := strings.Cut(token, ".")
	if !ok {
		return Claims{}, ErrInvalidToken
	}
	payload, err1 := b64.DecodeString(p64)
	sig, err2 := b64.DecodeString(sig64)
	if err1 != nil || err2 != nil || !hmac.Equal(sig, s.mac(string(payload))) {
		return Claims{}, ErrInvalidToken
	}
	parts := strings.SplitN(string(payload), ".", 4)
	if len(parts) != 4 || parts[0] != "v1" {
		return Claims{}, ErrInvalidToken
	}
	id, err1 := strconv.ParseInt(parts[1], 10, 64)
	exp, err2 := strconv.ParseInt(parts[2], 10, 64)
	if err1 != nil || err2 != nil {
		return Claims{}, ErrInvalidToken
	}
	c := Claims{AlertID: id, Person: parts[3], Expires: time.Unix(exp, 0)}
	if !s.now().Before(c.Expires) {
		return c, ErrExpiredToken
	}
	return c, nil
}
