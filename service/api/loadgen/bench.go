package loadgen

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"runtime/pprof"
	"slices"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/proto"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/internal/cputime"
	"github.com/hotline/hotline/service/api/wire"
)

// Bench says what `hotline bench` measures: the load in Load, sent to
// Target over Connections client connections.
type Bench struct {
	// Target is the server's address; it must be set (see api.StartLocal).
	Target      string
	Connections int
	Load        Config
	// CPUProfile, when set, names a file for a CPU profile of the
	// measured run against Target; with Anchor, the anchor's profile goes
	// to the same name with ".anchor" appended, for pprof -diff_base.
	CPUProfile string
	// Anchor first measures the same load against a Canned server that
	// returns Target's answer to Load.Request, so the two can be compared
	// in one run. Target must then be in this process for the CPU figures
	// to mean the same thing on both sides.
	Anchor bool
	// Rounds, with Anchor, measures the anchor and Target alternately this
	// many times and prints the median of their ratios; zero means once.
	Rounds int
	// Who says whose CPU time is counted, for the printed lines.
	Who string
}

// Measured is what one side of a bench run measured.
type Measured struct {
	Report
	// CPU is the CPU time this process used during the run.
	CPU time.Duration
}

// PerCall is the CPU time per completed call or message.
func (m Measured) PerCall() time.Duration {
	if m.Calls == 0 {
		return 0
	}
	return (m.CPU / time.Duration(m.Calls)).Round(time.Microsecond)
}

// Run measures b and prints the reports to w as it goes: the anchor first
// when asked for, then Target, then their ratios; with Rounds above one,
// that many times over and then the median of the ratios. It fails when no
// call succeeded.
func (b Bench) Run(ctx context.Context, w io.Writer) error {
	b.Load = b.Load.withDefaults()
	rounds := 1
	if b.Anchor {
		rounds = max(b.Rounds, 1)
	}
	var rate, p99 []float64
	var cpu []time.Duration
	for r := range rounds {
		if rounds > 1 {
			fmt.Fprintf(w, "\nround %d of %d\n", r+1, rounds)
		}
		profile := b.CPUProfile
		if r > 0 {
			profile = "" // the first round's profile stands for all
		}
		base, m, err := b.round(ctx, w, profile)
		if err != nil {
			return err
		}
		if b.Anchor && base.PerSecond() > 0 {
			rate = append(rate, m.PerSecond()/base.PerSecond())
			p99 = append(p99, float64(m.P99)/float64(base.P99))
			cpu = append(cpu, m.PerCall()-base.PerCall())
			fmt.Fprintf(w, "\nhotline / anchor: rate %.2f, p99 %.2f, cpu %s more per %s\n", rate[len(rate)-1], p99[len(p99)-1], cpu[len(cpu)-1], b.unit())
		}
	}
	if len(rate) > 1 {
		// One pair of runs on a shared machine says more about the
		// neighbours than about the server; the median of several
		// alternating pairs says less.
		fmt.Fprintf(w, "\nhotline / anchor, median of %d rounds: rate %.2f (%.2f to %.2f), p99 %.2f (%.2f to %.2f), cpu %s more per %s\n",
			len(rate), median(rate), slices.Min(rate), slices.Max(rate), median(p99), slices.Min(p99), slices.Max(p99), median(cpu), b.unit())
	}
	return nil
}

func (b Bench) unit() string {
	if b.Load.Stream {
		return "message"
	}
	return "request"
}

// round measures the anchor, when asked for, then Target, and prints both.
func (b Bench) round(ctx context.Context, w io.Writer, cpuProfile string) (base, m Measured, err error) {
	if b.Anchor {
		stop, addr, size, err := StartCanned(ctx, b.Target, b.Load.Request)
		if err != nil {
			return base, m, err
		}
		fmt.Fprintf(w, "\nanchor: a gRPC server returning the same %d-byte response without work\n", size)
		anchorProfile := ""
		if cpuProfile != "" {
			anchorProfile = cpuProfile + ".anchor"
		}
		base, err = Measure(ctx, addr, b.Connections, b.Load, anchorProfile)
		stop()
		if err != nil {
			return base, m, err
		}
		base.Write(w)
		fmt.Fprintf(w, "cpu:       %s per %s (%s)\n\nhotline:\n", base.PerCall(), b.unit(), b.Who)
	}
	if m, err = Measure(ctx, b.Target, b.Connections, b.Load, cpuProfile); err != nil {
		return base, m, err
	}
	m.Write(w)
	// CPU per call is steadier than the rate on a shared machine: it
	// tells what the cores could do if they were all ours.
	fmt.Fprintf(w, "cpu:       %s per %s (%s)\n", m.PerCall(), b.unit(), b.Who)
	return base, m, nil
}

// median returns the middle value of v, or the mean of the two middle ones.
func median[T float64 | time.Duration](v []T) T {
	s := slices.Clone(v)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// Measure drives target with cfg over the given number of connections and
// returns the report with the CPU time the process used meanwhile, and a
// CPU profile of the run in cpuProfile when that is set. It fails when no
// call succeeded.
func Measure(ctx context.Context, target string, connections int, cfg Config, cpuProfile string) (Measured, error) {
	clients := make([]hotlinev1.ClassifierServiceClient, max(connections, 1))
	// The callers decode answers as fully as any client, with the codec
	// the server uses, which Go clients can use as well: protobuf's own
	// decoding of an answer costs about as much as the server's work
	// outside the classifier, and would be most of what is measured.
	codec := grpc.WithDefaultCallOptions(grpc.ForceCodecV2(wire.NewCodec()))
	for i := range clients {
		conn, err := grpc.NewClient(target, grpc.WithTransportCredentials(insecure.NewCredentials()), codec)
		if err != nil {
			return Measured{}, fmt.Errorf("connect to %s: %w", target, err)
		}
		defer conn.Close()
		clients[i] = hotlinev1.NewClassifierServiceClient(conn)
	}
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			return Measured{}, fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return Measured{}, fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	before := cputime.Process()
	report, err := Run(ctx, clients, cfg)
	if err != nil {
		return Measured{Report: report}, err
	}
	if report.OK == 0 {
		return Measured{Report: report}, fmt.Errorf("no call to %s succeeded: %v", target, report.FirstError)
	}
	return Measured{Report: report, CPU: cputime.Process() - before}, nil
}

// StartCanned asks the server at target for its answer to req once and
// serves that answer from a Canned server on loopback, without
// interceptors or work, as the anchor Hotline is measured against. It
// returns how to stop it, its address and the size of the answer.
func StartCanned(ctx context.Context, target string, req *hotlinev1.ClassifyRequest) (stop func(), addr string, size int, err error) {
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
	hotlinev1.RegisterClassifierServiceServer(srv, &Canned{Response: resp})
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
