package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/callback"
	"github.com/hotline/hotline/service/history"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/route"
)

// Environment variables for alerting secrets, so they stay out of argv.
const (
	envSMTPPassword  = "HOTLINE_SMTP_PASSWORD"
	envAckKey        = "HOTLINE_ACK_KEY"
	envWebhookSecret = "HOTLINE_WEBHOOK_SECRET"
)

// routingConfig holds the flags that turn on alerting in a long-running
// command (serve): the routing file, the SMTP relay, and the public address
// of the acknowledge page.
type routingConfig struct {
	configPath     string
	smtpAddr       string
	smtpFrom       string
	smtpUser       string
	smtpPassFile   string
	smtpRequireTLS bool
	// smtpInsecureAuth lets credentials go to a loopback relay without
	// TLS; see validate in serve.go.
	smtpInsecureAuth bool
	ackURL           string
	ackKeyFile       string
	webhookSecret    string // file
	// phoneRegion is the region national phone numbers in mail are read
	// in, for the call-back line of alerts.
	phoneRegion string
	history     historyConfig
}

// register adds the alerting flags to fs.
func (c *routingConfig) register(fs *flag.FlagSet) {
	c.history.register(fs)
	fs.StringVar(&c.phoneRegion, "phone-region", callback.DefaultRegion, "`region` (ISO 3166 code such as GB, DE, US) that national phone numbers in customer mail are read in, for the call-back line of alerts")
	fs.StringVar(&c.configPath, "routing-config", "", "routing config `file`; enables alerts (reloaded on SIGHUP)")
	fs.StringVar(&c.smtpAddr, "smtp-addr", "", "SMTP relay `host:port` for alert mail (STARTTLS when offered); required with --routing-config")
	fs.StringVar(&c.smtpFrom, "smtp-from", "", "sender `address` of alert mail; required with --routing-config")
	fs.StringVar(&c.smtpUser, "smtp-user", "", "SMTP AUTH PLAIN `user`; password from --smtp-password-file or $"+envSMTPPassword+"; sent only over TLS")
	fs.StringVar(&c.smtpPassFile, "smtp-password-file", "", "read the SMTP password from this `file`")
	fs.BoolVar(&c.smtpRequireTLS, "smtp-require-tls", false, "refuse to send alert mail when the relay does not offer STARTTLS, even without --smtp-user")
	fs.BoolVar(&c.smtpInsecureAuth, "smtp-insecure-auth", false, "allow SMTP AUTH without TLS, only to a relay on a loopback address")
	fs.StringVar(&c.ackURL, "ack-url", "", "public http(s) `URL` of the acknowledge page, put in alert links; required with --routing-config")
	fs.StringVar(&c.ackKeyFile, "ack-key-file", "", "`file` with the key that signs acknowledge links (default: $"+envAckKey+")")
	fs.StringVar(&c.webhookSecret, "webhook-secret-file", "", "`file` with the HMAC key for webhook signatures (default: $"+envWebhookSecret+")")
}

func secret(file, env string) (string, error) {
	if file == "" {
		return os.Getenv(env), nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("read secret: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// alerting is the alert pipeline (app.Alerting) with its reload on SIGHUP.
type alerting struct {
	*app.Alerting
	router *route.Router
	// Ack serves the acknowledge page; mount it at the path of --ack-url.
	Ack http.Handler
	// hup receives SIGHUP from build on, so a signal sent before Run starts
	// is not lost (nor kills the process).
	hup chan os.Signal
	// reloaded, if set, is told the outcome of each SIGHUP reload.
	reloaded func(error)
}

// build reads the alerting secrets and wires the alert pipeline on st. It
// returns nil when no routing config was given.
func (c *routingConfig) build(st alertStore, reg prometheus.Registerer, logger *slog.Logger) (*alerting, error) {
	if c.configPath == "" {
		return nil, nil
	}
	key, err := secret(c.ackKeyFile, envAckKey)
	if err != nil {
		return nil, err
	}
	if key == "" {
		return nil, fmt.Errorf("%w: alerts need a link signing key in --ack-key-file or $%s", errUsage, envAckKey)
	}
	pass, err := secret(c.smtpPassFile, envSMTPPassword)
	if err != nil {
		return nil, err
	}
	whSecret, err := secret(c.webhookSecret, envWebhookSecret)
	if err != nil {
		return nil, err
	}
	phones, err := callback.New(c.phoneRegion)
	if err != nil {
		return nil, fmt.Errorf("%w: --phone-region: %v", errUsage, err)
	}
	// The customer history asks the router's config, reloaded on SIGHUP,
	// who is on the team; it is only called once the router runs.
	var pipeline *app.Alerting
	book, err := c.history.book(st, func(addr string) bool { return pipeline.Router().Config().IsTeam(addr) })
	if err != nil {
		return nil, err
	}
	pipeline, err = app.NewAlerting(st, app.AlertingOptions{
		RoutingConfig: c.configPath,
		Email: notify.Email{Addr: c.smtpAddr, From: c.smtpFrom, Username: c.smtpUser, Password: pass,
			RequireTLS: c.smtpRequireTLS, AllowInsecureAuth: c.smtpInsecureAuth},
		WebhookSecret: []byte(whSecret),
		AckKey:        []byte(key),
		AckURL:        c.ackURL,
		AckCommand: func(id int64, person string) string {
			return fmt.Sprintf("hotline alerts ack %d --by %s", id, shellQuote(person))
		},
		CallBack:   callBack(callRequest(st, phones)),
		History:    book.Note,
		Registerer: reg,
		Logger:     logger,
	})
	if err != nil {
		return nil, err
	}
	a := &alerting{Alerting: pipeline, router: pipeline.Router(), Ack: pipeline.AckHandler(), hup: make(chan os.Signal, 1)}
	signal.Notify(a.hup, syscall.SIGHUP)
	return a, nil
}

// Run drives escalations and deliveries, and reloads the routing config on
// SIGHUP, until ctx ends.
func (a *alerting) Run(ctx context.Context) error {
	defer signal.Stop(a.hup)
	done := make(chan struct{})
	go func() { defer close(done); _ = a.Alerting.Run(ctx) }()
	defer func() { <-done }()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-a.hup:
			err := a.Reload(ctx)
			if a.reloaded != nil {
				a.reloaded(err)
			}
		}
	}
}

// alertStore is what the alert pipeline needs from the store.
type alertStore interface {
	route.Store
	notify.Outbox
	messageTexts
	history.Store
}

// startAlerts adds alerts to serve. With a store it serves EscalationService
// (list, show, acknowledge, resolve, watch). With --routing-config as well
// it routes every message recorded in the database (by this process's
// ingesters or another process), delivers the notifications, and serves the
// acknowledge page at the path of --ack-url on the metrics listener, which
// withAlerts adds to that listener's handler. router takes and resolves
// alerts for other front ends (nil without a store). stop ends it all.
func startAlerts(ctx context.Context, st servedStore, rc routingConfig, srv grpc.ServiceRegistrar,
	reg prometheus.Registerer, logger *slog.Logger) (withAlerts func(http.Handler) http.Handler, router *route.Router, stop func(), err error) {
	withAlerts = func(h http.Handler) http.Handler { return h }
	if st == nil {
		return withAlerts, nil, func() {}, nil
	}
	a, err := rc.build(st, reg, logger)
	if err != nil {
		return nil, nil, nil, err
	}
	phones, err := callback.New(rc.phoneRegion)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%w: --phone-region: %v", errUsage, err)
	}
	calls := api.WithCallBack(callRequest(st, phones))
	// Without a routing config no team is known, so every answer counts.
	var isTeam func(string) bool
	if a != nil {
		isTeam = func(addr string) bool { return a.router.Config().IsTeam(addr) }
	}
	book, err := rc.history.book(st, isTeam)
	if err != nil {
		return nil, nil, nil, err
	}
	hotlinev1.RegisterCustomerServiceServer(srv, api.NewCustomerServer(book))
	if a == nil {
		router = route.New(st, nil, route.Options{Logger: logger})
		hotlinev1.RegisterEscalationServiceServer(srv, api.NewEscalationServer(router, st, 0, calls))
		return withAlerts, router, func() {}, nil
	}
	hotlinev1.RegisterEscalationServiceServer(srv, api.NewEscalationServer(a.router, st, 0, calls))
	ackPath := "/ack"
	if u, err := url.Parse(rc.ackURL); err == nil && u.Path != "" {
		ackPath = u.Path
	}
	withAlerts = func(h http.Handler) http.Handler {
		mux := http.NewServeMux()
		mux.Handle("/", h)
		mux.Handle(ackPath, a.Ack)
		return mux
	}
	actx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = a.Run(actx)
	}()
	logger.Info("routing alerts", "config", rc.configPath, "ack_url", rc.ackURL)
	return withAlerts, a.router, func() {
		cancel()
		<-done
	}, nil
}
