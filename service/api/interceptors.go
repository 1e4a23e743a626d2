package api

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/status"
)

// metrics counts calls by method and code and times them by method.
type metrics struct {
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	received *prometheus.CounterVec
	// methods holds each method's series once looked up: finding a
	// series by its label values hashes them and takes a lock on every
	// call. Keys are full method names, values *methodMetrics.
	methods sync.Map
}

// methodMetrics are the series of one method.
type methodMetrics struct {
	duration prometheus.Observer
	// byCode holds the request counter of each status code, filled on
	// first use.
	byCode [codes.Unauthenticated + 1]atomic.Pointer[prometheus.Counter]
}

// method returns the series of the named method.
func (m *metrics) method(name string) *methodMetrics {
	if mm, ok := m.methods.Load(name); ok {
		return mm.(*methodMetrics)
	}
	mm, _ := m.methods.LoadOrStore(name, &methodMetrics{duration: m.duration.WithLabelValues(name)})
	return mm.(*methodMetrics)
}

// requestsOf returns the request counter of the method and code.
func (m *metrics) requestsOf(method string, mm *methodMetrics, code codes.Code) prometheus.Counter {
	if int(code) >= len(mm.byCode) {
		return m.requests.WithLabelValues(method, code.String())
	}
	if c := mm.byCode[code].Load(); c != nil {
		return *c
	}
	c := m.requests.WithLabelValues(method, code.String())
	mm.byCode[code].Store(&c)
	return c
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_grpc_requests_total",
			Help: "gRPC calls completed, by full method name and status code.",
		}, []string{"method", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "hotline_grpc_request_duration_seconds",
			Help: "Time from the start of a gRPC call to its end, by full method name.",
			// 50µs to about 1.2s: a classification takes tens of
			// microseconds, a long stream seconds.
			Buckets: prometheus.ExponentialBuckets(50e-6, 2.5, 12),
		}, []string{"method"}),
		received: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_grpc_stream_messages_received_total",
			Help: "Messages received on streaming gRPC calls, by full method name.",
		}, []string{"method"}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.duration, m.received} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register grpc metrics: %w", err)
		}
	}
	return m, nil
}

func (m *metrics) observe(method string, err error, start time.Time) {
	mm := m.method(method)
	m.requestsOf(method, mm, status.Code(err)).Inc()
	mm.duration.Observe(time.Since(start).Seconds())
}

func (m *metrics) unary(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	start := time.Now()
	resp, err := handler(ctx, req)
	m.observe(info.FullMethod, err, start)
	return resp, err
}

func (m *metrics) stream(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
	start := time.Now()
	err := handler(srv, &countingStream{ServerStream: ss, received: m.received.WithLabelValues(info.FullMethod)})
	m.observe(info.FullMethod, err, start)
	return err
}

// countingStream counts the messages a stream handler receives.
type countingStream struct {
	grpc.ServerStream
	received prometheus.Counter
}

func (s *countingStream) RecvMsg(msg any) error {
	err := s.ServerStream.RecvMsg(msg)
	if err == nil {
		s.received.Inc()
	}
	return err
}

// logLevel picks how loudly to log a finished call: successes at debug so a
// busy server stays quiet, the server's own failures at error, and the rest
// (bad requests, cancellations) at info.
func logLevel(code codes.Code) slog.Level {
	switch code {
	case codes.OK:
		return slog.LevelDebug
	case codes.Internal, codes.Unknown, codes.DataLoss:
		return slog.LevelError
	default:
		return slog.LevelInfo
	}
}

// logCall logs method, code, duration and peer of a finished call. It never
// logs requests, responses or error messages, which may quote mail.
func logCall(ctx context.Context, logger *slog.Logger, method string, err error, start time.Time) {
	code := status.Code(err)
	level := logLevel(code)
	if !logger.Enabled(ctx, level) {
		return
	}
	attrs := []slog.Attr{
		slog.String("method", method),
		slog.String("code", code.String()),
		slog.Duration("duration", time.Since(start)),
	}
	if p, ok := peer.FromContext(ctx); ok && p.Addr != nil {
		attrs = append(attrs, slog.String("peer", p.Addr.String()))
	}
	logger.LogAttrs(ctx, level, "grpc call", attrs...)
}

func logUnary(logger *slog.Logger) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		start := time.Now()
		resp, err := handler(ctx, req)
		logCall(ctx, logger, info.FullMethod, err, start)
		return resp, err
	}
}

func logStream(logger *slog.Logger) grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		start := time.Now()
		err := handler(srv, ss)
		logCall(ss.Context(), logger, info.FullMethod, err, start)
		return err
	}
}

// errPanic is what a caller sees when a handler panicked: the details are
// in the server log, not in the response.
var errPanic = status.Error(codes.Internal, "internal error while handling the call; the server logged the details")

func logPanic(ctx context.Context, logger *slog.Logger, method string, p any) {
	logger.ErrorContext(ctx, "panic in grpc handler",
		slog.String("method", method),
		slog.String("panic", fmt.Sprint(p)),
		slog.String("stack", string(debug.Stack())))
}

func recoverUnary(logger *slog.Logger) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (resp any, err error) {
		defer func() {
			if p := recover(); p != nil {
				logPanic(ctx, logger, info.FullMethod, p)
				resp, err = nil, errPanic
			}
		}()
		return handler(ctx, req)
	}
}

func recoverStream(logger *slog.Logger) grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) (err error) {
		defer func() {
			if p := recover(); p != nil {
				logPanic(ss.Context(), logger, info.FullMethod, p)
				err = errPanic
			}
		}()
		return handler(srv, ss)
	}
}

// defaultDeadline gives calls that arrive without a deadline one, so that
// the work of a caller that disappeared without cancelling (a crashed
// client behind a proxy that keeps the connection) still ends.
func defaultDeadline(d time.Duration) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		if _, ok := ctx.Deadline(); ok {
			return handler(ctx, req)
		}
		dctx := withDeadline(ctx, time.Now().Add(d))
		defer dctx.release()
		return handler(dctx, req)
	}
}
