package notify

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Webhook headers. The signature is "sha256=" followed by the hex
// HMAC-SHA256 of the timestamp, a dot and the body, keyed with the shared
// secret; receivers recompute it and reject stale timestamps.
const (
	SignatureHeader   = "X-Hotline-Signature"
	TimestampHeader   = "X-Hotline-Timestamp"
	IdempotencyKeyHdr = "Idempotency-Key"
)

// Webhook POSTs notifications as JSON, either Hotline's own document or a
// Slack-compatible {"text", "blocks"} payload.
type Webhook struct {
	// Client sends the request; its Timeout bounds each attempt. Default:
	// a client with a 10s timeout.
	Client *http.Client
	// Secret signs every request; empty disables the signature header.
	Secret []byte
	// Slack selects the Slack-compatible payload.
	Slack bool
	// Now stamps the timestamp header; default time.Now.
	Now func() time.Time
}

// Sign computes the signature header value for a timestamp and body.
func Sign(secret []byte, timestamp string, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(timestamp))
	m.Write([]byte("."))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Verify checks a signature header value in constant time.
func Verify(secret []byte, timestamp string, body []byte, signature string) bool {
	return hmac.Equal([]byte(Sign(secret, timestamp, body)), []byte(signature))
}

// Payload is the JSON document of the plain webhook format.
type Payload struct {
	IdempotencyKey string    `json:"idempotency_key"`
	AlertID        int64     `json:"alert_id"`
	Kind           string    `json:"kind"`
	Step           int       `json:"step"`
	Person         string    `json:"person"`
	From           string    `json:"from"`
	FromName       string    `json:"from_name,omitempty"`
	Subject        string    `json:"subject"`
	Anger          float64   `json:"anger"`
	Urgency        float64   `json:"urgency"`
	Heat           float64   `json:"heat"`
	Level          string    `json:"level"`
	Reasons        []string  `json:"reasons"`
	Excerpt        string    `json:"excerpt,omitempty"`
	ReceivedAt     time.Time `json:"received_at"`
	WaitingSeconds int64     `json:"waiting_seconds"`
	AckURL         string    `json:"ack_url"`
	Checklist      []string  `json:"checklist"`
}

func (w *Webhook) body(n Notification) ([]byte, error) {
	if !w.Slack {
		return json.Marshal(Payload{
			IdempotencyKey: n.Key, AlertID: n.AlertID, Kind: n.Kind, Step: n.Step, Person: n.Person,
			From: n.From, FromName: n.FromName, Subject: n.Subject, Anger: n.Anger, Urgency: n.Urgency,
			Heat: n.Heat, Level: n.Level, Reasons: n.ReasonSummary(), Excerpt: n.Excerpt,
			ReceivedAt: n.ReceivedAt, WaitingSeconds: int64(n.Waiting.Seconds()), AckURL: n.AckURL,
			Checklist: Checklist,
		})
	}
	type text struct {
		Type string `json:"type"`
		Text string `json:"text"`
	}
	type block struct {
		Type     string `json:"type"`
		Text     *text  `json:"text,omitempty"`
		Elements []any  `json:"elements,omitempty"`
	}
	var reasons, checklist bytes.Buffer
	for _, r := range n.ReasonSummary() {
		fmt.Fprintf(&reasons, "• %s\n", slackEscape(r))
	}
	for i, c := range Checklist {
		fmt.Fprintf(&checklist, "%d. %s\n", i+1, c)
	}
	detail := fmt.Sprintf("*%s* %s\n*%s*\nanger %.2f · urgency %.2f · heat %.2f\n%s", slackEscape(n.FromName),
		slackEscape("<"+n.From+">"), slackEscape(n.Subject), n.Anger, n.Urgency, n.Heat, reasons.String())
	if n.Excerpt != "" {
		detail += "> " + slackEscape(n.Excerpt) + "\n"
	}
	return json.Marshal(map[string]any{
		"text": n.Headline(),
		"blocks": []block{
			{Type: "header", Text: &text{Type: "plain_text", Text: n.Headline()}},
			{Type: "section", Text: &text{Type: "mrkdwn", Text: detail}},
			{Type: "actions", Elements: []any{map[string]any{
				"type": "button", "text": text{Type: "plain_text", Text: "I'm taking this"},
				"url": n.AckURL, "style": "danger",
			}}},
			{Type: "section", Text: &text{Type: "mrkdwn", Text: "*How to answer*\n" + checklist.String()}},
		},
	})
}

// Notify POSTs n to n.Address. 2xx is success; 4xx other than 408 and 429
// is permanent; everything else is retried.
func (w *Webhook) Notify(ctx context.Context, n Notification) error {
	body, err := w.body(n)
	if err != nil {
		return Permanent(fmt.Errorf("encode webhook payload: %w", err))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.Address, bytes.NewReader(body))
	if err != nil {
		return Permanent(fmt.Errorf("webhook request: %w", err))
	}
	now := time.Now
	if w.Now != nil {
		now = w.Now
	}
	ts := strconv.FormatInt(now().Unix(), 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "hotline")
	req.Header.Set(IdempotencyKeyHdr, n.Key)
	req.Header.Set(TimestampHeader, ts)
	if len(w.Secret) > 0 {
		req.Header.Set(SignatureHeader, Sign(w.Secret, ts, body))
	}
	client := w.Client
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second}
	}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("webhook post: %w", err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return nil
	case resp.StatusCode == http.StatusRequestTimeout, resp.StatusCode == http.StatusTooManyRequests:
		return fmt.Errorf("webhook post: %s", resp.Status)
	case resp.StatusCode >= 400 && resp.StatusCode < 500:
		return Permanent(fmt.Errorf("webhook post: %s", resp.Status))
	default:
		return fmt.Errorf("webhook post: %s", resp.Status)
	}
}

// slackEscape escapes the three characters Slack's mrkdwn treats as markup,
// so a customer's subject cannot inject links or mentions.
func slackEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
