package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/mail"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/callback"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/ingest"
	"github.com/hotline/hotline/service/notify"
)

// serveCmd runs the long-lived service: the gRPC API, and metrics and a
// health probe over HTTP for the platform it runs on.
var serveCmd = command{
	name:    "serve",
	summary: "serve the gRPC API, Prometheus metrics and a health probe",
	run:     runServe,
}

// serveConfig is everything serve needs, filled from flags. Parts that
// join the service add their settings here and their flags in
// serveFlags.
type serveConfig struct {
	listen          string // gRPC address
	metricsListen   string // HTTP address for /metrics and /healthz
	logFormat       string // "text" or "json"
	logLevel        slog.Level
	warm, hot       float64 // heat thresholds for LEVEL_WARM and LEVEL_HOT
	maxMessageBytes byteSize
	// maxInFlight bounds request bytes processed at once (api.ServerOptions).
	maxInFlight     byteSize
	callTimeout     time.Duration // deadline for calls that send none
	shutdownTimeout time.Duration
	// readyFile, when set, receives the bound addresses as JSON once both
	// listeners are open, so scripts and tests can use port 0.
	readyFile string
	// store (--db or --postgres) enables MessageService; with ingest.urls
	// the mailboxes are also read in this process (see startIngest in
	// ingest.go).
	store storeConfig
	// security is TLS and bearer tokens for the gRPC API (platform.go).
	security apiSecurity
	ingest   ingestConfig
	// routing turns on alerts (see startAlerts in alerts.go).
	routing routingConfig
	// check validates everything and exits instead of serving (see
	// servecheck.go); flagProblems are what validating the flags found.
	check        bool
	flagProblems []error
	// web is the team page on the metrics listener (web.go).
	web webConfig
}

// readyInfo is the content of --ready-file.
type readyInfo struct {
	GRPC    string `json:"grpc"`
	Metrics string `json:"metrics"`
}

func serveFlags(args []string, stderr io.Writer) (serveConfig, error) {
	defaults := classify.DefaultOptions()
	cfg := serveConfig{}
	fs := newFlagSet("serve", "serve [flags]", stderr)
	fs.StringVar(&cfg.listen, "listen", "127.0.0.1:50051", "gRPC listen `address`")
	fs.StringVar(&cfg.metricsListen, "metrics-listen", "127.0.0.1:9090", "HTTP listen `address` for /metrics and /healthz; empty disables")
	fs.StringVar(&cfg.logFormat, "log-format", "text", "log format: text or json")
	fs.TextVar(&cfg.logLevel, "log-level", slog.LevelInfo, "log `level`: debug, info, warn or error")
	fs.Float64Var(&cfg.warm, "warm", defaults.Thresholds.Warm, "heat at or above which a message is WARM")
	fs.Float64Var(&cfg.hot, "hot", defaults.Thresholds.Hot, "heat at or above which a message is HOT")
	cfg.maxMessageBytes = api.DefaultMaxMessageBytes
	fs.Var(&cfg.maxMessageBytes, "max-message-bytes", "largest raw message or text accepted, a `size` such as 1MiB or 2000000")
	cfg.maxInFlight = api.DefaultMaxInFlightBytes
	fs.Var(&cfg.maxInFlight, "max-inflight-bytes", "request `size` processed at once across all connections (e.g. 64MiB); beyond it new calls get RESOURCE_EXHAUSTED; an open stream counts as --max-message-bytes")
	fs.DurationVar(&cfg.callTimeout, "call-timeout", api.DefaultCallTimeout, "deadline of a call (or of each ClassifyStream message) whose caller sent none")
	fs.DurationVar(&cfg.shutdownTimeout, "shutdown-timeout", 10*time.Second, "how long calls in flight may finish after SIGTERM before they are cancelled")
	fs.StringVar(&cfg.readyFile, "ready-file", "", "write the bound addresses as JSON to this `file` once listening")
	fs.StringVar(&cfg.store.dbPath, "db", "", "SQLite database `path`; serves MessageService, and with --imap ingests mail in this process")
	cfg.store.registerPostgres(fs)
	cfg.security.register(fs)
	cfg.ingest.register(fs)
	cfg.routing.register(fs)
	fs.BoolVar(&cfg.check, "check", false, "validate the flags, environment, secrets and files serve would start with, print a summary and exit (1 on any problem); opens no connection")
	cfg.web.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return cfg, err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return cfg, fmt.Errorf("%w: serve takes no arguments, got %q", errUsage, fs.Args())
	}
	// Every problem is collected, so one run (or one `serve --check`)
	// shows all that is wrong with a pod's arguments.
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{errUsage}, args...)...))
	}
	if cfg.logFormat != "text" && cfg.logFormat != "json" {
		bad("--log-format must be text or json, got %q", cfg.logFormat)
	}
	if !(0 <= cfg.warm && cfg.warm <= cfg.hot && cfg.hot <= 1) {
		bad("need 0 <= --warm <= --hot <= 1, got --warm %g --hot %g", cfg.warm, cfg.hot)
	}
	if cfg.maxMessageBytes < 1 {
		bad("--max-message-bytes must be positive, got %d", int64(cfg.maxMessageBytes))
	}
	if cfg.maxInFlight < 1 {
		bad("--max-inflight-bytes must be positive, got %d", cfg.maxInFlight)
	}
	if cfg.callTimeout <= 0 {
		bad("--call-timeout must be positive, got %s", cfg.callTimeout)
	}
	if cfg.listen == "" {
		bad("--listen is required")
	}
	if err := cfg.store.validate(); err != nil {
		errs = append(errs, err)
	}
	if len(cfg.ingest.urls) > 0 && !cfg.store.configured() {
		bad("--imap needs --db or --postgres")
	}
	if cfg.routing.configPath != "" && !cfg.store.configured() {
		bad("--routing-config needs --db or --postgres")
	}
	for _, v := range []interface{ validate() error }{&cfg.ingest, &cfg.security, &cfg.routing, &cfg.web} {
		if err := v.validate(); err != nil {
			errs = append(errs, err)
		}
	}
	if cfg.check {
		// serve --check reports these together with what it finds in the
		// files and the environment.
		cfg.flagProblems = errs
		return cfg, nil
	}
	return cfg, errors.Join(errs...)
}

// validate checks the alerting settings that need no file or secret. A
// routing config pages people, and paging needs a relay, a sender and a
// public acknowledge URL that only the operator knows: no default would be
// right in a cluster, so serve refuses to start without them and names
// every one that is missing.
func (c *routingConfig) validate() error {
	if c.configPath == "" {
		return nil
	}
	var missing, problems []string
	if _, err := callback.New(c.phoneRegion); err != nil {
		problems = append(problems, "--phone-region: "+err.Error())
	}
	if c.smtpAddr == "" {
		missing = append(missing, "--smtp-addr (the SMTP relay, host:port)")
	} else if host, port, err := net.SplitHostPort(c.smtpAddr); err != nil || host == "" || port == "" {
		problems = append(problems, fmt.Sprintf("--smtp-addr %q: want host:port", c.smtpAddr))
	}
	if c.smtpFrom == "" {
		missing = append(missing, "--smtp-from (the sender address of alert mail)")
	} else if a, err := mail.ParseAddress(c.smtpFrom); err != nil || a.Address != c.smtpFrom {
		problems = append(problems, fmt.Sprintf("--smtp-from %q: want a plain address such as hotline@example.com", c.smtpFrom))
	}
	if c.ackURL == "" {
		missing = append(missing, "--ack-url (the public URL of the acknowledge page, put in alert links)")
	} else if u, err := url.Parse(c.ackURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		problems = append(problems, fmt.Sprintf("--ack-url %q: want an http or https URL with a host", c.ackURL))
	}
	if strings.ContainsFunc(c.smtpUser, unicode.IsControl) {
		problems = append(problems, "--smtp-user contains a control character")
	}
	if c.smtpInsecureAuth && c.smtpAddr != "" && !notify.LoopbackAddr(c.smtpAddr) {
		problems = append(problems, fmt.Sprintf("--smtp-insecure-auth is only for a relay on a loopback address, not %s: SMTP credentials are sent only over TLS", c.smtpAddr))
	}
	if len(missing) > 0 {
		problems = append([]string{"--routing-config needs " + strings.Join(missing, ", ")}, problems...)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: %s", errUsage, strings.Join(problems, "; "))
	}
	return nil
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := serveFlags(args, stderr)
	if err != nil {
		return err
	}
	if cfg.check {
		return checkServe(ctx, cfg, stdout, stderr)
	}
	return serve(ctx, cfg, newLogger(cfg.logFormat, cfg.logLevel, stderr))
}

// newLogger returns the process logger: JSON for log collectors in
// production, text for people at a terminal.
func newLogger(format string, level slog.Level, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// classifier builds the process's one classifier, with the thresholds of
// the flags; the API and the ingesters share it, so the model is loaded
// once and both score alike.
func (cfg serveConfig) classifier() (*classify.Classifier, error) {
	copts := classify.DefaultOptions()
	copts.Thresholds = classify.Thresholds{Warm: cfg.warm, Hot: cfg.hot}
	c, err := classify.New(copts)
	if err != nil {
		return nil, fmt.Errorf("build classifier: %w", err)
	}
	return c, nil
}

// buildServer builds the gRPC server with every service registered, its
// metrics in reg.
func buildServer(cfg serveConfig, c *classify.Classifier, logger *slog.Logger, reg prometheus.Registerer) (*api.Server, error) {
	opts := api.ServerOptions{
		MaxRecvMsgSize:   api.RecvMsgSizeFor(int(cfg.maxMessageBytes)),
		MaxInFlightBytes: int64(cfg.maxInFlight),
		DefaultTimeout:   cfg.callTimeout,
		Registerer:       reg,
	}
	cfg.security.apply(&opts)
	srv, err := api.NewServer(logger, opts)
	if err != nil {
		return nil, err
	}
	hotlinev1.RegisterClassifierServiceServer(srv, api.NewClassifierServer(c,
		api.WithMaxMessageBytes(int(cfg.maxMessageBytes)), api.WithItemTimeout(cfg.callTimeout)))
	return srv, nil
}

// serve runs until ctx ends (SIGTERM or SIGINT in main), then shuts down
// gracefully within cfg.shutdownTimeout.
func serve(ctx context.Context, cfg serveConfig, logger *slog.Logger) error {
	// Bind first: a taken port should fail before seconds of model loading.
	lis, err := net.Listen("tcp", cfg.listen)
	if err != nil {
		return fmt.Errorf("listen for grpc: %w", err)
	}
	var metricsLis net.Listener
	if cfg.metricsListen != "" {
		metricsLis, err = net.Listen("tcp", cfg.metricsListen)
		if err != nil {
			lis.Close()
			return fmt.Errorf("listen for metrics: %w", err)
		}
	}
	closeListeners := func() {
		lis.Close()
		if metricsLis != nil {
			metricsLis.Close()
		}
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	cl, err := cfg.classifier()
	if err != nil {
		closeListeners()
		return err
	}
	srv, err := buildServer(cfg, cl, logger, reg)
	if err != nil {
		closeListeners()
		return err
	}
	var st servedStore
	if cfg.store.configured() {
		st, err = cfg.store.open(ctx)
		if err != nil {
			closeListeners()
			return err
		}
		defer st.Close()
	}
	if err := registerCoach(srv, st); err != nil {
		closeListeners()
		return err
	}
	withAlerts, router, stopAlerts, err := startAlerts(ctx, st, cfg.routing, srv, reg, logger)
	if err != nil {
		closeListeners()
		return err
	}
	defer stopAlerts()
	// The ingesters hand what they record to the router (which ignores it
	// unless routing is configured), so they start after it and stop
	// before it.
	var live ingest.Sink
	if router != nil {
		live = router
	}
	stopIngest, err := startIngest(ctx, cfg, st, srv, cl, live, logger, reg)
	if err != nil {
		closeListeners()
		return err
	}
	defer stopIngest()
	withWeb, stopWeb, err := startWeb(ctx, cfg.web, st, router, cfg.security.tokens, reg, logger)
	if err != nil {
		closeListeners()
		return err
	}
	defer stopWeb()

	ready := readyInfo{GRPC: lis.Addr().String()}
	if metricsLis != nil {
		ready.Metrics = metricsLis.Addr().String()
	}
	if cfg.readyFile != "" {
		// Connections made before Serve starts wait in the listen backlog,
		// so announcing the addresses now is safe.
		if err := writeReadyFile(cfg.readyFile, ready); err != nil {
			closeListeners()
			return err
		}
	}
	logger.Info("hotline serving", slog.String("grpc", ready.GRPC), slog.String("metrics", ready.Metrics), slog.String("version", version))

	errc := make(chan error, 2)
	running := 1
	go func() { errc <- srv.Serve(lis) }()
	var httpSrv *http.Server
	if metricsLis != nil {
		httpSrv = &http.Server{Handler: withWeb(withAlerts(metricsHandler(reg, srv))), ReadHeaderTimeout: 5 * time.Second}
		httpSrv.RegisterOnShutdown(stopWeb) // ends the page's event streams
		running++
		go func() {
			err := httpSrv.Serve(metricsLis)
			if errors.Is(err, http.ErrServerClosed) {
				err = nil
			}
			errc <- err
		}()
	}

	var firstErr error
	select {
	case <-ctx.Done():
		logger.Info("shutting down", slog.Duration("timeout", cfg.shutdownTimeout))
	case firstErr = <-errc:
		running--
		logger.Error("server failed, shutting down", slog.Any("error", firstErr))
	}
	sctx, cancel := context.WithTimeout(context.Background(), cfg.shutdownTimeout)
	defer cancel()
	srv.Shutdown(sctx)
	if httpSrv != nil {
		if err := httpSrv.Shutdown(sctx); err != nil {
			httpSrv.Close()
		}
	}
	for ; running > 0; running-- {
		if err := <-errc; err != nil && firstErr == nil {
			firstErr = err
		}
	}
	if firstErr == nil {
		logger.Info("stopped")
	}
	return firstErr
}

// metricsHandler serves Prometheus metrics and a health probe that follows
// the gRPC health service, so HTTP-only probes see the same state.
func metricsHandler(reg *prometheus.Registry, srv *api.Server) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if !srv.Serving(r.Context()) {
			http.Error(w, "not serving", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ok\n")
	})
	return mux
}

// writeReadyFile writes info atomically, so a reader polling for the file
// never sees it half-written.
func writeReadyFile(path string, info readyInfo) error {
	data, err := json.Marshal(info)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".ready-*")
	if err != nil {
		return fmt.Errorf("write ready file: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("write ready file: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write ready file: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write ready file: %w", err)
	}
	return nil
}
