package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/api/loadgen"
)

// runBench prints the throughput and latency numbers the README quotes.
func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("bench", "bench [--addr HOST:PORT] [flags]", stderr)
	addr := fs.String("addr", "", "server `address`; empty starts an in-process server on loopback")
	concurrency := fs.Int("concurrency", 16, "concurrent callers (streams with --stream)")
	connections := fs.Int("connections", 4, "client connections the callers share")
	duration := fs.Duration("duration", 10*time.Second, "how long to measure")
	warmup := fs.Duration("warmup", time.Second, "load before measuring, not counted")
	stream := fs.Bool("stream", false, "send over ClassifyStream instead of unary Classify")
	batch := fs.Int("batch", 1, "with --stream, send this many messages per stream message over ClassifyBatchStream")
	input := fs.String("input", "text", "request form: text (parsed fields) or raw (whole RFC 5322 message)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the measured run to `file` (client, and server when in-process); with --anchor the anchor's goes to file.anchor")
	lean := fs.Bool("lean", false, "ask for responses without prepared_text (omit_prepared_text)")
	rounds := fs.Int("rounds", 1, "with --anchor, measure the anchor and Hotline alternately this many times and print the median of their ratios")
	anchor := fs.Bool("anchor", false, "first measure the same load against a server that returns Hotline's response bytes without work, and print both with their ratio (in-process only)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() != 0:
		fs.Usage()
		return fmt.Errorf("%w: bench takes no arguments", errUsage)
	case *concurrency < 1 || *connections < 1 || *rounds < 1 || *batch < 1:
		return fmt.Errorf("%w: --concurrency, --connections, --rounds and --batch must be at least 1", errUsage)
	case *batch > 1 && !*stream:
		return fmt.Errorf("%w: --batch needs --stream", errUsage)
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
	b := loadgen.Bench{Target: *addr, Connections: *connections, CPUProfile: *cpuProfile, Anchor: *anchor, Rounds: *rounds, Who: "client",
		Load: loadgen.Config{Concurrency: *concurrency, Duration: *duration, Warmup: *warmup, Stream: *stream, Batch: *batch, Request: req}}
	where := b.Target
	if b.Target == "" {
		stop, local, err := api.StartLocal()
		if err != nil {
			return err
		}
		defer stop()
		b.Target, where, b.Who = local, local+" (in-process)", "client and server"
	}
	fmt.Fprintf(stdout, "target:    %s, %d callers over %d connections, %s after %s warm-up, %d-byte %s request\n",
		where, *concurrency, *connections, *duration, *warmup, proto.Size(req), *input)
	return b.Run(ctx, stdout)
}
