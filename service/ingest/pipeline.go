package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sync"
	"time"

	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/mail"
	"github.com/hotline/hotline/service/store"
)

// maxRawBytes caps the raw copy kept for malformed messages, so one broken
// 25 MB mail does not bloat the database.
const maxRawBytes = 1 << 20

// pipeline parses and classifies fetched messages on several goroutines
// and hands them back strictly in fetch (UID) order, because the
// checkpoint is "everything up to LastUID is recorded".
//
// Each message's result has its place in fetch order from the moment it
// is queued, so the workers write it there and nothing needs putting back
// in order afterwards: a first sync passes thousands of messages through,
// and a job, a channel and a copy of the scored message for each were a
// sizeable share of what the garbage collector had to clear.
type pipeline struct {
	ctx     context.Context
	work    chan job
	workers sync.WaitGroup
	// out holds the queued messages' results in fetch order; they are
	// complete once close has waited for the workers.
	out []*prepared
	// arena backs the results of the first len(arena) messages, so a
	// batch allocates them at once; a batch that outgrows it (a server
	// answering twice for one UID) allocates the rest one by one, since
	// the workers hold pointers into it.
	arena []prepared
}

// job is one fetched message on its way to a worker, and where its
// result goes.
type job struct {
	f   fetched
	out *prepared
}

// prepared is a scored message waiting to be recorded.
type prepared struct {
	msg       store.Message
	ckpt      uint32
	delivered time.Time
}

// startPipeline starts the workers of a pipeline for about size messages.
func (in *Ingester) startPipeline(ctx context.Context, cp store.Checkpoint, size int) *pipeline {
	p := &pipeline{
		ctx:   ctx,
		work:  make(chan job, 2*in.opts.Workers),
		out:   make([]*prepared, 0, size),
		arena: make([]prepared, size),
	}
	for range in.opts.Workers {
		p.workers.Add(1)
		go func() {
			defer p.workers.Done()
			var ps mail.Parser // this worker's read buffers, reused per message
			for j := range p.work {
				*j.out = prepared{msg: in.prepare(ctx, &ps, j.f, cp), ckpt: j.f.ckpt, delivered: j.f.internalDate}
				// prepare copied what it keeps of the body.
				in.recycleRaw(j.f.raw)
			}
		}()
	}
	return p
}

// add queues f; it returns false once the pipeline's context is done.
func (p *pipeline) add(f fetched) bool {
	out := new(prepared)
	if n := len(p.out); n < len(p.arena) {
		out = &p.arena[n]
	}
	select {
	case p.work <- job{f: f, out: out}:
	case <-p.ctx.Done():
		return false
	}
	p.out = append(p.out, out)
	return true
}

// close waits for every queued message and returns them in order.
func (p *pipeline) close() []*prepared {
	close(p.work)
	p.workers.Wait()
	return p.out
}

// prepare turns one fetched message into a scored store.Message. It never
// fails: whatever cannot be parsed becomes a problem on the record, so a
// malformed message is stored and skipped rather than retried forever.
// ps parses it; each worker has its own.
func (in *Ingester) prepare(ctx context.Context, ps *mail.Parser, f fetched, cp store.Checkpoint) store.Message {
	m := store.Message{
		Mailbox:     cp.Mailbox,
		UIDValidity: cp.UIDValidity,
		UID:         uint32(f.uid),
		Size:        f.size,
		Level:       classify.Cool.String(),
	}
	if f.fetchErr != nil {
		m.ContentHash = contentHash(f, cp)
		m.Problems = append(m.Problems, "fetch: "+f.fetchErr.Error())
		return m
	}
	truncated := f.size > int64(len(f.raw))
	if truncated {
		m.Problems = append(m.Problems, fmt.Sprintf("truncated: fetched the first %d of %d bytes", len(f.raw), f.size))
	}

	parsed, err := in.parse(ps, f.raw)
	if err != nil {
		m.Problems = append(m.Problems, "parse: "+err.Error())
	}
	if parsed != nil && len(f.raw) > 0 {
		// The parser hashed every byte it was given on the way.
		m.ContentHash = parsed.SHA256
	} else {
		m.ContentHash = contentHash(f, cp)
	}
	if parsed != nil {
		fill(&m, parsed)
		res, err := in.classify(ctx, parsed)
		if err != nil {
			m.Problems = append(m.Problems, "classify: "+err.Error())
		} else {
			m.Anger, m.Urgency, m.Heat, m.Sentiment = res.Anger, res.Urgency, res.Heat, res.Sentiment
			m.Level = res.Level.String()
			m.Prepared, m.Body = res.Prepared, parsed.Text
			for _, r := range res.Reasons {
				m.Reasons = append(m.Reasons, store.Reason{Signal: r.Signal, Weight: r.Weight, Phrase: r.Phrase, Start: r.Start, End: r.End})
			}
		}
	}
	if len(m.Problems) > 0 {
		m.Raw = bytes.Clone(f.raw[:min(len(f.raw), maxRawBytes)])
	}
	if m.Size == 0 {
		m.Size = int64(len(f.raw))
	}
	return m
}

// contentHash is the hex SHA-256 of the fetched bytes, for deduplication.
func contentHash(f fetched, cp store.Checkpoint) string {
	sum := sha256.Sum256(f.raw)
	if len(f.raw) == 0 {
		// Nothing to hash: an empty body (or a server that could not
		// deliver one) must not make distinct messages look like
		// duplicates of each other.
		sum = sha256.Sum256(fmt.Appendf(nil, "empty %s %d %d", cp.Mailbox, cp.UIDValidity, f.uid))
	}
	return hex.EncodeToString(sum[:])
}

// parse calls mail.Parse and turns a panic into an error: a parser bug on
// one message must not take down the mailbox.
func (in *Ingester) parse(ps *mail.Parser, raw []byte) (msg *mail.Message, err error) {
	defer func() {
		if r := recover(); r != nil {
			msg, err = nil, fmt.Errorf("parser panic: %v", r)
		}
	}()
	return ps.Parse(bytes.NewReader(raw), in.opts.MailOptions)
}

func (in *Ingester) classify(ctx context.Context, msg *mail.Message) (res classify.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("classifier panic: %v", r)
		}
	}()
	// A fetched message is judged whole: stopping the mailbox must not
	// record it as a classification problem. The classifier bounds its
	// own work, so this waits a few milliseconds at most.
	return in.opts.Classifier.Classify(context.WithoutCancel(ctx), classify.FromMail(msg))
}

func fill(m *store.Message, p *mail.Message) {
	m.MessageID = p.MessageID
	m.InReplyTo = p.InReplyTo
	m.References = p.References
	m.From = p.From
	m.FromName = p.FromName
	m.Subject = p.Subject
	m.Date = p.Date
	for _, a := range p.Attachments {
		m.Attachments = append(m.Attachments, store.Attachment{Name: a.Name, ContentType: a.ContentType, Size: a.Size})
	}
	m.Problems = append(m.Problems, p.Problems...)
}
