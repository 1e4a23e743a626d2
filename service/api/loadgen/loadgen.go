// Package loadgen drives a ClassifierService with concurrent callers and
// reports throughput and latency percentiles. `hotline bench` uses it to
// produce the numbers quoted in the README, against a running server or an
// in-process one.
package loadgen

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"google.golang.org/grpc"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
)

// Config says how hard and how long to drive the server. The zero value
// runs 16 unary callers for 10 seconds.
type Config struct {
	// Concurrency is the number of callers (goroutines, or streams in
	// stream mode). Zero means 16.
	Concurrency int
	// Duration is how long to measure. Zero means 10s.
	Duration time.Duration
	// Warmup runs load before measuring, so connection set-up and lazy
	// initialisation do not count. Zero means none.
	Warmup time.Duration
	// Stream sends over ClassifyStream instead of unary Classify.
	Stream bool
	// Batch, with Stream, sends this many messages in each stream message
	// over ClassifyBatchStream; zero or one means one message each over
	// ClassifyStream.
	Batch int
	// Window bounds the messages in flight on each stream. Zero means 16,
	// or two batches when that is more.
	Window int
	// Request is the message sent on every call. Nil means SampleRequest().
	Request *hotlinev1.ClassifyRequest
}

func (c Config) withDefaults() Config {
	if c.Concurrency <= 0 {
		c.Concurrency = 16
	}
	if c.Duration <= 0 {
		c.Duration = 10 * time.Second
	}
	if c.Warmup < 0 {
		c.Warmup = 0
	}
	if c.Batch < 1 {
		c.Batch = 1
	}
	if c.Window <= 0 {
		c.Window = max(16, 2*c.Batch)
	}
	if c.Request == nil {
		c.Request = SampleRequest()
	}
	return c
}

// Report is the outcome of a run. Latencies are of successful calls only;
// in stream mode they run from sending a message to receiving its answer.
type Report struct {
	Mode    string // "unary" or "stream"
	Batch   int    // messages per stream message, when more than one
	OK      int    // calls (or streamed messages) answered with a result
	Errors  int    // calls failed or messages answered with an error
	Elapsed time.Duration
	// Calls counts every completed call or message, warm-up included, for
	// dividing resource use measured over the whole run.
	Calls    int
	P50, P90 time.Duration
	P99, Max time.Duration
	// FirstError is one error seen, to say what went wrong.
	FirstError error
}

// PerSecond is the rate of successful calls or messages.
func (r Report) PerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.OK) / r.Elapsed.Seconds()
}

// Write prints the report in the form the README quotes.
func (r Report) Write(w io.Writer) {
	unit := "requests"
	if r.Mode == "stream" {
		unit = "messages"
	}
	if r.Batch > 1 {
		fmt.Fprintf(w, "mode:      %s, %d messages per batch\n", r.Mode, r.Batch)
	} else {
		fmt.Fprintf(w, "mode:      %s\n", r.Mode)
	}
	fmt.Fprintf(w, "%-10s %d in %s\n", unit+":", r.OK, r.Elapsed.Round(time.Millisecond))
	fmt.Fprintf(w, "rate:      %.0f %s/s\n", r.PerSecond(), unit)
	fmt.Fprintf(w, "latency:   p50 %s  p90 %s  p99 %s  max %s\n",
		roundLatency(r.P50), roundLatency(r.P90), roundLatency(r.P99), roundLatency(r.Max))
	fmt.Fprintf(w, "errors:    %d\n", r.Errors)
	if r.FirstError != nil {
		fmt.Fprintf(w, "first error: %v\n", r.FirstError)
	}
}

func roundLatency(d time.Duration) time.Duration {
	if d < time.Millisecond {
		return d.Round(time.Microsecond)
	}
	return d.Round(10 * time.Microsecond)
}

// tally is what one caller measured.
type tally struct {
	latencies []time.Duration
	errors    int
	firstErr  error
	calls     int
}

func (t *tally) fail(err error) {
	t.errors++
	if t.firstErr == nil {
		t.firstErr = err
	}
}

// window is the measured interval; calls outside it only warm up.
type window struct{ from, to time.Time }

func (w window) contains(t time.Time) bool { return !t.Before(w.from) && t.Before(w.to) }

// Run drives the clients (callers are spread over them round-robin, so
// several clients means several connections) and reports what it measured.
// It returns early with an error only when ctx ends.
func Run(ctx context.Context, clients []hotlinev1.ClassifierServiceClient, cfg Config) (Report, error) {
	if len(clients) == 0 {
		return Report{}, errors.New("loadgen: no clients")
	}
	cfg = cfg.withDefaults()
	start := time.Now()
	w := window{from: start.Add(cfg.Warmup), to: start.Add(cfg.Warmup + cfg.Duration)}

	tallies := make([]tally, cfg.Concurrency)
	var wg sync.WaitGroup
	for i := range tallies {
		c := clients[i%len(clients)]
		wg.Go(func() {
			switch {
			case cfg.Stream && cfg.Batch > 1:
				batchCaller(ctx, c, cfg, w, &tallies[i])
				return
			case cfg.Stream:
				streamCaller(ctx, c, cfg, w, &tallies[i])
				return
			}
			unaryCaller(ctx, c, cfg.Request, w, &tallies[i])
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Report{}, err
	}

	r := Report{Mode: "unary", Elapsed: cfg.Duration}
	if cfg.Stream {
		r.Mode = "stream"
		if cfg.Batch > 1 {
			r.Batch = cfg.Batch
		}
	}
	var all []time.Duration
	for _, t := range tallies {
		all = append(all, t.latencies...)
		r.Errors += t.errors
		r.Calls += t.calls
		if r.FirstError == nil {
			r.FirstError = t.firstErr
		}
	}
	r.OK = len(all)
	if len(all) > 0 {
		slices.Sort(all)
		r.P50, r.P90, r.P99 = percentile(all, 50), percentile(all, 90), percentile(all, 99)
		r.Max = all[len(all)-1]
	}
	return r, nil
}

// percentile returns the p-th percentile of sorted by the nearest-rank
// method.
func percentile(sorted []time.Duration, p int) time.Duration {
	rank := (p*len(sorted) + 99) / 100
	if rank < 1 {
		rank = 1
	}
	return sorted[rank-1]
}

func unaryCaller(ctx context.Context, c hotlinev1.ClassifierServiceClient, req *hotlinev1.ClassifyRequest, w window, t *tally) {
	for ctx.Err() == nil {
		begin := time.Now()
		if !begin.Before(w.to) {
			return
		}
		_, err := c.Classify(ctx, req)
		end := time.Now()
		t.calls++
		if !w.contains(end) {
			continue
		}
		if err != nil {
			if ctx.Err() == nil {
				t.fail(err)
			}
			continue
		}
		t.latencies = append(t.latencies, end.Sub(begin))
	}
}

// streamCaller keeps up to cfg.Window messages in flight on one stream.
// Answers come in request order, so the send time of each is found in a
// ring indexed by sequence number. The ring holds atomics because the
// order between writing a send time and reading it runs through the
// network, which the race detector cannot see.
func streamCaller(ctx context.Context, c hotlinev1.ClassifierServiceClient, cfg Config, w window, t *tally) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stream, err := c.ClassifyStream(ctx)
	if err != nil {
		t.fail(err)
		return
	}
	sent := make([]atomic.Int64, cfg.Window)
	credits := make(chan struct{}, cfg.Window)
	for range cfg.Window {
		credits <- struct{}{}
	}

	sendErr := make(chan error, 1)
	go func() {
		sendErr <- sendUntil(ctx, stream, cfg.Request, w, sent, credits)
	}()

	for seq := 0; ; seq++ {
		resp, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if ctx.Err() == nil {
				t.fail(err)
			}
			cancel()
			break
		}
		end := time.Now()
		t.calls++
		// Offsets from w.from keep the monotonic clock in the subtraction.
		latency := end.Sub(w.from) - time.Duration(sent[seq%len(sent)].Load())
		credits <- struct{}{}
		if !w.contains(end) {
			continue
		}
		if e := resp.GetError(); e != nil {
			t.fail(fmt.Errorf("message %s: code %d: %s", resp.GetId(), e.GetCode(), e.GetMessage()))
			continue
		}
		t.latencies = append(t.latencies, latency)
	}
	if err := <-sendErr; err != nil && ctx.Err() == nil {
		t.fail(err)
	}
}

// sendUntil sends req with increasing ids until the end of w, taking one
// credit per message, then half-closes the stream.
func sendUntil(ctx context.Context, stream grpc.BidiStreamingClient[hotlinev1.ClassifyStreamRequest, hotlinev1.ClassifyStreamResponse],
	req *hotlinev1.ClassifyRequest, w window, sent []atomic.Int64, credits chan struct{}) error {
	for seq := 0; ; seq++ {
		select {
		case <-credits:
		case <-ctx.Done():
			return nil
		}
		now := time.Now()
		if !now.Before(w.to) {
			return stream.CloseSend()
		}
		sent[seq%len(sent)].Store(int64(now.Sub(w.from)))
		msg := &hotlinev1.ClassifyStreamRequest{Id: strconv.Itoa(seq), Request: req}
		if err := stream.Send(msg); err != nil {
			if errors.Is(err, io.EOF) {
				// The server ended the stream; Recv reports why.
				return nil
			}
			return fmt.Errorf("send message %d: %w", seq, err)
		}
	}
}
