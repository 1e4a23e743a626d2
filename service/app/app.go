package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/auth"
	"github.com/hotline/hotline/service/callback"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/coach"
	"github.com/hotline/hotline/service/history"
	"github.com/hotline/hotline/service/ingest"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/web"
)

// App is a built Hotline process: its listeners bound, its store open and
// every part wired. Run serves until the context ends.
type App struct {
	opt             Options
	log             *slog.Logger
	lis, metricsLis net.Listener
	reg             *prometheus.Registry
	srv             *api.Server
	st              Store // nil without a store
	alerting        *Alerting
	ins             []*ingest.Ingester
	feed            *api.MessageFeed // WatchMessages, with ingesters
	team            *web.Handler
	phones          *callback.Finder // reads numbers in Options.PhoneRegion
	handler         http.Handler
}

// ReadyInfo is the content of Options.ReadyFile.
type ReadyInfo struct {
	GRPC    string `json:"grpc"`
	Metrics string `json:"metrics"`
}

// Run builds the application from opt and runs it until ctx ends (SIGTERM
// or SIGINT in the command), then shuts down gracefully within
// opt.ShutdownTimeout. Problems with opt are returned as *InvalidError.
func Run(ctx context.Context, opt Options) error {
	a, err := New(ctx, opt)
	if err != nil {
		return err
	}
	return a.Run(ctx)
}

// New validates opt, binds the listeners (first: a taken port should fail
// before seconds of model loading), opens the store and builds every
// part. Call Run, or Close to give it all back.
func New(ctx context.Context, opt Options) (_ *App, err error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	a := &App{opt: opt, log: opt.Logger, metricsLis: opt.MetricsListener}
	defer func() {
		if err != nil {
			a.Close()
		}
	}()
	if a.lis, err = net.Listen("tcp", opt.Listen); err != nil {
		return nil, fmt.Errorf("listen for grpc: %w", err)
	}
	if a.metricsLis == nil && opt.MetricsListen != "" {
		if a.metricsLis, err = net.Listen("tcp", opt.MetricsListen); err != nil {
			return nil, fmt.Errorf("listen for metrics: %w", err)
		}
	}
	a.reg = prometheus.NewRegistry()
	a.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	// The API and the ingesters share the one classifier, so the model is
	// loaded once and both score alike.
	copts := classify.DefaultOptions()
	copts.Thresholds = opt.Thresholds
	cl, err := classify.New(copts)
	if err != nil {
		return nil, fmt.Errorf("build classifier: %w", err)
	}
	sopts := api.ServerOptions{
		MaxRecvMsgSize:   api.RecvMsgSizeFor(int(opt.MaxMessageBytes)),
		MaxInFlightBytes: opt.MaxInFlightBytes,
		DefaultTimeout:   opt.CallTimeout,
		Registerer:       a.reg,
		TLS:              opt.tls,
	}
	if opt.tokens != nil {
		p := auth.DefaultPolicy()
		sopts.UnaryInterceptors = append(sopts.UnaryInterceptors, opt.tokens.UnaryInterceptor(p))
		sopts.StreamInterceptors = append(sopts.StreamInterceptors, opt.tokens.StreamInterceptor(p))
	}
	if a.srv, err = api.NewServer(a.log, sopts); err != nil {
		return nil, err
	}
	hotlinev1.RegisterClassifierServiceServer(a.srv, api.NewClassifierServer(cl,
		api.WithMaxMessageBytes(int(opt.MaxMessageBytes)), api.WithItemTimeout(opt.CallTimeout)))
	replies, err := coach.New(coach.Options{})
	if err != nil {
		return nil, fmt.Errorf("build reply coach: %w", err)
	}
	a.handler = metricsHandler(a.reg, a.srv)
	if !opt.Store.Configured() {
		hotlinev1.RegisterCoachServiceServer(a.srv, api.NewCoachServer(replies, nil))
		return a, nil
	}
	if a.st, err = OpenStore(ctx, opt.Store); err != nil {
		return nil, err
	}
	// With a store, callers of the coach may name an alert instead of the
	// customer.
	hotlinev1.RegisterCoachServiceServer(a.srv, api.NewCoachServer(replies, a.st))
	router, err := a.buildAlerting()
	if err != nil {
		return nil, err
	}
	if err := a.buildIngest(cl, router); err != nil {
		return nil, err
	}
	return a, a.buildWeb(router, replies)
}

// buildAlerting serves EscalationService (list, show, acknowledge,
// resolve, watch) and CustomerService from the store. With a routing
// config it also builds the alert pipeline, which routes every message
// recorded in the database, delivers the notifications, and serves the
// acknowledge page at the path of the acknowledge URL. It returns the
// router that takes and resolves alerts for the other front ends.
func (a *App) buildAlerting() (*route.Router, error) {
	o := a.opt
	region := o.PhoneRegion
	if region == "" {
		region = callback.DefaultRegion
	}
	phones, err := callback.New(region)
	if err != nil {
		return nil, &InvalidError{Problems: []error{fmt.Errorf("--phone-region: %v", err)}}
	}
	a.phones = phones
	// Without a routing config no team is known, so every answer counts;
	// with one, the config in force (reloaded) says who is on the team.
	hopt := o.History
	if o.alerting() {
		hopt.IsTeam = func(addr string) bool { return a.alerting.Router().Config().IsTeam(addr) }
	}
	book, err := history.New(a.st, hopt)
	if err != nil {
		return nil, &InvalidError{Problems: []error{err}}
	}
	hotlinev1.RegisterCustomerServiceServer(a.srv, api.NewCustomerServer(book))
	calls := api.WithCallBack(callRequest(a.st, phones))
	if !o.alerting() {
		router := route.New(a.st, nil, route.Options{Logger: a.log})
		hotlinev1.RegisterEscalationServiceServer(a.srv, api.NewEscalationServer(router, a.st, 0, calls))
		return router, nil
	}
	ao := o.Alerting
	if len(ao.AckKey) == 0 {
		return nil, &InvalidError{Problems: []error{fmt.Errorf("alerts need a link signing key in --ack-key-file or $%s", EnvAckKey)}}
	}
	ao.CallBack, ao.History, ao.Registerer, ao.Logger = callBack(callRequest(a.st, phones)), book.Note, a.reg, a.log
	if ao.AckCommand == nil {
		ao.AckCommand = func(id int64, person string) string {
			return fmt.Sprintf("hotline alerts ack %d --by %s", id, ShellQuote(person))
		}
	}
	if a.alerting, err = NewAlerting(a.st, ao); err != nil {
		return nil, err
	}
	router := a.alerting.Router()
	hotlinev1.RegisterEscalationServiceServer(a.srv, api.NewEscalationServer(router, a.st, 0, calls))
	ackPath := "/ack"
	if u, err := url.Parse(ao.AckURL); err == nil && u.Path != "" {
		ackPath = u.Path
	}
	mux := http.NewServeMux()
	mux.Handle("/", a.handler)
	mux.Handle(ackPath, a.alerting.AckHandler())
	a.handler = mux
	a.log.Info("routing alerts", "config", ao.RoutingConfig, "ack_url", ao.AckURL)
	return router, nil
}

// buildIngest serves MessageService from the store and builds an ingester
// per mailbox, whose recorded messages WatchMessages streams and the
// router routes at once.
func (a *App) buildIngest(cl ingest.Classifier, router *route.Router) error {
	// WatchMessages follows the store, so a replica streams what every
	// replica records, whether it ingests or not.
	a.feed = &api.MessageFeed{}
	hotlinev1.RegisterMessageServiceServer(a.srv, api.NewMessageServer(a.st, a.feed))
	if len(a.opt.Ingest.mailboxes) == 0 {
		return nil
	}
	var err error
	a.ins, err = a.opt.Ingest.ingesters(a.st, cl, ingest.Sinks{a.opt.Recorded, a.feed, router}, ingest.NewMetrics(a.reg), a.log)
	return err
}

// buildWeb builds the team page when there is a way to sign people in:
// the API's bearer tokens or a signing-in proxy's header. The page shows
// customer mail, so without either it stays off.
func (a *App) buildWeb(router *route.Router, replies *coach.Coach) error {
	o := a.opt
	if a.metricsLis == nil {
		return nil
	}
	if o.tokens == nil && o.Web.AuthHeader == "" {
		a.log.Info("team page off: it needs --auth-tokens or --web-auth-header to sign people in")
		return nil
	}
	team, err := web.New(web.Options{Store: a.st, Escalator: router, Tokens: o.tokens, ProxyUserHeader: o.Web.AuthHeader,
		ProxyRole: o.role, SessionKey: o.Web.SessionKey, SecureCookies: o.Web.SecureCookies, Logger: a.log,
		IsTeam: func(addr string) bool { return router.Config().IsTeam(addr) }, Metrics: web.NewMetrics(a.reg), Coach: replies,
		Phones: a.phones})
	if err != nil {
		return &InvalidError{Problems: []error{err}}
	}
	a.team = team
	mux := http.NewServeMux()
	team.Register(mux)
	mux.Handle("/", a.handler)
	a.handler = mux
	how := "bearer tokens"
	if o.Web.AuthHeader != "" {
		how = "proxy header " + o.Web.AuthHeader
	}
	a.log.Info("team page on the metrics listener", "path", "/", "sign_in", how)
	return nil
}

// Store returns the open store, or nil without one.
func (a *App) Store() Store { return a.st }

// Router returns the alert pipeline's router, or nil without routing.
func (a *App) Router() *route.Router {
	if a.alerting == nil {
		return nil
	}
	return a.alerting.Router()
}

// Addr returns the address the gRPC API listens on.
func (a *App) Addr() string { return a.lis.Addr().String() }

// Reload reads the routing config again and swaps it in if it is valid;
// see Alerting.Reload. Without routing it does nothing.
func (a *App) Reload(ctx context.Context) error {
	if a.alerting == nil {
		return nil
	}
	return a.alerting.Reload(ctx)
}

// Close releases what New took: the listeners and the store. Run closes
// them itself.
func (a *App) Close() {
	for _, l := range []net.Listener{a.lis, a.metricsLis} {
		if l != nil {
			l.Close()
		}
	}
	if a.st != nil {
		a.st.Close()
	}
}

// followStartTimeout bounds how long Run waits for the message follower's
// position before it serves anyway.
const followStartTimeout = 10 * time.Second

// Run serves the API and the HTTP listener and runs the alert pipeline,
// the ingesters and the team page until ctx ends or a server fails, then
// shuts down within Options.ShutdownTimeout and closes the store.
func (a *App) Run(ctx context.Context) error {
	defer a.Close()
	// Stopped in this order: the page's event streams (with the HTTP
	// server), the ingesters, then the router they hand messages to.
	stopAlerts := background(ctx, a.runAlerting)
	defer stopAlerts()
	stopIngest := background(ctx, func(ctx context.Context) {
		if a.feed == nil {
			return
		}
		// Watchers see what the other replicas on the store record too.
		followed := make(chan error, 1)
		go func() { followed <- a.feed.Follow(ctx, a.st, api.FollowOptions{Logger: a.log}) }()
		if len(a.ins) > 0 {
			a.opt.Ingest.runLeased(ctx, a.ins, a.st, a.log)
		}
		if err := <-followed; err != nil {
			a.log.Error("follow recorded messages", "err", err)
		}
	})
	defer stopIngest()
	if a.feed != nil {
		// A watcher accepted before the follower has its position in the
		// store could miss a message another replica records meanwhile,
		// so the API waits for it (a read of one id; the bound only keeps
		// a sick database from holding the classifier back).
		select {
		case <-a.feed.Following():
		case <-ctx.Done():
		case <-time.After(followStartTimeout):
			a.log.Warn("serving before the message follower has its position", "waited", followStartTimeout)
		}
	}
	if len(a.ins) > 0 {
		a.log.Info("ingesting mailboxes", "count", len(a.ins), "replica", a.opt.Ingest.Replica)
	}
	stopWeb := background(ctx, func(ctx context.Context) {
		if a.team != nil {
			_ = a.team.Run(ctx)
		}
	})
	defer stopWeb()

	ready := ReadyInfo{GRPC: a.lis.Addr().String()}
	if a.metricsLis != nil {
		ready.Metrics = a.metricsLis.Addr().String()
	}
	if a.opt.ReadyFile != "" {
		// Connections made before Serve starts wait in the listen backlog,
		// so announcing the addresses now is safe.
		if err := writeReadyFile(a.opt.ReadyFile, ready); err != nil {
			return err
		}
	}
	a.log.Info("hotline serving", slog.String("grpc", ready.GRPC), slog.String("metrics", ready.Metrics), slog.String("version", a.opt.Version))

	errc := make(chan error, 2)
	running := 1
	go func() { errc <- a.srv.Serve(a.lis) }()
	var httpSrv *http.Server
	if a.metricsLis != nil {
		httpSrv = &http.Server{Handler: a.handler, ReadHeaderTimeout: 5 * time.Second}
		httpSrv.RegisterOnShutdown(stopWeb) // ends the page's event streams
		running++
		go func() {
			err := httpSrv.Serve(a.metricsLis)
			if errors.Is(err, http.ErrServerClosed) {
				err = nil
			}
			errc <- err
		}()
	}

	var firstErr error
	select {
	case <-ctx.Done():
		a.log.Info("shutting down", slog.Duration("timeout", a.opt.ShutdownTimeout))
	case firstErr = <-errc:
		running--
		a.log.Error("server failed, shutting down", slog.Any("error", firstErr))
	}
	sctx, cancel := context.WithTimeout(context.Background(), a.opt.ShutdownTimeout)
	defer cancel()
	a.srv.Shutdown(sctx)
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
	stopWeb()
	stopIngest()
	stopAlerts()
	if firstErr == nil {
		a.log.Info("stopped")
	}
	return firstErr
}

// runAlerting drives escalations and deliveries, and reloads the routing
// config whenever Options.Reload asks, until ctx ends.
func (a *App) runAlerting(ctx context.Context) {
	if a.alerting == nil {
		return
	}
	done := make(chan struct{})
	go func() { defer close(done); _ = a.alerting.Run(ctx) }()
	defer func() { <-done }()
	for {
		select {
		case <-ctx.Done():
			return
		case <-a.opt.Reload:
			err := a.alerting.Reload(ctx)
			if a.opt.Reloaded != nil {
				a.opt.Reloaded(err)
			}
		}
	}
}

// background runs fn until ctx ends or stop is called; stop waits for fn
// to return and may be called more than once.
func background(ctx context.Context, fn func(context.Context)) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); fn(ctx) }()
	var once sync.Once
	return func() { once.Do(func() { cancel(); <-done }) }
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
func writeReadyFile(path string, info ReadyInfo) error {
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

// ShellQuote quotes s for a POSIX shell when it holds anything but plain
// path characters, so commands printed for people can be pasted as they
// are.
func ShellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("/._-+=:,@", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
