package notify

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/hotline/hotline/internal/clock"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/store"
)

// Outbox is the store side of delivery: claim due rows, then record the
// outcome of each.
type Outbox interface {
	ClaimOutbox(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]store.OutboxItem, error)
	CompleteOutbox(ctx context.Context, item store.OutboxItem, status string, at time.Time, detail string) error
	FailOutbox(ctx context.Context, item store.OutboxItem, next time.Time, msg string, final bool, at time.Time) error
	GetAlert(ctx context.Context, id int64) (store.Alert, error)
}

// Options configure a Dispatcher.
type Options struct {
	// Receivers maps an outbox channel (see BuildReceivers) to its
	// notifier.
	Receivers map[store.Channel]Notifier
	// AckURL returns the one-click acknowledge link for a person.
	AckURL func(alertID int64, person string) string
	// AckCommand returns the CLI command that acknowledges an alert.
	AckCommand func(alertID int64, person string) string
	// CallBack returns who to call back for an alert and on which number,
	// nil when the mail holds no number. Nil means notifications carry no
	// call-back line.
	CallBack func(ctx context.Context, a store.Alert) (*Call, error)
	Clock    clock.Clock
	Logger   *slog.Logger
	Metrics  *Metrics
	// Lease is how long a claimed row is reserved; a row whose sender died
	// becomes due again after it. Default 2m.
	Lease time.Duration
	// MaxAttempts before a row is marked failed. Default 10.
	MaxAttempts int
	// BaseDelay and MaxDelay bound the exponential backoff. Defaults 2s, 10m.
	BaseDelay, MaxDelay time.Duration
	// Jitter returns a number in [0,1); default math/rand/v2.
	Jitter func() float64
	// Poll is the longest Run waits without being woken. Default 1s.
	Poll time.Duration
}

// Dispatcher delivers the outbox. Delivery is at least once: a row is marked
// sent only after the receiver accepted it, so a crash in between sends it
// again with the same idempotency key, which receivers use to drop the copy.
type Dispatcher struct {
	out  Outbox
	opt  Options
	log  *slog.Logger
	wake chan struct{}
}

// NewDispatcher returns a dispatcher draining out.
func NewDispatcher(out Outbox, opt Options) *Dispatcher {
	if opt.Clock == nil {
		opt.Clock = clock.System{}
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Lease <= 0 {
		opt.Lease = 2 * time.Minute
	}
	if opt.MaxAttempts <= 0 {
		opt.MaxAttempts = 10
	}
	if opt.BaseDelay <= 0 {
		opt.BaseDelay = 2 * time.Second
	}
	if opt.MaxDelay <= 0 {
		opt.MaxDelay = 10 * time.Minute
	}
	if opt.Jitter == nil {
		opt.Jitter = rand.Float64
	}
	if opt.Poll <= 0 {
		opt.Poll = time.Second
	}
	return &Dispatcher{out: out, opt: opt, log: opt.Logger, wake: make(chan struct{}, 1)}
}

// Wake makes Run look at the outbox now. It never blocks.
func (d *Dispatcher) Wake() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// Run delivers until ctx ends.
func (d *Dispatcher) Run(ctx context.Context) error {
	for {
		if _, err := d.Flush(ctx); err != nil && ctx.Err() == nil {
			d.log.ErrorContext(ctx, "outbox flush failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-d.wake:
		case <-d.opt.Clock.After(d.opt.Poll):
		}
	}
}

// Flush delivers every row due now, up to 20 at a time in parallel, and
// returns how many were sent.
func (d *Dispatcher) Flush(ctx context.Context) (int, error) {
	sent := 0
	for {
		items, err := d.out.ClaimOutbox(ctx, d.opt.Clock.Now(), d.opt.Lease, 20)
		if err != nil {
			return sent, fmt.Errorf("claim outbox: %w", err)
		}
		if len(items) == 0 {
			return sent, nil
		}
		// Deliver the batch in parallel so one slow receiver (a webhook
		// that hangs until its timeout) does not hold up everybody else's
		// page.
		var wg sync.WaitGroup
		var mu sync.Mutex
		var firstErr error
		for _, it := range items {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ok, err := d.deliver(ctx, it)
				mu.Lock()
				defer mu.Unlock()
				if ok {
					sent++
				}
				if err != nil && firstErr == nil {
					firstErr = err
				}
			}()
		}
		wg.Wait()
		if firstErr != nil {
			return sent, firstErr
		}
	}
}

// deliver sends one row and records the outcome. It returns an error only
// when the outcome could not be recorded.
func (d *Dispatcher) deliver(ctx context.Context, it store.OutboxItem) (bool, error) {
	a, err := d.out.GetAlert(ctx, it.AlertID)
	if err != nil {
		return false, fmt.Errorf("alert %d for outbox %s: %w", it.AlertID, it.Key, err)
	}
	now := d.opt.Clock.Now()
	if stale, why := outdated(a, it); stale {
		return false, d.out.CompleteOutbox(ctx, it, store.OutboxSkipped, now, why)
	}
	rcv, ok := d.opt.Receivers[it.Channel]
	if !ok {
		err := fmt.Errorf("no receiver for channel %q (address %s)", it.Channel, DisplayAddress(it.Channel, it.Address))
		d.opt.Metrics.failed(it.Channel, true)
		return false, d.out.FailOutbox(ctx, it, now, err.Error(), true, now)
	}
	n := d.render(a, it, now)
	if d.opt.CallBack != nil {
		// Without the numbers the page still goes out; the person paged
		// can find them in the mail.
		if n.Call, err = d.opt.CallBack(ctx, a); err != nil {
			d.log.WarnContext(ctx, "no call-back numbers for notification", "alert_id", a.ID, "err", err)
			n.Call = nil
		}
	}
	err = rcv.Notify(ctx, n)
	if err == nil {
		d.opt.Metrics.sent(it.Channel)
		d.log.InfoContext(ctx, "notification sent", "alert_id", a.ID, "channel", it.Channel, "person", it.Person, "key", it.Key)
		return true, d.out.CompleteOutbox(ctx, it, store.OutboxSent, d.opt.Clock.Now(), fmt.Sprintf("%s to %s", it.Kind, DisplayAddress(it.Channel, it.Address)))
	}
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		// Shutting down: the lease makes the row due again on restart.
		return false, nil
	}
	final := IsPermanent(err) || it.Attempts >= d.opt.MaxAttempts
	d.opt.Metrics.failed(it.Channel, final)
	next := now.Add(d.backoff(it.Attempts))
	msg := scrubAddress(err.Error(), it)
	d.log.WarnContext(ctx, "notification failed", "alert_id", a.ID, "channel", it.Channel, "person", it.Person,
		"attempt", it.Attempts, "final", final, "retry_at", next, "err", msg)
	return false, d.out.FailOutbox(ctx, it, next, msg, final, now)
}

// scrubAddress replaces a webhook URL in an error message with its scheme
// and host. The receivers already keep it out of their errors; this catches
// a Notifier that does not, before the message reaches the log, the
// outbox's last error and the alert history.
func scrubAddress(msg string, it store.OutboxItem) string {
	if it.Channel == store.ChannelEmail || it.Address == "" {
		return msg
	}
	return strings.ReplaceAll(msg, it.Address, DisplayAddress(it.Channel, it.Address))
}

// outdated reports whether the notification no longer needs to go out:
// nobody needs paging for an alert already taken, nor a reminder to answer
// once the answer was seen or the alert resolved.
func outdated(a store.Alert, it store.OutboxItem) (bool, string) {
	switch {
	case a.State == store.AlertResolved:
		return true, "alert already resolved"
	case it.Kind == store.NotifyReminder && a.NextDueAt.IsZero():
		return true, "answer already seen"
	case it.Kind != store.NotifyReminder && a.Closed():
		return true, "alert already " + a.State.String()
	}
	return false, ""
}

// backoff is exponential in the attempt number with jitter in the upper
// half, so retries of many rows spread out but never come early.
func (d *Dispatcher) backoff(attempt int) time.Duration {
	delay := d.opt.BaseDelay
	for i := 1; i < attempt && delay < d.opt.MaxDelay; i++ {
		delay *= 2
	}
	delay = min(delay, d.opt.MaxDelay)
	return delay/2 + time.Duration(d.opt.Jitter()*float64(delay/2))
}

// historyRaised reports whether the alert carries the customer's history
// line, so that its ReceivedAt is their first unanswered mail.
func historyRaised(a store.Alert) bool {
	for _, r := range a.Reasons {
		if r.Signal == "history" {
			return true
		}
	}
	return false
}

// statedWait is the longest wait the customer wrote about, read from the
// classifier's reasons.
func statedWait(reasons []store.Reason, written time.Time) time.Duration {
	var longest time.Duration
	for _, r := range reasons {
		if d, ok := classify.StatedWait(r.Phrase, written); ok && d > longest {
			longest = d
		}
	}
	return longest
}

func (d *Dispatcher) render(a store.Alert, it store.OutboxItem, now time.Time) Notification {
	n := Notification{
		Key: it.Key, AlertID: a.ID, Kind: it.Kind, Step: it.Step + 1, Person: it.Person, Address: it.Address,
		From: a.From, FromName: a.FromName, Subject: a.Subject, Mailbox: a.Mailbox, Anger: a.Anger,
		Urgency: a.Urgency, Heat: a.Heat, Level: a.Level, Reasons: a.Reasons, Excerpt: a.Excerpt,
		Messages: a.Messages, ReceivedAt: a.ReceivedAt, StatedWait: statedWait(a.Reasons, a.ReceivedAt),
	}
	n.Waiting = now.Sub(a.ReceivedAt) + n.StatedWait
	if historyRaised(a) && !a.LastMessageAt.IsZero() {
		// ReceivedAt is the customer's first unanswered mail, and the wait
		// they state counts back from their latest one: the wait is
		// whichever began earlier, not the sum.
		n.StatedWait = statedWait(a.Reasons, a.LastMessageAt)
		start := a.LastMessageAt.Add(-n.StatedWait)
		if a.ReceivedAt.Before(start) {
			start = a.ReceivedAt
		}
		n.Waiting = now.Sub(start)
	}
	if d.opt.AckURL != nil {
		n.AckURL = d.opt.AckURL(a.ID, it.Person)
	}
	if d.opt.AckCommand != nil {
		n.AckCommand = d.opt.AckCommand(a.ID, it.Person)
	}
	return n
}
