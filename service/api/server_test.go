package api

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"log/slog"
	"math/big"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/net/http2"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	reflectionpb "google.golang.org/grpc/reflection/grpc_reflection_v1"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/descriptorpb"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/classify"
)

// testServer is a Server with the classifier registered, serving on a
// loopback port, and a client connection to it.
type testServer struct {
	srv    *Server
	conn   *grpc.ClientConn
	client hotlinev1.ClassifierServiceClient
	reg    *prometheus.Registry
	logs   *syncBuffer
	done   chan error
}

// syncBuffer is a bytes.Buffer safe for the server's concurrent log writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// sharedClassifier is built once per test binary: loading the model takes
// seconds under the race detector, and the classifier is safe for
// concurrent use.
var sharedClassifier = sync.OnceValues(func() (*classify.Classifier, error) {
	return classify.New(classify.DefaultOptions())
})

func newTestClassifier(t testing.TB) *classify.Classifier {
	t.Helper()
	c, err := sharedClassifier()
	if err != nil {
		t.Fatalf("classify.New: %v", err)
	}
	return c
}

// startServer serves c with opts on 127.0.0.1:0 until the test ends,
// logging everything.
func startServer(t testing.TB, c Classifier, opts ServerOptions, copts ...ClassifierOption) *testServer {
	t.Helper()
	return startServerLogging(t, slog.LevelDebug, c, opts, copts...)
}

// startServerLogging is startServer with a log level; benchmarks use the
// production level so that per-call debug lines do not count.
func startServerLogging(t testing.TB, level slog.Level, c Classifier, opts ServerOptions, copts ...ClassifierOption) *testServer {
	t.Helper()
	ts := &testServer{reg: prometheus.NewRegistry(), logs: &syncBuffer{}, done: make(chan error, 1)}
	logger := slog.New(slog.NewTextHandler(ts.logs, &slog.HandlerOptions{Level: level}))
	opts.Registerer = ts.reg
	srv, err := NewServer(logger, opts)
	if err != nil {
		t.Fatalf("NewServer: %v", err)
	}
	hotlinev1.RegisterClassifierServiceServer(srv, NewClassifierServer(c, copts...))
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { ts.done <- srv.Serve(lis) }()
	conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	ts.srv, ts.conn, ts.client = srv, conn, hotlinev1.NewClassifierServiceClient(conn)
	t.Cleanup(func() {
		conn.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
		if err := <-ts.done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return ts
}

func testContext(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestHealthServingUntilShutdown(t *testing.T) {
	ts := startServer(t, newTestClassifier(t), ServerOptions{})
	ctx := testContext(t)
	health := healthpb.NewHealthClient(ts.conn)
	for _, service := range []string{"", "hotline.v1.ClassifierService"} {
		resp, err := health.Check(ctx, &healthpb.HealthCheckRequest{Service: service})
		if err != nil {
			t.Fatalf("Check(%q): %v", service, err)
		}
		if got := resp.GetStatus(); got != healthpb.HealthCheckResponse_SERVING {
			t.Errorf("Check(%q) = %v, want SERVING", service, got)
		}
	}
	if !ts.srv.Serving(ctx) {
		t.Error("Serving() = false while serving")
	}

	// A watcher must see NOT_SERVING as soon as shutdown starts, before the
	// server goes away, so load balancers drain it first.
	wctx, cancelWatch := context.WithCancel(ctx)
	defer cancelWatch()
	watch, err := health.Watch(wctx, &healthpb.HealthCheckRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if resp, err := watch.Recv(); err != nil || resp.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("first Watch update = %v, %v; want SERVING", resp, err)
	}
	shutdownDone := make(chan struct{})
	go func() {
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		ts.srv.Shutdown(sctx)
		close(shutdownDone)
	}()
	resp, err := watch.Recv()
	if err != nil {
		t.Fatalf("Watch after shutdown: %v", err)
	}
	if resp.GetStatus() != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Errorf("Watch after shutdown = %v, want NOT_SERVING", resp.GetStatus())
	}
	if ts.srv.Serving(ctx) {
		t.Error("Serving() = true after shutdown began")
	}
	// Ending the watch is what lets the graceful stop finish.
	cancelWatch()
	select {
	case <-shutdownDone:
	case <-time.After(10 * time.Second):
		t.Fatal("Shutdown did not return after the last call ended")
	}
}

func TestHealthNotServingBeforeServe(t *testing.T) {
	srv, err := NewServer(nil, ServerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if srv.Serving(context.Background()) {
		t.Error("Serving() = true before Serve")
	}
}

// TestServeAfterShutdown: a server shut down before it began serving (a
// process stopped while starting) returns nil, as after any Shutdown.
func TestServeAfterShutdown(t *testing.T) {
	srv, err := NewServer(nil, ServerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv.Shutdown(context.Background())
	if err := srv.Serve(lis); err != nil {
		t.Errorf("Serve after Shutdown = %v, want nil", err)
	}
}

func TestReflectionListsServices(t *testing.T) {
	ts := startServer(t, newTestClassifier(t), ServerOptions{})
	stream, err := reflectionpb.NewServerReflectionClient(ts.conn).ServerReflectionInfo(testContext(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&reflectionpb.ServerReflectionRequest{
		MessageRequest: &reflectionpb.ServerReflectionRequest_ListServices{},
	}); err != nil {
		t.Fatal(err)
	}
	resp, err := stream.Recv()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range resp.GetListServicesResponse().GetService() {
		names = append(names, s.GetName())
	}
	for _, want := range []string{"hotline.v1.ClassifierService", "grpc.health.v1.Health"} {
		if !slices.Contains(names, want) {
			t.Errorf("reflection lists %v, missing %s", names, want)
		}
	}

	// grpcurl describe shows the comments only if the descriptor has them.
	if err := stream.Send(&reflectionpb.ServerReflectionRequest{
		MessageRequest: &reflectionpb.ServerReflectionRequest_FileContainingSymbol{FileContainingSymbol: "hotline.v1.ClassifierService"},
	}); err != nil {
		t.Fatal(err)
	}
	resp, err = stream.Recv()
	if err != nil {
		t.Fatal(err)
	}
	var documented bool
	for _, raw := range resp.GetFileDescriptorResponse().GetFileDescriptorProto() {
		var fd descriptorpb.FileDescriptorProto
		if err := proto.Unmarshal(raw, &fd); err != nil {
			t.Fatal(err)
		}
		if fd.GetName() != "hotline/v1/classifier.proto" {
			continue
		}
		for _, loc := range fd.GetSourceCodeInfo().GetLocation() {
			if strings.Contains(loc.GetLeadingComments(), "ClassifyRequest is one message to score") {
				documented = true
			}
		}
	}
	if !documented {
		t.Error("reflection serves hotline/v1/classifier.proto without its comments")
	}
}

func TestOversizedMessageRejectedByTransport(t *testing.T) {
	const limit = 4 << 10
	ts := startServer(t, newTestClassifier(t), ServerOptions{MaxRecvMsgSize: limit})
	_, err := ts.client.Classify(testContext(t), &hotlinev1.ClassifyRequest{Text: strings.Repeat("a", 2*limit)})
	if got := status.Code(err); got != codes.ResourceExhausted {
		t.Fatalf("Classify with %d-byte text: code %v (%v), want ResourceExhausted", 2*limit, got, err)
	}
	// The connection survives for the next, normal call.
	if _, err := ts.client.Classify(testContext(t), &hotlinev1.ClassifyRequest{Text: "hello"}); err != nil {
		t.Fatalf("Classify after oversized call: %v", err)
	}
}

func TestPanicsRecovered(t *testing.T) {
	panicky := func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		if r, ok := req.(*hotlinev1.ClassifyRequest); ok && r.GetSubject() == "boom" {
			panic("handler exploded")
		}
		return handler(ctx, req)
	}
	panickyStream := func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		if strings.HasSuffix(info.FullMethod, "/ClassifyStream") {
			panic("stream exploded")
		}
		return handler(srv, ss)
	}
	ts := startServer(t, newTestClassifier(t), ServerOptions{
		UnaryInterceptors:  []grpc.UnaryServerInterceptor{panicky},
		StreamInterceptors: []grpc.StreamServerInterceptor{panickyStream},
	})
	ctx := testContext(t)

	_, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Subject: "boom", Text: "hi"})
	if got := status.Code(err); got != codes.Internal {
		t.Fatalf("unary panic: code %v (%v), want Internal", got, err)
	}
	if strings.Contains(status.Convert(err).Message(), "exploded") {
		t.Errorf("panic value leaked to the caller: %v", err)
	}

	stream, err := ts.client.ClassifyStream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, err = stream.Recv()
	if got := status.Code(err); got != codes.Internal {
		t.Fatalf("stream panic: code %v (%v), want Internal", got, err)
	}

	logs := ts.logs.String()
	for _, want := range []string{"panic in grpc handler", "handler exploded", "stream exploded", "goroutine ", "/hotline.v1.ClassifierService/Classify"} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q:\n%s", want, logs)
		}
	}

	// The server is still up.
	if _, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Text: "still there?"}); err != nil {
		t.Fatalf("Classify after panic: %v", err)
	}
}

func TestLogsCallsWithoutBodies(t *testing.T) {
	ts := startServer(t, newTestClassifier(t), ServerOptions{})
	ctx := testContext(t)
	const secret = "Xylophone-Quartz-7731"
	if _, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Subject: secret, Text: "my order " + secret}); err != nil {
		t.Fatal(err)
	}
	_, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Raw: []byte("x"), Text: secret})
	if status.Code(err) != codes.InvalidArgument {
		t.Fatalf("want InvalidArgument, got %v", err)
	}
	logs := ts.logs.String()
	if strings.Contains(logs, secret) {
		t.Errorf("logs contain message content:\n%s", logs)
	}
	for _, want := range []string{
		"method=/hotline.v1.ClassifierService/Classify code=OK duration=",
		"method=/hotline.v1.ClassifierService/Classify code=InvalidArgument duration=",
	} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q:\n%s", want, logs)
		}
	}
}

func TestMetricsCountCallsByCode(t *testing.T) {
	ts := startServer(t, newTestClassifier(t), ServerOptions{})
	ctx := testContext(t)
	for range 3 {
		if _, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Text: "where is my parcel"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{}); status.Code(err) != codes.InvalidArgument {
		t.Fatalf("want InvalidArgument, got %v", err)
	}
	stream, err := ts.client.ClassifyStream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := stream.Send(&hotlinev1.ClassifyStreamRequest{Request: &hotlinev1.ClassifyRequest{Text: "hi"}}); err != nil {
			t.Fatal(err)
		}
		if _, err := stream.Recv(); err != nil {
			t.Fatal(err)
		}
	}
	stream.CloseSend()
	if _, err := stream.Recv(); err == nil {
		t.Fatal("stream did not end after CloseSend")
	}

	const unary = "/hotline.v1.ClassifierService/Classify"
	const streaming = "/hotline.v1.ClassifierService/ClassifyStream"
	tests := []struct {
		metric string
		labels map[string]string
		want   float64
	}{
		{"hotline_grpc_requests_total", map[string]string{"method": unary, "code": "OK"}, 3},
		{"hotline_grpc_requests_total", map[string]string{"method": unary, "code": "InvalidArgument"}, 1},
		{"hotline_grpc_request_duration_seconds", map[string]string{"method": unary}, 4},
		{"hotline_grpc_stream_messages_received_total", map[string]string{"method": streaming}, 2},
	}
	// The stream's own metrics are recorded when its handler returns, just
	// after the client sees the end; wait for them.
	deadline := time.Now().Add(5 * time.Second)
	for _, tt := range tests {
		got := metricValue(t, ts.reg, tt.metric, tt.labels)
		for got != tt.want && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
			got = metricValue(t, ts.reg, tt.metric, tt.labels)
		}
		if got != tt.want {
			t.Errorf("%s%v = %v, want %v", tt.metric, tt.labels, got, tt.want)
		}
	}
}

// metricValue returns a counter's value or a histogram's sample count for
// the series with exactly labels.
func metricValue(t *testing.T, reg *prometheus.Registry, name string, labels map[string]string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
	series:
		for _, m := range f.GetMetric() {
			if len(m.GetLabel()) != len(labels) {
				continue
			}
			for _, l := range m.GetLabel() {
				if labels[l.GetName()] != l.GetValue() {
					continue series
				}
			}
			if h := m.GetHistogram(); h != nil {
				return float64(h.GetSampleCount())
			}
			if g := m.GetGauge(); g != nil {
				return g.GetValue()
			}
			return m.GetCounter().GetValue()
		}
	}
	return 0
}

func TestTLS(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "hotline test"},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := NewServer(nil, ServerOptions{TLS: &tls.Config{
		Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}},
		MinVersion:   tls.VersionTLS12,
	}})
	if err != nil {
		t.Fatal(err)
	}
	hotlinev1.RegisterClassifierServiceServer(srv, NewClassifierServer(newTestClassifier(t)))
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(lis) }()
	t.Cleanup(func() {
		srv.Shutdown(context.Background())
		<-done
	})
	ctx := testContext(t)

	pool := x509.NewCertPool()
	pool.AddCert(cert)
	conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{RootCAs: pool})))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := hotlinev1.NewClassifierServiceClient(conn).Classify(ctx, &hotlinev1.ClassifyRequest{Text: "over TLS"}); err != nil {
		t.Fatalf("Classify over TLS: %v", err)
	}

	plain, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	if _, err := hotlinev1.NewClassifierServiceClient(plain).Classify(ctx, &hotlinev1.ClassifyRequest{Text: "in the clear"}); status.Code(err) != codes.Unavailable {
		t.Fatalf("plaintext call to a TLS server: %v, want Unavailable", err)
	}
}

func TestShutdownCancelsCallsAfterTimeout(t *testing.T) {
	ts := startServer(t, newTestClassifier(t), ServerOptions{})
	ctx := testContext(t)
	stream, err := ts.client.ClassifyStream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// One round trip so the call is surely running on the server.
	if err := stream.Send(&hotlinev1.ClassifyStreamRequest{Request: &hotlinev1.ClassifyRequest{Text: "hi"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := stream.Recv(); err != nil {
		t.Fatal(err)
	}

	sctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	ts.srv.Shutdown(sctx)
	if d := time.Since(start); d < 200*time.Millisecond || d > 5*time.Second {
		t.Errorf("Shutdown took %v with an idle stream open and a 200ms budget", d)
	}
	if _, err := stream.Recv(); err == nil {
		t.Error("stream still open after Shutdown")
	}
}

// TestKeepaliveEnforcement checks that a client pinging far more often than
// the policy allows is sent away with GOAWAY ENHANCE_YOUR_CALM, so a
// misconfigured client cannot keep the server busy answering pings.
func TestKeepaliveEnforcement(t *testing.T) {
	ts := startServer(t, newTestClassifier(t), ServerOptions{})
	conn, err := net.Dial("tcp", ts.conn.Target())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(conn, http2.ClientPreface); err != nil {
		t.Fatal(err)
	}
	fr := http2.NewFramer(conn, conn)
	if err := fr.WriteSettings(); err != nil {
		t.Fatal(err)
	}
	for i := range 10 {
		if err := fr.WritePing(false, [8]byte{byte(i)}); err != nil {
			break // the server may already have hung up
		}
	}
	for {
		f, err := fr.ReadFrame()
		if err != nil {
			t.Fatalf("connection ended without GOAWAY: %v", err)
		}
		if g, ok := f.(*http2.GoAwayFrame); ok {
			if g.ErrCode != http2.ErrCodeEnhanceYourCalm || !strings.Contains(string(g.DebugData()), "too_many_pings") {
				t.Errorf("GOAWAY %v %q, want ENHANCE_YOUR_CALM too_many_pings", g.ErrCode, g.DebugData())
			}
			return
		}
	}
}
