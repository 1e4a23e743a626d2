package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/hotline/hotline/internal/clock"
	"github.com/hotline/hotline/service/store"
)

// watchBuffer is how many messages a watcher may lag behind before it is
// dropped; neither the ingester nor the follower waits for a slow client.
const watchBuffer = 256

// followPage is how many messages the follower reads from the store at a
// time.
const followPage = 500

// MessageSource is the store a MessageFeed follows: *store.SQLite and
// *store.Postgres implement it.
type MessageSource interface {
	MessagesAfter(ctx context.Context, afterID int64, limit int) ([]store.Message, error)
	LastMessageID(ctx context.Context) (int64, error)
}

// messageListener is a store that can say when another process recorded
// messages: *store.Postgres, by LISTEN/NOTIFY.
type messageListener interface {
	ListenMessages(ctx context.Context, recorded func()) error
}

// MessageFeed fans newly recorded messages out to WatchMessages streams.
// It implements ingest.Sink, so ingesters in the same process feed it. The
// zero value is ready to use and streams what this process records; while
// Follow runs, it streams what every process sharing the store records.
type MessageFeed struct {
	mu   sync.Mutex
	subs map[*feedSub]struct{}
	// following is true while Follow runs: watchers then get every
	// message from the store, in one order, and Recorded only wakes the
	// follower, so a message this process recorded is not sent twice.
	following bool
	// starting is true while Follow reads its position.
	starting bool
	// wake has room for one pending wake-up of the follower.
	wake chan struct{}
	// floor is the id at or below which the follower publishes nothing
	// any more; a resuming watcher need not remember ids below it.
	floor int64
	// positioned is closed once Follow has taken its position in the
	// store; see Following.
	positioned chan struct{}
}

// Following returns a channel that is closed once Follow has read its
// starting position in the store: from then on every message any process
// records reaches the watchers. A server that accepts watchers only after
// it is closed loses none to the moment the follower started.
func (f *MessageFeed) Following() <-chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.positionedLocked()
}

// positionedLocked returns the channel Following hands out, made on first
// use. f.mu must be held.
func (f *MessageFeed) positionedLocked() chan struct{} {
	if f.positioned == nil {
		f.positioned = make(chan struct{})
	}
	return f.positioned
}

type feedSub struct {
	ch      chan store.Message
	dropped chan struct{} // closed when the subscriber fell behind
	// floor is the feed's floor when the subscriber joined.
	floor int64
}

// Recorded hands on a message an ingester of this process recorded,
// without blocking: to every watcher, or, while Follow runs, to the
// follower, which reads it back from the store at once.
func (f *MessageFeed) Recorded(_ context.Context, m store.Message) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.following {
		f.nudge()
		return
	}
	f.publish(m)
}

// publish delivers m to every watcher; one whose buffer is full is
// dropped. f.mu must be held.
func (f *MessageFeed) publish(m store.Message) {
	for s := range f.subs {
		select {
		case s.ch <- m:
		default:
			delete(f.subs, s)
			close(s.dropped)
		}
	}
}

// nudge wakes the follower without waiting. f.mu must be held.
func (f *MessageFeed) nudge() {
	if f.wake == nil {
		f.wake = make(chan struct{}, 1)
	}
	select {
	case f.wake <- struct{}{}:
	default:
	}
}

func (f *MessageFeed) subscribe() (*feedSub, func()) {
	f.mu.Lock()
	s := &feedSub{ch: make(chan store.Message, watchBuffer), dropped: make(chan struct{}), floor: f.floor}
	if f.subs == nil {
		f.subs = map[*feedSub]struct{}{}
	}
	f.subs[s] = struct{}{}
	if f.following {
		// The follower idles while nobody watches: start it now.
		f.nudge()
	}
	f.mu.Unlock()
	return s, func() {
		f.mu.Lock()
		delete(f.subs, s)
		f.mu.Unlock()
	}
}

// FollowOptions configure MessageFeed.Follow. The zero value is ready to
// use.
type FollowOptions struct {
	// Poll is how often the store is read while somebody watches.
	// Default 200ms; a message this process records is read at once.
	Poll time.Duration
	// Settle is how long an id is read again after it was first seen to
	// be the newest. A database hands out ids when a transaction inserts,
	// not when it commits, so on PostgreSQL a message can become visible
	// after one with a larger id; the follower re-reads the ids of the
	// last Settle and sends only what it has not sent. A message whose
	// transaction stays open longer than this after a later one is
	// visible is missed by watchers (the router still finds it). Default
	// 10s.
	Settle time.Duration
	Clock  clock.Clock
	Logger *slog.Logger
}

// Follow feeds the watchers every message recorded in src, by this
// process or by any other, until ctx ends: it reads the messages after the
// last it has seen every Poll, and at once when an ingester of this process
// calls Recorded or, when src can listen (PostgreSQL), when another process
// commits new messages. While nobody watches it only keeps its position.
// It returns nil when ctx ends; store errors are logged and retried at the
// next poll.
func (f *MessageFeed) Follow(ctx context.Context, src MessageSource, opt FollowOptions) error {
	if opt.Poll <= 0 {
		opt.Poll = 200 * time.Millisecond
	}
	if opt.Settle <= 0 {
		opt.Settle = 10 * time.Second
	}
	if opt.Clock == nil {
		opt.Clock = clock.System{}
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	f.mu.Lock()
	if f.following || f.starting {
		f.mu.Unlock()
		return errors.New("message feed already follows a store")
	}
	f.starting = true
	f.mu.Unlock()
	// The position comes first: a message recorded after it is read is
	// sent, one recorded before is history.
	last, err := startPosition(ctx, src, opt)
	if err != nil {
		f.mu.Lock()
		f.starting = false
		f.mu.Unlock()
		return nil // ctx ended
	}
	f.mu.Lock()
	f.starting = false
	f.following = true
	f.floor = max(f.floor, last)
	close(f.positionedLocked())
	f.nudge()
	wake := f.wake
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		f.following = false
		f.mu.Unlock()
	}()
	if l, ok := src.(messageListener); ok {
		listening := make(chan struct{})
		defer func() { <-listening }()
		go func() {
			defer close(listening)
			f.listen(ctx, l, opt)
		}()
	}
	fl := follower{feed: f, src: src, opt: opt, sent: map[int64]struct{}{}, floor: last}
	failing := false
	for {
		err := fl.poll(ctx)
		switch {
		case err != nil && ctx.Err() == nil && !failing:
			opt.Logger.ErrorContext(ctx, "follow recorded messages", "err", err)
			failing = true
		case err == nil && failing:
			opt.Logger.InfoContext(ctx, "following recorded messages again")
			failing = false
		}
		select {
		case <-ctx.Done():
			return nil
		case <-wake:
		case <-opt.Clock.After(opt.Poll):
		}
	}
}

// fl0 reads the follower's starting position, the newest message id,
// retrying every Poll until it succeeds or ctx ends.
func startPosition(ctx context.Context, src MessageSource, opt FollowOptions) (int64, error) {
	failing := false
	for {
		last, err := src.LastMessageID(ctx)
		if err == nil {
			return last, nil
		}
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		if !failing {
			opt.Logger.ErrorContext(ctx, "read the newest message id; retrying", "err", err)
			failing = true
		}
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-opt.Clock.After(opt.Poll):
		}
	}
}

// listen wakes the follower whenever l hears of new messages, until ctx
// ends. A lost connection is retried after a pause; meanwhile the
// follower's polls deliver, only later.
func (f *MessageFeed) listen(ctx context.Context, l messageListener, opt FollowOptions) {
	const pause = 5 * time.Second
	wake := func() {
		f.mu.Lock()
		if len(f.subs) > 0 {
			f.nudge()
		}
		f.mu.Unlock()
	}
	for {
		err := l.ListenMessages(ctx, wake)
		if ctx.Err() != nil {
			return
		}
		opt.Logger.WarnContext(ctx, "listen for recorded messages; polling meanwhile", "err", err, "retry_in", pause)
		select {
		case <-ctx.Done():
			return
		case <-opt.Clock.After(pause):
		}
	}
}

// follower is Follow's state, used by its goroutine only.
type follower struct {
	feed *MessageFeed
	src  MessageSource
	opt  FollowOptions
	// floor: every id at or below it was sent or will never be read again.
	floor int64
	// sent holds the ids above floor already published.
	sent map[int64]struct{}
	// marks are the newest id seen at each recent poll; the floor moves
	// to a mark once it is Settle old.
	marks []mark
}

type mark struct {
	at  time.Time
	max int64
}

// poll publishes what is new in the store, or, while nobody watches, only
// moves the position to the newest message.
func (fl *follower) poll(ctx context.Context) error {
	f := fl.feed
	if !fl.watched() {
		last, err := fl.src.LastMessageID(ctx)
		if err != nil {
			return err
		}
		// Checked again after reading: a watcher that joined before
		// the read may be owed a message recorded since the old floor.
		if !fl.watched() {
			fl.moveFloor(max(fl.floor, last))
			fl.marks = fl.marks[:0]
			return nil
		}
	}
	now := fl.opt.Clock.Now()
	newest := fl.floor
	if n := len(fl.marks); n > 0 {
		newest = max(newest, fl.marks[n-1].max)
	}
	after := fl.floor
	for {
		msgs, err := fl.src.MessagesAfter(ctx, after, followPage)
		if err != nil {
			return fmt.Errorf("messages after %d: %w", after, err)
		}
		f.mu.Lock()
		for _, m := range msgs {
			after = m.ID
			newest = max(newest, m.ID)
			if _, ok := fl.sent[m.ID]; ok {
				continue
			}
			fl.sent[m.ID] = struct{}{}
			f.publish(m)
		}
		f.mu.Unlock()
		if len(msgs) < followPage {
			break
		}
	}
	fl.marks = append(fl.marks, mark{at: now, max: newest})
	floor := fl.floor
	for len(fl.marks) > 0 && now.Sub(fl.marks[0].at) >= fl.opt.Settle {
		floor = max(floor, fl.marks[0].max)
		fl.marks = fl.marks[1:]
	}
	fl.moveFloor(floor)
	return nil
}

func (fl *follower) watched() bool {
	fl.feed.mu.Lock()
	defer fl.feed.mu.Unlock()
	return len(fl.feed.subs) > 0
}

// moveFloor raises the floor and forgets the sent ids it passed.
func (fl *follower) moveFloor(floor int64) {
	if floor <= fl.floor {
		return
	}
	fl.floor = floor
	for id := range fl.sent {
		if id <= floor {
			delete(fl.sent, id)
		}
	}
	fl.feed.mu.Lock()
	fl.feed.floor = floor
	fl.feed.mu.Unlock()
}
