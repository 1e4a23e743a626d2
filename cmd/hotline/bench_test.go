package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hotline/hotline/service/api"
)

func TestBench(t *testing.T) {
	stop, addr, err := api.StartLocal()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	tests := []struct {
		name string
		args []string
	}{
		{"unary", []string{"--addr", addr}},
		{"stream", []string{"--addr", addr, "--stream"}},
		{"batches", []string{"--addr", addr, "--stream", "--batch", "8"}},
		{"batches against the anchor", []string{"--anchor", "--stream", "--batch", "4"}},
		{"raw", []string{"--addr", addr, "--input", "raw"}},
		{"in-process server", nil},
		{"anchor", []string{"--anchor"}},
		{"rounds", []string{"--anchor", "--rounds", "2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			args := append([]string{"bench", "--duration", "300ms", "--warmup", "0", "--concurrency", "4", "--connections", "2"}, tt.args...)
			if err := run(context.Background(), args, &out, io.Discard); err != nil {
				t.Fatalf("bench: %v\n%s", err, out.String())
			}
			m := regexp.MustCompile(`(?m)^rate:\s+(\d+) `).FindStringSubmatch(out.String())
			if m == nil {
				t.Fatalf("no rate in output:\n%s", out.String())
			}
			if rate, _ := strconv.Atoi(m[1]); rate <= 0 {
				t.Errorf("rate %d, want > 0:\n%s", rate, out.String())
			}
			if !regexp.MustCompile(`(?m)^cpu:\s+[0-9.]+(µs|ms|s) per (request|message) \(client`).MatchString(out.String()) {
				t.Errorf("no cpu line in output:\n%s", out.String())
			}
			if !regexp.MustCompile(`(?m)^errors:\s+0$`).MatchString(out.String()) {
				t.Errorf("errors reported:\n%s", out.String())
			}
			if tt.name == "rounds" && !regexp.MustCompile(`(?m)^hotline / anchor, median of 2 rounds: rate [0-9.]+ \([0-9.]+ to [0-9.]+\), p99 [0-9.]+ \([0-9.]+ to [0-9.]+\), cpu -?[0-9.]+(µs|ms|s) more per request$`).MatchString(out.String()) {
				t.Errorf("no median over the rounds in output:\n%s", out.String())
			}
			if tt.name == "anchor" && !regexp.MustCompile(`(?m)^hotline / anchor: rate [0-9.]+, p99 [0-9.]+, cpu -?[0-9.]+(µs|ms|s) more per request$`).MatchString(out.String()) {
				t.Errorf("no comparison with the anchor in output:\n%s", out.String())
			}
			if strings.HasPrefix(tt.name, "batches") && !strings.Contains(out.String(), "messages per batch") {
				t.Errorf("output does not say messages were batched:\n%s", out.String())
			}
			if tt.args == nil && !strings.Contains(out.String(), "(in-process)") {
				t.Errorf("output does not say the server was in-process:\n%s", out.String())
			}
		})
	}
}

func TestBenchFlagErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--concurrency", "0"},
		{"--anchor", "--rounds", "0"},
		{"--duration", "0s"},
		{"--input", "html"},
		{"extra"},
		{"--anchor", "--addr", "127.0.0.1:1"},
		{"--batch", "4"},
		{"--stream", "--batch", "0"},
	} {
		err := run(context.Background(), append([]string{"bench"}, args...), io.Discard, io.Discard)
		if !errors.Is(err, errUsage) {
			t.Errorf("bench %v: err = %v, want a usage error", args, err)
		}
	}
}
