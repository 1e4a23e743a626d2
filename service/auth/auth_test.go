package auth

import (
	"context"
	"net"
	"strings"
	"testing"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

const (
	readToken  = "read-0123456789abcdef"
	adminToken = "admin-0123456789abcdef"
)

func testTokens(t *testing.T) *Tokens {
	t.Helper()
	toks, err := ParseTokens(strings.NewReader("# team tokens\nread:" + readToken + "\n\nadmin:" + adminToken + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	if toks.Len() != 2 {
		t.Fatalf("parsed %d tokens, want 2", toks.Len())
	}
	return toks
}

// classifier answers every call so the test sees what auth let through.
type classifier struct {
	hotlinev1.UnimplementedClassifierServiceServer
}

func (classifier) Classify(context.Context, *hotlinev1.ClassifyRequest) (*hotlinev1.ClassifyResponse, error) {
	return &hotlinev1.ClassifyResponse{Heat: 1}, nil
}

// TestInterceptorsOverLoopback runs a real server with both interceptors and
// a policy where the stream method needs an admin token.
func TestInterceptorsOverLoopback(t *testing.T) {
	toks := testTokens(t)
	policy := Policy{Rules: map[string]Role{
		"/grpc.health.v1.Health/":                      Open,
		"/hotline.v1.ClassifierService/":               Read,
		"/hotline.v1.ClassifierService/ClassifyStream": Admin,
	}}
	srv := grpc.NewServer(
		grpc.UnaryInterceptor(toks.UnaryInterceptor(policy)),
		grpc.StreamInterceptor(toks.StreamInterceptor(policy)),
	)
	healthpb.RegisterHealthServer(srv, health.NewServer())
	hotlinev1.RegisterClassifierServiceServer(srv, classifier{})
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(lis)
	t.Cleanup(srv.Stop)
	conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	client := hotlinev1.NewClassifierServiceClient(conn)

	with := func(token string) context.Context {
		if token == "" {
			return context.Background()
		}
		return metadata.AppendToOutgoingContext(context.Background(), "authorization", "Bearer "+token)
	}

	if _, err := healthpb.NewHealthClient(conn).Check(context.Background(), &healthpb.HealthCheckRequest{}); err != nil {
		t.Errorf("health without a token: %v, want it open for probes", err)
	}

	unary := []struct {
		name  string
		token string
		want  codes.Code
	}{
		{"no token", "", codes.Unauthenticated},
		{"unknown token", "not-a-real-token-at-all", codes.Unauthenticated},
		{"read token", readToken, codes.OK},
		{"admin token", adminToken, codes.OK},
	}
	for _, tc := range unary {
		t.Run("unary "+tc.name, func(t *testing.T) {
			_, err := client.Classify(with(tc.token), &hotlinev1.ClassifyRequest{Text: "hello"})
			if got := status.Code(err); got != tc.want {
				t.Fatalf("code = %v (%v), want %v", got, err, tc.want)
			}
		})
	}

	stream := []struct {
		name  string
		token string
		want  codes.Code
	}{
		{"no token", "", codes.Unauthenticated},
		{"read token on admin method", readToken, codes.PermissionDenied},
		// The admin token passes auth and reaches the unimplemented handler.
		{"admin token", adminToken, codes.Unimplemented},
	}
	for _, tc := range stream {
		t.Run("stream "+tc.name, func(t *testing.T) {
			s, err := client.ClassifyStream(with(tc.token))
			if err == nil {
				_, err = s.Recv()
			}
			if got := status.Code(err); got != tc.want {
				t.Fatalf("code = %v (%v), want %v", got, err, tc.want)
			}
		})
	}
}

func TestDefaultPolicy(t *testing.T) {
	p := DefaultPolicy()
	tests := []struct {
		method string
		want   Role
	}{
		{"/grpc.health.v1.Health/Check", Open},
		{"/grpc.reflection.v1.ServerReflection/ServerReflectionInfo", Open},
		{"/hotline.v1.ClassifierService/Classify", Read},
		{"/hotline.v1.MessageService/ListMessages", Read},
		{"/hotline.v1.EscalationService/GetAlert", Read},
		{"/hotline.v1.EscalationService/AcknowledgeAlert", Admin},
		{"/hotline.v1.EscalationService/ResolveAlert", Admin},
		{"/hotline.v1.SomethingNew/Delete", Admin},
	}
	for _, tc := range tests {
		if got := p.Need(tc.method); got != tc.want {
			t.Errorf("Need(%s) = %v, want %v", tc.method, got, tc.want)
		}
	}
}

func TestAuthorizeAdminMethod(t *testing.T) {
	toks := testTokens(t)
	ctx := func(tok string) context.Context {
		return metadata.NewIncomingContext(context.Background(), metadata.Pairs("authorization", "Bearer "+tok))
	}
	const ack = "/hotline.v1.EscalationService/AcknowledgeAlert"
	if got := status.Code(toks.Authorize(ctx(readToken), DefaultPolicy(), ack)); got != codes.PermissionDenied {
		t.Errorf("read token acknowledging: %v, want PermissionDenied", got)
	}
	if err := toks.Authorize(ctx(adminToken), DefaultPolicy(), ack); err != nil {
		t.Errorf("admin token acknowledging: %v", err)
	}
	basic := metadata.NewIncomingContext(context.Background(), metadata.Pairs("authorization", "Basic "+adminToken))
	if got := status.Code(toks.Authorize(basic, DefaultPolicy(), ack)); got != codes.Unauthenticated {
		t.Errorf("basic auth scheme: %v, want Unauthenticated", got)
	}
}

func TestParseTokensErrors(t *testing.T) {
	tests := []struct {
		in      string
		wantErr string
	}{
		{"read:short", "line 1: read token is 5 characters long"},
		{"\nroot:" + adminToken, `line 2: unknown role "root"`},
		{"just-a-token-without-role", "line 1: want role:token"},
	}
	for _, tc := range tests {
		_, err := ParseTokens(strings.NewReader(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
			t.Errorf("ParseTokens(%q) = %v, want error containing %q", tc.in, err, tc.wantErr)
		}
		if err != nil && strings.Contains(err.Error(), adminToken) {
			t.Errorf("error %q echoes the token", err)
		}
	}
}

func TestLookupNamesThePerson(t *testing.T) {
	tok, err := ParseTokens(strings.NewReader("read:" + readToken + "\nadmin:" + adminToken + "   Alice   Meyer \n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		token  string
		role   Role
		person string
		ok     bool
	}{
		{readToken, Read, "", true},
		{adminToken, Admin, "Alice Meyer", true},
		{adminToken + " Alice", Open, "", false},
		{"", Open, "", false},
	} {
		role, person, ok := tok.Lookup(tc.token)
		if role != tc.role || person != tc.person || ok != tc.ok {
			t.Errorf("Lookup(%q) = %v %q %v, want %v %q %v", tc.token, role, person, ok, tc.role, tc.person, tc.ok)
		}
	}
	// The name is not part of the token the gRPC API checks.
	ctx := metadata.NewIncomingContext(context.Background(), metadata.Pairs("authorization", "Bearer "+adminToken))
	if err := tok.Authorize(ctx, DefaultPolicy(), "/hotline.v1.EscalationService/AcknowledgeAlert"); err != nil {
		t.Errorf("admin token with a name: %v", err)
	}
}
