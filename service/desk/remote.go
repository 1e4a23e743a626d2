package desk

import (
	"context"
	"crypto/tls"
	"fmt"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/store"
)

// DialOptions say how to reach a running service.
type DialOptions struct {
	// Token is the API bearer token; empty sends none.
	Token string
	// Plaintext connects without TLS, for loopback and tests.
	Plaintext bool
}

// Dial returns a desk on the gRPC API of the service at addr. It does not
// connect until the first call.
func Dial(addr string, o DialOptions) (*Desk, error) {
	creds := credentials.NewTLS(&tls.Config{MinVersion: tls.VersionTLS12})
	if o.Plaintext {
		creds = insecure.NewCredentials()
	}
	opts := []grpc.DialOption{grpc.WithTransportCredentials(creds)}
	if o.Token != "" {
		opts = append(opts, grpc.WithUnaryInterceptor(func(ctx context.Context, method string, req, reply any,
			cc *grpc.ClientConn, invoker grpc.UnaryInvoker, co ...grpc.CallOption) error {
			return invoker(metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+o.Token), method, req, reply, cc, co...)
		}))
	}
	conn, err := grpc.NewClient(addr, opts...)
	if err != nil {
		return nil, fmt.Errorf("connect %s: %w", addr, err)
	}
	return &Desk{b: &remote{conn: conn, esc: hotlinev1.NewEscalationServiceClient(conn),
		customers: hotlinev1.NewCustomerServiceClient(conn), addr: addr, plaintext: o.Plaintext}}, nil
}

// remote works through a running service's EscalationService and
// CustomerService.
type remote struct {
	conn      *grpc.ClientConn
	esc       hotlinev1.EscalationServiceClient
	customers hotlinev1.CustomerServiceClient
	addr      string
	plaintext bool
}

func (r *remote) close() error { return r.conn.Close() }

func (r *remote) list(ctx context.Context, states []store.State, limit int) ([]store.Alert, error) {
	req := &hotlinev1.ListAlertsRequest{PageSize: int32(min(limit, 1000))}
	for _, s := range states {
		req.States = append(req.States, api.StateToProto(s))
	}
	resp, err := r.esc.ListAlerts(ctx, req)
	if err != nil {
		return nil, r.error(err)
	}
	var out []store.Alert
	for _, a := range resp.GetAlerts() {
		out = append(out, api.AlertFromProto(a))
	}
	return out, nil
}

func (r *remote) show(ctx context.Context, id int64) (Alert, error) {
	resp, err := r.esc.GetAlert(ctx, &hotlinev1.GetAlertRequest{Id: id})
	if err != nil {
		return Alert{}, r.error(err)
	}
	out := Alert{Alert: api.AlertFromProto(resp.GetAlert())}
	for _, e := range resp.GetEvents() {
		out.Events = append(out.Events, api.AlertEventFromProto(e))
	}
	return out, nil
}

func (r *remote) ack(ctx context.Context, id int64, by string, called bool) (store.Alert, error) {
	resp, err := r.esc.AcknowledgeAlert(ctx, &hotlinev1.AcknowledgeAlertRequest{Id: id, Person: by, Called: called})
	if err != nil {
		return store.Alert{}, r.error(err)
	}
	return api.AlertFromProto(resp.GetAlert()), nil
}

func (r *remote) resolve(ctx context.Context, id int64, by string) (store.Alert, error) {
	resp, err := r.esc.ResolveAlert(ctx, &hotlinev1.ResolveAlertRequest{Id: id, Person: by})
	if err != nil {
		return store.Alert{}, r.error(err)
	}
	return api.AlertFromProto(resp.GetAlert()), nil
}

func (r *remote) customer(ctx context.Context, address string) (*hotlinev1.GetCustomerResponse, error) {
	resp, err := r.customers.GetCustomer(ctx, &hotlinev1.GetCustomerRequest{Address: address})
	if err != nil {
		return nil, r.error(err)
	}
	return resp, nil
}

// error shows the server's message without the gRPC wrapping, with a
// hint when TLS is the likely cause: the default is TLS, and a server
// started without --tls-cert speaks plaintext, which otherwise shows up as
// an obscure handshake failure.
func (r *remote) error(err error) error {
	st := status.Convert(err)
	plain := fmt.Errorf("%s (%s)", st.Message(), st.Code())
	switch msg := st.Message(); {
	case !r.plaintext && strings.Contains(msg, "first record does not look like a TLS handshake"):
		return fmt.Errorf("%w\nthe service at %s speaks plaintext, not TLS: add --plaintext (only on loopback or a trusted network)", plain, r.addr)
	case r.plaintext && st.Code() == codes.Unavailable && (strings.Contains(msg, "connection closed before server preface") || strings.Contains(msg, "EOF")):
		return fmt.Errorf("%w\nthe service at %s may require TLS: drop --plaintext", plain, r.addr)
	}
	return plain
}
