package loadgen

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/hotline/hotline/service/api"
)

func TestPercentile(t *testing.T) {
	ms := func(n ...int) []time.Duration {
		out := make([]time.Duration, len(n))
		for i, v := range n {
			out[i] = time.Duration(v) * time.Millisecond
		}
		return out
	}
	tests := []struct {
		sorted []time.Duration
		p      int
		want   time.Duration
	}{
		{ms(7), 50, 7 * time.Millisecond},
		{ms(7), 99, 7 * time.Millisecond},
		{ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{ms(1, 2, 3, 4), 90, 4 * time.Millisecond},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90, 9 * time.Millisecond},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 99, 10 * time.Millisecond},
	}
	for _, tt := range tests {
		if got := percentile(tt.sorted, tt.p); got != tt.want {
			t.Errorf("percentile(%v, %d) = %v, want %v", tt.sorted, tt.p, got, tt.want)
		}
	}
}

func TestRunNeedsClients(t *testing.T) {
	if _, err := Run(context.Background(), nil, Config{}); err == nil {
		t.Fatal("Run with no clients succeeded")
	}
}

func TestReportWrite(t *testing.T) {
	r := Report{Mode: "stream", OK: 5000, Errors: 2, Elapsed: 2 * time.Second,
		P50: 300 * time.Microsecond, P90: 2 * time.Millisecond, P99: 4*time.Millisecond + 123*time.Microsecond, Max: 9 * time.Millisecond}
	var out bytes.Buffer
	r.Write(&out)
	for _, want := range []string{"messages:  5000 in 2s", "rate:      2500 messages/s", "p50 300µs  p90 2ms  p99 4.12ms  max 9ms", "errors:    2"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestSampleRawIsAMail(t *testing.T) {
	raw := string(SampleRaw().GetRaw())
	head, body, ok := strings.Cut(raw, "\r\n\r\n")
	if !ok || !strings.HasPrefix(head, "From: ") || !strings.Contains(head, "\r\nSubject: ") {
		t.Fatalf("sample raw has no proper header block:\n%s", head)
	}
	if body != strings.ReplaceAll(SampleRequest().GetText(), "\n", "\r\n") {
		t.Error("sample raw body differs from the sample text")
	}
	if n := len(raw); n < 1500 || n > 3000 {
		t.Errorf("sample raw is %d bytes, want about 2 KB", n)
	}
}

func TestBenchAgainstAnchor(t *testing.T) {
	stop, addr, err := api.StartLocal()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	var out bytes.Buffer
	b := Bench{Target: addr, Connections: 2, Anchor: true, Who: "client and server",
		Load: Config{Concurrency: 4, Duration: 200 * time.Millisecond}}
	if err := b.Run(context.Background(), &out); err != nil {
		t.Fatalf("bench: %v\n%s", err, out.String())
	}
	for _, want := range []string{"anchor: a gRPC server returning the same", "\nhotline:\n", "hotline / anchor: rate "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
