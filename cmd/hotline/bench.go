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
	}
	req := loadgen.SampleRequest()
	if *input == "raw" {
		req = loadgen.SampleRaw()
	}

	target := *addr
	if target == "" {
		stop, local, err := startLocalServer()
		if err != nil {
			return err
		}
		defer stop()
		target = local
	}

	clients := make([]hotlinev1.ClassifierServiceClient, *connections)
	for i := range clients {
		conn, err := grpc.NewClient(target, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			return fmt.Errorf("connect to %s: %w", target, err)
		}
		defer conn.Close()
		clients[i] = hotlinev1.NewClassifierServiceClient(conn)
	}

	where := target
	if *addr == "" {
		where += " (in-process)"
	}
	fmt.Fprintf(stdout, "target:    %s, %d callers over %d connections, %s after %s warm-up, %d-byte %s request\n",
		where, *concurrency, *connections, *duration, *warmup, proto.Size(req), *input)
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	cpuBefore := cpuTime()
	report, err := loadgen.Run(ctx, clients, loadgen.Config{
		Concurrency: *concurrency,
		Duration:    *duration,
		Warmup:      *warmup,
		Stream:      *stream,
		Request:     req,
	})
	if err != nil {
		return err
	}
	cpu := cpuTime() - cpuBefore
	report.Write(stdout)
	if report.Calls > 0 {
		// CPU per call is steadier than the rate on a shared machine:
		// it tells what the cores could do if they were all ours.
		who := "client"
		if *addr == "" {
			who = "client and server"
		}
		unit := "request"
		if *stream {
			unit = "message"
		}
		fmt.Fprintf(stdout, "cpu:       %s per %s (%s)\n", (cpu / time.Duration(report.Calls)).Round(time.Microsecond), unit, who)
	}
	if report.OK == 0 {
		return errors.New("no call succeeded")
	}
	return nil
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
