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

// DefaultAckLinkTTL is how long an acknowledge link in a page stays valid
// unless AlertingOptions.AckLinkTTL says otherwise.
const DefaultAckLinkTTL = 7 * 24 * time.Hour

// AlertStore is what the alert pipeline needs from the store.
type AlertStore interface {
	route.Store
	notify.Outbox
}

// AlertingOptions configure the alert pipeline. RoutingConfig (or Config),
// AckKey and AckURL are required; secrets arrive as values, read by the
// caller. The zero value of every other field is what serve uses.
type AlertingOptions struct {
	// RoutingConfig is the routing file, read at start and by Reload.
	RoutingConfig string
	// Config, if set, is used instead of reading RoutingConfig at start
	// (the demo builds its config in memory); Reload still reads the file.
	Config *route.Config
	// Email is the SMTP relay alert mail goes through, credentials
	// included.
	Email notify.Email
	// WebhookSecret signs webhook requests; empty sends them unsigned.
	WebhookSecret []byte
	// AckKey signs the acknowledge links, which point at AckURL.
	AckKey []byte
	AckURL string
	// AckLinkTTL is how long a link stays valid. Default DefaultAckLinkTTL.
	AckLinkTTL time.Duration
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
	// CatchUpGrace leaves messages this young to the live hand-off
	// (route.Options.CatchUpGrace). Default 0.
	CatchUpGrace time.Duration
	// Poll bounds how long the router and the dispatcher sleep between
	// looking for due work. Default: theirs (1s).
	Poll time.Duration
	// BaseDelay and MaxDelay bound the dispatcher's retry backoff.
	// Default: its own (2s, 10m).
	BaseDelay, MaxDelay time.Duration
	Registerer          prometheus.Registerer // nil: no metrics
	Logger              *slog.Logger          // nil: discard
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
	if opt.RoutingConfig == "" && opt.Config == nil {
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
	if opt.AckLinkTTL <= 0 {
		opt.AckLinkTTL = DefaultAckLinkTTL
	}
	cfg := opt.Config
	if cfg == nil {
		var err error
		if cfg, err = route.LoadConfig(opt.RoutingConfig); err != nil {
			return nil, err
		}
	}
	signer, err := ack.NewSigner(opt.AckKey, opt.AckURL, opt.AckLinkTTL, nil)
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
		Poll:       opt.Poll,
		BaseDelay:  opt.BaseDelay,
		MaxDelay:   opt.MaxDelay,
	})
	// Messages the ingesters of this process record are handed to the
	// router at once (Router.Recorded); those recorded by another process
	// on the same database are picked up every CatchUpEvery.
	a.router = route.New(st, cfg, route.Options{Logger: opt.Logger, Metrics: rm, Queued: a.disp.Wake,
		CatchUpEvery: opt.CatchUpEvery, CatchUpGrace: opt.CatchUpGrace, Poll: opt.Poll, History: opt.History})
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
