package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hotline/hotline/service/auth"
	"github.com/hotline/hotline/service/coach"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/web"
)

// envWebSessionKey holds the key that signs team page sessions, so it
// stays out of argv.
const envWebSessionKey = "HOTLINE_WEB_SESSION_KEY"

// webConfig holds the flags of the team page, which serve puts on the
// metrics listener beside /metrics and /ack.
type webConfig struct {
	authHeader     string
	authRole       string
	sessionKeyFile string
	secureCookies  bool

	role auth.Role // from authRole, by validate
}

func (c *webConfig) register(fs *flag.FlagSet) {
	fs.StringVar(&c.authHeader, "web-auth-header", "", "trust this request `header` (e.g. X-Forwarded-User from oauth2-proxy) as the signed-in person on the team page; only behind such a proxy")
	fs.StringVar(&c.authRole, "web-auth-role", "admin", "`role` (read or admin) of people signed in by --web-auth-header")
	fs.StringVar(&c.sessionKeyFile, "web-session-key-file", "", "`file` with the key (32+ bytes) that signs team page sessions; replicas share it (default: $"+envWebSessionKey+", else random per process)")
	fs.BoolVar(&c.secureCookies, "web-secure-cookies", false, "mark team page cookies Secure; set it when a TLS proxy is in front")
}

func (c *webConfig) validate() error {
	switch c.authRole {
	case "read":
		c.role = auth.Read
	case "admin":
		c.role = auth.Admin
	default:
		return fmt.Errorf("%w: --web-auth-role must be read or admin, got %q", errUsage, c.authRole)
	}
	if strings.ContainsAny(c.authHeader, " :\t") {
		return fmt.Errorf("%w: --web-auth-header %q is not a header name", errUsage, c.authHeader)
	}
	return nil
}

// startWeb builds the team page when there is a store to read and a way to
// sign people in: the API's bearer tokens (--auth-tokens) or an SSO proxy's
// header. The page shows customer mail, so without either it stays off.
// with adds the page to the metrics listener's handler; stop ends its event
// streams so the listener can shut down.
func startWeb(ctx context.Context, c webConfig, st servedStore, router *route.Router, tokens *auth.Tokens,
	reg prometheus.Registerer, logger *slog.Logger) (with func(http.Handler) http.Handler, stop func(), err error) {
	with = func(h http.Handler) http.Handler { return h }
	if st == nil || router == nil {
		return with, func() {}, nil
	}
	if tokens == nil && c.authHeader == "" {
		logger.Info("team page off: it needs --auth-tokens or --web-auth-header to sign people in")
		return with, func() {}, nil
	}
	key, err := secret(c.sessionKeyFile, envWebSessionKey)
	if err != nil {
		return nil, nil, err
	}
	replies, err := coach.New(coach.Options{})
	if err != nil {
		return nil, nil, err
	}
	h, err := web.New(web.Options{Store: st, Escalator: router, Tokens: tokens, ProxyUserHeader: c.authHeader,
		ProxyRole: c.role, SessionKey: []byte(key), SecureCookies: c.secureCookies, Logger: logger,
		IsTeam: func(addr string) bool { return router.Config().IsTeam(addr) }, Metrics: web.NewMetrics(reg), Coach: replies})
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	wctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = h.Run(wctx)
	}()
	with = func(next http.Handler) http.Handler {
		mux := http.NewServeMux()
		h.Register(mux)
		mux.Handle("/", next)
		return mux
	}
	logger.Info("team page on the metrics listener", "path", "/", "sign_in", signInMethod(c))
	return with, func() { cancel(); <-done }, nil
}

func signInMethod(c webConfig) string {
	if c.authHeader != "" {
		return "proxy header " + c.authHeader
	}
	return "bearer tokens"
}

// check is the team page's part of serve --check: whether the page will be
// on, how people sign in, and whether the session key is usable.
func (c webConfig) check(cfg serveConfig, add, say func(format string, args ...any)) {
	switch {
	case !cfg.store.configured() || cfg.metricsListen == "":
		say("team page: off (it needs a store and the metrics listener)")
		return
	case cfg.security.tokens == nil && c.authHeader == "":
		say("team page: off (no --auth-tokens or --web-auth-header to sign people in)")
		return
	}
	key, err := secret(c.sessionKeyFile, envWebSessionKey)
	switch {
	case err != nil:
		add("--web-session-key-file: %v", err)
	case key != "" && len(key) < 32:
		add("the team page session key is %d bytes, want at least 32 (openssl rand -hex 32 makes one)", len(key))
	}
	how := "sign-in with the API's bearer tokens"
	if c.authHeader != "" {
		how = fmt.Sprintf("people named by the proxy header %s, role %s", c.authHeader, c.authRole)
	}
	sessions := "a random session key: sessions end when the process restarts"
	if key != "" {
		sessions = "sessions signed with the configured key"
	}
	say("team page at / on %s (%s; %s)", cfg.metricsListen, how, sessions)
}
