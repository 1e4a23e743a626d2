package notify_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/http"
	"net/http/httptest"
	"net/mail"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hotline/hotline/internal/clock"
	"github.com/hotline/hotline/service/ack"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/notify/smtptest"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

const cfgYAML = `
people:
  - {name: alice, email: alice@support.example.com, webhook: "%WEBHOOK%"}
  - {name: bob, email: bob@support.example.com}
chains:
  - name: senior
    steps:
      - {notify: [alice], timeout: 10m}
      - {notify: [bob], timeout: 10m}
routes:
  - {name: hot, default: true, chain: senior}
`

type fixture struct {
	st     *store.SQLite
	clock  *clock.Fake
	router *route.Router
	start  time.Time // when a test's alert was opened, for messages
}

func newFixture(t *testing.T, webhook string) *fixture {
	t.Helper()
	src := strings.ReplaceAll(cfgYAML, "%WEBHOOK%", webhook)
	if webhook == "" {
		src = strings.ReplaceAll(src, `, webhook: ""`, "")
	}
	cfg, err := route.ParseConfig(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	clock := clock.NewFake(time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC))
	return &fixture{st: st, clock: clock, router: route.New(st, cfg, route.Options{Clock: clock})}
}

func (f *fixture) hot(t *testing.T) store.Alert {
	t.Helper()
	m := store.Message{Mailbox: "support/INBOX", UIDValidity: 1, UID: 7, MessageID: "angry-1@shop.example",
		ContentHash: "h1", From: "dana@shop.example", FromName: "Dana Shop", Subject: "Third time: orders failing!!!",
		RecordedAt: f.clock.Now(), Level: "HOT", Heat: 0.91, Anger: 0.8, Urgency: 0.95,
		Reasons: []store.Reason{{Signal: "repeat_contact", Weight: 0.5, Phrase: "third time"}, {Signal: "lost_sales", Weight: 0.4, Phrase: "losing sales"}}}
	if _, err := f.st.RecordMessage(context.Background(), &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: 7}); err != nil {
		t.Fatal(err)
	}
	f.clock.Advance(90 * time.Second)
	if err := f.router.ObserveText(context.Background(), m, "This is the third time I write. We are losing sales every hour & nobody calls back."); err != nil {
		t.Fatal(err)
	}
	as, err := f.st.ListAlerts(context.Background(), store.AlertFilter{})
	if err != nil || len(as) != 1 {
		t.Fatalf("alerts: %v %d", err, len(as))
	}
	return as[0]
}

func TestEmailCarriesEverythingAndLinkAcknowledges(t *testing.T) {
	f := newFixture(t, "")
	srv, err := smtptest.Start(smtptest.Options{Username: "hotline", Password: "s3cret", TLS: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })

	mux := http.NewServeMux()
	web := httptest.NewServer(mux)
	t.Cleanup(web.Close)
	signer, err := ack.NewSigner([]byte("0123456789abcdef0123"), web.URL+"/ack", time.Hour, f.clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	mux.Handle("/ack", &ack.Handler{Signer: signer, Alerts: f.router, Checklist: notify.Checklist})

	email := &notify.Email{Addr: srv.Addr, From: "hotline@support.example.com", Username: "hotline",
		Password: "s3cret", TLSConfig: srv.ClientTLS, RequireTLS: true, Now: f.clock.Now}
	d := notify.NewDispatcher(f.st, notify.Options{
		Receivers: map[store.Channel]notify.Notifier{"email": email}, Clock: f.clock, AckURL: signer.URL,
		AckCommand: func(id int64, _ string) string { return "hotline alerts ack " + strconv.FormatInt(id, 10) },
	})
	a := f.hot(t)
	f.clock.Advance(30 * time.Second)
	if n, err := d.Flush(context.Background()); err != nil || n != 1 {
		t.Fatalf("Flush = %d, %v; want 1 sent", n, err)
	}
	got := srv.Mail()
	if len(got) != 1 {
		t.Fatalf("server got %d mails, want 1", len(got))
	}
	m := got[0]
	if !m.TLS {
		t.Error("alert mail was not sent over STARTTLS although the server offered it")
	}
	if m.User != "hotline" || strings.Join(m.To, ",") != "alice@support.example.com" || m.From != "hotline@support.example.com" {
		t.Fatalf("envelope user %q from %q to %v", m.User, m.From, m.To)
	}
	msg, err := mail.ReadMessage(strings.NewReader(string(m.Data)))
	if err != nil {
		t.Fatal(err)
	}
	dec := new(mime.WordDecoder)
	subject, _ := dec.DecodeHeader(msg.Header.Get("Subject"))
	if !strings.Contains(subject, "Dana Shop") || !strings.Contains(subject, "waiting 2m") || !strings.Contains(subject, "orders failing") {
		t.Errorf("subject %q", subject)
	}
	key := msg.Header.Get(notify.IdempotencyHeader)
	if key != "alert-1/s0-r0/alice/email" {
		t.Errorf("idempotency key %q", key)
	}
	if id := msg.Header.Get("Message-ID"); !strings.HasPrefix(id, "<hotline.alert-1.s0-r0.alice.email@") {
		t.Errorf("Message-ID %q", id)
	}
	text := plainPart(t, msg)
	wants := []string{"Dana Shop <dana@shop.example>", "waiting 2m", `repeat contact: "third time"`, `lost sales: "losing sales"`,
		"anger 0.80, urgency 0.95, heat 0.91 (HOT)", "We are losing sales every hour & nobody calls back.",
		"hotline alerts ack 1"}
	wants = append(wants, notify.Checklist...)
	for _, w := range wants {
		if !strings.Contains(text, w) {
			t.Errorf("mail text lacks %q", w)
		}
	}
	link := ""
	for _, line := range strings.Split(text, "\n") {
		if l := strings.TrimSpace(line); strings.HasPrefix(l, web.URL+"/ack?token=") {
			link = l
		}
	}
	if link == "" {
		t.Fatalf("no ack link in mail:\n%s", text)
	}
	if a2, _ := f.st.GetAlert(context.Background(), a.ID); a2.State != store.AlertNotified {
		t.Fatalf("state after delivery %s, want NOTIFIED", a2.State)
	}

	// GET shows a confirm button and changes nothing (link scanners).
	resp, err := http.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "I'm taking this, alice") || !strings.Contains(string(body), "Dana Shop") {
		t.Fatalf("GET %d:\n%s", resp.StatusCode, body)
	}
	if a2, _ := f.st.GetAlert(context.Background(), a.ID); a2.State != store.AlertNotified {
		t.Fatalf("GET changed state to %s", a2.State)
	}
	u, _ := url.Parse(link)
	resp, err = http.PostForm(web.URL+"/ack", url.Values{"token": {u.Query().Get("token")}})
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "It&#39;s yours, alice") {
		t.Fatalf("POST %d:\n%s", resp.StatusCode, body)
	}
	a2, _ := f.st.GetAlert(context.Background(), a.ID)
	if a2.State != store.AlertAcknowledged || a2.AckedBy != "alice" || a2.AckVia != "link" {
		t.Fatalf("after POST: %s by %q via %q", a2.State, a2.AckedBy, a2.AckVia)
	}
	// No reply shows up in the thread within an hour: alice, who took it,
	// is reminded; nobody else is paged.
	f.clock.Advance(time.Hour)
	if n, err := f.router.Tick(context.Background()); err != nil || n != 1 {
		t.Fatalf("answer check: %d, %v", n, err)
	}
	if n, err := d.Flush(context.Background()); err != nil || n != 1 {
		t.Fatalf("reminder flush: %d, %v", n, err)
	}
	got = srv.Mail()
	reminder, err := mail.ReadMessage(strings.NewReader(string(got[len(got)-1].Data)))
	if err != nil {
		t.Fatal(err)
	}
	subject, _ = dec.DecodeHeader(reminder.Header.Get("Subject"))
	if to := strings.Join(got[len(got)-1].To, ","); to != "alice@support.example.com" || !strings.Contains(subject, "no reply seen yet") {
		t.Fatalf("reminder to %s: %q", to, subject)
	}
	if text := plainPart(t, reminder); !strings.Contains(text, "If you answered by phone, resolve it (hotline alerts resolve 1)") {
		t.Errorf("reminder text:\n%s", text)
	}
}

func plainPart(t *testing.T, msg *mail.Message) string {
	t.Helper()
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("content type %q: %v", msg.Header.Get("Content-Type"), err)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err != nil {
			t.Fatalf("no text/plain part: %v", err)
		}
		if strings.HasPrefix(p.Header.Get("Content-Type"), "text/plain") {
			b, err := io.ReadAll(quotedprintable.NewReader(p))
			if err != nil {
				t.Fatal(err)
			}
			return strings.ReplaceAll(string(b), "\r\n", "\n")
		}
	}
}

// webhookSink fails the first request with 500, lets the second time out,
// and accepts from then on, checking each signature.
type webhookSink struct {
	t      *testing.T
	secret []byte
	mu     sync.Mutex
	calls  int
	keys   []string
	good   map[string]int // accepted deliveries per idempotency key
	body   []byte
}

func (s *webhookSink) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.calls++
	call := s.calls
	s.keys = append(s.keys, r.Header.Get("Idempotency-Key"))
	s.mu.Unlock()
	switch call {
	case 1:
		http.Error(w, "boom", http.StatusInternalServerError)
		return
	case 2:
		<-r.Context().Done() // hang until the client gives up
		return
	}
	if !notify.Verify(s.secret, r.Header.Get(notify.TimestampHeader), body, r.Header.Get(notify.SignatureHeader)) {
		s.t.Errorf("bad signature on call %d", call)
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	s.mu.Lock()
	s.good[r.Header.Get("Idempotency-Key")]++
	s.body = body
	s.mu.Unlock()
}

func TestWebhookRetriesUntilDeliveredOnce(t *testing.T) {
	sink := &webhookSink{t: t, secret: []byte("webhook-secret"), good: map[string]int{}}
	hs := httptest.NewServer(sink)
	t.Cleanup(hs.Close)
	f := newFixture(t, hs.URL+"/hook")
	wh := &notify.Webhook{Client: &http.Client{Timeout: 2 * time.Second}, Secret: sink.secret, Now: f.clock.Now}
	d := notify.NewDispatcher(f.st, notify.Options{
		Receivers: map[store.Channel]notify.Notifier{"webhook": wh, "email": notify.NotifierFunc(func(context.Context, notify.Notification) error { return nil })},
		Clock:     f.clock, BaseDelay: 2 * time.Second, Jitter: func() float64 { return 0 },
		AckURL: func(id int64, p string) string { return "https://hotline.example/ack?token=x" },
	})
	a := f.hot(t)
	// First pass: email goes out, webhook gets a 500.
	if n, err := d.Flush(context.Background()); err != nil || n != 1 {
		t.Fatalf("first flush %d %v, want 1 (email)", n, err)
	}
	if n, _ := d.Flush(context.Background()); n != 0 {
		t.Fatalf("retry before backoff: %d sent", n)
	}
	f.clock.Advance(time.Second) // attempt 1 backoff: 2s/2 with no jitter
	if n, err := d.Flush(context.Background()); err != nil || n != 0 {
		t.Fatalf("second flush %d %v, want timeout", n, err)
	}
	f.clock.Advance(2 * time.Second) // attempt 2 backoff: 4s/2
	if n, err := d.Flush(context.Background()); err != nil || n != 1 {
		t.Fatalf("third flush %d %v, want delivered", n, err)
	}
	f.clock.Advance(time.Hour)
	if n, _ := d.Flush(context.Background()); n != 0 {
		t.Fatalf("delivered again: %d", n)
	}
	sink.mu.Lock()
	defer sink.mu.Unlock()
	if sink.calls != 3 || len(sink.good) != 1 || sink.good["alert-1/s0-r0/alice/webhook"] != 1 {
		t.Fatalf("calls %d, accepted %v", sink.calls, sink.good)
	}
	for _, k := range sink.keys {
		if k != "alert-1/s0-r0/alice/webhook" {
			t.Errorf("attempt with key %q", k)
		}
	}
	for _, w := range []string{`"alert_id":1`, `"heat":0.91`, `"checklist":[`, `"ack_url":"https://hotline.example/ack?token=x"`} {
		if !strings.Contains(string(sink.body), w) {
			t.Errorf("payload lacks %s: %s", w, sink.body)
		}
	}
	items, _ := f.st.ListOutbox(context.Background(), a.ID)
	for _, it := range items {
		if it.Status != store.OutboxSent {
			t.Errorf("outbox %s status %s", it.Key, it.Status)
		}
		if it.Channel == "webhook" && it.Attempts != 3 {
			t.Errorf("webhook attempts %d, want 3", it.Attempts)
		}
	}
}

func TestPermanentFailureAndCrashRedelivery(t *testing.T) {
	f := newFixture(t, "")
	var mu sync.Mutex
	var keys []string
	ok := notify.NotifierFunc(func(_ context.Context, n notify.Notification) error {
		mu.Lock()
		keys = append(keys, n.Key)
		mu.Unlock()
		return nil
	})
	a := f.hot(t)
	// A sender claims the row and dies before recording the outcome.
	items, err := f.st.ClaimOutbox(context.Background(), f.clock.Now(), time.Minute, 10)
	if err != nil || len(items) != 1 {
		t.Fatalf("claim: %v %d", err, len(items))
	}
	d := notify.NewDispatcher(f.st, notify.Options{Receivers: map[store.Channel]notify.Notifier{"email": ok}, Clock: f.clock, Lease: time.Minute})
	if n, _ := d.Flush(context.Background()); n != 0 {
		t.Fatalf("leased row sent by another sender: %d", n)
	}
	f.clock.Advance(time.Minute)
	if n, _ := d.Flush(context.Background()); n != 1 {
		t.Fatalf("row not redelivered after its lease")
	}
	if len(keys) != 1 || keys[0] != items[0].Key {
		t.Fatalf("redelivered keys %v, want %s", keys, items[0].Key)
	}

	// A permanent error gives up at once and lands in the history.
	f.clock.Advance(10 * time.Minute)
	if _, err := f.router.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	bad := notify.NotifierFunc(func(context.Context, notify.Notification) error {
		return notify.Permanent(io.ErrUnexpectedEOF)
	})
	d = notify.NewDispatcher(f.st, notify.Options{Receivers: map[store.Channel]notify.Notifier{"email": bad}, Clock: f.clock})
	if n, _ := d.Flush(context.Background()); n != 0 {
		t.Fatal("sent with a failing receiver")
	}
	out, _ := f.st.ListOutbox(context.Background(), a.ID)
	if last := out[len(out)-1]; last.Status != store.OutboxFailed || last.Attempts != 1 {
		t.Fatalf("bob's row: %s after %d attempts, want failed after 1", last.Status, last.Attempts)
	}
	evs, _ := f.st.AlertEvents(context.Background(), a.ID)
	if last := evs[len(evs)-1]; last.Kind != "failed" || last.Person != "bob" {
		t.Fatalf("last event %+v", last)
	}
}

func TestSlackPayload(t *testing.T) {
	var got struct {
		Text   string `json:"text"`
		Blocks []struct {
			Type string `json:"type"`
			Text struct {
				Text string `json:"text"`
			} `json:"text"`
			Elements []struct {
				URL string `json:"url"`
			} `json:"elements"`
		} `json:"blocks"`
	}
	var key string
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key = r.Header.Get("Idempotency-Key")
		if err := json.NewDecoder(r.Body).Decode(&got); err != nil {
			t.Error(err)
		}
	}))
	defer hs.Close()
	n := notify.Notification{Key: "alert-3/s0-r0/alice/webhook", AlertID: 3, Kind: store.NotifyNew, Person: "alice",
		Address: hs.URL, From: "dana@shop.example", FromName: "Dana", Subject: "Down <again> & again",
		Heat: 0.9, Waiting: 3 * time.Minute, AckURL: "https://h.example/ack?token=t",
		Reasons: []store.Reason{{Signal: "outage", Weight: 1, Phrase: "down"}}}
	if err := (&notify.Webhook{Slack: true}).Notify(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	if key != n.Key || !strings.Contains(got.Text, "[Hotline #3]") || !strings.Contains(got.Text, "waiting 3m") {
		t.Fatalf("key %q text %q", key, got.Text)
	}
	// The top-level text is mrkdwn too: the customer's subject must not
	// inject a link or mention there either.
	if !strings.Contains(got.Text, "Down &lt;again&gt; &amp; again") {
		t.Errorf("top-level text %q does not escape the subject", got.Text)
	}
	var all strings.Builder
	button := ""
	for _, b := range got.Blocks {
		all.WriteString(b.Text.Text)
		for _, e := range b.Elements {
			button = e.URL
		}
	}
	if button != n.AckURL {
		t.Errorf("button url %q", button)
	}
	for _, w := range append([]string{`outage: "down"`, "Down &lt;again&gt; &amp; again", "&lt;dana@shop.example&gt;"}, notify.Checklist[0]) {
		if !strings.Contains(all.String(), w) {
			t.Errorf("blocks lack %q", w)
		}
	}
}

func TestNotificationPointsAtReplyCoach(t *testing.T) {
	n := notify.Notification{AlertID: 42, FromName: "Claire Donovan", From: "claire@shop.example", Subject: "Down", AckURL: "http://x/ack"}
	for name, body := range map[string]string{"text": n.Text(), "html": n.HTML()} {
		if !strings.Contains(body, "hotline coach --alert 42") {
			t.Errorf("%s body does not point at the reply coach:\n%s", name, body)
		}
	}
}

func TestCallBackLeads(t *testing.T) {
	call := &notify.Call{Name: "Claire Donovan", Number: "+441614960000", Display: "+44 161 496 0000", Asked: true}
	var bodies [][]byte
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		bodies = append(bodies, b)
	}))
	defer hs.Close()
	for _, tt := range []struct {
		name  string
		level string
		call  *notify.Call
		lead  bool
	}{
		{"asked for a call", "WARM", call, true},
		{"hot without asking", "HOT", &notify.Call{Name: "Claire Donovan", Number: "+441614960000", Display: "+44 161 496 0000"}, true},
		{"warm without asking", "WARM", &notify.Call{Name: "Claire Donovan", Number: "+441614960000", Display: "+44 161 496 0000"}, false},
		{"no number", "HOT", nil, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bodies = nil
			n := notify.Notification{AlertID: 3, Address: hs.URL, FromName: "Claire Donovan", From: "c@x.example",
				Subject: "Down", Level: tt.level, Call: tt.call, AckURL: "https://h.example/ack"}
			first, _, _ := strings.Cut(n.Text(), "\n")
			if got := strings.HasPrefix(first, "Call Claire Donovan: tel:+441614960000"); got != tt.lead {
				t.Errorf("text first line %q, lead %v want %v", first, got, tt.lead)
			}
			for _, slack := range []bool{false, true} {
				if err := (&notify.Webhook{Slack: slack}).Notify(context.Background(), n); err != nil {
					t.Fatal(err)
				}
			}
			var plain struct {
				Call *notify.CallPayload `json:"call"`
			}
			if err := json.Unmarshal(bodies[0], &plain); err != nil {
				t.Fatal(err)
			}
			if (plain.Call != nil) != tt.lead || (tt.lead && (plain.Call.Link != "tel:+441614960000" || plain.Call.Name != "Claire Donovan")) {
				t.Errorf("webhook call %+v, lead %v", plain.Call, tt.lead)
			}
			if tt.lead && !bytes.HasPrefix(bodies[0], []byte(`{"call":`)) {
				t.Errorf("webhook document does not start with the call: %.60s", bodies[0])
			}
			var slack struct {
				Text string `json:"text"`
			}
			json.Unmarshal(bodies[1], &slack)
			if got := strings.HasPrefix(slack.Text, "*Call Claire Donovan:* <tel:+441614960000|+44 161 496 0000>"); got != tt.lead {
				t.Errorf("slack text %q, lead %v want %v", slack.Text, got, tt.lead)
			}
		})
	}
}

func TestNotificationCarriesHistory(t *testing.T) {
	line := "3rd mail since Mon 09:31, no reply yet"
	n := notify.Notification{AlertID: 5, FromName: "Dana", From: "dana@shop.example", Subject: "Invoice", AckURL: "http://x/ack",
		Reasons: []store.Reason{{Signal: "history", Phrase: line}}}
	if !strings.Contains(n.Text(), "History: "+line) || !strings.Contains(n.HTML(), "<b>History:</b> "+line) {
		t.Errorf("mail lacks the history line:\n%s", n.Text())
	}
	var got []byte
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { got, _ = io.ReadAll(r.Body) }))
	defer hs.Close()
	n.Address = hs.URL
	if err := (&notify.Webhook{}).Notify(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	var p notify.Payload
	if err := json.Unmarshal(got, &p); err != nil || p.History != line {
		t.Errorf("webhook history %q (%v)", p.History, err)
	}
	if (notify.Notification{}).History() != "" {
		t.Error("history line on a first mail")
	}
}
