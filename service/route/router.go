// Package route decides which hot messages page whom: it matches messages to
// escalation chains, keeps each alert's lifecycle in the store, escalates
// when nobody acknowledges, and notices when the team has answered.
package route

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hotline/hotline/internal/clock"
	"github.com/hotline/hotline/service/store"
)

// Store is the part of the message store the router needs. Every decision
// is one ApplyAlert call, so the alert, its history and the notifications it
// needs commit together.
type Store interface {
	ApplyAlert(ctx context.Context, ch store.AlertChange) error
	GetAlert(ctx context.Context, id int64) (store.Alert, error)
	DueAlerts(ctx context.Context, now time.Time, limit int) ([]store.Alert, error)
	FindAlertByThread(ctx context.Context, messageIDs []string) (store.Alert, error)
	FindAlertBySender(ctx context.Context, from string, since time.Time) (store.Alert, error)
	CountOpenAlerts(ctx context.Context) (int, error)
	// ListOutbox tells escalation when a step's notifications were
	// delivered.
	ListOutbox(ctx context.Context, alertID int64) ([]store.OutboxItem, error)
	// Routed, MarkRouted and Unrouted let the router route each message
	// once, and catch up on messages recorded while it was down or by
	// another process.
	Routed(ctx context.Context, messageID int64) (bool, error)
	MarkRouted(ctx context.Context, messageID int64, at time.Time) error
	Unrouted(ctx context.Context, since time.Time, afterID int64, limit int) ([]store.Message, error)
	// AlertedCopies finds the earlier copies of a mail that reached an
	// alert, so a copy delivered again with other bytes pages nobody.
	AlertedCopies(ctx context.Context, messageID, from string, except int64, limit int) ([]store.Message, error)
}

// ErrClosed is returned when acknowledging or resolving an alert that is
// already resolved.
var ErrClosed = errors.New("alert is resolved")

// Options configure a Router. The zero value works with the system clock.
type Options struct {
	Clock   clock.Clock
	Logger  *slog.Logger
	Metrics *Metrics
	// Queued is called after a decision committed new outbox rows, so the
	// sender can deliver at once instead of at its next poll.
	Queued func()
	// Poll is how often Run checks for due escalations. Default 1s.
	Poll time.Duration
	// ExcerptLen caps the stored body excerpt in runes. Default 400.
	ExcerptLen int
	// CatchUpEvery is how often Run routes recorded messages nobody routed
	// (another process recorded them, or this one stopped first). Default
	// 5s.
	CatchUpEvery time.Duration
	// CatchUpGrace leaves messages this young to the live path of the
	// process that recorded them. Default 0: route at once.
	CatchUpGrace time.Duration
	// DeliveryGrace bounds how long an escalation step waits for its
	// notifications to be delivered before its timeout starts anyway. A
	// step's timeout counts from the first delivery of any of its
	// notifications, since nobody can acknowledge a page they never got:
	// during a mail outage the chain does not run through every step
	// unseen. When nothing is delivered within the grace (the outage goes
	// on, every address bounces), the timeout starts at the end of the grace,
	// so escalation slows down but never stops. Default
	// DefaultDeliveryGrace; negative counts timeouts from the page, as if
	// every notification were delivered at once.
	DeliveryGrace time.Duration
	// History, when set, raises a message's level for repeated contact
	// that got no answer and adds the customer's history line to its
	// alert.
	History HistoryFunc
	// LateAfter marks an alert late when its first message was recorded
	// this long before it was routed (routing was down, or failed until
	// now): the first page says how late it is instead of paging as if
	// the mail had just arrived. Default 1h.
	LateAfter time.Duration
}

// DefaultDeliveryGrace is Options.DeliveryGrace when left zero: long enough
// for the dispatcher's retries to ride out a relay restart, short enough
// that an alert whose pages bounce still reaches the next step soon.
const DefaultDeliveryGrace = 5 * time.Minute

// maxUndeliveredRecheck is how often a due step whose notifications are not
// delivered yet is looked at again, at most; never more than the step's
// timeout, so a late delivery still starts the timeout exactly.
const maxUndeliveredRecheck = 10 * time.Second

// catchUpOverlap is how far before the start of the last complete catch-up
// the next one looks. The first catch-up of a process has no horizon; later
// ones need only cover what was recorded since, and a day of overlap
// absorbs clock differences between replicas and transactions that
// committed long after they stamped recorded_at.
const catchUpOverlap = 24 * time.Hour

// liveQueue is how many handed-off messages wait for Run. A burst beyond
// it (a first sync of a large mailbox) is routed by CatchUp instead.
const liveQueue = 256

// Router turns recorded messages into alerts and drives their escalation.
// It is safe for concurrent use.
type Router struct {
	store Store
	// live carries messages the ingesters of this process recorded (see
	// Recorded) to Run.
	live chan store.Message
	cfg  atomic.Pointer[Config]
	opt  Options
	log  *slog.Logger
	// mu serialises decisions in this process; the store's version check
	// catches writers in other processes (the alerts CLI).
	mu sync.Mutex
	// horizon is the UnixNano recorded_at from which CatchUp looks for
	// unrouted messages; 0 until a catch-up has completed without error,
	// so the first one after start (and any after a failure) looks at
	// everything, however old.
	horizon atomic.Int64
}

// New returns a router using cfg, which must have been validated.
func New(st Store, cfg *Config, opt Options) *Router {
	if opt.Clock == nil {
		opt.Clock = clock.System{}
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Poll <= 0 {
		opt.Poll = time.Second
	}
	if opt.DeliveryGrace == 0 {
		opt.DeliveryGrace = DefaultDeliveryGrace
	}
	if opt.ExcerptLen <= 0 {
		opt.ExcerptLen = 400
	}
	if opt.CatchUpEvery <= 0 {
		opt.CatchUpEvery = 5 * time.Second
	}
	if opt.LateAfter <= 0 {
		opt.LateAfter = time.Hour
	}
	r := &Router{store: st, opt: opt, log: opt.Logger, live: make(chan store.Message, liveQueue)}
	r.cfg.Store(cfg)
	return r
}

// SetConfig swaps the configuration atomically (on SIGHUP). Open alerts keep
// the chain they were opened with; new messages use the new routes.
func (r *Router) SetConfig(cfg *Config) { r.cfg.Store(cfg) }

// Config returns the configuration in use.
func (r *Router) Config() *Config { return r.cfg.Load() }

// Observe looks at every recorded message, hot or not: a team reply into an
// alerted thread acknowledges the alert, a customer message in an alerted
// thread updates it, and a message matching a route opens an alert.
func (r *Router) Observe(ctx context.Context, m store.Message) error {
	return r.ObserveText(ctx, m, "")
}

// Recorded hands a message an ingester of this process just recorded to
// Run, which routes it at once with its text (so keyword routes and the
// alert's excerpt see the customer's words) instead of at the next store
// scan. It is an ingest.Sink and never blocks the ingester: when no
// routing config is loaded, or the queue is full, the message is left to
// CatchUp, which routes every message recorded by any process, this one
// included, that nobody routed.
func (r *Router) Recorded(ctx context.Context, m store.Message) {
	if r.cfg.Load() == nil {
		return
	}
	select {
	case r.live <- m:
	default:
		r.log.DebugContext(ctx, "live routing queue full; left to catch-up", "message", m.ID)
	}
}

// routeLive routes a handed-off message with its text.
func (r *Router) routeLive(ctx context.Context, m store.Message) {
	if err := r.ObserveText(ctx, m, messageText(m)); err != nil && ctx.Err() == nil {
		// The store's id, not the Message-ID: no customer identifiers
		// above debug level. CatchUp retries it.
		r.log.ErrorContext(ctx, "route message", "message", m.ID, "err", err)
	}
}

// ObserveText is Observe with the message's body text, used for keyword
// routes and the excerpt shown to the senior person.
func (r *Router) ObserveText(ctx context.Context, m store.Message, text string) error {
	return r.retry(ctx, func() error {
		changed, err := r.observe(ctx, m, text)
		if err != nil || changed || m.ID == 0 {
			return err
		}
		// Nothing to change, but remember the message was seen so a
		// restart does not look at it again.
		return r.store.MarkRouted(ctx, m.ID, r.opt.Clock.Now())
	})
}

// CatchUp routes recorded messages that the router never saw: another
// process recorded them, this one stopped between recording and routing
// them, or routing failed. Run calls it at start and every
// Options.CatchUpEvery. The first call looks at everything ever recorded,
// so mail recorded while routing was down for days is still routed (its
// alert marked late, see Options.LateAfter); later calls look back from
// the previous complete one (see catchUpOverlap), so the periodic query
// stays cheap on a large store. Messages younger than Options.CatchUpGrace
// are left to the live path. The store gives each message the text it was
// recorded with, so its keywords and excerpt are the ones the live path
// would have used; only a message recorded without text (older rows) gets
// an excerpt of its flagged phrases.
// The pages are read in id order from where the previous page ended, so a
// sweep reads the store once however many messages it routes.
// A message that fails is left for the next call and does not hold up the
// ones after it; the first error is returned, and the next call looks at
// everything again.
func (r *Router) CatchUp(ctx context.Context) (int, error) {
	const page = 100
	n := 0
	now := r.opt.Clock.Now()
	since := time.Unix(0, r.horizon.Load())
	var firstErr error
	defer func() {
		if firstErr == nil && ctx.Err() == nil {
			r.horizon.Store(now.Add(-catchUpOverlap).UnixNano())
		}
	}()
	var after int64
	for {
		msgs, err := r.store.Unrouted(ctx, since, after, page)
		if err != nil {
			firstErr = fmt.Errorf("unrouted messages: %w", err)
			return n, firstErr
		}
		for _, m := range msgs {
			after = max(after, m.ID)
			if m.RecordedAt.After(now.Add(-r.opt.CatchUpGrace)) {
				continue
			}
			if err := r.ObserveText(ctx, m, messageText(m)); err != nil {
				if ctx.Err() != nil {
					return n, ctx.Err()
				}
				if firstErr == nil {
					firstErr = fmt.Errorf("route message %d: %w", m.ID, err)
				}
				continue
			}
			n++
		}
		if len(msgs) < page {
			return n, firstErr
		}
	}
}

// retry repeats a decision when another process changed the alert first.
func (r *Router) retry(ctx context.Context, f func() error) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	var err error
	for range 5 {
		if err = f(); !errors.Is(err, store.ErrConflict) {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return err
}

func threadIDs(m store.Message) []string {
	var ids []string
	add := func(s string) {
		s = strings.Trim(strings.TrimSpace(s), "<>")
		if s != "" {
			ids = append(ids, s)
		}
	}
	add(m.MessageID)
	add(m.InReplyTo)
	for _, ref := range m.References {
		add(ref)
	}
	return ids
}

func (r *Router) observe(ctx context.Context, m store.Message, text string) (changed bool, err error) {
	if m.ID != 0 {
		// The live path and CatchUp may both see a message; the first
		// decides.
		done, err := r.store.Routed(ctx, m.ID)
		if err != nil {
			return false, fmt.Errorf("routed: %w", err)
		}
		if done {
			return true, nil
		}
	}
	c, ok, copies, err := r.alertedCopy(ctx, m, text)
	if err != nil || ok {
		if ok {
			r.opt.Metrics.copySeen(true)
			r.log.InfoContext(ctx, "another copy of an alerted message; nothing to do", "message", m.ID, "copy_of", c.ID)
			r.log.DebugContext(ctx, "copy of an alerted message", "message", m.ID, "copy_of", c.ID, "message_id", m.MessageID, "from", m.From)
		}
		return false, err
	}
	cfg := r.cfg.Load()
	now := r.opt.Clock.Now()
	ids := threadIDs(m)
	if cfg.isTeam(m.From) {
		return r.teamReply(ctx, m, ids, now)
	}
	if len(ids) > 0 {
		a, err := r.store.FindAlertByThread(ctx, ids)
		switch {
		case err == nil:
			return true, r.update(ctx, a, m, ids, copies, "thread", now)
		case !errors.Is(err, store.ErrNotFound):
			return false, fmt.Errorf("find alert by thread: %w", err)
		}
	}
	m, since := r.withHistory(ctx, m, now)
	cd := candidate{
		Mailbox: m.Mailbox, From: m.From, Level: m.Level, Heat: m.Heat,
		Text: keywordText(m, text),
	}
	rule := cfg.match(cd, now)
	if rule == nil {
		return false, nil
	}
	if m.From != "" {
		a, err := r.store.FindAlertBySender(ctx, m.From, now.Add(-cfg.GroupWindow.Std()))
		switch {
		case err == nil:
			return true, r.update(ctx, a, m, ids, copies, "sender", now)
		case !errors.Is(err, store.ErrNotFound):
			return false, fmt.Errorf("find alert by sender: %w", err)
		}
	}
	return true, r.open(ctx, cfg, rule, m, text, ids, copies, since, now)
}

// maxCopies bounds how many earlier copies of a mail are compared.
const maxCopies = 10

// alertedCopy returns an earlier copy of m that reached an alert, if there
// is one. One customer mail can be recorded as several messages: delivered
// to two addresses Hotline reads (support@ and billing@, a list and a
// direct copy), with other Received headers, MIME re-rendered by the
// server, or cut at another size limit; the store keeps each, since their
// bytes differ. A copy is a message with the same Message-ID and sender
// (ignoring case) as a routed one whose Message-ID is linked to an alert,
// open or resolved: somebody was paged about that mail, or it joined an
// alert, and the copy must not page, join, remind or escalate again. It is
// recorded and marked routed like any message, so nothing is lost.
//
// The text must agree too (see sameText): RFC 5322 makes a Message-ID
// unique, but a broken sender reusing one for a new complaint must still
// page, so a message whose text differs is routed as new mail, and logged
// and counted. Without a Message-ID or a sender nothing can be told apart
// from new mail, and the message is routed as such. An earlier copy that
// reached no alert (it scored cooler, or matched no route in its mailbox)
// does not count: the copy is routed and may page for the first time.
//
// When m is no copy, check is what the decision routing it must give the
// store: m's Message-ID and sender and the copies looked at here, so that a
// copy another process routes into an alert meanwhile (the same mail
// delivered to a mailbox another replica reads) makes the decision
// conflict, and the retry finds it.
func (r *Router) alertedCopy(ctx context.Context, m store.Message, text string) (c store.Message, ok bool, check *store.CopyCheck, err error) {
	m.MessageID = strings.Trim(strings.TrimSpace(m.MessageID), "<>")
	if m.MessageID == "" || strings.TrimSpace(m.From) == "" {
		return store.Message{}, false, nil, nil
	}
	copies, err := r.store.AlertedCopies(ctx, m.MessageID, m.From, m.ID, maxCopies)
	if err != nil {
		return store.Message{}, false, nil, fmt.Errorf("find copies: %w", err)
	}
	if len(copies) < maxCopies {
		// With more there may be copies this call did not see, which the
		// store would take for new ones for ever: leave such a
		// Message-ID, reused that often, unchecked.
		check = &store.CopyCheck{MessageID: m.MessageID, From: m.From}
	}
	for _, cp := range copies {
		if sameText(m, cp, text) {
			return cp, true, nil, nil
		}
		if check != nil {
			check.Seen = append(check.Seen, cp.ID)
		}
	}
	if len(copies) > 0 {
		r.opt.Metrics.copySeen(false)
		r.log.WarnContext(ctx, "message reuses the Message-ID and sender of an alerted message with other text; routed as new mail",
			"message", m.ID, "copy_of", copies[0].ID)
		r.log.DebugContext(ctx, "Message-ID reused", "message", m.ID, "message_id", m.MessageID, "from", m.From)
	}
	return store.Message{}, false, check, nil
}

// sameText reports whether m (whose text the caller may pass as text) and
// the recorded message c say the same thing: their bodies as received, or
// else their scored texts, have the same words, or one is the other cut
// short, as a copy fetched under a lower size limit is. Spacing and line
// breaks, which re-rendering changes, do not count. When either has no
// text to compare they are taken to be the same: the Message-ID and
// sender agree, and that is what RFC 5322 promises.
func sameText(m, c store.Message, text string) bool {
	if m.Body == "" && m.Prepared == "" {
		m.Prepared = text
	}
	for _, p := range [][2]string{{m.Body, c.Body}, {m.Prepared, c.Prepared}} {
		a, b := strings.Fields(p[0]), strings.Fields(p[1])
		if len(a) == 0 || len(b) == 0 {
			continue
		}
		return sameWords(a, b)
	}
	return true
}

// sameWords reports whether a and b are equal, or the shorter is a prefix
// of the longer whose last word may be cut off.
func sameWords(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == len(b) {
		return slices.Equal(a, b)
	}
	last := len(a) - 1
	return slices.Equal(a[:last], b[:last]) && strings.HasPrefix(b[last], a[last])
}

func keywordText(m store.Message, text string) string {
	var b strings.Builder
	b.WriteString(m.Subject)
	b.WriteString("\n")
	b.WriteString(text)
	for _, rs := range m.Reasons {
		b.WriteString("\n")
		b.WriteString(rs.Phrase)
	}
	return b.String()
}

// open opens an alert for m. since, when before m, is when the customer's
// unanswered contact began (their history): the alert counts the wait
// from there.
func (r *Router) open(ctx context.Context, cfg *Config, rule *Rule, m store.Message, text string, ids []string, copies *store.CopyCheck, since, now time.Time) error {
	snap, err := cfg.resolveChain(rule.Chain)
	if err != nil {
		return err
	}
	raw, err := json.Marshal(snap)
	if err != nil {
		return fmt.Errorf("encode chain snapshot: %w", err)
	}
	received := m.RecordedAt
	if received.IsZero() || received.After(now) {
		received = now
	}
	opened, err := store.State("").Next(store.EventOpened)
	if err != nil {
		return err
	}
	a := &store.Alert{
		State: opened, Route: ruleName(cfg, rule), Chain: snap.Name, ChainSnapshot: raw,
		MessageRef: m.ID, Mailbox: m.Mailbox, From: m.From, FromName: m.FromName, Subject: m.Subject,
		Excerpt: excerpt(excerptSource(m, text), r.opt.ExcerptLen), Anger: m.Anger, Urgency: m.Urgency, Heat: m.Heat,
		Level: m.Level, Reasons: m.Reasons, Messages: 1, ReceivedAt: waitingSince(received, since), LastMessageAt: now,
		OpenedAt: now, UpdatedAt: now,
	}
	ch := store.AlertChange{Alert: a, ThreadIDs: ids, Routed: m.ID, Copies: copies}
	detail := fmt.Sprintf("route %s, chain %s, %s heat %.2f", a.Route, a.Chain, m.Level, m.Heat)
	kind := store.NotifyNew
	if late := now.Sub(received); late >= r.opt.LateAfter {
		// Routing was down or failing when this arrived: say so, so the
		// person paged knows the customer has waited that long already.
		kind = store.NotifyLate
		detail += fmt.Sprintf("; late: recorded %s before it was routed", late.Round(time.Minute))
	}
	ch.Events = append(ch.Events, store.AlertEvent{At: now, Kind: store.EventOpened, Detail: detail})
	r.page(&ch, snap, 0, 0, kind, now)
	if err := r.store.ApplyAlert(ctx, ch); err != nil {
		return fmt.Errorf("open alert: %w", err)
	}
	r.opt.Metrics.alertOpened()
	// Message-IDs and addresses identify customers: debug level only.
	r.log.InfoContext(ctx, "alert opened", "alert_id", a.ID, "route", a.Route, "chain", a.Chain,
		"message", m.ID, "owners", strings.Join(a.Owners, ","), "late", kind == store.NotifyLate)
	r.log.DebugContext(ctx, "alert opened for message", "alert_id", a.ID, "message", m.ID, "message_id", m.MessageID, "from", m.From)
	r.queued()
	return nil
}

func ruleName(cfg *Config, rule *Rule) string {
	if rule.Name != "" {
		return rule.Name
	}
	for i := range cfg.Routes {
		if &cfg.Routes[i] == rule {
			return fmt.Sprintf("routes[%d]", i)
		}
	}
	return "route"
}

// page assigns the alert to step of snap and queues a notification to each
// recipient on each of their channels.
func (r *Router) page(ch *store.AlertChange, snap snapshot, step, round int, kind store.NotificationKind, now time.Time) {
	a := ch.Alert
	st := snap.Steps[step]
	a.Step, a.Round = step, round
	wait := st.Timeout
	if step == len(snap.Steps)-1 && round > 0 {
		wait = snap.Repeat
	}
	a.NextDueAt = now.Add(wait)
	a.Owners = a.Owners[:0]
	for _, p := range st.recipients(now) {
		a.Owners = append(a.Owners, p.Name)
		r.queue(ch, p, fmt.Sprintf("s%d-r%d/%s", step, round, p.Name), kind, step, now)
		ch.Events = append(ch.Events, store.AlertEvent{At: now, Kind: store.EventQueued, Person: p.Name,
			Detail: fmt.Sprintf("step %d of %d (%s), acknowledge within %s", step+1, len(snap.Steps), kind, wait)})
	}
}

// queue adds a notification to p on each of their channels.
func (r *Router) queue(ch *store.AlertChange, p Person, key string, kind store.NotificationKind, step int, now time.Time) {
	ch.Outbox = append(ch.Outbox, store.OutboxItem{Key: key + "/" + store.ChannelEmail.String(), Channel: store.ChannelEmail, Person: p.Name,
		Address: p.Email, Kind: kind, Step: step, NextAttemptAt: now, CreatedAt: now})
	if p.Webhook != "" {
		// The channel names the receiver, and with it the payload.
		channel := store.ChannelWebhook
		if p.WebhookFormat == "slack" {
			channel = store.ChannelSlack
		}
		ch.Outbox = append(ch.Outbox, store.OutboxItem{Key: key + "/" + channel.String(), Channel: channel, Person: p.Name,
			Address: p.Webhook, Kind: kind, Step: step, NextAttemptAt: now, CreatedAt: now})
	}
}

func (r *Router) queued() {
	if r.opt.Queued != nil {
		r.opt.Queued()
	}
}

// update folds another message into an open alert instead of paging again.
func (r *Router) update(ctx context.Context, a store.Alert, m store.Message, ids []string, copies *store.CopyCheck, why string, now time.Time) error {
	a.Messages++
	a.LastMessageAt = now
	a.UpdatedAt = now
	if m.Heat > a.Heat {
		a.Heat, a.Anger, a.Urgency, a.Level, a.Reasons = m.Heat, m.Anger, m.Urgency, m.Level, m.Reasons
	}
	detail := fmt.Sprintf("another message from %s (same %s), %s heat %.2f: %s", m.From, why, m.Level, m.Heat, m.Subject)
	if a.State == store.AlertAcknowledged && a.NextDueAt.IsZero() {
		// The customer wrote again after our reply: the owner owes
		// another answer, checked like the first.
		snap, err := r.snapshot(a)
		if err != nil {
			return err
		}
		a.NextDueAt = now.Add(snap.AnswerWithin)
		detail += "; waiting for a reply again"
	}
	ch := store.AlertChange{Alert: &a, ThreadIDs: ids, Routed: m.ID, Copies: copies, Events: []store.AlertEvent{{At: now, Kind: store.EventMessage,
		Detail: detail}}}
	if err := r.store.ApplyAlert(ctx, ch); err != nil {
		return fmt.Errorf("update alert %d: %w", a.ID, err)
	}
	r.log.InfoContext(ctx, "alert updated", "alert_id", a.ID, "message", m.ID, "messages", a.Messages)
	r.log.DebugContext(ctx, "alert updated by message", "alert_id", a.ID, "message", m.ID, "message_id", m.MessageID, "from", m.From)
	return nil
}

// teamReply acknowledges the alert of the thread a team member answered.
func (r *Router) teamReply(ctx context.Context, m store.Message, ids []string, now time.Time) (bool, error) {
	if m.InReplyTo == "" && len(m.References) == 0 {
		return false, nil
	}
	a, err := r.store.FindAlertByThread(ctx, ids)
	if errors.Is(err, store.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("find alert by thread: %w", err)
	}
	if a.State == store.AlertAcknowledged {
		if a.NextDueAt.IsZero() {
			return false, nil // answered before
		}
		a.NextDueAt = time.Time{}
		a.UpdatedAt = now
		ch := store.AlertChange{Alert: &a, ThreadIDs: ids, Routed: m.ID, Events: []store.AlertEvent{{At: now, Kind: store.EventAnswered,
			Person: m.From, Channel: store.ViaReply, Detail: fmt.Sprintf("%s after acknowledging", now.Sub(a.AckedAt).Round(time.Second))}}}
		if err := r.store.ApplyAlert(ctx, ch); err != nil {
			return false, fmt.Errorf("mark alert %d answered: %w", a.ID, err)
		}
		r.log.InfoContext(ctx, "alert answered", "alert_id", a.ID, "message", m.ID)
		r.log.DebugContext(ctx, "alert answered by", "alert_id", a.ID, "message", m.ID, "by", m.From)
		return true, nil
	}
	_, err = r.acknowledge(ctx, a, m.From, store.ViaReply, ids, m.ID, now)
	return true, err
}

// change loads alert id and lets f decide on it, retrying when another
// process changed the alert in between.
func (r *Router) change(ctx context.Context, id int64, f func(a store.Alert) (store.Alert, error)) (store.Alert, error) {
	var out store.Alert
	err := r.retry(ctx, func() error {
		a, err := r.store.GetAlert(ctx, id)
		if err != nil {
			return err
		}
		out, err = f(a)
		return err
	})
	return out, err
}

// Acknowledge records that person took the alert; via names the channel
// ("link", "cli", "api"). Acknowledging twice keeps the first.
func (r *Router) Acknowledge(ctx context.Context, id int64, person, via string) (store.Alert, error) {
	return r.change(ctx, id, func(a store.Alert) (store.Alert, error) {
		switch a.State {
		case store.AlertResolved:
			return a, ErrClosed
		case store.AlertAcknowledged:
			return a, nil
		}
		return r.acknowledge(ctx, a, person, store.Channel(via), nil, 0, r.opt.Clock.Now())
	})
}

func (r *Router) acknowledge(ctx context.Context, a store.Alert, person string, via store.Channel, ids []string, routed int64, now time.Time) (store.Alert, error) {
	next, err := a.State.Next(store.EventAcknowledged)
	if err != nil {
		return a, fmt.Errorf("acknowledge alert %d: %w", a.ID, err)
	}
	a.State = next
	a.AckedAt, a.AckedBy, a.AckVia = now, person, via
	a.UpdatedAt = now
	// A reply or a call is the answer; any other acknowledgement is a
	// promise to answer, checked after AnswerWithin.
	a.NextDueAt = time.Time{}
	if via != store.ViaReply && via != store.ViaCall {
		snap, err := r.snapshot(a)
		if err != nil {
			return a, err
		}
		a.NextDueAt = now.Add(snap.AnswerWithin)
	}
	ch := store.AlertChange{Alert: &a, ThreadIDs: ids, Routed: routed, Events: []store.AlertEvent{{At: now, Kind: store.EventAcknowledged,
		Person: person, Channel: via, Detail: fmt.Sprintf("after %s", now.Sub(a.ReceivedAt).Round(time.Second))}}}
	if err := r.store.ApplyAlert(ctx, ch); err != nil {
		return a, fmt.Errorf("acknowledge alert %d: %w", a.ID, err)
	}
	r.opt.Metrics.acknowledged(now.Sub(a.ReceivedAt).Seconds(), via == store.ViaReply || via == store.ViaCall)
	r.log.InfoContext(ctx, "alert acknowledged", "alert_id", a.ID, "by", person, "via", via)
	return a, nil
}

// Called records that person called the customer back. On an alert nobody
// has taken yet it acknowledges it (via ViaCall); on one already taken it
// adds a "called" line to the history. Either way the call is the answer:
// no reminder to answer follows. A resolved alert gives ErrClosed.
func (r *Router) Called(ctx context.Context, id int64, person string) (store.Alert, error) {
	return r.change(ctx, id, func(a store.Alert) (store.Alert, error) {
		now := r.opt.Clock.Now()
		switch a.State {
		case store.AlertResolved:
			return a, ErrClosed
		case store.AlertAcknowledged:
		default:
			return r.acknowledge(ctx, a, person, store.ViaCall, nil, 0, now)
		}
		a.NextDueAt = time.Time{}
		a.UpdatedAt = now
		ch := store.AlertChange{Alert: &a, Events: []store.AlertEvent{{At: now, Kind: store.EventCalled, Person: person,
			Channel: store.ViaCall, Detail: fmt.Sprintf("%s after the first mail", now.Sub(a.ReceivedAt).Round(time.Second))}}}
		if err := r.store.ApplyAlert(ctx, ch); err != nil {
			return a, fmt.Errorf("record call on alert %d: %w", a.ID, err)
		}
		r.log.InfoContext(ctx, "customer called back", "alert_id", a.ID)
		return a, nil
	})
}

// GetAlert returns the alert with the given id.
func (r *Router) GetAlert(ctx context.Context, id int64) (store.Alert, error) {
	return r.store.GetAlert(ctx, id)
}

// Resolve closes the alert. Resolving twice is not an error.
func (r *Router) Resolve(ctx context.Context, id int64, person string) (store.Alert, error) {
	return r.change(ctx, id, func(a store.Alert) (store.Alert, error) {
		if a.State == store.AlertResolved {
			return a, nil
		}
		now := r.opt.Clock.Now()
		next, err := a.State.Next(store.EventResolved)
		if err != nil {
			return a, fmt.Errorf("resolve alert %d: %w", a.ID, err)
		}
		a.State = next
		a.ResolvedAt, a.ResolvedBy = now, person
		a.NextDueAt = time.Time{}
		a.UpdatedAt = now
		if a.AckedAt.IsZero() {
			// Resolving implies somebody took it.
			a.AckedAt, a.AckedBy, a.AckVia = now, person, store.ViaResolve
		}
		ch := store.AlertChange{Alert: &a, Events: []store.AlertEvent{{At: now, Kind: store.EventResolved, Person: person}}}
		if err := r.store.ApplyAlert(ctx, ch); err != nil {
			return a, fmt.Errorf("resolve alert %d: %w", a.ID, err)
		}
		r.log.InfoContext(ctx, "alert resolved", "alert_id", a.ID, "by", person)
		return a, nil
	})
}

// Tick escalates every alert whose step timed out and returns how many it
// escalated. Run calls it; tests call it after advancing a fake clock.
func (r *Router) Tick(ctx context.Context) (int, error) {
	n := 0
	err := r.retry(ctx, func() error {
		now := r.opt.Clock.Now()
		due, err := r.store.DueAlerts(ctx, now, 100)
		if err != nil {
			return fmt.Errorf("due alerts: %w", err)
		}
		for _, a := range due {
			err := r.escalate(ctx, a, now)
			if errors.Is(err, errPostponed) {
				continue
			}
			if err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		return n, err
	}
	if open, err := r.store.CountOpenAlerts(ctx); err == nil {
		r.opt.Metrics.setOpen(open)
	}
	if n > 0 {
		r.queued()
	}
	return n, nil
}

// snapshot returns the chain the alert was opened with.
func (r *Router) snapshot(a store.Alert) (snapshot, error) {
	var snap snapshot
	if err := json.Unmarshal(a.ChainSnapshot, &snap); err != nil || len(snap.Steps) == 0 {
		// The snapshot is unreadable: fall back to the chain by name so the
		// alert keeps an owner.
		cfg := r.cfg.Load()
		if cfg == nil {
			return snap, fmt.Errorf("alert %d: chain snapshot unreadable (%v)", a.ID, err)
		}
		s, rerr := cfg.resolveChain(a.Chain)
		if rerr != nil {
			return snap, fmt.Errorf("alert %d: chain snapshot unreadable (%v) and %w", a.ID, err, rerr)
		}
		snap = s
	}
	if snap.AnswerWithin <= 0 {
		snap.AnswerWithin = time.Hour
	}
	return snap, nil
}

func (r *Router) escalate(ctx context.Context, a store.Alert, now time.Time) error {
	snap, err := r.snapshot(a)
	if err != nil {
		return err
	}
	if a.State == store.AlertAcknowledged {
		return r.remind(ctx, a, snap, now)
	}
	due, why, err := r.stepDue(ctx, a, snap, now)
	if err != nil {
		return err
	}
	if due.After(now) {
		// The step's notifications went out late: its timeout runs from
		// their delivery, not from the page.
		a.NextDueAt, a.UpdatedAt = due, now
		if err := r.store.ApplyAlert(ctx, store.AlertChange{Alert: &a}); err != nil {
			return fmt.Errorf("postpone alert %d: %w", a.ID, err)
		}
		return errPostponed
	}
	step, round, kind := a.Step+1, 0, store.NotifyEscalation
	if step >= len(snap.Steps) {
		step, round, kind = len(snap.Steps)-1, a.Round+1, store.NotifyRepeat
	}
	a.UpdatedAt = now
	ch := store.AlertChange{Alert: &a}
	prev := append([]string(nil), a.Owners...)
	r.page(&ch, snap, step, round, kind, now)
	evKind := store.EventEscalated
	if kind == store.NotifyRepeat {
		evKind = store.EventRepeated
	}
	ch.Events = append([]store.AlertEvent{{At: now, Kind: evKind,
		Detail: fmt.Sprintf("no acknowledgement from %s%s; now step %d: %s", strings.Join(prev, ", "), why, step+1, strings.Join(a.Owners, ", "))}},
		ch.Events...)
	if err := r.store.ApplyAlert(ctx, ch); err != nil {
		return fmt.Errorf("escalate alert %d: %w", a.ID, err)
	}
	r.opt.Metrics.escalated(kind)
	r.log.InfoContext(ctx, "alert escalated", "alert_id", a.ID, "kind", kind, "step", step+1, "owners", strings.Join(a.Owners, ","))
	return nil
}

// errPostponed tells Tick that a due alert was not escalated but given a
// later due time.
var errPostponed = errors.New("escalation postponed until the step's timeout after delivery")

// stepDue returns when the alert's current step times out: its timeout
// after the first delivery of any of the step's notifications, or after
// the delivery grace when none was delivered within it. why is empty, or
// says that the step's notifications could not be delivered, for the
// history.
func (r *Router) stepDue(ctx context.Context, a store.Alert, snap snapshot, now time.Time) (due time.Time, why string, err error) {
	grace := r.opt.DeliveryGrace
	if grace < 0 || a.Step >= len(snap.Steps) {
		return a.NextDueAt, "", nil
	}
	items, err := r.store.ListOutbox(ctx, a.ID)
	if err != nil {
		return time.Time{}, "", fmt.Errorf("alert %d: %w", a.ID, err)
	}
	prefix := fmt.Sprintf("alert-%d/s%d-r%d/", a.ID, a.Step, a.Round)
	var paged, delivered time.Time
	for _, it := range items {
		if !strings.HasPrefix(it.Key, prefix) {
			continue
		}
		if paged.IsZero() || it.CreatedAt.Before(paged) {
			paged = it.CreatedAt
		}
		if it.Status == store.OutboxSent && (delivered.IsZero() || it.SentAt.Before(delivered)) {
			delivered = it.SentAt
		}
	}
	if paged.IsZero() {
		// Nobody was paged (a step without reachable people): nothing
		// to wait for.
		return a.NextDueAt, "", nil
	}
	wait := snap.Steps[a.Step].Timeout
	if a.Step == len(snap.Steps)-1 && a.Round > 0 {
		wait = snap.Repeat
	}
	if !delivered.IsZero() && delivered.Before(paged.Add(grace)) {
		return delivered.Add(wait), "", nil
	}
	due = paged.Add(grace).Add(wait)
	if due.After(now) {
		// Look again soon: a delivery from now on starts the timeout
		// earlier than the grace would.
		if next := now.Add(min(wait, maxUndeliveredRecheck)); next.Before(due) {
			return next, "", nil
		}
		return due, "", nil
	}
	return due, fmt.Sprintf(" (not delivered within %s, timeout counted from then)", grace), nil
}

// remind tells whoever took the alert that no reply has shown up in the
// thread yet, and again every AnswerWithin until one does or the alert is
// resolved. When the acknowledger is not a person of the chain (an address
// or login from the CLI), the current step's owners are reminded instead.
func (r *Router) remind(ctx context.Context, a store.Alert, snap snapshot, now time.Time) error {
	var people []Person
	if p, ok := snap.person(a.AckedBy); ok {
		people = append(people, p)
	} else {
		for _, name := range a.Owners {
			if p, ok := snap.person(name); ok {
				people = append(people, p)
			}
		}
	}
	a.UpdatedAt = now
	a.NextDueAt = now.Add(snap.AnswerWithin)
	ch := store.AlertChange{Alert: &a, Events: []store.AlertEvent{{At: now, Kind: store.EventReminded,
		Detail: fmt.Sprintf("taken by %s %s ago, no reply in the thread yet", a.AckedBy, now.Sub(a.AckedAt).Round(time.Second))}}}
	for _, p := range people {
		r.queue(&ch, p, fmt.Sprintf("reminder-%d/%s", now.UnixNano(), p.Name), store.NotifyReminder, a.Step, now)
	}
	if err := r.store.ApplyAlert(ctx, ch); err != nil {
		return fmt.Errorf("remind alert %d: %w", a.ID, err)
	}
	r.opt.Metrics.escalated(store.NotifyReminder)
	r.log.InfoContext(ctx, "alert reminder", "alert_id", a.ID, "acked_by", a.AckedBy)
	return nil
}

// Run escalates due alerts, routes the messages handed to Recorded and
// catches up on unrouted ones until ctx ends. Timers live in the store, so
// a restart picks up where the last process stopped.
func (r *Router) Run(ctx context.Context) error {
	var caughtUp time.Time
	for {
		if now := r.opt.Clock.Now(); now.Sub(caughtUp) >= r.opt.CatchUpEvery {
			caughtUp = now
			if n, err := r.CatchUp(ctx); err != nil && ctx.Err() == nil {
				r.log.ErrorContext(ctx, "catch up on unrouted messages", "err", err)
			} else if n > 0 {
				r.log.InfoContext(ctx, "routed recorded messages", "messages", n)
			}
		}
		if _, err := r.Tick(ctx); err != nil && ctx.Err() == nil {
			r.log.ErrorContext(ctx, "escalation tick failed", "err", err)
		}
		wait := r.opt.Clock.After(min(r.opt.Poll, r.opt.CatchUpEvery))
		for waiting := true; waiting; {
			select {
			case <-ctx.Done():
				return nil
			case m := <-r.live:
				r.routeLive(ctx, m)
			case <-wait:
				waiting = false
			}
		}
	}
}

// messageText is the text routing reads of a recorded message, whether it
// was handed off live or read back from the store: the text that was
// scored (quoted history and signature stripped), or the body when there is
// none.
func messageText(m store.Message) string {
	if strings.TrimSpace(m.Prepared) != "" {
		return m.Prepared
	}
	return m.Body
}

// excerptSource is the body text when the caller has it, else the phrases
// the classifier flagged, which are the customer's own words.
func excerptSource(m store.Message, text string) string {
	if strings.TrimSpace(text) != "" {
		return text
	}
	var phrases []string
	seen := map[string]bool{}
	for _, r := range m.Reasons {
		p := strings.TrimSpace(r.Phrase)
		if p == "" || seen[strings.ToLower(p)] {
			continue
		}
		seen[strings.ToLower(p)] = true
		phrases = append(phrases, "\u201c"+p+"\u201d")
	}
	return strings.Join(phrases, " … ")
}

func excerpt(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	rs := []rune(text)
	if len(rs) <= n {
		return text
	}
	cut := string(rs[:n])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + " …"
}
