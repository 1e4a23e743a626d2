package api

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"time"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"

	"github.com/hotline/hotline/service/classify"
	"github.com/prometheus/client_golang/prometheus"
)

// StartLocal serves the classifier API on a loopback port with the
// settings `hotline serve` has by default, metrics included so that their
// cost is measured too, and returns how to stop it and its address.
func StartLocal() (stop func(), addr string, err error) {
	cl, err := classify.New(classify.DefaultOptions())
	if err != nil {
		return nil, "", fmt.Errorf("build classifier: %w", err)
	}
	srv, err := NewServer(slog.New(slog.DiscardHandler), ServerOptions{
		MaxRecvMsgSize: RecvMsgSizeFor(DefaultMaxMessageBytes),
		Registerer:     prometheus.NewRegistry(),
	})
	if err != nil {
		return nil, "", err
	}
	hotlinev1.RegisterClassifierServiceServer(srv, NewClassifierServer(cl, WithMaxMessageBytes(DefaultMaxMessageBytes)))
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
