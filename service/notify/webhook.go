package notify

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/hotline/hotline/service/store"
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
//
// A webhook URL is a credential (a Slack incoming-webhook URL is all it
// takes to post into the channel), so no error from Notify carries more of
// it than scheme and host (see RedactURL), and redirects are never
// followed: a 3xx answer would send the signed payload to an address
// nobody configured.
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
	// Call leads the document when the customer asked for a call or the
	// mail is hot and it holds a number.
	Call           *CallPayload `json:"call,omitempty"`
	IdempotencyKey string       `json:"idempotency_key"`
	// History is the customer's history line; empty for a first mail.
	History        string                 `json:"history,omitempty"`
	AlertID        int64                  `json:"alert_id"`
	Kind           store.NotificationKind `json:"kind"`
	Step           int                    `json:"step"`
	Person         string                 `json:"person"`
	From           string                 `json:"from"`
	FromName       string                 `json:"from_name,omitempty"`
	Subject        string                 `json:"subject"`
	Anger          float64                `json:"anger"`
	Urgency        float64                `json:"urgency"`
	Heat           float64                `json:"heat"`
	Level          string                 `json:"level"`
	Reasons        []string               `json:"reasons"`
	Excerpt        string                 `json:"excerpt,omitempty"`
	ReceivedAt     time.Time              `json:"received_at"`
	WaitingSeconds int64                  `json:"waiting_seconds"`
	AckURL         string                 `json:"ack_url"`
	Checklist      []string               `json:"checklist"`
}

// CallPayload is who to call back, in the plain webhook format.
type CallPayload struct {
	Name    string   `json:"name"`
	Number  string   `json:"number"` // E.164
	Link    string   `json:"link"`   // tel: URI
	Display string   `json:"display"`
	Others  []string `json:"others,omitempty"`
	Asked   bool     `json:"asked"`
}

func (w *Webhook) body(n Notification) ([]byte, error) {
	var call *CallPayload
	if c := n.CallFirst(); c != nil {
		call = &CallPayload{Name: c.Name, Number: c.Number, Link: c.Link(), Display: c.Display, Others: c.Others, Asked: c.Asked}
	}
	if !w.Slack {
		return json.Marshal(Payload{Call: call, History: n.History(),
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
	if h := n.History(); h != "" {
		detail += "*History:* " + slackEscape(h) + "\n"
	}
	if n.Excerpt != "" {
		detail += "> " + slackEscape(n.Excerpt) + "\n"
	}
	// The top-level text is what notifications and clients without blocks
	// show, and Slack parses it as mrkdwn, so the customer's subject and
	// name there are escaped like the blocks. The header block is
	// plain_text, which Slack shows verbatim: no link or mention in it is
	// ever expanded.
	blocks := []block{{Type: "header", Text: &text{Type: "plain_text", Text: n.Headline()}}}
	top := slackEscape(n.Headline())
	if call != nil {
		// Slack turns <tel:...|label> into a link the phone app opens.
		line := fmt.Sprintf("*Call %s:* <%s|%s>", slackEscape(call.Name), call.Link, call.Display)
		blocks = []block{{Type: "section", Text: &text{Type: "mrkdwn", Text: line}}, blocks[0]}
		top = line + " · " + top
	}
	return json.Marshal(map[string]any{
		"text": top,
		"blocks": append(blocks, []block{
			{Type: "section", Text: &text{Type: "mrkdwn", Text: detail}},
			{Type: "actions", Elements: []any{map[string]any{
				"type": "button", "text": text{Type: "plain_text", Text: "I'm taking this"},
				"url": n.AckURL, "style": "danger",
			}}},
			{Type: "section", Text: &text{Type: "mrkdwn", Text: "*How to answer*\n" + checklist.String()}},
		}...),
	})
}

// Notify POSTs n to n.Address. 2xx is success; 4xx other than 408 and 429
// is permanent, and so is a redirect; everything else is retried.
func (w *Webhook) Notify(ctx context.Context, n Notification) error {
	body, err := w.body(n)
	if err != nil {
		return Permanent(fmt.Errorf("encode webhook payload: %w", err))
	}
	where := RedactURL(n.Address)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.Address, bytes.NewReader(body))
	if err != nil {
		return Permanent(fmt.Errorf("webhook request to %s: %w", where, redactURLError(err)))
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
	resp, err := w.client().Do(req)
	if err != nil {
		return fmt.Errorf("webhook post to %s: %w", where, redactURLError(err))
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return nil
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		to := "nowhere"
		if loc := resp.Header.Get("Location"); loc != "" {
			to = RedactURL(loc)
			if u, err := req.URL.Parse(loc); err == nil {
				to = RedactURL(u.String())
			}
		}
		return Permanent(fmt.Errorf("webhook post to %s: %s redirects to %s; redirects are not followed, configure the final URL", where, resp.Status, to))
	case resp.StatusCode == http.StatusRequestTimeout, resp.StatusCode == http.StatusTooManyRequests:
		return fmt.Errorf("webhook post to %s: %s", where, resp.Status)
	case resp.StatusCode >= 400 && resp.StatusCode < 500:
		return Permanent(fmt.Errorf("webhook post to %s: %s", where, resp.Status))
	default:
		return fmt.Errorf("webhook post to %s: %s", where, resp.Status)
	}
}

// client returns the configured client, or the default, in either case
// with redirects turned into answers instead of followed.
func (w *Webhook) client() *http.Client {
	c := &http.Client{Timeout: 10 * time.Second}
	if w.Client != nil {
		copied := *w.Client
		c = &copied
	}
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return c
}

// RedactURL returns only the scheme and host of a URL, which is what logs,
// errors, alert history and API answers may show of a webhook: the path and
// query of an incoming-webhook URL are its secret. A string that does not
// parse as a URL with a host is shown as "(invalid URL)".
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "(invalid URL)"
	}
	return (&url.URL{Scheme: u.Scheme, Host: u.Host}).String()
}

// DisplayAddress is an outbox address as it may be shown: mail addresses
// as they are, webhook URLs redacted to scheme and host.
func DisplayAddress(channel store.Channel, address string) string {
	if channel == store.ChannelEmail {
		return address
	}
	return RedactURL(address)
}

// redactURLError removes the URL that net/http puts into its errors
// (*url.Error quotes the whole request URL, path and query included).
func redactURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return &url.Error{Op: ue.Op, URL: RedactURL(ue.URL), Err: ue.Err}
	}
	return err
}

// slackEscape escapes the three characters Slack's mrkdwn treats as markup,
// so a customer's subject cannot inject links or mentions.
func slackEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
