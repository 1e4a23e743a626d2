package loadgen

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync/atomic"
	"time"

	"google.golang.org/grpc"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
)

// batchCaller keeps up to cfg.Window messages in flight on one
// ClassifyBatchStream, cfg.Batch of them in each stream message. Every
// message of a batch counts as one call, with the batch's round trip as
// its latency.
func batchCaller(ctx context.Context, c hotlinev1.ClassifierServiceClient, cfg Config, w window, t *tally) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stream, err := c.ClassifyBatchStream(ctx)
	if err != nil {
		t.fail(err)
		return
	}
	inFlight := max(1, (cfg.Window+cfg.Batch-1)/cfg.Batch)
	sent := make([]atomic.Int64, inFlight)
	credits := make(chan struct{}, inFlight)
	for range inFlight {
		credits <- struct{}{}
	}

	sendErr := make(chan error, 1)
	go func() {
		sendErr <- sendBatchesUntil(ctx, stream, cfg.Request, cfg.Batch, w, sent, credits)
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
		results := resp.GetResults()
		t.calls += len(results)
		latency := end.Sub(w.from) - time.Duration(sent[seq%len(sent)].Load())
		credits <- struct{}{}
		if !w.contains(end) {
			continue
		}
		if len(results) != cfg.Batch {
			t.fail(fmt.Errorf("batch %d: %d results for %d messages", seq, len(results), cfg.Batch))
			continue
		}
		for _, r := range results {
			if e := r.GetError(); e != nil {
				t.fail(fmt.Errorf("message %s: code %d: %s", r.GetId(), e.GetCode(), e.GetMessage()))
				continue
			}
			t.latencies = append(t.latencies, latency)
		}
	}
	if err := <-sendErr; err != nil && ctx.Err() == nil {
		t.fail(err)
	}
}

// sendBatchesUntil sends batches of n copies of req with increasing ids
// until the end of w, taking one credit per batch, then half-closes the
// stream. Each batch is a new message: gRPC does not promise that a sent
// message is no longer read.
func sendBatchesUntil(ctx context.Context, stream grpc.BidiStreamingClient[hotlinev1.ClassifyBatchStreamRequest, hotlinev1.ClassifyBatchStreamResponse],
	req *hotlinev1.ClassifyRequest, n int, w window, sent []atomic.Int64, credits chan struct{}) error {
	id := 0
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
		msgs := make([]hotlinev1.ClassifyStreamRequest, n)
		batch := &hotlinev1.ClassifyBatchStreamRequest{Messages: make([]*hotlinev1.ClassifyStreamRequest, n)}
		for i := range msgs {
			msgs[i].Id, msgs[i].Request = strconv.Itoa(id), req
			batch.Messages[i] = &msgs[i]
			id++
		}
		if err := stream.Send(batch); err != nil {
			if errors.Is(err, io.EOF) {
				// The server ended the stream; Recv reports why.
				return nil
			}
			return fmt.Errorf("send batch %d: %w", seq, err)
		}
	}
}
