package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/proto"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/api/loadgen"
	"github.com/hotline/hotline/service/classify"
)

// benchCmd measures how many classifications per second the API sustains
// and at what latency, the numbers the README quotes.
var benchCmd = command{
	name:    "bench",
	summary: "load-test the classifier API and print throughput and latency",
	run:     runBench,
}

func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("bench", "bench [--addr HOST:PORT] [flags]", stderr)
	addr := fs.String("addr", "", "server `address`; empty starts an in-process server on loopback")
	concurrency := fs.Int("concurrency", 16, "concurrent callers (streams with --stream)")
	connections := fs.Int("connections", 4, "client connections the callers share")
	duration := fs.Duration("duration", 10*time.Second, "how long to measure")
	warmup := fs.Duration("warmup", time.Second, "load before measuring, not counted")
	stream := fs.Bool("stream", false, "send over ClassifyStream instead of unary Classify")
	input := fs.String("input", "text", "request form: text (parsed fields) or raw (whole RFC 5322 message)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the measured run to `file` (client, and server when in-process)")
	lean := fs.Bool("lean", false, "ask for responses without prepared_text (omit_prepared_text)")
	anchor := fs.Bool("anchor", false, "first measure the same load against a server that returns Hotline's response bytes without work, and print both with their ratio (in-process only)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() != 0:
		fs.Usage()
		return fmt.Errorf("%w: bench takes no arguments", errUsage)
	case *concurrency < 1 || *connections < 1:
		return fmt.Errorf("%w: --concurrency and --connections must be at least 1", errUsage)
	case *duration <= 0:
		return fmt.Errorf("%w: --duration must be positive", errUsage)
	case *input != "text" && *input != "raw":
		return fmt.Errorf("%w: --input must be text or raw, got %q", errUsage, *input)
	case *anchor && *addr != "":
		return fmt.Errorf("%w: --anchor needs the in-process server; drop --addr", errUsage)
	}
	req := loadgen.SampleRequest()
	if *input == "raw" {
		req = loadgen.SampleRaw()
	}
	req.OmitPreparedText = *lean

	target := *addr
	if target == "" {
		stop, local, err := startLocalServer()
		if err != nil {
			return err
		}
		defer stop()
		target = local
	}

	where := target
	if *addr == "" {
		where += " (in-process)"
	}
	fmt.Fprintf(stdout, "target:    %s, %d callers over %d connections, %s after %s warm-up, %d-byte %s request\n",
		where, *concurrency, *connections, *duration, *warmup, proto.Size(req), *input)
	cfg := loadgen.Config{
		Concurrency: *concurrency,
		Duration:    *duration,
		Warmup:      *warmup,
		Stream:      *stream,
		Request:     req,
	}
	unit := "request"
	if *stream {
		unit = "message"
	}
	who := "client"
	if *addr == "" {
		who = "client and server"
	}
	var base loadgen.Report
	var baseCPU time.Duration
	if *anchor {
		stopCanned, cannedAddr, size, err := startCannedServer(ctx, target, req)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "\nanchor: a gRPC server returning the same %d-byte response without work\n", size)
		base, baseCPU, err = measure(ctx, cannedAddr, *connections, cfg, "")
		stopCanned()
		if err != nil {
			return err
		}
		base.Write(stdout)
		fmt.Fprintf(stdout, "cpu:       %s per %s (%s)\n\nhotline:\n", perCall(baseCPU, base.Calls), unit, who)
	}
	report, cpu, err := measure(ctx, target, *connections, cfg, *cpuProfile)
	if err != nil {
		return err
	}
	report.Write(stdout)
	if report.Calls > 0 {
		// CPU per call is steadier than the rate on a shared machine:
		// it tells what the cores could do if they were all ours.
		fmt.Fprintf(stdout, "cpu:       %s per %s (%s)\n", perCall(cpu, report.Calls), unit, who)
	}
	if *anchor && base.PerSecond() > 0 && base.Calls > 0 && report.Calls > 0 {
		fmt.Fprintf(stdout, "\nhotline / anchor: rate %.2f, p99 %.2f, cpu %s more per %s\n",
			report.PerSecond()/base.PerSecond(), float64(report.P99)/float64(base.P99),
			perCall(cpu, report.Calls)-perCall(baseCPU, base.Calls), unit)
	}
	if report.OK == 0 {
		return errors.New("no call succeeded")
	}
	return nil
}

// measure drives target with cfg over the given number of connections and
// returns the report and the CPU time the process used meanwhile.
func measure(ctx context.Context, target string, connections int, cfg loadgen.Config, cpuProfile string) (loadgen.Report, time.Duration, error) {
	clients := make([]hotlinev1.ClassifierServiceClient, connections)
	for i := range clients {
		conn, err := grpc.NewClient(target, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			return loadgen.Report{}, 0, fmt.Errorf("connect to %s: %w", target, err)
		}
		defer conn.Close()
		clients[i] = hotlinev1.NewClassifierServiceClient(conn)
	}
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			return loadgen.Report{}, 0, fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return loadgen.Report{}, 0, fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	cpuBefore := cpuTime()
	report, err := loadgen.Run(ctx, clients, cfg)
	if err != nil {
		return report, 0, err
	}
	if report.OK == 0 {
		return report, 0, fmt.Errorf("no call to %s succeeded: %v", target, report.FirstError)
	}
	return report, cpuTime() - cpuBefore, nil
}

func perCall(cpu time.Duration, calls int) time.Duration {
	if calls == 0 {
		return 0
	}
	return (cpu / time.Duration(calls)).Round(time.Microsecond)
}

// startCannedServer asks Hotline at target for its answer to req once and
// serves that answer on a plain gRPC server on loopback, without
// interceptors or work, as the anchor Hotline is measured against.
func startCannedServer(ctx context.Context, target string, req *hotlinev1.ClassifyRequest) (stop func(), addr string, size int, err error) {
	conn, err := grpc.NewClient(target, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, "", 0, fmt.Errorf("connect to %s: %w", target, err)
	}
	defer conn.Close()
	resp, err := hotlinev1.NewClassifierServiceClient(conn).Classify(ctx, req)
	if err != nil {
		return nil, "", 0, fmt.Errorf("classify the sample: %w", err)
	}
	srv := grpc.NewServer()
	hotlinev1.RegisterClassifierServiceServer(srv, &loadgen.Canned{Response: resp})
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", 0, fmt.Errorf("listen: %w", err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		srv.Serve(lis)
	}()
	return func() { srv.Stop(); <-done }, lis.Addr().String(), proto.Size(resp), nil
}

// cpuTime returns the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// startLocalServer serves the API on a loopback port with default
// settings, as `hotline serve` would, and returns how to stop it.
func startLocalServer() (stop func(), addr string, err error) {
	defaults := classify.DefaultOptions()
	cfg := serveConfig{
		warm:            defaults.Thresholds.Warm,
		hot:             defaults.Thresholds.Hot,
		maxMessageBytes: api.DefaultMaxMessageBytes,
	}
	// Metrics on, as in production, so their cost is measured too.
	cl, err := cfg.classifier()
	if err != nil {
		return nil, "", err
	}
	srv, err := buildServer(cfg, cl, slog.New(slog.DiscardHandler), prometheus.NewRegistry())
	if err != nil {
		return nil, "", err
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", fmt.Errorf("listen: %w", err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		srv.Serve(lis)
	}()
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
		<-done
	}, lis.Addr().String(), nil
}
