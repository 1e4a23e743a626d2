package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/hotline/hotline/internal/flagvalue"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/app/demo"
	"github.com/hotline/hotline/service/callback"
	"github.com/hotline/hotline/service/classify"
)

// runServe turns the flags, the secrets they name and SIGHUP into
// app.Options, and runs the application or, with --check, checks it.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	o := app.Options{Version: version, MaxMessageBytes: api.DefaultMaxMessageBytes, MaxInFlightBytes: api.DefaultMaxInFlightBytes,
		Thresholds: classify.DefaultOptions().Thresholds}
	var lo app.LogOptions
	fs := newFlagSet("serve", "serve [flags]", stderr)
	fs.StringVar(&o.Listen, "listen", "127.0.0.1:50051", "gRPC listen `address`")
	fs.StringVar(&o.MetricsListen, "metrics-listen", "127.0.0.1:9090", "HTTP listen `address` for /metrics and /healthz; empty disables")
	lo.AddFlags(fs, slog.LevelInfo)
	fs.Float64Var(&o.Thresholds.Warm, "warm", o.Thresholds.Warm, "heat at or above which a message is WARM")
	fs.Float64Var(&o.Thresholds.Hot, "hot", o.Thresholds.Hot, "heat at or above which a message is HOT")
	fs.Var((*flagvalue.ByteSize)(&o.MaxMessageBytes), "max-message-bytes", "largest raw message or text accepted, a `size` such as 1MiB or 2000000")
	fs.Var((*flagvalue.ByteSize)(&o.MaxInFlightBytes), "max-inflight-bytes", "request `size` processed at once across all connections (e.g. 64MiB); beyond it new calls get RESOURCE_EXHAUSTED; an open stream counts as --max-message-bytes")
	fs.DurationVar(&o.CallTimeout, "call-timeout", api.DefaultCallTimeout, "deadline of a call (or of each ClassifyStream message) whose caller sent none")
	fs.DurationVar(&o.ShutdownTimeout, "shutdown-timeout", 10*time.Second, "how long calls in flight may finish after SIGTERM before they are cancelled")
	fs.StringVar(&o.ReadyFile, "ready-file", "", "write the bound addresses as JSON to this `file` once listening")
	o.Store.AddFlags(fs, "", "SQLite database `path`; serves MessageService, and with --imap ingests mail in this process")
	fs.StringVar(&o.TLSCert, "tls-cert", "", "serve gRPC over TLS with this PEM certificate `file` (reloaded when it changes)")
	fs.StringVar(&o.TLSKey, "tls-key", "", "PEM private key `file` for --tls-cert")
	fs.StringVar(&o.TLSClientCA, "tls-client-ca", "", "require client certificates signed by the CAs in this PEM `file` (mutual TLS)")
	fs.StringVar(&o.AuthTokens, "auth-tokens", "", "require bearer tokens from this `file` of read:TOKEN and admin:TOKEN lines; health and reflection stay open")
	o.Ingest.AddFlags(fs)
	o.History.AddFlags(fs)
	fs.StringVar(&o.PhoneRegion, "phone-region", callback.DefaultRegion, "`region` (ISO 3166 code such as GB, DE, US) that national phone numbers in customer mail are read in, for the call-back line of alerts")
	a, e := &o.Alerting, &o.Alerting.Email
	fs.StringVar(&a.RoutingConfig, "routing-config", "", "routing config `file`; enables alerts (reloaded on SIGHUP)")
	fs.StringVar(&e.Addr, "smtp-addr", "", "SMTP relay `host:port` for alert mail (STARTTLS when offered); required with --routing-config")
	fs.StringVar(&e.From, "smtp-from", "", "sender `address` of alert mail; required with --routing-config")
	fs.StringVar(&e.Username, "smtp-user", "", "SMTP AUTH PLAIN `user`; password from --smtp-password-file or $"+app.EnvSMTPPassword+"; sent only over TLS")
	smtpPassFile := fs.String("smtp-password-file", "", "read the SMTP password from this `file`")
	fs.BoolVar(&e.RequireTLS, "smtp-require-tls", false, "refuse to send alert mail when the relay does not offer STARTTLS, even without --smtp-user")
	fs.BoolVar(&e.AllowInsecureAuth, "smtp-insecure-auth", false, "allow SMTP AUTH without TLS, only to a relay on a loopback address")
	fs.StringVar(&a.AckURL, "ack-url", "", "public http(s) `URL` of the acknowledge page, put in alert links; required with --routing-config")
	ackKeyFile := fs.String("ack-key-file", "", "`file` with the key that signs acknowledge links (default: $"+app.EnvAckKey+")")
	webhookFile := fs.String("webhook-secret-file", "", "`file` with the HMAC key for webhook signatures (default: $"+app.EnvWebhookSecret+")")
	check := fs.Bool("check", false, "validate the flags, environment, secrets and files serve would start with, print a summary and exit (1 on any problem); opens no connection")
	fs.StringVar(&o.Web.AuthHeader, "web-auth-header", "", "trust this request `header` (e.g. X-Forwarded-User from oauth2-proxy) as the signed-in person on the team page; only behind such a proxy")
	fs.StringVar(&o.Web.AuthRole, "web-auth-role", "admin", "`role` (read or admin) of people signed in by --web-auth-header")
	sessionKeyFile := fs.String("web-session-key-file", "", "`file` with the key (32+ bytes) that signs team page sessions; replicas share it (default: $"+app.EnvWebSessionKey+", else random per process)")
	fs.BoolVar(&o.Web.SecureCookies, "web-secure-cookies", false, "mark team page cookies Secure; set it when a TLS proxy is in front")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return fmt.Errorf("%w: serve takes no arguments, got %q", errUsage, fs.Args())
	}
	// One run (or one --check) shows every problem with a pod's arguments.
	logger, err := lo.Logger(stderr)
	problems := append(usageErrors(err), usageErrors(o.Store.Resolve())...)
	read := func(file, env, flag string) []byte {
		v, err := app.ReadSecret(file, env)
		if err != nil {
			problems = append(problems, fmt.Errorf("%s: %w", flag, err))
		}
		return []byte(v)
	}
	o.Web.SessionKey = read(*sessionKeyFile, app.EnvWebSessionKey, "--web-session-key-file")
	if a := &o.Alerting; a.RoutingConfig != "" {
		a.AckKey = read(*ackKeyFile, app.EnvAckKey, "--ack-key-file")
		a.Email.Password = string(read(*smtpPassFile, app.EnvSMTPPassword, "--smtp-password-file"))
		a.WebhookSecret = read(*webhookFile, app.EnvWebhookSecret, "--webhook-secret-file")
		o.Reload = hangups()
	}
	o.Logger = logger
	if problems = append(problems, usageErrors(o.Validate())...); *check {
		return checkServe(ctx, o, problems, stdout, stderr)
	}
	if err := errors.Join(problems...); err != nil {
		return err
	}
	return errors.Join(usageErrors(app.Run(ctx, o))...)
}

// checkServe prints the problems found so far and app.Check's, or its summary.
func checkServe(ctx context.Context, o app.Options, found []error, stdout, stderr io.Writer) error {
	var problems []string
	for _, err := range found {
		if err != nil {
			problems = append(problems, strings.TrimPrefix(err.Error(), errUsage.Error()+": "))
		}
	}
	summary, more := app.Check(ctx, o)
	if problems = append(problems, more...); len(problems) > 0 {
		fmt.Fprintf(stderr, "serve configuration: %d problem(s):\n  %s\n", len(problems), strings.Join(problems, "\n  "))
		return fmt.Errorf("serve configuration is not valid")
	}
	fmt.Fprintf(stdout, "serve configuration OK\n  %s\n", strings.Join(summary, "\n  "))
	return nil
}

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var o demo.Options
	fs := newFlagSet("demo", "demo [flags]", stderr)
	fs.IntVar(&o.Seed, "seed", 4, "how many sample mails are in the mailbox at start; the rest arrive live")
	fs.DurationVar(&o.Interval, "interval", 6*time.Second, "how often a new sample mail arrives")
	fs.StringVar(&o.DB, "db", "", "SQLite database `path` (default: a new temporary file)")
	fs.StringVar(&o.Config, "config", "", "routing config `file` (default: the demo's, with 20s timeouts)")
	fs.BoolVar(&o.Full, "full", false, "print every alert mail in full, not only the first")
	fs.BoolVar(&o.Verbose, "v", false, "also print the service's own logs")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: demo takes no arguments", errUsage)
	}
	return demo.Run(ctx, o, stdout, stderr)
}
