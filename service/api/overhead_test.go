package api

import (
	"context"
	"log/slog"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/internal/cputime"
	"github.com/hotline/hotline/service/api/loadgen"
	"github.com/hotline/hotline/service/api/wire"
)

// BenchmarkUnaryOverhead splits the server's work on one unary Classify
// of the sample mail, without the transport, into what each stage adds:
// the classifier alone, then validation and building the response, then
// the interceptors NewServer installs, one at a time in their order, then
// encoding the response with the server's codec. Each sub-benchmark
// includes the ones before it, so the differences between them are the
// cost of each stage.
//
//	go test -run '^$' -bench UnaryOverhead -cpu 1 ./service/api
func BenchmarkUnaryOverhead(b *testing.B) {
	cl := newTestClassifier(b)
	srv := NewClassifierServer(cl)
	req := loadgen.SampleRequest()
	in, err := srv.input(req)
	if err != nil {
		b.Fatal(err)
	}
	logger := slog.New(slog.DiscardHandler)
	m, err := newMetrics(prometheus.NewRegistry())
	if err != nil {
		b.Fatal(err)
	}
	limit, err := newInflight(DefaultMaxInFlightBytes, int64(DefaultMaxRecvMsgSize), prometheus.NewRegistry())
	if err != nil {
		b.Fatal(err)
	}
	info := &grpc.UnaryServerInfo{FullMethod: hotlinev1.ClassifierService_Classify_FullMethodName}
	handler := func(ctx context.Context, req any) (any, error) {
		return srv.Classify(ctx, req.(*hotlinev1.ClassifyRequest))
	}
	// The interceptors in NewServer's order, outermost first.
	chain := []struct {
		name string
		i    grpc.UnaryServerInterceptor
	}{
		{"metrics", m.unary},
		{"log", logUnary(logger)},
		{"recover", recoverUnary(logger)},
		{"inflight", limit.unaryInterceptor},
		{"deadline", defaultDeadline(DefaultCallTimeout)},
	}
	ctx := context.Background()
	b.Run("classifier", func(b *testing.B) {
		measure(b, func() error { _, err := cl.Classify(ctx, in); return err })
	})
	b.Run("handler", func(b *testing.B) {
		measure(b, func() error { _, err := handler(ctx, req); return err })
	})
	name := "handler"
	for n := range chain {
		name += "+" + chain[n].name
		b.Run(name, func(b *testing.B) {
			measure(b, func() error { _, err := intercept(ctx, req, info, handler, chain[:n+1]...); return err })
		})
	}
	codec := wire.NewCodec()
	b.Run(name+"+marshal", func(b *testing.B) {
		measure(b, func() error {
			resp, err := intercept(ctx, req, info, handler, chain...)
			if err != nil {
				return err
			}
			data, err := codec.Marshal(resp)
			data.Free()
			return err
		})
	})
}

// measure runs fn b.N times and reports its CPU time per call beside the
// wall time, which on a shared machine mostly measures the neighbours.
func measure(b *testing.B, fn func() error) {
	b.ReportAllocs()
	cpu := cputime.Process()
	for b.Loop() {
		if err := fn(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cputime.Process()-cpu)/float64(b.N), "cpu-ns/op")
}

// intercept calls handler through the interceptors, the first outermost,
// as grpc.ChainUnaryInterceptor would.
func intercept(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler, chain ...struct {
	name string
	i    grpc.UnaryServerInterceptor
}) (any, error) {
	if len(chain) == 0 {
		return handler(ctx, req)
	}
	return chain[0].i(ctx, req, info, func(ctx context.Context, req any) (any, error) {
		return intercept(ctx, req, info, handler, chain[1:]...)
	})
}
