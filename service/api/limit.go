package api

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/tap"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
)

// DefaultMaxInFlightBytes is the global bound on request bytes being
// processed at once when ServerOptions leaves MaxInFlightBytes at zero. A
// request in flight costs the process about two and a half times its size
// (the received frame, the decoded strings, the prepared text), so 32 MiB
// keeps the API's share of memory near 100 MB however many clients call,
// while 30 requests of the largest size, or thousands of ordinary ones,
// are processed at once.
const DefaultMaxInFlightBytes = 32 << 20

// minRequestCost is what a decoded request counts for at least: small
// calls still cost a goroutine, a response and some scratch space.
const minRequestCost = 4 << 10

// inflight bounds the request bytes being processed at once across all
// connections. gRPC reads a request in full before any interceptor runs,
// so the bound is applied in the transport's tap, before a call's first
// byte is read: every call reserves the largest request the server
// accepts, and a call that does not fit is refused with RESOURCE_EXHAUSTED.
// A call whose client sends one request (unary, server-streaming) shrinks
// its reservation to the size of that request once decoded; a unary call
// gives it back when its handler returns. A client
// stream keeps its reservation while it lasts, since any of its messages
// may be of the largest size; its handler works on messages totalling at
// most half of it at once, and on a larger one alone (streamPipeline). The
// stream context ending releases the reservation however the call ended.
type inflight struct {
	limit   int64 // bytes; at least perCall
	perCall int64 // reservation at admission: the receive limit

	mu   sync.Mutex
	used int64

	exempt  func(method string) bool
	metrics *limitMetrics
}

func newInflight(limit, perCall int64, reg prometheus.Registerer) (*inflight, error) {
	if limit < perCall {
		limit = perCall
	}
	l := &inflight{limit: limit, perCall: perCall, exempt: exemptMethod}
	if reg != nil {
		m, err := newLimitMetrics(reg, limit)
		if err != nil {
			return nil, err
		}
		l.metrics = m
	}
	return l, nil
}

// exemptMethod reports the calls the limit never refuses: probes must
// answer while the server is busy, and neither carries a request body
// worth counting.
func exemptMethod(method string) bool {
	return strings.HasPrefix(method, "/grpc.health.v1.") || strings.HasPrefix(method, "/grpc.reflection.")
}

// tryAcquire takes n bytes if they fit now.
func (l *inflight) tryAcquire(n int64) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.used+n > l.limit {
		return false
	}
	l.used += n
	l.observe()
	return true
}

// release returns n bytes.
func (l *inflight) release(n int64) {
	if n <= 0 {
		return
	}
	l.mu.Lock()
	l.used -= n
	l.observe()
	l.mu.Unlock()
}

// observe publishes the current state. Callers hold l.mu.
func (l *inflight) observe() {
	if l.metrics != nil {
		l.metrics.bytes.Set(float64(l.used))
	}
}

// hold is what one call has taken from the budget.
type hold struct {
	l  *inflight
	mu sync.Mutex
	n  int64
	// stop cancels the release when the call's context ends, for calls
	// that release it themselves.
	stop func() bool
}

// release gives the whole share back now and stops the release at the end
// of the call's context, which would otherwise start a goroutine then.
func (h *hold) release() {
	h.stop()
	h.resize(0)
}

// resize sets the call's share to n bytes. It only ever gives bytes back:
// admission already reserved the most a request can need.
func (h *hold) resize(n int64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if n >= h.n {
		return
	}
	h.l.release(h.n - n)
	h.n = n
}

type holdKey struct{}

// tap admits or refuses a call before its request is read. It runs on the
// connection's reader goroutine, so it never waits.
func (l *inflight) tap(ctx context.Context, info *tap.Info) (context.Context, error) {
	method := info.FullMethodName
	if l.exempt(method) {
		return ctx, nil
	}
	if !l.tryAcquire(l.perCall) {
		if l.metrics != nil {
			l.metrics.refused.WithLabelValues(method).Inc()
		}
		return nil, status.Errorf(codes.ResourceExhausted,
			"server busy: %d MiB of requests are being processed, its limit; retry after a short backoff", l.limit>>20)
	}
	h := &hold{l: l, n: l.perCall}
	// The transport cancels the stream context when the call ends for any
	// reason, including before a handler ran.
	h.stop = context.AfterFunc(ctx, func() { h.resize(0) })
	return context.WithValue(ctx, holdKey{}, h), nil
}

// requestCost is what a decoded request counts for against the budget.
func requestCost(msg any, ceiling int64) int64 {
	n := int64(minRequestCost)
	switch m := msg.(type) {
	case *hotlinev1.ClassifyRequest:
		n = max(n, int64(classifyRequestSize(m)))
	case *hotlinev1.ClassifyStreamRequest:
		n = max(n, int64(classifyStreamRequestSize(m)))
	case proto.Message:
		n = max(n, int64(proto.Size(m)))
	}
	return min(n, ceiling)
}

// classifyRequestSize is proto.Size(m) counted from the fields. The
// generic proto.Size walks the headers map through reflection, which
// costs a few microseconds on every call; this is the same sum without it.
func classifyRequestSize(m *hotlinev1.ClassifyRequest) int {
	if m == nil {
		return 0
	}
	n := bytesFieldSize(len(m.GetRaw())) + bytesFieldSize(len(m.GetSubject())) +
		bytesFieldSize(len(m.GetText())) + bytesFieldSize(len(m.GetFrom()))
	for k, v := range m.GetHeaders() {
		// Map entries always carry both key and value, even empty ones.
		entry := 1 + protowire.SizeBytes(len(k)) + 1 + protowire.SizeBytes(len(v))
		n += 1 + protowire.SizeBytes(entry)
	}
	if m.GetOmitPreparedText() {
		n += 2
	}
	return n + len(m.ProtoReflect().GetUnknown())
}

// classifyStreamRequestSize is proto.Size(m), counted as
// classifyRequestSize counts.
func classifyStreamRequestSize(m *hotlinev1.ClassifyStreamRequest) int {
	n := bytesFieldSize(len(m.GetId()))
	if r := m.GetRequest(); r != nil {
		n += 1 + protowire.SizeBytes(classifyRequestSize(r))
	}
	return n + len(m.ProtoReflect().GetUnknown())
}

// bytesFieldSize is the wire size of a string or bytes field with a
// one-byte tag and n bytes of value, which is left out when empty.
func bytesFieldSize(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + protowire.SizeBytes(n)
}

// unaryInterceptor shrinks the admission reservation to the size of the
// decoded request, and gives it back when the handler returns.
func (l *inflight) unaryInterceptor(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	h, ok := ctx.Value(holdKey{}).(*hold)
	if !ok {
		return handler(ctx, req)
	}
	defer h.release()
	h.resize(requestCost(req, l.perCall))
	return handler(ctx, req)
}

// streamInterceptor shrinks the reservation of a server-streaming call to
// its request once read. A client stream keeps its reservation.
func (l *inflight) streamInterceptor(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
	h, ok := ss.Context().Value(holdKey{}).(*hold)
	if !ok || info.IsClientStream {
		return handler(srv, ss)
	}
	return handler(srv, &shrinkingStream{ServerStream: ss, hold: h, ceiling: l.perCall})
}

// shrinkingStream shrinks its call's reservation to the request it reads.
type shrinkingStream struct {
	grpc.ServerStream
	hold    *hold
	ceiling int64
}

func (s *shrinkingStream) RecvMsg(m any) error {
	if err := s.ServerStream.RecvMsg(m); err != nil {
		return err
	}
	s.hold.resize(requestCost(m, s.ceiling))
	return nil
}

// limitMetrics exposes the budget.
type limitMetrics struct {
	bytes   prometheus.Gauge
	refused *prometheus.CounterVec
}

func newLimitMetrics(reg prometheus.Registerer, limit int64) (*limitMetrics, error) {
	m := &limitMetrics{
		bytes: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "hotline_grpc_inflight_request_bytes",
			Help: "Request bytes being processed, across all connections; a client stream, or a call whose request is still being read, counts as the largest accepted request.",
		}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_grpc_refused_total",
			Help: "Calls refused with RESOURCE_EXHAUSTED before their request was read, because the in-flight limit was reached, by full method name.",
		}, []string{"method"}),
	}
	limitGauge := prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "hotline_grpc_inflight_request_bytes_limit",
		Help: "The bound on hotline_grpc_inflight_request_bytes (serve --max-inflight-bytes).",
	})
	limitGauge.Set(float64(limit))
	for _, c := range []prometheus.Collector{m.bytes, m.refused, limitGauge} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register in-flight metrics: %w", err)
		}
	}
	return m, nil
}
