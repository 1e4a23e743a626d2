package ingest

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/store"
)

// Mark says which messages get keywords. The zero value is MarkAll.
type Mark uint8

const (
	// MarkAll sets the prefix keyword on every message, and the level's
	// keyword on hot and warm ones besides.
	MarkAll Mark = iota
	// MarkRouted sets keywords only on hot and warm messages, the ones
	// that are routed. A cool message is recorded as usual, and counts as
	// marked (nothing is left to do for it), but its flags are not
	// changed: on a Maildir server every flag change renames a file, and
	// most support mail is cool.
	MarkRouted
)

// ParseMark parses "all" or "routed".
func ParseMark(s string) (Mark, error) {
	switch s {
	case "all":
		return MarkAll, nil
	case "routed":
		return MarkRouted, nil
	}
	return 0, fmt.Errorf("want all or routed, got %q", s)
}

// String returns "all" or "routed".
func (m Mark) String() string {
	switch m {
	case MarkAll:
		return "all"
	case MarkRouted:
		return "routed"
	}
	return fmt.Sprintf("Mark(%d)", uint8(m))
}

// MarshalText returns m.String(), for flag.TextVar and configuration files.
func (m Mark) MarshalText() ([]byte, error) {
	if m > MarkRouted {
		return nil, fmt.Errorf("invalid %v", m)
	}
	return []byte(m.String()), nil
}

// UnmarshalText parses "all" or "routed".
func (m *Mark) UnmarshalText(b []byte) error {
	v, err := ParseMark(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// marker applies keywords (and the optional move) to recorded messages, so
// people reading the mailbox see what Hotline did and a restart can tell
// marked from unmarked mail.
type marker struct {
	in         *Ingester
	c          *imapclient.Client
	keywords   bool
	created    bool // the move folder exists (or creating it was tried)
	warnedCopy bool
}

func (in *Ingester) newMarker(c *imapclient.Client, sel *imap.SelectData) *marker {
	mk := &marker{in: in, c: c, keywords: !in.opts.NoKeywords}
	if mk.keywords && !slices.Contains(sel.PermanentFlags, imap.FlagWildcard) && !slices.Contains(sel.PermanentFlags, in.keyword("")) {
		in.log.Warn("server does not allow new keywords in this mailbox; messages will not be marked", "permanent_flags", sel.PermanentFlags)
		mk.keywords = false
	}
	return mk
}

// keyword returns the keyword for a level suffix ("" for every message).
func (in *Ingester) keyword(suffix string) imap.Flag {
	if suffix == "" {
		return imap.Flag(in.opts.KeywordPrefix)
	}
	return imap.Flag(in.opts.KeywordPrefix + "-" + suffix)
}

// flag sets the keywords on msgs. Keywords go on before a message is
// recorded, so the record can say Marked from the start and no second
// write per message is needed; a crash in between only repeats the
// (idempotent) STORE.
func (mk *marker) flag(msgs []store.Message) error {
	ptrs := make([]*store.Message, len(msgs))
	for i := range msgs {
		ptrs[i] = &msgs[i]
	}
	return mk.startFlag(ptrs)()
}

// startFlag sends the keyword STOREs for msgs and returns a function that
// waits for them. The commands are drained on their own goroutine, so a
// sync can send the next FETCH behind them instead of waiting a round trip,
// and no unread response can stall the connection for other commands.
func (mk *marker) startFlag(msgs []*store.Message) (wait func() error) {
	if !mk.keywords || mk.c == nil || len(msgs) == 0 {
		return func() error { return nil }
	}
	// One STORE per level, each with every keyword that level gets, so
	// each message changes flags once: a Maildir server renames a file per
	// change, which costs it more than serving the FETCH did.
	// With MarkRouted cool mail is left alone; its record still says
	// Marked, since there is nothing more to apply to it.
	routedOnly := mk.in.opts.Mark == MarkRouted
	var cool, hot, warm imap.UIDSet
	for _, m := range msgs {
		uid := imap.UID(m.UID)
		switch m.Level {
		case classify.Hot.String():
			hot.AddNum(uid)
		case classify.Warm.String():
			warm.AddNum(uid)
		default:
			if !routedOnly {
				cool.AddNum(uid)
			}
		}
	}
	all := mk.in.keyword("")
	var cmds []*imapclient.FetchCommand
	for _, s := range []struct {
		set imap.UIDSet
		kws []imap.Flag
	}{{cool, []imap.Flag{all}}, {hot, []imap.Flag{all, mk.in.keyword("Hot")}}, {warm, []imap.Flag{all, mk.in.keyword("Warm")}}} {
		if len(s.set) == 0 {
			continue
		}
		cmds = append(cmds, mk.c.Store(s.set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: s.kws}, nil))
	}
	if len(cmds) == 0 {
		return func() error { return nil }
	}
	done := make(chan error, 1)
	go func() {
		var first error
		for _, cmd := range cmds {
			if err := cmd.Close(); err != nil && first == nil {
				first = err
			}
		}
		done <- first
	}()
	return func() error {
		if err := <-done; err != nil {
			mk.in.opts.Metrics.error(mk.in.opts.Mailbox.Key(), "mark")
			return fmt.Errorf("store keywords: %w", err)
		}
		return nil
	}
}

// moves reports whether hot mail is moved in this session.
func (mk *marker) moves() bool { return mk.in.opts.MoveHot != "" && mk.c != nil }

// apply finishes recorded messages that are not marked yet: keywords, the
// move of hot mail, the sink, then MarkApplied. Hot mail to be moved is
// recorded unmarked first, because moving before recording could lose it
// in a crash; a crash before MarkApplied repeats the move on restart.
func (mk *marker) apply(ctx context.Context, recs []recorded, emit func(store.Message)) (notified int, err error) {
	if len(recs) == 0 {
		return 0, nil
	}
	msgs := make([]store.Message, len(recs))
	var hot imap.UIDSet
	for i, r := range recs {
		msgs[i] = r.msg
		if r.msg.Level == classify.Hot.String() {
			hot.AddNum(imap.UID(r.msg.UID))
		}
	}
	if err := mk.flag(msgs); err != nil {
		return 0, err
	}
	if mk.moves() && len(hot) > 0 {
		if err := mk.move(hot); err != nil {
			mk.in.opts.Metrics.error(mk.in.opts.Mailbox.Key(), "move")
			return 0, err
		}
	}
	for _, r := range recs {
		if err := mk.in.opts.Store.MarkApplied(ctx, r.msg.ID); err != nil {
			return notified, fmt.Errorf("mark applied uid %d: %w", r.msg.UID, err)
		}
		if r.notify {
			r.msg.Marked = true
			mk.in.notify(ctx, r.msg, emit)
			notified++
		}
	}
	return notified, nil
}

// notify tells the sink and the SyncOnce collector about m.
func (in *Ingester) notify(ctx context.Context, m store.Message, emit func(store.Message)) {
	if in.opts.Sink != nil {
		in.opts.Sink.Recorded(ctx, m)
	}
	if emit != nil {
		emit(m)
	}
}

// move moves hot mail to the configured folder, creating it first.
//
// imapclient's own MOVE fallback pipelines STORE \Deleted and EXPUNGE
// behind COPY without waiting for it, so a failed COPY (missing folder,
// quota) would delete the mail. Here each step waits for the previous one,
// and without UIDPLUS the originals are left in place, because a plain
// EXPUNGE would also remove messages a person had marked \Deleted.
func (mk *marker) move(set imap.UIDSet) error {
	folder := mk.in.opts.MoveHot
	if !mk.created {
		err := mk.c.Create(folder, nil).Wait()
		var imapErr *imap.Error
		if err != nil && !(errors.As(err, &imapErr) && imapErr.Code == imap.ResponseCodeAlreadyExists) {
			// Servers that omit the ALREADYEXISTS code just say NO; the
			// move below reports a real problem.
			mk.in.log.Debug("create move folder", "folder", folder, "err", err)
		}
		mk.created = true
	}
	caps := mk.c.Caps()
	if caps.Has(imap.CapMove) {
		if _, err := mk.c.Move(set, folder).Wait(); err != nil {
			return fmt.Errorf("move hot mail to %s: %w", folder, err)
		}
		return nil
	}
	if _, err := mk.c.Copy(set, folder).Wait(); err != nil {
		return fmt.Errorf("copy hot mail to %s: %w", folder, err)
	}
	if !caps.Has(imap.CapUIDPlus) {
		if !mk.warnedCopy {
			mk.in.log.Warn("server has neither MOVE nor UIDPLUS; hot mail is copied, originals stay", "folder", folder)
			mk.warnedCopy = true
		}
		return nil
	}
	if err := mk.c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
		return fmt.Errorf("flag copied hot mail deleted: %w", err)
	}
	if err := mk.c.UIDExpunge(set).Close(); err != nil {
		return fmt.Errorf("expunge copied hot mail: %w", err)
	}
	return nil
}

// retryUnmarked finishes messages recorded before a crash or a lost
// connection: keywords, the sink notification, MarkApplied.
func (in *Ingester) retryUnmarked(ctx context.Context, mk *marker, uidValidity uint32, emit func(store.Message)) error {
	const limit = 500
	for round := 0; round < 20; round++ {
		msgs, err := in.opts.Store.Unmarked(ctx, in.opts.Mailbox.Key(), limit)
		if err != nil {
			return fmt.Errorf("list unmarked: %w", err)
		}
		if len(msgs) == 0 {
			return nil
		}
		var recs, stale []recorded
		for _, m := range msgs {
			if m.UIDValidity != uidValidity {
				// The UID no longer names this message; it cannot get
				// keywords, but consumers still need to hear about it.
				stale = append(stale, recorded{msg: m, notify: true})
				continue
			}
			recs = append(recs, recorded{msg: m, notify: true})
		}
		in.log.Info("finishing messages recorded earlier", "count", len(msgs))
		if _, err := mk.apply(ctx, recs, emit); err != nil {
			return err
		}
		if _, err := (&marker{in: in}).apply(ctx, stale, emit); err != nil {
			return err
		}
		if len(msgs) < limit {
			return nil
		}
	}
	return nil
}
