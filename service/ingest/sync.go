package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/store"
)

// fetched is one message as the server returned it.
type fetched struct {
	uid          imap.UID
	size         int64
	internalDate time.Time
	raw          []byte
	// ckpt is the checkpoint LastUID to store with this message.
	ckpt uint32
	// fetchErr is set when the server could not deliver the message at all;
	// the message is still recorded so it cannot block the mailbox.
	fetchErr error
}

// recorded is a message written to the store that still needs its move,
// its keywords or its notification.
type recorded struct {
	msg store.Message
	// notify is true for messages the sink has not heard of: new ones, and
	// unmarked ones left over from an interrupted run.
	notify bool
}

// sync selects the mailbox and records every message above the checkpoint.
//
// wake, if not nil, is drained after SELECT: whatever new mail it
// announced is seen by this sync, and a stale signal would only cost an
// extra round trip after the next IDLE starts.
func (in *Ingester) sync(ctx context.Context, c *imapclient.Client, wake chan struct{}, emit func(store.Message)) (int, error) {
	key := in.opts.Mailbox.Key()
	sel, err := c.Select(in.opts.Mailbox.Name, nil).Wait()
	if err != nil {
		return 0, fmt.Errorf("select %s: %w", in.opts.Mailbox.Name, err)
	}
	select {
	case <-wake:
	default:
	}
	cp, err := in.opts.Store.Checkpoint(ctx, key)
	if err != nil {
		return 0, fmt.Errorf("read checkpoint: %w", err)
	}
	cp.Mailbox = key
	if cp.UIDValidity != sel.UIDValidity {
		if cp.UIDValidity != 0 {
			// The server renumbered the mailbox: every UID we know is void.
			// Content dedup in the store keeps old mail from being counted
			// twice while we read it all again, and keeps its row, so it
			// is not routed again; the sink hears only of new mail.
			in.log.Warn("uidvalidity changed; resyncing mailbox", "old", cp.UIDValidity, "new", sel.UIDValidity)
		}
		cp = store.Checkpoint{Mailbox: key, UIDValidity: sel.UIDValidity}
		if err := in.opts.Store.SetCheckpoint(ctx, cp); err != nil {
			return 0, fmt.Errorf("reset checkpoint: %w", err)
		}
	}
	mk := in.newMarker(c, sel)
	if err := in.retryUnmarked(ctx, mk, sel.UIDValidity, emit); err != nil {
		return 0, err
	}
	if sel.NumMessages == 0 || (sel.UIDNext != 0 && uint32(sel.UIDNext) <= cp.LastUID+1) {
		return 0, nil
	}

	criteria := &imap.SearchCriteria{UID: []imap.UIDSet{{imap.UIDRange{Start: imap.UID(cp.LastUID + 1), Stop: 0}}}}
	if cp.LastUID == 0 && !in.opts.Since.IsZero() {
		criteria.Since = in.opts.Since
	}
	res, err := c.UIDSearch(criteria, nil).Wait()
	if err != nil {
		return 0, fmt.Errorf("uid search: %w", err)
	}
	// "n:*" always matches the highest UID even when it is below n.
	uids := slices.DeleteFunc(res.AllUIDs(), func(u imap.UID) bool { return uint32(u) <= cp.LastUID })
	slices.Sort(uids)
	if len(uids) == 0 {
		return 0, nil
	}
	in.log.Debug("new messages", "count", len(uids), "last_uid", cp.LastUID)

	// Fetching and scoring batch k+1 (IMAP, CPU) overlaps recording batch
	// k (SQLite). The FETCH of batch k+1 goes out as soon as the responses
	// of batch k are read, ahead of batch k's keyword STOREs, so the
	// server streams the next batch while the last messages of this one are
	// scored and recorded. A batch is recorded once its STOREs are done and
	// the batch before it is committed, on a goroutine of its own, so the
	// sink still sees one mailbox's mail in UID order from one goroutine at
	// a time.
	//
	// Moving hot mail needs the connection between batches, so with a move
	// folder nothing is fetched ahead and each batch is finished (moved,
	// notified) before the next one is recorded.
	prefetch := !mk.moves()
	// Up to lag batches may wait for their STOREs and their turn to be
	// recorded. A batch's STOREs are answered only after the FETCH sent
	// before them, so with fetching ahead the wait for batch k-lag must
	// not depend on the FETCH of batch k+1: lag 2 keeps it behind the FETCH
	// of batch k, which is read by then.
	lag := 1
	if prefetch {
		lag = 2
	}
	done := 0
	var pending []*recording
	// finish waits for the oldest recording and finishes what it left.
	finish := func() error {
		r := pending[0]
		pending = pending[1:]
		<-r.done
		done += r.res.notified
		if r.res.err != nil {
			return r.res.err
		}
		moved, err := mk.apply(ctx, r.res.toMove, emit)
		done += moved
		if err != nil {
			return err
		}
		if in.opts.Progress != nil {
			in.opts.Progress(key, r.end, len(uids))
		}
		return nil
	}
	// drain waits for every recording, so that none outlives the sync,
	// and returns the first error.
	drain := func() error {
		var first error
		for len(pending) > 0 {
			if err := finish(); err != nil && first == nil && !errors.Is(err, errBatchSkipped) {
				first = err
			}
		}
		return first
	}
	var ahead *imapclient.FetchCommand // the FETCH of the next batch, when sent
	for start := 0; start < len(uids); start += in.opts.BatchSize {
		end := min(start+in.opts.BatchSize, len(uids))
		batch := uids[start:end]
		var following []imap.UID
		if prefetch && end < len(uids) {
			following = uids[end:min(end+in.opts.BatchSize, len(uids))]
		}
		ready, flagged, missing, next, err := in.fetchBatch(ctx, c, mk, cp, batch, ahead, following)
		ahead = next
		if err != nil {
			if derr := drain(); derr != nil {
				return done, derr
			}
			return done, err
		}
		if !prefetch {
			if err := drain(); err != nil {
				return done, err
			}
		}
		var prev *recording
		if len(pending) > 0 {
			prev = pending[len(pending)-1]
		}
		r := &recording{end: end, done: make(chan struct{})}
		go func() {
			defer close(r.done)
			// Keywords go on before the record says Marked.
			if err := flagged(); err != nil {
				r.res.err = err
				return
			}
			if prev != nil {
				<-prev.done
				if prev.res.err != nil {
					// The checkpoint must not pass the batch that failed.
					r.res.err = errBatchSkipped
					return
				}
			}
			r.res.notified, r.res.toMove, r.res.err = in.recordBatch(ctx, mk.moves(), cp, batch, ready, missing, emit)
		}()
		pending = append(pending, r)
		for len(pending) > lag {
			if err := finish(); err != nil {
				drain()
				return done, err
			}
		}
	}
	return done, drain()
}

// errBatchSkipped marks a batch left unrecorded because an earlier one
// failed; the earlier error is the one reported.
var errBatchSkipped = errors.New("batch not recorded after an earlier batch failed")

// recording is one batch on its way into the store.
type recording struct {
	end  int // UIDs done once it is recorded, for Progress
	done chan struct{}
	res  batchResult
}

// batchResult is what recording one batch left to do.
type batchResult struct {
	notified int
	toMove   []recorded
	err      error
}

// fetchBatch fetches and scores one batch of UIDs (ascending) and sends
// the STOREs for their keywords; flagged waits for those, and must return
// nil before the batch is recorded. missing reports UIDs that turned out
// to be expunged.
//
// sent, if not nil, is the FETCH of this batch, already sent. following,
// if not empty, is the next batch: its FETCH is sent as soon as this
// batch's responses are read, and returned as next.
func (in *Ingester) fetchBatch(ctx context.Context, c *imapclient.Client, mk *marker, cp store.Checkpoint, batch []imap.UID, sent *imapclient.FetchCommand, following []imap.UID) (ready []*prepared, flagged func() error, missing bool, nextCmd *imapclient.FetchCommand, err error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	pipe := in.startPipeline(ctx, cp, len(batch))

	// The checkpoint says "every UID up to here is recorded", so a message
	// may only carry its own UID as checkpoint when no earlier UID of the
	// batch is still outstanding. Outstanding UIDs are resolved after the
	// FETCH: expunged, fetched again, or recorded as unfetchable.
	set := imap.UIDSetNum(batch...)
	if sent == nil {
		sent = in.startFetch(c, set)
	}
	seen := make(map[imap.UID]bool, len(batch))
	next := 0 // batch[:next] have been passed by the response stream
	fetchErr := in.readFetch(ctx, c, sent, set, func(f fetched) bool {
		seen[f.uid] = true
		for next < len(batch) && batch[next] <= f.uid {
			next++
		}
		f.ckpt = uint32(f.uid)
		for _, u := range batch[:next] {
			if !seen[u] {
				f.ckpt = min(f.ckpt, uint32(u)-1)
				break
			}
		}
		return pipe.add(f)
	})
	var imapErr *imap.Error
	if fetchErr != nil && !errors.As(fetchErr, &imapErr) {
		pipe.close()
		return nil, nil, false, nil, fmt.Errorf("uid fetch: %w", fetchErr)
	}
	if fetchErr != nil {
		// A NO for the whole FETCH (EXPUNGEISSUED, an unreadable message
		// file) leaves the connection usable; the rest is per message.
		in.log.Info("fetch reported a problem; checking missing messages one by one", "err", fetchErr)
	}
	var lost []imap.UID
	for _, u := range batch {
		if !seen[u] {
			lost = append(lost, u)
		}
	}
	if len(lost) > 0 {
		if err := in.resolveMissing(ctx, c, lost, pipe); err != nil {
			pipe.close()
			return nil, nil, false, nil, err
		}
	}
	// Nothing of this batch needs the connection any more: let the server
	// stream the next batch while this one is scored.
	if len(following) > 0 && ctx.Err() == nil {
		nextCmd = in.startFetch(c, imap.UIDSetNum(following...))
	}
	ready = pipe.close()
	if err := ctx.Err(); err != nil {
		return nil, nil, false, nextCmd, err
	}
	msgs := make([]*store.Message, len(ready))
	for i, p := range ready {
		msgs[i] = &p.msg
	}
	return ready, mk.startFlag(msgs), len(lost) > 0, nextCmd, nil
}

// recordChunk is the most messages recorded in one store transaction. A
// transaction per message made the store's commits the bound on a first
// sync; one per fetched batch (200 by default) removes that, while a cap
// keeps a large BatchSize from holding the store's write lock for long.
const recordChunk = 200

// recordBatch writes one fetched batch in UID order and notifies the sink
// of new messages. Hot mail that is to be moved is recorded unmarked and
// returned; the caller moves it. It must not use the IMAP connection.
//
// Each chunk of messages is one RecordMessages transaction whose checkpoint
// is the highest one any of its messages carries: recording them one by one
// would have left the checkpoint there too (it only moves forward), and a
// crash leaves either the whole chunk with its checkpoint or neither. The
// sink hears of a message only after its chunk is committed.
func (in *Ingester) recordBatch(ctx context.Context, moveHot bool, cp store.Checkpoint, batch []imap.UID, ready []*prepared, missing bool, emit func(store.Message)) (int, []recorded, error) {
	var toMove []recorded
	n := 0
	// Checked once: the arguments of a disabled Debug call are still
	// boxed, several allocations a message.
	debug := in.log.Enabled(ctx, slog.LevelDebug)
	// The messages are recorded where the pipeline left them: nothing
	// else uses them once their batch is handed here.
	ptrs := make([]*store.Message, len(ready))
	for start := 0; start < len(ready); start += recordChunk {
		end := min(start+recordChunk, len(ready))
		next := cp
		for i := start; i < end; i++ {
			m := &ready[i].msg
			// Marked: its keywords, as Options.Mark asks (none for cool
			// mail under MarkRouted), are on. Only hot mail still to be
			// moved is left for apply.
			m.Marked = !(moveHot && m.Level == classify.Hot.String())
			ptrs[i] = m
			next.LastUID = max(next.LastUID, ready[i].ckpt)
		}
		inserted, err := in.opts.Store.RecordMessages(ctx, ptrs[start:end], next)
		if err != nil {
			in.opts.Metrics.error(cp.Mailbox, "store")
			return n, nil, fmt.Errorf("record uids %d-%d: %w", ptrs[start].UID, ptrs[end-1].UID, err)
		}
		for i := start; i < end; i++ {
			m := *ptrs[i]
			in.opts.Metrics.recorded(cp.Mailbox, m, ready[i].delivered, inserted[i-start])
			if debug && inserted[i-start] {
				in.log.Debug("recorded message", "uid", m.UID, "message_id", m.MessageID, "level", m.Level)
			}
			if !m.Marked {
				toMove = append(toMove, recorded{msg: m, notify: inserted[i-start]})
				continue
			}
			if inserted[i-start] {
				in.notify(ctx, m, emit)
				n++
			}
		}
	}
	// Every UID of the batch is now recorded or gone.
	if missing {
		cp.LastUID = uint32(batch[len(batch)-1])
		if err := in.opts.Store.SetCheckpoint(ctx, cp); err != nil {
			return n, nil, fmt.Errorf("advance checkpoint past expunged messages: %w", err)
		}
	}
	return n, toMove, nil
}

// resolveMissing handles UIDs that SEARCH found but FETCH did not return.
// Expunged ones are skipped; the others are fetched one at a time, and one
// that still cannot be fetched is recorded with a problem, so a single
// broken message never stops the mailbox.
func (in *Ingester) resolveMissing(ctx context.Context, c *imapclient.Client, missing []imap.UID, pipe *pipeline) error {
	// NOOP lets the server report expunges it held back during FETCH.
	if err := c.Noop().Wait(); err != nil {
		return fmt.Errorf("noop: %w", err)
	}
	res, err := c.UIDSearch(&imap.SearchCriteria{UID: []imap.UIDSet{imap.UIDSetNum(missing...)}}, nil).Wait()
	if err != nil {
		return fmt.Errorf("uid search missing: %w", err)
	}
	exists := map[imap.UID]bool{}
	for _, u := range res.AllUIDs() {
		exists[u] = true
	}
	for _, uid := range missing {
		if !exists[uid] {
			in.log.Debug("message expunged before fetch", "uid", uid)
			continue
		}
		got := false
		err := in.fetch(ctx, c, imap.UIDSetNum(uid), func(f fetched) bool {
			got = true
			f.ckpt = uint32(uid)
			return pipe.add(f)
		})
		var imapErr *imap.Error
		if err != nil && !errors.As(err, &imapErr) {
			return fmt.Errorf("uid fetch %d: %w", uid, err)
		}
		if got {
			continue
		}
		if err == nil {
			err = errors.New("server returned no body")
		}
		in.log.Warn("message cannot be fetched; recording it with a problem", "uid", uid, "err", err)
		pipe.add(fetched{uid: uid, ckpt: uint32(uid), fetchErr: err})
	}
	return nil
}

// fetch streams one UID FETCH, calling fn for each message. fn returns false
// to stop early (the rest of the response is drained).
func (in *Ingester) fetch(ctx context.Context, c *imapclient.Client, set imap.UIDSet, fn func(fetched) bool) error {
	return in.readFetch(ctx, c, in.startFetch(c, set), set, fn)
}

// startFetch sends the UID FETCH of set without reading its responses.
func (in *Ingester) startFetch(c *imapclient.Client, set imap.UIDSet) *imapclient.FetchCommand {
	section := &imap.FetchItemBodySection{Peek: true, Partial: &imap.SectionPartial{Offset: 0, Size: in.opts.MaxMessageBytes}}
	return c.Fetch(set, &imap.FetchOptions{
		UID:          true,
		RFC822Size:   true,
		InternalDate: true,
		BodySection:  []*imap.FetchItemBodySection{section},
	})
}

// readFetch reads the responses of cmd, the FETCH of set, calling fn for
// each message, as fetch does.
func (in *Ingester) readFetch(ctx context.Context, c *imapclient.Client, cmd *imapclient.FetchCommand, set imap.UIDSet, fn func(fetched) bool) error {
	defer cmd.Close()
	keepGoing := true
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		if !keepGoing {
			continue
		}
		var f fetched
		gotBody := false
		for item := msg.Next(); item != nil; item = msg.Next() {
			switch v := item.(type) {
			case imapclient.FetchItemDataUID:
				f.uid = v.UID
			case imapclient.FetchItemDataRFC822Size:
				f.size = v.Size
			case imapclient.FetchItemDataInternalDate:
				f.internalDate = v.Time
			case imapclient.FetchItemDataBodySection:
				if v.Literal == nil {
					continue
				}
				gotBody = true
				raw, err := readLiteral(v.Literal, in.opts.MaxMessageBytes, in.rawBuf())
				if err != nil {
					// After a failed literal read imapclient's reader goroutine
					// resumes on the same buffer that draining the literal
					// would read, so stop it before anything drains.
					c.Close()
					select {
					case <-c.Closed():
					case <-time.After(10 * time.Second):
					}
					return fmt.Errorf("read message body: %w", err)
				}
				f.raw = raw
			}
		}
		if f.uid == 0 || !set.Contains(f.uid) {
			// An unsolicited FETCH (e.g. a flag change by another client).
			continue
		}
		if !gotBody {
			// Typically expunged by another client; resolveMissing decides.
			continue
		}
		if f.size == 0 {
			f.size = int64(len(f.raw))
		}
		keepGoing = fn(f)
		if err := ctx.Err(); err != nil {
			keepGoing = false
		}
	}
	if err := cmd.Close(); err != nil {
		return err
	}
	return ctx.Err()
}

// readLiteral reads a message body into buf, or into a new buffer when
// buf is too small.
func readLiteral(r imap.LiteralReader, limit int64, buf []byte) ([]byte, error) {
	want := min(r.Size(), limit)
	if int64(cap(buf)) >= want {
		buf = buf[:want]
	} else {
		buf = make([]byte, want)
	}
	// A connection that drops mid-literal can surface as a plain EOF; a
	// short read must never be mistaken for a complete (smaller) message.
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, fmt.Errorf("read %d-byte literal: %w", want, err)
	}
	// Anything beyond the limit (a server ignoring the partial) is drained
	// by the client when the item is discarded.
	return buf, nil
}

// maxRawBufs and maxRawBufBytes bound what rawBufs keeps: enough for the
// messages a pipeline holds at once, and no buffer of an unusually large
// message.
const (
	maxRawBufs     = 64
	maxRawBufBytes = 64 << 10
)

// rawBuf returns a recycled body buffer, or nil.
func (in *Ingester) rawBuf() []byte {
	select {
	case b := <-in.rawBufs:
		return b
	default:
		return nil
	}
}

// recycleRaw keeps buf for another body. Nothing may use buf afterwards.
func (in *Ingester) recycleRaw(buf []byte) {
	if cap(buf) == 0 || cap(buf) > maxRawBufBytes {
		return
	}
	select {
	case in.rawBufs <- buf[:0]:
	default:
	}
}
