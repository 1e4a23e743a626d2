// Package app wires Hotline's parts into a running application: what the
// command line, the demo and end-to-end tests start the same way. The
// parts stay in their own packages (route decides, notify delivers, ack
// serves the link); app only builds them from plain options and runs them
// together, so cmd is left with flags, secrets and signals.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hotline/hotline/service/ack"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

// AckLinkTTL is how long an acknowledge link in a page stays valid.
const AckLinkTTL = 7 * 24 * time.Hour

// AlertStore is what the alert pipeline needs from the store.
type AlertStore interface {
	route.Store
	notify.Outbox
}

// AlertingOptions configure the alert pipeline. RoutingConfig, AckKey and
// AckURL are required; secrets arrive as values, read by the caller.
type AlertingOptions struct {
	// RoutingConfig is the routing file, read at start and by Reload.
	RoutingConfig string
	// Email is the SMTP relay alert mail goes through, credentials
	// included.
	Email notify.Email
	// WebhookSecret signs webhook requests; empty sends them unsigned.
	WebhookSecret []byte
	// AckKey signs the acknowledge links, which point at AckURL.
	AckKey []byte
	AckURL string
	// AckCommand returns the CLI command that acknowledges an alert, shown
	// in pages beside the link.
	AckCommand func(id int64, person string) string
	// CallBack, if set, tells pages whom to call back on which number.
	CallBack func(ctx context.Context, a store.Alert) (*notify.Call, error)
	// History, if set, raises a message's level for repeated contact
	// (see route.Options.History).
	History route.HistoryFunc
	// CatchUpEvery is how often the router looks for mail recorded by
	// other processes. Default 500ms.
	CatchUpEvery time.Duration
	Registerer   prometheus.Registerer // nil: no metrics
	Logger       *slog.Logger          // nil: discard
}

// Alerting is the running alert pipeline: the router, the outbox
// dispatcher with every receiver, and the acknowledge page.
type Alerting struct {
	path   string
	router *route.Router
	disp   *notify.Dispatcher
	ack    http.Handler
	log    *slog.Logger
}

// NewAlerting builds the alert pipeline on st from opt.
func NewAlerting(st AlertStore, opt AlertingOptions) (*Alerting, error) {
	if opt.RoutingConfig == "" {
		return nil, errors.New("alerting: no routing config")
	}
	if len(opt.AckKey) == 0 {
		return nil, errors.New("alerting: no acknowledge link signing key")
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.CatchUpEvery <= 0 {
		opt.CatchUpEvery = 500 * time.Millisecond
	}
	cfg, err := route.LoadConfig(opt.RoutingConfig)
	if err != nil {
		return nil, err
	}
	signer, err := ack.NewSigner(opt.AckKey, opt.AckURL, AckLinkTTL, nil)
	if err != nil {
		return nil, fmt.Errorf("alerting: %w", err)
	}
	var nm *notify.Metrics
	var rm *route.Metrics
	if opt.Registerer != nil {
		nm, rm = notify.NewMetrics(opt.Registerer), route.NewMetrics(opt.Registerer)
	}
	a := &Alerting{path: opt.RoutingConfig, log: opt.Logger}
	a.disp = notify.NewDispatcher(st, notify.Options{
		Receivers:  notify.BuildReceivers(opt.Email, opt.WebhookSecret),
		AckURL:     signer.URL,
		AckCommand: opt.AckCommand,
		CallBack:   opt.CallBack,
		Logger:     opt.Logger,
		Metrics:    nm,
	})
	// Messages the ingesters of this process record are handed to the
	// router at once (Router.Recorded); those recorded by another process
	// on the same database are picked up every CatchUpEvery.
	a.router = route.New(st, cfg, route.Options{Logger: opt.Logger, Metrics: rm, Queued: a.disp.Wake,
		CatchUpEvery: opt.CatchUpEvery, History: opt.History})
	a.ack = &ack.Handler{Signer: signer, Alerts: a.router, Logger: opt.Logger, Checklist: notify.Checklist}
	return a, nil
}

// Router returns the router, which takes and resolves alerts for the API
// and the team page and is the ingesters' sink.
func (a *Alerting) Router() *route.Router { return a.router }

// AckHandler serves the acknowledge page; mount it at the path of AckURL.
func (a *Alerting) AckHandler() http.Handler { return a.ack }

// Run drives escalations, routing and deliveries until ctx ends.
func (a *Alerting) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); _ = a.router.Run(ctx) }()
	go func() { defer wg.Done(); _ = a.disp.Run(ctx) }()
	wg.Wait()
	return nil
}

// Reload reads the routing file again and swaps it in if it is valid. A
// config that fails validation is logged and returned, and the old one
// stays in force; open alerts keep the chain they were opened with.
func (a *Alerting) Reload(ctx context.Context) error {
	cfg, err := route.LoadConfig(a.path)
	if err != nil {
		a.log.ErrorContext(ctx, "routing config reload failed; keeping the previous config", "path", a.path, "err", err)
		return err
	}
	a.router.SetConfig(cfg)
	a.log.InfoContext(ctx, "routing config reloaded", "path", a.path)
	return nil
}
