package route_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hotline/hotline/internal/clock"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

const teamConfig = `
team_domains: [support.example.com]
group_window: 30m
people:
  - {name: alice, email: alice@support.example.com}
  - {name: bob, email: bob@support.example.com, webhook: "http://127.0.0.1:1/bob"}
  - {name: carol, email: carol@support.example.com, webhook: "http://127.0.0.1:1/carol", webhook_format: slack}
chains:
  - name: senior
    steps:
      - {notify: [alice], timeout: 10m}
      - {notify: [bob], timeout: 10m}
      - {notify: [carol], timeout: 10m}
    repeat: 30m
  - name: vip
    steps:
      - {notify: [carol], timeout: 5m}
routes:
  - {name: vip, match: {senders: ["@bigcustomer.example"], min_level: WARM}, chain: vip}
  - {name: outage, match: {keywords: [outage]}, chain: vip}
  - {name: hot, default: true, chain: senior}
`

type env struct {
	t      *testing.T
	path   string
	st     *store.SQLite
	clock  *clock.Fake
	router *route.Router
	cfg    *route.Config
	uid    uint32
}

func newEnv(t *testing.T) *env {
	t.Helper()
	cfg, err := route.ParseConfig(strings.NewReader(teamConfig))
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, path: filepath.Join(t.TempDir(), "hotline.db"), cfg: cfg,
		clock: clock.NewFake(time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC))}
	e.open()
	return e
}

func (e *env) open() {
	e.t.Helper()
	st, err := store.OpenSQLite(context.Background(), e.path)
	if err != nil {
		e.t.Fatalf("OpenSQLite: %v", err)
	}
	e.t.Cleanup(func() { st.Close() })
	e.st = st
	// No dispatcher runs here: count timeouts from the page, as if each
	// notification were delivered at once. TestEscalationWaitsForDelivery
	// covers the delivery rule.
	e.router = route.New(st, e.cfg, route.Options{Clock: e.clock, DeliveryGrace: -1})
}

// msg records a message in the store, as the ingester would, and returns it.
func (e *env) msg(from, subject, level string, heat float64, msgID, inReplyTo string, refs ...string) store.Message {
	e.t.Helper()
	e.uid++
	m := store.Message{Mailbox: "support@example.com/INBOX", UIDValidity: 1, UID: e.uid, MessageID: msgID,
		ContentHash: msgID + subject, From: from, FromName: strings.Split(from, "@")[0], Subject: subject,
		RecordedAt: e.clock.Now(), InReplyTo: inReplyTo, References: refs, Level: level, Heat: heat,
		Anger: heat, Urgency: heat / 2, Reasons: []store.Reason{{Signal: "repeat_contact", Weight: 0.4, Phrase: "third time"}}}
	cp := store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: e.uid}
	if _, err := e.st.RecordMessage(context.Background(), &m, cp); err != nil {
		e.t.Fatalf("RecordMessage: %v", err)
	}
	return m
}

func (e *env) observe(m store.Message, text string) {
	e.t.Helper()
	if err := e.router.ObserveText(context.Background(), m, text); err != nil {
		e.t.Fatalf("Observe: %v", err)
	}
}

func (e *env) alerts() []store.Alert {
	e.t.Helper()
	as, err := e.st.ListAlerts(context.Background(), store.AlertFilter{})
	if err != nil {
		e.t.Fatal(err)
	}
	return as
}

func (e *env) only() store.Alert {
	e.t.Helper()
	as := e.alerts()
	if len(as) != 1 {
		e.t.Fatalf("got %d alerts, want 1", len(as))
	}
	return as[0]
}

func (e *env) tick(want int) {
	e.t.Helper()
	n, err := e.router.Tick(context.Background())
	if err != nil {
		e.t.Fatalf("Tick: %v", err)
	}
	if n != want {
		e.t.Fatalf("Tick escalated %d alerts, want %d", n, want)
	}
}

func (e *env) outboxPeople(id int64) []string {
	e.t.Helper()
	items, err := e.st.ListOutbox(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	var out []string
	for _, it := range items {
		out = append(out, it.Person+"/"+it.Channel.String()+"/"+it.Kind.String())
	}
	return out
}

func TestEscalationWalksTheChainThenRepeats(t *testing.T) {
	e := newEnv(t)
	e.observe(e.msg("dana@shop.example", "Third time I write", "HOT", 0.9, "m1@shop", ""), "Nobody called me back.")
	a := e.only()
	if a.State != store.AlertOpen || a.Route != "hot" || a.Chain != "senior" {
		t.Fatalf("alert = %s route %s chain %s, want OPEN hot senior", a.State, a.Route, a.Chain)
	}
	if got := strings.Join(a.Owners, ","); got != "alice" {
		t.Fatalf("owners = %q, want alice", got)
	}
	steps := []struct {
		advance time.Duration
		owner   string
		step    int
		round   int
	}{
		{10*time.Minute - time.Second, "alice", 0, 0}, // not yet due
		{time.Second, "bob", 1, 0},
		{10 * time.Minute, "carol", 2, 0},
		{10 * time.Minute, "carol", 2, 1}, // last step's own timeout, then repeat
		{29 * time.Minute, "carol", 2, 1}, // repeat interval is 30m
		{time.Minute, "carol", 2, 2},
	}
	for i, s := range steps {
		e.clock.Advance(s.advance)
		want := 1
		if i == 0 || i == 4 {
			want = 0
		}
		e.tick(want)
		a = e.only()
		if got := strings.Join(a.Owners, ","); got != s.owner || a.Step != s.step || a.Round != s.round {
			t.Fatalf("after step %d: owners %q step %d round %d, want %q %d %d", i, got, a.Step, a.Round, s.owner, s.step, s.round)
		}
		if a.NextDueAt.IsZero() {
			t.Fatalf("after step %d: no next due time: alert without a timer", i)
		}
	}
	got := strings.Join(e.outboxPeople(a.ID), " ")
	want := "alice/email/new bob/email/escalation bob/webhook/escalation carol/email/escalation carol/slack/escalation " +
		"carol/email/repeat carol/slack/repeat carol/email/repeat carol/slack/repeat"
	if got != want {
		t.Errorf("outbox = %s\nwant     %s", got, want)
	}
	evs, err := e.st.AlertEvents(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, ev := range evs {
		kinds = append(kinds, ev.Kind.String())
	}
	if got, want := strings.Join(kinds, ","), "opened,queued,escalated,queued,escalated,queued,repeated,queued,repeated,queued"; got != want {
		t.Errorf("history = %s\nwant      %s", got, want)
	}
}

func TestAcknowledgeStopsEscalationUntilAnswered(t *testing.T) {
	e := newEnv(t)
	e.observe(e.msg("dana@shop.example", "Outrageous", "HOT", 0.9, "m1@shop", ""), "")
	a := e.only()
	e.clock.Advance(10 * time.Minute)
	e.tick(1)
	e.clock.Advance(3 * time.Minute)
	ackAt := e.clock.Now()
	got, err := e.router.Acknowledge(context.Background(), a.ID, "bob", "cli")
	if err != nil {
		t.Fatal(err)
	}
	// Taking it stops the escalation and starts the answer check.
	if got.State != store.AlertAcknowledged || got.AckedBy != "bob" || got.AckVia != "cli" || !got.NextDueAt.Equal(ackAt.Add(time.Hour)) {
		t.Fatalf("after ack: %s by %q via %q, next %v", got.State, got.AckedBy, got.AckVia, got.NextDueAt)
	}
	// A second acknowledgement keeps the first owner.
	got, err = e.router.Acknowledge(context.Background(), a.ID, "carol", "link")
	if err != nil || got.AckedBy != "bob" {
		t.Fatalf("second ack: %v, acked by %q", err, got.AckedBy)
	}
	// No reply within an hour: bob is reminded, nobody else is paged.
	e.clock.Advance(time.Hour)
	e.tick(1)
	got = e.only()
	if got.State != store.AlertAcknowledged || got.Step != 1 || strings.Join(got.Owners, ",") != "bob" {
		t.Fatalf("after the answer check: %s step %d owners %v", got.State, got.Step, got.Owners)
	}
	people := e.outboxPeople(a.ID)
	if last := strings.Join(people[len(people)-2:], " "); last != "bob/email/reminder bob/webhook/reminder" {
		t.Fatalf("last notifications %s, want reminders to bob", last)
	}
	// Bob's reply shows up in the thread: no more reminders.
	e.observe(e.msg("bob@support.example.com", "Re: Outrageous", "COOL", 0, "r1@support", "m1@shop", "m1@shop"), "")
	if got = e.only(); !got.NextDueAt.IsZero() || got.AckedBy != "bob" {
		t.Fatalf("after reply: next %v, acked by %q", got.NextDueAt, got.AckedBy)
	}
	e.clock.Advance(3 * time.Hour)
	e.tick(0)
	// The customer writes again: bob owes another answer.
	e.observe(e.msg("dana@shop.example", "Re: Re: Outrageous", "WARM", 0.5, "m2@shop", "r1@support", "m1@shop", "r1@support"), "")
	if got = e.only(); !got.NextDueAt.Equal(e.clock.Now().Add(time.Hour)) {
		t.Fatalf("after the customer's next mail: next check %v", got.NextDueAt)
	}

	got, err = e.router.Resolve(context.Background(), a.ID, "bob")
	if err != nil || got.State != store.AlertResolved {
		t.Fatalf("resolve: %v %s", err, got.State)
	}
	if _, err := e.router.Acknowledge(context.Background(), a.ID, "carol", "link"); err != route.ErrClosed {
		t.Fatalf("ack after resolve: %v, want ErrClosed", err)
	}
	evs, err := e.st.AlertEvents(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, ev := range evs {
		if ev.Kind != "queued" {
			kinds = append(kinds, ev.Kind.String())
		}
	}
	if got, want := strings.Join(kinds, ","), "opened,escalated,acknowledged,reminded,answered,message,resolved"; got != want {
		t.Errorf("history %s, want %s", got, want)
	}
}

func TestResolveStopsReminders(t *testing.T) {
	e := newEnv(t)
	e.observe(e.msg("dana@shop.example", "Outrageous", "HOT", 0.9, "m1@shop", ""), "")
	a := e.only()
	if _, err := e.router.Acknowledge(context.Background(), a.ID, "someone@elsewhere.example", "link"); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(time.Hour)
	e.tick(1) // the acknowledger is not in the chain: the step's owners are reminded
	people := e.outboxPeople(a.ID)
	if last := people[len(people)-1]; last != "alice/email/reminder" {
		t.Fatalf("reminder went to %s", last)
	}
	if _, err := e.router.Resolve(context.Background(), a.ID, "alice"); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(3 * time.Hour)
	e.tick(0)
}

func TestGroupingByThreadAndSender(t *testing.T) {
	e := newEnv(t)
	e.observe(e.msg("dana@shop.example", "Orders failing", "HOT", 0.8, "m1@shop", ""), "")
	// A calm follow-up in the same thread joins the alert.
	e.clock.Advance(time.Minute)
	e.observe(e.msg("dana@shop.example", "Re: Orders failing", "COOL", 0.1, "m2@shop", "m1@shop", "m1@shop"), "")
	// A hot mail with only References to the thread joins as well.
	e.observe(e.msg("dana@shop.example", "Re: Re: Orders failing", "HOT", 0.95, "m3@shop", "", "m1@shop", "m2@shop"), "")
	// A new thread from the same sender within the window joins too.
	e.clock.Advance(5 * time.Minute)
	e.observe(e.msg("dana@shop.example", "STILL BROKEN", "HOT", 0.7, "m4@shop", ""), "")
	a := e.only()
	if a.Messages != 4 || a.Heat != 0.95 {
		t.Fatalf("messages %d heat %.2f, want 4 and 0.95", a.Messages, a.Heat)
	}
	if n := len(e.outboxPeople(a.ID)); n != 1 {
		t.Fatalf("%d notifications queued, want 1 (no flood)", n)
	}
	// Another customer opens their own alert.
	e.observe(e.msg("erik@else.example", "Refund now", "HOT", 0.8, "x1@else", ""), "")
	if n := len(e.alerts()); n != 2 {
		t.Fatalf("%d alerts, want 2", n)
	}
	// After the window a new thread from the first sender opens a new alert.
	e.clock.Advance(31 * time.Minute)
	e.observe(e.msg("dana@shop.example", "New problem", "HOT", 0.8, "m5@shop", ""), "")
	if n := len(e.alerts()); n != 3 {
		t.Fatalf("%d alerts, want 3", n)
	}
}

func TestTeamReplyAcknowledges(t *testing.T) {
	e := newEnv(t)
	e.observe(e.msg("dana@shop.example", "Data loss", "HOT", 0.9, "m1@shop", ""), "")
	a := e.only()
	// Team mail that is not a reply to the thread changes nothing.
	e.observe(e.msg("bob@support.example.com", "Newsletter", "COOL", 0, "t0@support", ""), "")
	// A hot message from a team address never opens an alert.
	e.observe(e.msg("carol@support.example.com", "FW: angry customer!!!", "HOT", 0.9, "t1@support", ""), "")
	if got := e.only(); got.State != store.AlertOpen {
		t.Fatalf("state %s after unrelated team mail", got.State)
	}
	e.clock.Advance(4 * time.Minute)
	e.observe(e.msg("ops@support.example.com", "Re: Data loss", "COOL", 0, "t2@support", "m1@shop", "m1@shop"), "")
	got := e.only()
	if got.ID != a.ID || got.State != store.AlertAcknowledged || got.AckVia != "reply" || got.AckedBy != "ops@support.example.com" {
		t.Fatalf("after team reply: state %s via %q by %q", got.State, got.AckVia, got.AckedBy)
	}
	e.clock.Advance(time.Hour)
	e.tick(0)
}

func TestRoutesMatch(t *testing.T) {
	tests := []struct {
		from, subject, level, text string
		heat                       float64
		wantRoute                  string // "" = no alert
	}{
		{"ceo@bigcustomer.example", "A question", "WARM", "", 0.4, "vip"},
		{"ceo@eu.bigcustomer.example", "A question", "WARM", "", 0.4, "vip"},
		{"someone@shop.example", "A question", "WARM", "", 0.4, ""},
		{"someone@shop.example", "Fine", "COOL", "", 0.1, ""},
		{"someone@shop.example", "Shop down", "HOT", "We have an OUTAGE since noon", 0.8, "outage"},
		{"someone@shop.example", "Shop down", "HOT", "outages are bad", 0.8, "hot"},
		{"someone@shop.example", "Angry", "HOT", "", 0.8, "hot"},
	}
	for i, tt := range tests {
		e := newEnv(t)
		e.observe(e.msg(tt.from, tt.subject, tt.level, tt.heat, "id"+tt.subject, ""), tt.text)
		as := e.alerts()
		switch {
		case tt.wantRoute == "" && len(as) != 0:
			t.Errorf("case %d: got alert on route %s, want none", i, as[0].Route)
		case tt.wantRoute != "" && (len(as) != 1 || as[0].Route != tt.wantRoute):
			t.Errorf("case %d: got %d alerts %+v, want route %s", i, len(as), as, tt.wantRoute)
		}
	}
}

func TestRestartKeepsTimers(t *testing.T) {
	e := newEnv(t)
	e.observe(e.msg("dana@shop.example", "Angry", "HOT", 0.9, "m1@shop", ""), "")
	a := e.only()
	if err := e.st.Close(); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(11 * time.Minute)
	e.open()
	items, err := e.st.ClaimOutbox(context.Background(), e.clock.Now(), time.Minute, 10)
	if err != nil || len(items) != 1 || items[0].Person != "alice" {
		t.Fatalf("pending outbox after restart: %v %+v", err, items)
	}
	e.tick(1)
	if got := e.only(); got.ID != a.ID || got.Owners[0] != "bob" {
		t.Fatalf("after restart: %+v", got)
	}
}

func TestReloadKeepsChainOfOpenAlerts(t *testing.T) {
	e := newEnv(t)
	e.observe(e.msg("dana@shop.example", "Angry", "HOT", 0.9, "m1@shop", ""), "")
	next, err := route.ParseConfig(strings.NewReader(strings.NewReplacer(
		"{notify: [bob], timeout: 10m}", "{notify: [carol], timeout: 10m}",
		"name: senior", "name: seniors", "chain: senior", "chain: seniors").Replace(teamConfig)))
	if err != nil {
		t.Fatal(err)
	}
	e.router.SetConfig(next)
	e.clock.Advance(10 * time.Minute)
	e.tick(1)
	if got := e.only(); got.Owners[0] != "bob" || got.Chain != "senior" {
		t.Fatalf("open alert after reload pages %v on %s, want bob on its original chain", got.Owners, got.Chain)
	}
	e.observe(e.msg("erik@else.example", "Angry", "HOT", 0.9, "x1@else", ""), "")
	if got := e.alerts()[0]; got.Chain != "seniors" {
		t.Fatalf("new alert chain %s, want seniors", got.Chain)
	}
}

func TestWorkingHoursPickWhoIsPaged(t *testing.T) {
	cfg, err := route.ParseConfig(strings.NewReader(`
people:
  - {name: day, email: day@support.example.com, hours: {zone: Europe/Berlin, start: "08:00", end: "18:00"}}
  - {name: night, email: night@support.example.com, hours: {zone: America/Los_Angeles, start: "08:00", end: "18:00"}}
groups: [{name: both, members: [day, night]}]
chains: [{name: c, steps: [{notify: [both], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: c}]
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC), "day"},       // 10:00 Berlin, 01:00 LA
		{time.Date(2026, 11, 26, 20, 0, 0, 0, time.UTC), "night"},    // 21:00 Berlin, 12:00 LA
		{time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC), "day,night"}, // nobody in hours: everybody
	}
	for _, tt := range tests {
		e := newEnv(t)
		e.cfg = cfg
		e.router = route.New(e.st, cfg, route.Options{Clock: e.clock, DeliveryGrace: -1})
		e.clock.Advance(tt.at.Sub(e.clock.Now()))
		e.observe(e.msg("dana@shop.example", "Angry", "HOT", 0.9, "m1@shop", ""), "")
		if got := strings.Join(e.only().Owners, ","); got != tt.want {
			t.Errorf("at %v: paged %q, want %q", tt.at, got, tt.want)
		}
	}
}

func TestExcerptFallsBackToFlaggedPhrases(t *testing.T) {
	e := newEnv(t)
	m := e.msg("dana@shop.example", "Angry", "HOT", 0.9, "m1@shop", "")
	m.Reasons = append(m.Reasons, store.Reason{Signal: "threat", Phrase: "cancel our contract"}, store.Reason{Signal: "dup", Phrase: "Third time"})
	if err := e.router.Observe(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	if got, want := e.only().Excerpt, "\u201cthird time\u201d … \u201ccancel our contract\u201d"; got != want {
		t.Fatalf("excerpt %q, want %q", got, want)
	}
	e2 := newEnv(t)
	long := strings.Repeat("word ", 200)
	e2.observe(e2.msg("dana@shop.example", "Angry", "HOT", 0.9, "m1@shop", ""), long)
	if got := e2.only().Excerpt; len([]rune(got)) > 402 || !strings.HasSuffix(got, " …") {
		t.Fatalf("long excerpt not cut: %d runes %q", len([]rune(got)), got[len(got)-10:])
	}
}

func TestMetrics(t *testing.T) {
	e := newEnv(t)
	reg := prometheus.NewRegistry()
	e.router = route.New(e.st, e.cfg, route.Options{Clock: e.clock, DeliveryGrace: -1, Metrics: route.NewMetrics(reg)})
	e.observe(e.msg("dana@shop.example", "Angry", "HOT", 0.9, "m1@shop", ""), "")
	e.observe(e.msg("erik@else.example", "Angry", "HOT", 0.9, "x1@else", ""), "")
	e.clock.Advance(10 * time.Minute)
	e.tick(2)
	e.clock.Advance(5 * time.Minute)
	if _, err := e.router.Acknowledge(context.Background(), 1, "bob", "link"); err != nil {
		t.Fatal(err)
	}
	e.tick(0)
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			name := mf.GetName()
			for _, l := range m.GetLabel() {
				name += "{" + l.GetName() + "=" + l.GetValue() + "}"
			}
			got[name] = m.GetCounter().GetValue() + m.GetGauge().GetValue()
		}
	}
	for name, want := range map[string]float64{
		"hotline_alerts_opened_total":                      2,
		"hotline_alerts_open":                              1,
		"hotline_alert_escalations_total{kind=escalation}": 2,
	} {
		if got[name] != want {
			t.Errorf("%s = %v, want %v", name, got[name], want)
		}
	}
	for _, mf := range mfs {
		if mf.GetName() == "hotline_alert_time_to_acknowledge_seconds" {
			h := mf.GetMetric()[0].GetHistogram()
			if h.GetSampleCount() != 1 || h.GetSampleSum() != 900 {
				t.Errorf("time to acknowledge: count %d sum %v, want 1 and 900s", h.GetSampleCount(), h.GetSampleSum())
			}
		}
	}
}

func TestCatchUpRoutesMessagesRecordedWhileDown(t *testing.T) {
	e := newEnv(t)
	e.observe(e.msg("tom@calm.example", "Thanks", "COOL", 0.1, "c1@calm", ""), "")
	// Recorded, then the process died before routing these two.
	e.msg("dana@shop.example", "Third time!!!", "HOT", 0.9, "m1@shop", "")
	e.msg("dana@shop.example", "Re: Third time!!!", "HOT", 0.9, "m2@shop", "m1@shop", "m1@shop")
	e.clock.Advance(30 * time.Second)
	e.open()
	e.router = route.New(e.st, e.cfg, route.Options{Clock: e.clock, DeliveryGrace: -1, CatchUpGrace: time.Minute})
	// Too fresh: the live path may be routing them at this moment.
	if n, err := e.router.CatchUp(context.Background()); err != nil || n != 0 {
		t.Fatalf("CatchUp within the grace period = %d, %v; want 0", n, err)
	}
	e.clock.Advance(30 * time.Second)
	n, err := e.router.CatchUp(context.Background())
	if err != nil || n != 2 {
		t.Fatalf("CatchUp = %d, %v; want the 2 unrouted messages", n, err)
	}
	a := e.only()
	if a.Messages != 2 || a.Excerpt != "\u201cthird time\u201d" {
		t.Fatalf("caught-up alert: %d messages, excerpt %q", a.Messages, a.Excerpt)
	}
	if n, err := e.router.CatchUp(context.Background()); err != nil || n != 0 {
		t.Fatalf("second CatchUp = %d, %v; want nothing left", n, err)
	}
}

func TestEachMessageIsRoutedOnce(t *testing.T) {
	e := newEnv(t)
	m := e.msg("dana@shop.example", "Third time!!!", "HOT", 0.9, "m1@shop", "")
	// CatchUp (another process recorded it) and the live path both see it.
	if n, err := e.router.CatchUp(context.Background()); err != nil || n != 1 {
		t.Fatalf("CatchUp = %d, %v", n, err)
	}
	e.observe(m, "body")
	e.observe(m, "body")
	if a := e.only(); a.Messages != 1 {
		t.Fatalf("alert counts %d messages for one mail", a.Messages)
	}
}

func TestCalledIsTheAnswer(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	e.observe(e.msg("claire@florist.example", "Call me back", "HOT", 0.9, "c1@florist", ""), "")
	a := e.only()
	// Calling an alert nobody took takes it, and no reminder follows.
	got, err := e.router.Called(ctx, a.ID, "bob")
	if err != nil {
		t.Fatal(err)
	}
	if got.State != store.AlertAcknowledged || got.AckVia != store.ViaCall || got.AckedBy != "bob" || !got.NextDueAt.IsZero() {
		t.Fatalf("after the call: %s via %q by %q, next %v", got.State, got.AckVia, got.AckedBy, got.NextDueAt)
	}

	// Taken by link first: the call is recorded and ends the answer check.
	e.observe(e.msg("dana@shop.example", "Outrageous", "HOT", 0.9, "d1@shop", ""), "")
	as, err := e.st.ListAlerts(ctx, store.AlertFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var dana store.Alert
	for _, x := range as {
		if x.From == "dana@shop.example" {
			dana = x
		}
	}
	if got, err = e.router.Acknowledge(ctx, dana.ID, "carol", "link"); err != nil || got.NextDueAt.IsZero() {
		t.Fatalf("ack: %v, next %v", err, got.NextDueAt)
	}
	if got, err = e.router.Called(ctx, dana.ID, "carol"); err != nil || !got.NextDueAt.IsZero() || got.AckVia != store.ViaLink {
		t.Fatalf("called after ack: %v, next %v via %q", err, got.NextDueAt, got.AckVia)
	}
	evs, err := e.st.AlertEvents(ctx, dana.ID)
	if err != nil {
		t.Fatal(err)
	}
	if last := evs[len(evs)-1]; last.Kind != store.EventCalled || last.Person != "carol" || last.Channel != store.ViaCall {
		t.Errorf("last history line %+v, want carol's call", last)
	}
	if _, err := e.router.Resolve(ctx, dana.ID, "carol"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.router.Called(ctx, dana.ID, "carol"); err != route.ErrClosed {
		t.Errorf("called on a resolved alert: %v, want ErrClosed", err)
	}
}
