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
	"google.golang.org/protobuf/proto"
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
// connections. It works at two points because gRPC reads a unary request
// in full before any interceptor runs:
//
//   - admission, in the transport's tap before a call's first byte is read:
//     a unary call reserves the largest request the server accepts, and is
//     refused with RESOURCE_EXHAUSTED when that does not fit; a stream is
//     refused when the budget is spent or messages already wait for it;
//   - after decoding: a unary call shrinks its reservation to the size of
//     its request, and each message of a client stream waits (queues) for
//     room for its size before the handler sees it, holding it until the
//     stream asks for the next message.
//
// The stream context ending releases whatever a call still holds, however
// the call ended.
type inflight struct {
	limit   int64 // bytes; at least perCall
	perCall int64 // reservation at admission: the receive limit

	mu      sync.Mutex
	used    int64
	waiters []*waiter // FIFO, so a big message is not starved by small ones

	// single lists the methods whose client sends one request (unary and
	// server-streaming); Serve fills it before the first connection.
	single  map[string]bool
	exempt  func(method string) bool
	metrics *limitMetrics
}

type waiter struct {
	n     int64
	ready chan struct{}
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

// tryAcquire takes n bytes if they fit now and nobody is queued ahead.
func (l *inflight) tryAcquire(n int64) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.waiters) > 0 || l.used+n > l.limit {
		return false
	}
	l.used += n
	l.observe()
	return true
}

// acquire takes n bytes, waiting in line until they fit or ctx ends.
func (l *inflight) acquire(ctx context.Context, n int64) error {
	if n > l.limit {
		n = l.limit
	}
	l.mu.Lock()
	if len(l.waiters) == 0 && l.used+n <= l.limit {
		l.used += n
		l.observe()
		l.mu.Unlock()
		return nil
	}
	w := &waiter{n: n, ready: make(chan struct{})}
	l.waiters = append(l.waiters, w)
	l.observe()
	l.mu.Unlock()
	select {
	case <-w.ready:
		return nil
	case <-ctx.Done():
		l.mu.Lock()
		select {
		case <-w.ready:
			// Granted while giving up: hand the bytes back.
			l.used -= n
		default:
			for i, x := range l.waiters {
				if x == w {
					l.waiters = append(l.waiters[:i], l.waiters[i+1:]...)
					break
				}
			}
		}
		l.grant()
		l.observe()
		l.mu.Unlock()
		return ctx.Err()
	}
}

// release returns n bytes and lets the waiters that now fit go.
func (l *inflight) release(n int64) {
	if n <= 0 {
		return
	}
	l.mu.Lock()
	l.used -= n
	l.grant()
	l.observe()
	l.mu.Unlock()
}

// grant wakes waiters in order while they fit. Callers hold l.mu.
func (l *inflight) grant() {
	for len(l.waiters) > 0 && l.used+l.waiters[0].n <= l.limit {
		w := l.waiters[0]
		l.waiters = l.waiters[1:]
		l.used += w.n
		close(w.ready)
	}
}

// observe publishes the current state. Callers hold l.mu.
func (l *inflight) observe() {
	if l.metrics == nil {
		return
	}
	l.metrics.bytes.Set(float64(l.used))
	l.metrics.queued.Set(float64(len(l.waiters)))
}

// hold is what one call has taken from the budget.
type hold struct {
	l  *inflight
	mu sync.Mutex
	n  int64
}

// resize sets the call's share to n bytes. It only ever gives bytes back:
// growing could wait, and admission already reserved the most a request
// can need.
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
	if !l.single[method] {
		// Streams take their share message by message, waiting in line;
		// a new stream is only turned away while the budget is spent.
		if !l.room() {
			return nil, l.refuse(method)
		}
		return ctx, nil
	}
	if !l.tryAcquire(l.perCall) {
		return nil, l.refuse(method)
	}
	h := &hold{l: l, n: l.perCall}
	// The transport cancels the stream context when the call ends for any
	// reason, including before a handler ran.
	context.AfterFunc(ctx, func() { h.resize(0) })
	return context.WithValue(ctx, holdKey{}, h), nil
}

// room reports whether the budget has room left and nobody waits for it.
func (l *inflight) room() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.waiters) == 0 && l.used < l.limit
}

func (l *inflight) refuse(method string) error {
	if l.metrics != nil {
		l.metrics.refused.WithLabelValues(method).Inc()
	}
	return status.Errorf(codes.ResourceExhausted,
		"server busy: %d MiB of requests are being processed, its limit; retry after a short backoff", l.limit>>20)
}

// requestCost is what a decoded request counts for against the budget.
func requestCost(msg any, ceiling int64) int64 {
	n := int64(minRequestCost)
	if m, ok := msg.(proto.Message); ok {
		n = max(n, int64(proto.Size(m)))
	}
	return min(n, ceiling)
}

// unaryInterceptor shrinks the admission reservation to the size of the
// decoded request.
func (l *inflight) unaryInterceptor(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	if h, ok := ctx.Value(holdKey{}).(*hold); ok {
		h.resize(requestCost(req, l.perCall))
	}
	return handler(ctx, req)
}

// streamInterceptor makes every message of a client stream wait for its
// share, and shrinks the reservation of a server-streaming call to its
// request once read.
func (l *inflight) streamInterceptor(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
	if l.exempt(info.FullMethod) {
		return handler(srv, ss)
	}
	h, _ := ss.Context().Value(holdKey{}).(*hold)
	ls := &limitedStream{ServerStream: ss, l: l, single: h}
	defer ls.drop()
	return handler(srv, ls)
}

// limitedStream holds budget for the message its handler is working on.
type limitedStream struct {
	grpc.ServerStream
	l      *inflight
	single *hold // set for a call admitted with a reservation
	held   int64
}

// RecvMsg gives back the previous message's share (the handler asks for
// the next message only when done with the last), receives, then waits
// for room for the new one.
func (s *limitedStream) RecvMsg(m any) error {
	s.drop()
	if err := s.ServerStream.RecvMsg(m); err != nil {
		return err
	}
	n := requestCost(m, s.l.perCall)
	if s.single != nil {
		s.single.resize(n)
		return nil
	}
	if err := s.l.acquire(s.Context(), n); err != nil {
		return status.FromContextError(err).Err()
	}
	s.held = n
	return nil
}

func (s *limitedStream) drop() {
	s.l.release(s.held)
	s.held = 0
}

// limitMetrics exposes the budget.
type limitMetrics struct {
	bytes   prometheus.Gauge
	queued  prometheus.Gauge
	refused *prometheus.CounterVec
}

func newLimitMetrics(reg prometheus.Registerer, limit int64) (*limitMetrics, error) {
	m := &limitMetrics{
		bytes: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "hotline_grpc_inflight_request_bytes",
			Help: "Request bytes being processed, across all connections; calls whose request is still being read count as the largest accepted request.",
		}),
		queued: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "hotline_grpc_inflight_queued_messages",
			Help: "Stream messages received and waiting for room under the in-flight limit.",
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
	for _, c := range []prometheus.Collector{m.bytes, m.queued, m.refused, limitGauge} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register in-flight metrics: %w", err)
		}
	}
	return m, nil
}
