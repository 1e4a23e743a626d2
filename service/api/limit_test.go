package api

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api/loadgen"
	"github.com/hotline/hotline/service/classify"
)

// gateClassifier blocks every call until release is closed, and counts
// the calls that reached it.
type gateClassifier struct {
	entered chan struct{}
	release chan struct{}
}

func newGate() *gateClassifier {
	return &gateClassifier{entered: make(chan struct{}, 64), release: make(chan struct{})}
}

func (g *gateClassifier) Classify(context.Context, classify.Input) (classify.Result, error) {
	g.entered <- struct{}{}
	<-g.release
	return classify.Result{Level: classify.Cool}, nil
}

func (g *gateClassifier) wait(t *testing.T, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		select {
		case <-g.entered:
		case <-time.After(10 * time.Second):
			t.Fatalf("only %d of %d calls reached the classifier", i, n)
		}
	}
}

// TestInFlightLimitRefusesBeyondBudget fills the budget with two calls
// that cannot finish and checks that the third is refused with
// RESOURCE_EXHAUSTED before it is read, that probes still answer, and that
// the budget is whole again once the calls end.
func TestInFlightLimitRefusesBeyondBudget(t *testing.T) {
	const recv = 128 << 10
	gate := newGate()
	ts := startServer(t, gate, ServerOptions{MaxRecvMsgSize: recv, MaxInFlightBytes: 2 * recv},
		WithMaxMessageBytes(recv-recvSlack/2))
	ctx := testContext(t)

	// Large requests keep most of the reservation after decoding.
	big := &hotlinev1.ClassifyRequest{Text: strings.Repeat("a", recv-recvSlack/2)}
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := ts.client.Classify(ctx, big)
			errs <- err
		}()
	}
	gate.wait(t, 2)

	_, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Text: "hello"})
	if status.Code(err) != codes.ResourceExhausted || !strings.Contains(err.Error(), "retry") {
		t.Errorf("third call: got %v, want RESOURCE_EXHAUSTED with advice to retry", err)
	}
	if got := metricValue(t, ts.reg, "hotline_grpc_refused_total", map[string]string{"method": "/hotline.v1.ClassifierService/Classify"}); got != 1 {
		t.Errorf("refused_total = %v, want 1", got)
	}
	if got, want := metricValue(t, ts.reg, "hotline_grpc_inflight_request_bytes", nil), float64(2*proto.Size(big)); got != want {
		t.Errorf("inflight bytes = %v, want %v", got, want)
	}
	if !ts.srv.Serving(ctx) {
		t.Error("health check failed while the budget was spent")
	}

	close(gate.release)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("admitted call: %v", err)
		}
	}
	waitGauge(t, ts, "hotline_grpc_inflight_request_bytes", 0)
	if _, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Text: "hello"}); err != nil {
		t.Errorf("call after the budget freed up: %v", err)
	}
}

// TestInFlightLimitCountsDecodedSize checks that small calls give back
// the reservation made before their request was read, so that many of
// them run at once under a budget of a few large ones.
func TestInFlightLimitCountsDecodedSize(t *testing.T) {
	const recv = 256 << 10
	gate := newGate()
	ts := startServer(t, gate, ServerOptions{MaxRecvMsgSize: recv, MaxInFlightBytes: 2 * recv})
	ctx := testContext(t)

	const calls = 20
	var wg sync.WaitGroup
	errs := make(chan error, calls)
	for i := 0; i < calls; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Text: "hello"})
			errs <- err
		}()
		// Admission reserves the receive limit until the request is read,
		// so only one at a time may be between the two.
		gate.wait(t, 1)
	}
	if got, want := metricValue(t, ts.reg, "hotline_grpc_inflight_request_bytes", nil), float64(calls*minRequestCost); got != want {
		t.Errorf("inflight bytes = %v, want %v", got, want)
	}
	close(gate.release)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("small call: %v", err)
		}
	}
	waitGauge(t, ts, "hotline_grpc_inflight_request_bytes", 0)
}

// TestInFlightLimitCountsOpenStreams checks that a client stream holds
// the largest request's share while open, whatever it has sent, so that
// streams cannot together hold more than the budget, and that ending it
// gives the share back.
func TestInFlightLimitCountsOpenStreams(t *testing.T) {
	const recv = 128 << 10
	ts := startServer(t, newTestClassifier(t), ServerOptions{MaxRecvMsgSize: recv, MaxInFlightBytes: 2 * recv})
	ctx := testContext(t)

	var streams []hotlinev1.ClassifierService_ClassifyStreamClient
	for i := 0; i < 2; i++ {
		stream, err := ts.client.ClassifyStream(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := stream.Send(&hotlinev1.ClassifyStreamRequest{Id: "1", Request: &hotlinev1.ClassifyRequest{Text: "hello"}}); err != nil {
			t.Fatal(err)
		}
		if resp, err := stream.Recv(); err != nil || resp.GetResult() == nil {
			t.Fatalf("stream %d: %v %v", i, resp, err)
		}
		streams = append(streams, stream)
	}
	if got := metricValue(t, ts.reg, "hotline_grpc_inflight_request_bytes", nil); got != 2*recv {
		t.Errorf("inflight bytes with two open streams = %v, want %d", got, 2*recv)
	}
	third, err := ts.client.ClassifyStream(ctx)
	if err == nil {
		_, err = third.Recv()
	}
	if status.Code(err) != codes.ResourceExhausted {
		t.Errorf("third stream: %v, want RESOURCE_EXHAUSTED", err)
	}
	if _, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Text: "hello"}); status.Code(err) != codes.ResourceExhausted {
		t.Errorf("unary call while streams hold the budget: %v, want RESOURCE_EXHAUSTED", err)
	}
	for _, s := range streams {
		s.CloseSend()
		if _, err := s.Recv(); err == nil {
			t.Fatal("stream not ended")
		}
	}
	waitGauge(t, ts, "hotline_grpc_inflight_request_bytes", 0)
	if _, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Text: "hello"}); err != nil {
		t.Errorf("call after the streams ended: %v", err)
	}
}

// TestDefaultDeadline checks that a call sent without a deadline gets the
// server's, and one with a deadline keeps its own.
func TestDefaultDeadline(t *testing.T) {
	seen := make(chan time.Duration, 2)
	probe := func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		d, ok := ctx.Deadline()
		if !ok {
			seen <- -1
		} else {
			seen <- time.Until(d)
		}
		return handler(ctx, req)
	}
	ts := startServer(t, newTestClassifier(t), ServerOptions{DefaultTimeout: time.Minute, UnaryInterceptors: []grpc.UnaryServerInterceptor{probe}})
	if _, err := ts.client.Classify(context.Background(), &hotlinev1.ClassifyRequest{Text: "hi"}); err != nil {
		t.Fatal(err)
	}
	if d := <-seen; d <= 50*time.Second || d > time.Minute {
		t.Errorf("call without deadline ran with %v left, want about a minute", d)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if _, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Text: "hi"}); err != nil {
		t.Fatal(err)
	}
	if d := <-seen; d <= 4*time.Minute {
		t.Errorf("call with a 5m deadline ran with %v left", d)
	}
}

func waitGauge(t *testing.T, ts *testServer, name string, want float64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got := metricValue(t, ts.reg, name, nil)
		if got == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s = %v, want %v", name, got, want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestRequestSize checks the hand-counted sizes the in-flight limit uses
// against proto.Size.
func TestRequestSize(t *testing.T) {
	withUnknown := &hotlinev1.ClassifyRequest{Text: "hi"}
	withUnknown.ProtoReflect().SetUnknown(protowire.AppendString(protowire.AppendTag(nil, 99, protowire.BytesType), "later field"))
	reqs := []*hotlinev1.ClassifyRequest{
		{},
		{Text: "hello"},
		{Raw: []byte("From: a@b.example\r\n\r\nhi")},
		{Subject: "s", Text: strings.Repeat("x", 300), From: "a@b.example", OmitPreparedText: true},
		{Text: strings.Repeat("y", 70000), Headers: map[string]string{"Importance": "High", "": "", "X-Priority": strings.Repeat("1", 200)}},
		loadgen.SampleRequest(),
		loadgen.SampleRaw(),
		withUnknown,
	}
	for i, r := range reqs {
		if got, want := classifyRequestSize(r), proto.Size(r); got != want {
			t.Errorf("request %d: classifyRequestSize = %d, proto.Size = %d", i, got, want)
		}
		for _, id := range []string{"", "42", strings.Repeat("i", 200)} {
			sr := &hotlinev1.ClassifyStreamRequest{Id: id, Request: r}
			if got, want := classifyStreamRequestSize(sr), proto.Size(sr); got != want {
				t.Errorf("stream request %d, id %q: classifyStreamRequestSize = %d, proto.Size = %d", i, id, got, want)
			}
		}
	}
	if got, want := classifyStreamRequestSize(&hotlinev1.ClassifyStreamRequest{Id: "x"}), proto.Size(&hotlinev1.ClassifyStreamRequest{Id: "x"}); got != want {
		t.Errorf("stream request without request: %d, want %d", got, want)
	}
}
