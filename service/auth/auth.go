// Package auth checks bearer tokens on gRPC calls.
//
// Two roles keep the blast radius of a leaked token small: a read token can
// classify and look at messages and alerts, an admin token can also
// acknowledge and resolve alerts. Health and reflection stay open so that
// Kubernetes probes and grpcurl work without credentials.
package auth

import (
	"bufio"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

// Role is what a token may do. Admin includes Read.
type Role int

// Roles, weakest first. Open methods need no token at all.
const (
	Open Role = iota
	Read
	Admin
)

// String returns the name used in token files.
func (r Role) String() string {
	switch r {
	case Read:
		return "read"
	case Admin:
		return "admin"
	default:
		return "open"
	}
}

// Policy says which role each gRPC method needs. A method that matches no
// rule needs Admin, so a new method is closed until somebody opens it.
type Policy struct {
	// Rules maps a full method name ("/pkg.Service/Method") or a service
	// prefix ending in "/" ("/pkg.Service/") to the role it needs. An exact
	// method name wins over a prefix.
	Rules map[string]Role
}

// DefaultPolicy opens health and reflection, lets read tokens classify and
// read, and keeps everything that changes an alert for admin tokens.
func DefaultPolicy() Policy {
	return Policy{Rules: map[string]Role{
		"/grpc.health.v1.Health/":                        Open,
		"/grpc.reflection.v1.ServerReflection/":          Open,
		"/grpc.reflection.v1alpha.ServerReflection/":     Open,
		"/hotline.v1.ClassifierService/":                 Read,
		"/hotline.v1.MessageService/":                    Read,
		"/hotline.v1.EscalationService/ListAlerts":       Read,
		"/hotline.v1.EscalationService/GetAlert":         Read,
		"/hotline.v1.EscalationService/WatchAlerts":      Read,
		"/hotline.v1.EscalationService/AcknowledgeAlert": Admin,
		"/hotline.v1.EscalationService/ResolveAlert":     Admin,
	}}
}

// Need returns the role fullMethod requires.
func (p Policy) Need(fullMethod string) Role {
	if r, ok := p.Rules[fullMethod]; ok {
		return r
	}
	if i := strings.LastIndexByte(fullMethod, '/'); i > 0 {
		if r, ok := p.Rules[fullMethod[:i+1]]; ok {
			return r
		}
	}
	return Admin
}

// Tokens is a set of accepted bearer tokens and their roles. Only SHA-256
// digests are kept, so a heap dump does not reveal the tokens and every
// comparison has the same length.
type Tokens struct {
	entries []entry
}

type entry struct {
	digest [sha256.Size]byte
	role   Role
	name   string // the person the token belongs to, if the file says
}

// minTokenLen keeps guessable tokens out of production configs.
const minTokenLen = 16

// Add accepts token with role. It rejects short tokens.
func (t *Tokens) Add(role Role, token string) error {
	if role != Read && role != Admin {
		return fmt.Errorf("token role must be read or admin, got %s", role)
	}
	if len(token) < minTokenLen {
		return fmt.Errorf("%s token is %d characters long; use at least %d random characters", role, len(token), minTokenLen)
	}
	t.entries = append(t.entries, entry{digest: sha256.Sum256([]byte(token)), role: role})
	return nil
}

// Len reports how many tokens are accepted.
func (t *Tokens) Len() int { return len(t.entries) }

// ParseTokens reads lines of the form "read:TOKEN" or "admin:TOKEN",
// optionally followed by white space and the name of the person the token
// belongs to ("admin:TOKEN Alice Meyer"), which front ends that record who
// did what (the team page) use instead of asking. Blank lines and lines
// starting with # are skipped. Errors name the line but never echo a token.
func ParseTokens(r io.Reader) (*Tokens, error) {
	t := &Tokens{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, token, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("line %d: want role:token, e.g. read:… or admin:…", n)
		}
		var role Role
		switch strings.TrimSpace(name) {
		case "read":
			role = Read
		case "admin":
			role = Admin
		default:
			return nil, fmt.Errorf("line %d: unknown role %q (want read or admin)", n, strings.TrimSpace(name))
		}
		fields := strings.Fields(token)
		if len(fields) == 0 {
			fields = []string{""}
		}
		if err := t.Add(role, fields[0]); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		t.entries[len(t.entries)-1].name = strings.Join(fields[1:], " ")
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read tokens: %w", err)
	}
	return t, nil
}

// LoadTokens reads a token file (see ParseTokens).
func LoadTokens(path string) (*Tokens, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open token file: %w", err)
	}
	defer f.Close()
	t, err := ParseTokens(f)
	if err != nil {
		return nil, fmt.Errorf("token file %s: %w", path, err)
	}
	return t, nil
}

// role returns the strongest role of a matching token. It compares against
// every entry, matched or not, so timing does not tell which one matched.
func (t *Tokens) role(token string) (Role, bool) {
	d := sha256.Sum256([]byte(token))
	best, found := Open, false
	for _, e := range t.entries {
		if subtle.ConstantTimeCompare(d[:], e.digest[:]) == 1 {
			found = true
			if e.role > best {
				best = e.role
			}
		}
	}
	return best, found
}

// Lookup returns the role of token and the name of its person (empty when
// the token file names nobody), and false when the token is not accepted.
// It is for front ends other than gRPC, such as the team page's sign-in,
// that check the same tokens.
func (t *Tokens) Lookup(token string) (role Role, person string, ok bool) {
	if t == nil {
		return Open, "", false
	}
	d := sha256.Sum256([]byte(token))
	for _, e := range t.entries {
		if subtle.ConstantTimeCompare(d[:], e.digest[:]) == 1 && (!ok || e.role > role) {
			role, person, ok = e.role, e.name, true
		}
	}
	return role, person, ok
}

// errNoToken is returned to callers that sent no authorization metadata.
var errNoToken = errors.New("missing bearer token")

// Authorize checks the bearer token in ctx against what fullMethod needs.
// It returns a gRPC status error: Unauthenticated for a missing or unknown
// token, PermissionDenied for a read token on an admin method.
func (t *Tokens) Authorize(ctx context.Context, p Policy, fullMethod string) error {
	need := p.Need(fullMethod)
	if need == Open {
		return nil
	}
	token, err := bearer(ctx)
	if err != nil {
		return status.Errorf(codes.Unauthenticated, "%v: send metadata \"authorization: Bearer <token>\"", err)
	}
	have, ok := t.role(token)
	if !ok {
		return status.Error(codes.Unauthenticated, "unknown bearer token")
	}
	if have < need {
		return status.Errorf(codes.PermissionDenied, "%s needs an %s token; this token is %s", fullMethod, need, have)
	}
	return nil
}

func bearer(ctx context.Context) (string, error) {
	md, _ := metadata.FromIncomingContext(ctx)
	vals := md.Get("authorization")
	if len(vals) == 0 {
		return "", errNoToken
	}
	scheme, token, ok := strings.Cut(vals[0], " ")
	if !ok || !strings.EqualFold(scheme, "bearer") || strings.TrimSpace(token) == "" {
		return "", errors.New("authorization metadata is not a bearer token")
	}
	return strings.TrimSpace(token), nil
}

// UnaryInterceptor enforces p on unary calls.
func (t *Tokens) UnaryInterceptor(p Policy) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		if err := t.Authorize(ctx, p, info.FullMethod); err != nil {
			return nil, err
		}
		return handler(ctx, req)
	}
}

// StreamInterceptor enforces p on streaming calls.
func (t *Tokens) StreamInterceptor(p Policy) grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		if err := t.Authorize(ss.Context(), p, info.FullMethod); err != nil {
			return err
		}
		return handler(srv, ss)
	}
}
