// Package api is the gRPC translation layer: protobuf requests in, domain
// types to the service packages, status codes out. It also builds the
// gRPC server every Hotline service is registered on, with logging,
// metrics, panic recovery, the standard health service and reflection.
package api

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"runtime"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/keepalive"

	"github.com/hotline/hotline/service/api/wire"
)

// recvSlack is the room above DefaultMaxMessageBytes left for the other
// request fields and protobuf framing, so that an over-long raw or text
// reaches the handler and gets its precise error instead of the transport's.
const recvSlack = 64 << 10

// DefaultMaxRecvMsgSize is the receive limit used when ServerOptions leaves
// MaxRecvMsgSize at zero.
const DefaultMaxRecvMsgSize = DefaultMaxMessageBytes + recvSlack

// DefaultMaxConcurrentStreams bounds concurrent calls per client connection
// when ServerOptions leaves MaxConcurrentStreams at zero. One client cannot
// start more work than the cores can do in a reasonable time.
const DefaultMaxConcurrentStreams = 256

// DefaultCallTimeout is the deadline given to unary calls that arrive without
// one when ServerOptions leaves DefaultTimeout at zero. The largest message
// classifies in well under a second; a call still running after this long
// is not worth finishing.
const DefaultCallTimeout = 30 * time.Second

// streamWindow is the HTTP/2 flow-control window of each call. Fixing it
// turns off gRPC's bandwidth-delay estimation, which grows windows up to
// 16 MiB per call; data a handler has not read yet sits in the transport
// up to this much per call, outside the in-flight bound.
const streamWindow = 256 << 10

// streamWorkersPerCore sizes the pool of goroutines that run calls.
const streamWorkersPerCore = 8

// RecvMsgSizeFor returns the receive limit that fits a message limit of
// maxMessageBytes, leaving room for the other fields.
func RecvMsgSizeFor(maxMessageBytes int) int {
	if maxMessageBytes <= 0 {
		return DefaultMaxRecvMsgSize
	}
	return maxMessageBytes + recvSlack
}

// ServerOptions configures NewServer. The zero value is usable.
type ServerOptions struct {
	// MaxRecvMsgSize is the largest request the transport accepts, in
	// bytes; larger ones fail with RESOURCE_EXHAUSTED before any handler
	// runs. Zero means DefaultMaxRecvMsgSize.
	MaxRecvMsgSize int

	// MaxConcurrentStreams bounds concurrent calls per connection. Zero
	// means DefaultMaxConcurrentStreams.
	MaxConcurrentStreams uint32

	// MaxInFlightBytes bounds the request bytes being processed at once
	// across all connections (see inflight): beyond it new calls are
	// refused with RESOURCE_EXHAUSTED before their request is read; a
	// client stream counts as MaxRecvMsgSize while open. Zero means
	// DefaultMaxInFlightBytes; negative means no bound. Values below
	// MaxRecvMsgSize are raised to it, so any one request fits.
	MaxInFlightBytes int64

	// DefaultTimeout is the deadline of a unary call whose caller sent none,
	// so that work for a caller that went away without cancelling still
	// ends. Zero means DefaultCallTimeout; negative means none.
	DefaultTimeout time.Duration

	// Registerer receives the request metrics. Nil means no metrics.
	Registerer prometheus.Registerer

	// TLS, when set, makes the server speak TLS only (tlsconf.Server builds
	// one with certificate reload). Nil means plaintext, for loopback and
	// for meshes that terminate TLS in a sidecar.
	TLS *tls.Config

	// UnaryInterceptors and StreamInterceptors run inside the built-in
	// ones, so their calls are measured, logged and protected from panics
	// like any handler. Use them for authentication.
	UnaryInterceptors  []grpc.UnaryServerInterceptor
	StreamInterceptors []grpc.StreamServerInterceptor
}

// Server is a gRPC server with Hotline's interceptors, the standard health
// service and reflection. It implements grpc.ServiceRegistrar, so the
// generated Register functions accept it directly.
type Server struct {
	grpc     *grpc.Server
	health   *health.Server
	logger   *slog.Logger
	inflight *inflight // nil without a bound
}

// NewServer builds the server. Register services on it, then call Serve;
// the health service reports SERVING only from then on.
func NewServer(logger *slog.Logger, opts ServerOptions) (*Server, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if opts.MaxRecvMsgSize <= 0 {
		opts.MaxRecvMsgSize = DefaultMaxRecvMsgSize
	}
	if opts.MaxConcurrentStreams == 0 {
		opts.MaxConcurrentStreams = DefaultMaxConcurrentStreams
	}

	if opts.MaxInFlightBytes == 0 {
		opts.MaxInFlightBytes = DefaultMaxInFlightBytes
	}
	if opts.DefaultTimeout == 0 {
		opts.DefaultTimeout = DefaultCallTimeout
	}

	// Outermost first: metrics and logs see the code recovery produces.
	var unary []grpc.UnaryServerInterceptor
	var stream []grpc.StreamServerInterceptor
	if opts.Registerer != nil {
		m, err := newMetrics(opts.Registerer)
		if err != nil {
			return nil, err
		}
		unary = append(unary, m.unary)
		stream = append(stream, m.stream)
	}
	unary = append(unary, logUnary(logger), recoverUnary(logger))
	stream = append(stream, logStream(logger), recoverStream(logger))
	var limit *inflight
	if opts.MaxInFlightBytes > 0 {
		var err error
		limit, err = newInflight(opts.MaxInFlightBytes, int64(opts.MaxRecvMsgSize), opts.Registerer)
		if err != nil {
			return nil, err
		}
		unary = append(unary, limit.unaryInterceptor)
		stream = append(stream, limit.streamInterceptor)
	}
	if opts.DefaultTimeout > 0 {
		unary = append(unary, defaultDeadline(opts.DefaultTimeout))
	}
	unary = append(unary, opts.UnaryInterceptors...)
	stream = append(stream, opts.StreamInterceptors...)

	serverOpts := []grpc.ServerOption{
		grpc.ChainUnaryInterceptor(unary...),
		grpc.ChainStreamInterceptor(stream...),
		grpc.MaxRecvMsgSize(opts.MaxRecvMsgSize),
		// The classifier's answers are encoded directly, the rest as usual.
		grpc.ForceServerCodecV2(wire.NewCodec()),
		grpc.MaxConcurrentStreams(opts.MaxConcurrentStreams),
		grpc.InitialWindowSize(streamWindow),
		grpc.InitialConnWindowSize(4 * streamWindow),
		// Reuse goroutines for calls instead of starting one per call: a
		// fresh goroutine grows its stack through the classifier on every
		// call. gRPC starts one anyway when no worker is waiting, so the
		// pool covers the calls a busy server has in flight, not only one
		// per core; an idle worker costs only its stack.
		grpc.NumStreamWorkers(uint32(streamWorkersPerCore * runtime.GOMAXPROCS(0))),
		// Clients may ping every 10s, even when idle, to keep connections
		// through load balancers; faster pings are abuse and get GOAWAY.
		grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{
			MinTime:             10 * time.Second,
			PermitWithoutStream: true,
		}),
		// Find dead clients within about a minute and a half instead of
		// the default two hours.
		grpc.KeepaliveParams(keepalive.ServerParameters{
			Time:    time.Minute,
			Timeout: 20 * time.Second,
		}),
	}
	if limit != nil {
		serverOpts = append(serverOpts, grpc.InTapHandle(limit.tap))
	}
	if opts.TLS != nil {
		serverOpts = append(serverOpts, grpc.Creds(credentials.NewTLS(opts.TLS)))
	}
	g := grpc.NewServer(serverOpts...)
	h := health.NewServer()
	// Until Serve runs, the server is not ready.
	h.SetServingStatus("", healthpb.HealthCheckResponse_NOT_SERVING)
	healthpb.RegisterHealthServer(g, h)
	if err := registerReflection(g); err != nil {
		return nil, err
	}
	return &Server{grpc: g, health: h, logger: logger, inflight: limit}, nil
}

// RegisterService registers a service implementation; it makes Server a
// grpc.ServiceRegistrar. Call it before Serve.
func (s *Server) RegisterService(desc *grpc.ServiceDesc, impl any) {
	s.grpc.RegisterService(desc, impl)
}

// Serve marks the server and every registered service SERVING and serves
// lis until Shutdown. It returns nil after a Shutdown, also one that came
// first (a process told to stop while it started).
func (s *Server) Serve(lis net.Listener) error {
	for name := range s.grpc.GetServiceInfo() {
		s.health.SetServingStatus(name, healthpb.HealthCheckResponse_SERVING)
	}
	s.health.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	if err := s.grpc.Serve(lis); err != nil && !errors.Is(err, grpc.ErrServerStopped) {
		return fmt.Errorf("serve grpc on %s: %w", lis.Addr(), err)
	}
	return nil
}

// Serving reports whether the health service says SERVING for the server
// as a whole, for probes that speak HTTP instead of gRPC.
func (s *Server) Serving(ctx context.Context) bool {
	resp, err := s.health.Check(ctx, &healthpb.HealthCheckRequest{})
	return err == nil && resp.GetStatus() == healthpb.HealthCheckResponse_SERVING
}

// Shutdown marks everything NOT_SERVING so that load balancers stop sending
// new calls, then lets calls in flight finish. When ctx ends first, the
// remaining calls are cancelled.
func (s *Server) Shutdown(ctx context.Context) {
	s.health.Shutdown()
	done := make(chan struct{})
	go func() {
		s.grpc.GracefulStop()
		close(done)
	}()
	select {
	case <-done:
	case <-ctx.Done():
		s.logger.Warn("graceful stop timed out, cancelling calls in flight")
		s.grpc.Stop()
		<-done
	}
}
