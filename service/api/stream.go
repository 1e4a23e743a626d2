package api

import (
	"context"
	"errors"
	"io"
	"runtime"
	"sync"

	"google.golang.org/grpc"
	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
)

// streamWindowPerWorker is how many messages of one stream may wait per
// worker, received but not yet answered: enough that a worker finds the
// next message ready and that answers leave in bursts, which the
// transport writes together.
const streamWindowPerWorker = 4

// streamItem is one message of a stream on its way through the pipeline.
type streamItem struct {
	req  *hotlinev1.ClassifyStreamRequest
	cost int64
	resp *hotlinev1.ClassifyStreamResponse
	// err is set when the caller went away while the message was scored.
	err error
	// done receives once the worker has filled resp or err.
	done chan struct{}
}

// streamPipeline scores the messages of one ClassifyStream on several
// cores and answers them in order. The handler's goroutine receives,
// workers score, and one sender answers in the order received.
//
// When every core is already scoring (many streams at once), a message is
// scored on the receiving goroutine, without the hand-off to a worker that
// would only cost time, and answered there too when nothing of this stream
// is pending.
//
// The stream's memory stays near what the in-flight limit counts for it
// (the largest request): messages are taken on while those being worked
// on total at most half of that, a message over half waits until the
// others are answered, and none is read while a large one is in work. A
// stream of large messages is thus scored one message at a time, as
// before; a stream of ordinary mail keeps every core busy.
type streamPipeline struct {
	s      *ClassifierServer
	stream grpc.BidiStreamingServer[hotlinev1.ClassifyStreamRequest, hotlinev1.ClassifyStreamResponse]
	ctx    context.Context
	// workers is how many goroutines score this stream's messages.
	workers int

	jobs  chan *streamItem
	order chan *streamItem
	free  chan *streamItem

	mu   sync.Mutex
	cond sync.Cond
	// inflight is the cost of the messages received and not yet answered.
	inflight int64
	// sendErr ends the stream: the answer could not be sent, or the
	// caller is gone.
	sendErr error
}

// classifyStream runs the pipeline until the caller half-closes the
// stream (every message answered) or the stream fails.
func (s *ClassifierServer) classifyStream(stream grpc.BidiStreamingServer[hotlinev1.ClassifyStreamRequest, hotlinev1.ClassifyStreamResponse]) error {
	workers := max(1, runtime.GOMAXPROCS(0))
	window := workers * streamWindowPerWorker
	p := &streamPipeline{s: s, stream: stream, ctx: stream.Context(), workers: workers,
		jobs: make(chan *streamItem, window), order: make(chan *streamItem, window), free: make(chan *streamItem, window)}
	p.cond.L = &p.mu
	for range window {
		p.free <- &streamItem{done: make(chan struct{}, 1)}
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Go(p.work)
	}
	sent := make(chan struct{})
	go func() {
		defer close(sent)
		p.send()
	}()
	recvErr := p.receive()
	close(p.jobs)
	close(p.order)
	wg.Wait()
	<-sent
	if p.sendErr != nil {
		return p.sendErr
	}
	return recvErr
}

// budget is the cost of messages a stream works on at once.
func (p *streamPipeline) budget() int64 {
	return max(int64(p.s.maxMessageBytes)/2, minRequestCost)
}

// receive reads messages and hands them to the workers and the sender,
// until the caller half-closes, the stream fails or the sender stops.
func (p *streamPipeline) receive() error {
	budget := p.budget()
	for {
		var it *streamItem
		select {
		case it = <-p.free:
		case <-p.ctx.Done():
			return status.FromContextError(p.ctx.Err()).Err()
		}
		// read on only while the messages in work leave room
		if !p.wait(func() bool { return p.inflight <= budget }) {
			return nil
		}
		req, err := p.stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		it.req, it.resp, it.err = req, nil, nil
		it.cost = requestCost(req, int64(p.s.maxMessageBytes)+1)
		// a large message waits until it can be worked on alone
		if !p.wait(func() bool { return p.inflight == 0 || p.inflight+it.cost <= budget }) {
			return nil
		}
		p.mu.Lock()
		idle := p.inflight == 0
		busy := p.s.scoring.Load() >= int64(p.workers)
		if !idle || !busy {
			p.inflight += it.cost
			p.mu.Unlock()
			p.order <- it
			if !busy {
				p.jobs <- it
				continue
			}
			// Every core is scoring: a worker would only get to the
			// message when one is free, after switches that cost more
			// than it saves. It is scored here and answered in its turn.
			p.score(it)
			it.done <- struct{}{}
			continue
		}
		p.mu.Unlock()
		// Every core is scoring already and nothing of this stream is
		// waiting: handing the message on would only add switches, so
		// it is scored and answered here, as a serial loop would.
		p.score(it)
		err = it.err
		if err == nil {
			err = p.stream.Send(it.resp)
		}
		it.req, it.resp = nil, nil
		p.free <- it
		if err != nil {
			p.mu.Lock()
			p.sendErr = err
			p.mu.Unlock()
			return nil
		}
	}
}

// wait blocks until ready holds and reports true, or reports false once
// the sender has stopped.
func (p *streamPipeline) wait(ready func() bool) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.sendErr == nil && !ready() {
		p.cond.Wait()
	}
	return p.sendErr == nil
}

// work scores messages until the jobs run out.
func (p *streamPipeline) work() {
	for it := range p.jobs {
		p.score(it)
		it.done <- struct{}{}
	}
}

// score fills it.resp, or it.err when the caller has gone.
func (p *streamPipeline) score(it *streamItem) {
	p.s.scoring.Add(1)
	defer p.s.scoring.Add(-1)
	it.resp = &hotlinev1.ClassifyStreamResponse{Id: it.req.GetId()}
	res, err := p.s.classifyItem(p.ctx, it.req.GetRequest())
	switch {
	case err == nil:
		it.resp.Outcome = &hotlinev1.ClassifyStreamResponse_Result{Result: res}
	case p.ctx.Err() != nil:
		// The caller is gone: nobody reads the answer.
		it.err = status.FromContextError(p.ctx.Err()).Err()
	default:
		st := status.Convert(err)
		it.resp.Outcome = &hotlinev1.ClassifyStreamResponse_Error{Error: &hotlinev1.ClassifyError{
			Code:    int32(st.Code()),
			Message: st.Message(),
		}}
	}
}

// send answers the messages in the order they were received. After a
// failure it stops the receiver and lets the remaining messages drain
// unanswered.
func (p *streamPipeline) send() {
	failed := false
	for it := range p.order {
		<-it.done
		if !failed {
			err := it.err
			if err == nil {
				err = p.stream.Send(it.resp)
			}
			if err != nil {
				failed = true
				p.mu.Lock()
				p.sendErr = err
				p.mu.Unlock()
			}
		}
		p.mu.Lock()
		p.inflight -= it.cost
		p.cond.Broadcast()
		p.mu.Unlock()
		it.req, it.resp = nil, nil
		p.free <- it
	}
}
