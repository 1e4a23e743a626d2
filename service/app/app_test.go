package app

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hotline/hotline/service/api"
)

func TestHealthzFollowsGRPCHealth(t *testing.T) {
	srv, err := api.NewServer(nil, api.ServerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	h := metricsHandler(prometheus.NewRegistry(), srv)
	probe := func() int {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
		return rec.Code
	}
	if code := probe(); code != http.StatusServiceUnavailable {
		t.Errorf("/healthz before Serve = %d, want 503", code)
	}

	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(lis) }()
	deadline := time.Now().Add(5 * time.Second)
	for probe() != http.StatusOK {
		if time.Now().After(deadline) {
			t.Fatal("/healthz never turned 200 after Serve")
		}
		time.Sleep(5 * time.Millisecond)
	}

	srv.Shutdown(context.Background())
	if err := <-done; err != nil {
		t.Fatalf("Serve: %v", err)
	}
	if code := probe(); code != http.StatusServiceUnavailable {
		t.Errorf("/healthz after Shutdown = %d, want 503", code)
	}
}
