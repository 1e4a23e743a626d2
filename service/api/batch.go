package api

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
)

// MaxBatchMessages bounds the messages of one ClassifyBatchStream batch
// that are scored; the rest are answered with an error each. It bounds the
// answers a batch of tiny messages makes the server hold at once.
const MaxBatchMessages = 1000

// ClassifyBatchStream scores the messages of each batch and answers the
// batch with one result per message, in order. A batch is scored on the
// stream's goroutine, and also on other cores when some are idle, so that
// one stream alone can use every core; when every core is busy the batch
// is scored without any hand-off between goroutines.
//
// The stream's memory stays within what the in-flight limit counts for it:
// one batch, at most the receive limit, is worked on at a time.
func (s *ClassifierServer) ClassifyBatchStream(stream grpc.BidiStreamingServer[hotlinev1.ClassifyBatchStreamRequest, hotlinev1.ClassifyBatchStreamResponse]) error {
	ctx := stream.Context()
	workers := max(1, runtime.GOMAXPROCS(0))
	for {
		req, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		resp := &hotlinev1.ClassifyBatchStreamResponse{}
		if err := s.scoreBatch(ctx, workers, req.GetMessages(), resp); err != nil {
			return err
		}
		if err := stream.Send(resp); err != nil {
			return err
		}
	}
}

// scoreBatch fills resp.Results with one answer per message. It fails only
// when the caller has gone.
func (s *ClassifierServer) scoreBatch(ctx context.Context, workers int, msgs []*hotlinev1.ClassifyStreamRequest, resp *hotlinev1.ClassifyBatchStreamResponse) error {
	n := len(msgs)
	// One backing array for the answers and one for their outcomes.
	answers := make([]hotlinev1.ClassifyStreamResponse, n)
	results := make([]hotlinev1.ClassifyStreamResponse_Result, n)
	resp.Results = make([]*hotlinev1.ClassifyStreamResponse, n)
	for i := range answers {
		resp.Results[i] = &answers[i]
	}
	scored := min(n, MaxBatchMessages)
	var next atomic.Int64
	score := func() {
		for {
			i := int(next.Add(1) - 1)
			if i >= scored {
				return
			}
			s.scoreBatchItem(ctx, msgs[i], &answers[i], &results[i])
		}
	}
	var wg sync.WaitGroup
	// Helpers only where a core is idle: when all are scoring, a hand-off
	// would only add switches.
	for helpers := 0; helpers < workers-1 && helpers < scored-1 && s.scoring.Load() < int64(workers); helpers++ {
		wg.Go(score)
	}
	score()
	wg.Wait()
	for i := scored; i < n; i++ {
		answers[i].Id = msgs[i].GetId()
		answers[i].Outcome = &hotlinev1.ClassifyStreamResponse_Error{Error: &hotlinev1.ClassifyError{
			Code: int32(codes.InvalidArgument),
			Message: fmt.Sprintf("batch of %d messages, over the %d a batch may hold: this one was not scored; send it again in a later batch",
				n, MaxBatchMessages),
		}}
	}
	if err := ctx.Err(); err != nil {
		// The caller is gone: nobody reads the answer.
		return status.FromContextError(err).Err()
	}
	return nil
}

// scoreBatchItem scores one message of a batch into answer, using result
// as the outcome's wrapper when the message was scored.
func (s *ClassifierServer) scoreBatchItem(ctx context.Context, msg *hotlinev1.ClassifyStreamRequest, answer *hotlinev1.ClassifyStreamResponse, result *hotlinev1.ClassifyStreamResponse_Result) {
	s.scoring.Add(1)
	defer s.scoring.Add(-1)
	answer.Id = msg.GetId()
	res, err := s.classifyItem(ctx, msg.GetRequest())
	if err == nil {
		result.Result = res
		answer.Outcome = result
		return
	}
	st := status.Convert(err)
	answer.Outcome = &hotlinev1.ClassifyStreamResponse_Error{Error: &hotlinev1.ClassifyError{
		Code:    int32(st.Code()),
		Message: st.Message(),
	}}
}
