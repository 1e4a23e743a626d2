package app

import (
	"crypto/tls"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/mail"
	"net/url"
	"os"
	"strings"
	"time"
	"unicode"

	"github.com/hotline/hotline/service/auth"
	"github.com/hotline/hotline/service/callback"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/history"
	"github.com/hotline/hotline/service/ingest"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/tlsconf"
)

// Environment variables the command line reads secrets from. They are
// named here because the problems Check reports tell operators where to
// put a missing secret.
const (
	EnvAckKey        = "HOTLINE_ACK_KEY"
	EnvSMTPPassword  = "HOTLINE_SMTP_PASSWORD"
	EnvWebhookSecret = "HOTLINE_WEBHOOK_SECRET"
	EnvWebSessionKey = "HOTLINE_WEB_SESSION_KEY"
	EnvPostgresDSN   = "HOTLINE_POSTGRES_DSN"
	EnvIMAPPassword  = "HOTLINE_IMAP_PASSWORD"
	EnvIMAPToken     = "HOTLINE_IMAP_TOKEN"
)

// Options are everything a Hotline process runs with: what `hotline
// serve`'s flags say, with secrets as values the caller read. Problems
// found in them name the serve flag that sets the option, since that is
// where an operator fixes it.
type Options struct {
	Listen        string // gRPC address; required
	MetricsListen string // HTTP address for /metrics, /healthz, /ack and the team page; empty disables
	// MetricsListener, if set, is used instead of binding MetricsListen
	// (the demo binds first, to put its address in links).
	MetricsListener net.Listener
	Logger          *slog.Logger // nil: discard
	Version         string       // logged at start

	Thresholds       classify.Thresholds
	MaxMessageBytes  int64 // largest raw message or text accepted
	MaxInFlightBytes int64 // request bytes processed at once
	CallTimeout      time.Duration
	ShutdownTimeout  time.Duration
	// ReadyFile, when set, receives the bound addresses as JSON once both
	// listeners are open, so scripts and tests can use port 0.
	ReadyFile string

	// Store enables MessageService, EscalationService and, with mailboxes,
	// ingesting in this process.
	Store StoreOptions
	// TLSCert and TLSKey serve gRPC over TLS (reloaded when the files
	// change); TLSClientCA requires client certificates.
	TLSCert, TLSKey, TLSClientCA string
	// AuthTokens is a file of read:TOKEN and admin:TOKEN lines the API
	// requires; Tokens, if set, is used instead.
	AuthTokens string
	Tokens     *auth.Tokens

	Ingest IngestOptions
	// Alerting turns on routing when it names a routing config; CallBack,
	// History, Registerer and Logger are filled in by New.
	Alerting AlertingOptions
	// PhoneRegion is the region national phone numbers in mail are read
	// in, for the call-back line of alerts.
	PhoneRegion string
	// History is how repeated contact raises a customer's heat; IsTeam is
	// filled in from the routing config.
	History history.Options
	Web     WebOptions

	// Reload, if set, asks for the routing config to be read again with
	// every value it receives (the command line sends SIGHUP).
	Reload <-chan os.Signal
	// Reloaded, if set, is told the outcome of each reload.
	Reloaded func(error)
	// Recorded, if set, is told about each message this process's
	// ingesters record, before it is routed.
	Recorded ingest.Sink

	// Filled by validate.
	tls    *tls.Config
	tokens *auth.Tokens
	role   auth.Role
}

// WebOptions configure the team page, served on the metrics listener when
// there is a store and a way to sign people in.
type WebOptions struct {
	// AuthHeader, if set, is the request header a signing-in proxy names
	// the person in, with the role AuthRole ("read" or "admin").
	AuthHeader, AuthRole string
	// SessionKey signs sessions; empty means random per process.
	SessionKey    []byte
	SecureCookies bool
}

// alerting reports whether routing is configured.
func (o *Options) alerting() bool { return o.Alerting.RoutingConfig != "" || o.Alerting.Config != nil }

// Validate checks the options that need no connection: values, the
// combinations that cannot work, the mailbox URLs and the certificate and
// token files. It returns every problem, so one run shows all that is
// wrong with a pod's arguments, as an *InvalidError.
func (o *Options) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	t := o.Thresholds
	if !(0 <= t.Warm && t.Warm <= t.Hot && t.Hot <= 1) {
		bad("need 0 <= --warm <= --hot <= 1, got --warm %g --hot %g", t.Warm, t.Hot)
	}
	if o.MaxMessageBytes < 1 {
		bad("--max-message-bytes must be positive, got %d", o.MaxMessageBytes)
	}
	if o.MaxInFlightBytes < 1 {
		bad("--max-inflight-bytes must be positive, got %d", o.MaxInFlightBytes)
	}
	if o.CallTimeout <= 0 {
		bad("--call-timeout must be positive, got %s", o.CallTimeout)
	}
	if o.Listen == "" {
		bad("--listen is required")
	}
	if len(o.Ingest.URLs) > 0 && !o.Store.Configured() {
		bad("--imap needs --db or --postgres")
	}
	if o.Alerting.RoutingConfig != "" && !o.Store.Configured() {
		bad("--routing-config needs --db or --postgres")
	}
	for _, check := range []func() error{o.Ingest.validate, o.validateSecurity, o.validateAlerting, o.validateWeb} {
		if err := check(); err != nil {
			errs = append(errs, err)
		}
	}
	return invalid(errs)
}

// validateSecurity loads the certificates and tokens, so a bad file fails
// at start-up.
func (o *Options) validateSecurity() error {
	switch {
	case (o.TLSCert == "") != (o.TLSKey == ""):
		return fmt.Errorf("--tls-cert and --tls-key go together")
	case o.TLSClientCA != "" && o.TLSCert == "":
		return fmt.Errorf("--tls-client-ca needs --tls-cert and --tls-key")
	}
	if o.TLSCert != "" {
		cfg, err := tlsconf.Server(tlsconf.Options{CertFile: o.TLSCert, KeyFile: o.TLSKey, ClientCAFile: o.TLSClientCA})
		if err != nil {
			return err
		}
		o.tls = cfg
	}
	o.tokens = o.Tokens
	if o.AuthTokens != "" {
		t, err := auth.LoadTokens(o.AuthTokens)
		if err != nil {
			return fmt.Errorf("--auth-tokens: %v", err)
		}
		o.tokens = t
	}
	return nil
}

// validateAlerting checks the alerting settings that need no file or
// secret. A routing config pages people, and paging needs a relay, a
// sender and a public acknowledge URL that only the operator knows: no
// default would be right in a cluster, so serve refuses to start without
// them and names every one that is missing.
func (o *Options) validateAlerting() error {
	c := o.Alerting
	if c.RoutingConfig == "" {
		return nil
	}
	var missing, problems []string
	if _, err := callback.New(o.PhoneRegion); err != nil {
		problems = append(problems, "--phone-region: "+err.Error())
	}
	if c.Email.Addr == "" {
		missing = append(missing, "--smtp-addr (the SMTP relay, host:port)")
	} else if host, port, err := net.SplitHostPort(c.Email.Addr); err != nil || host == "" || port == "" {
		problems = append(problems, fmt.Sprintf("--smtp-addr %q: want host:port", c.Email.Addr))
	}
	if c.Email.From == "" {
		missing = append(missing, "--smtp-from (the sender address of alert mail)")
	} else if a, err := mail.ParseAddress(c.Email.From); err != nil || a.Address != c.Email.From {
		problems = append(problems, fmt.Sprintf("--smtp-from %q: want a plain address such as hotline@example.com", c.Email.From))
	}
	if c.AckURL == "" {
		missing = append(missing, "--ack-url (the public URL of the acknowledge page, put in alert links)")
	} else if u, err := url.Parse(c.AckURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		problems = append(problems, fmt.Sprintf("--ack-url %q: want an http or https URL with a host", c.AckURL))
	}
	if strings.ContainsFunc(c.Email.Username, unicode.IsControl) {
		problems = append(problems, "--smtp-user contains a control character")
	}
	if c.Email.AllowInsecureAuth && c.Email.Addr != "" && !notify.LoopbackAddr(c.Email.Addr) {
		problems = append(problems, fmt.Sprintf("--smtp-insecure-auth is only for a relay on a loopback address, not %s: SMTP credentials are sent only over TLS", c.Email.Addr))
	}
	if len(missing) > 0 {
		problems = append([]string{"--routing-config needs " + strings.Join(missing, ", ")}, problems...)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return nil
}

func (o *Options) validateWeb() error {
	switch o.Web.AuthRole {
	case "read":
		o.role = auth.Read
	case "admin", "":
		o.role = auth.Admin
	default:
		return fmt.Errorf("--web-auth-role must be read or admin, got %q", o.Web.AuthRole)
	}
	if strings.ContainsAny(o.Web.AuthHeader, " :\t") {
		return fmt.Errorf("--web-auth-header %q is not a header name", o.Web.AuthHeader)
	}
	return nil
}

// NewLogger returns the process logger: JSON for log collectors in
// production ("json"), text for people at a terminal ("text").
func NewLogger(format string, level slog.Level, w io.Writer) (*slog.Logger, error) {
	opts := &slog.HandlerOptions{Level: level}
	switch format {
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	}
	return nil, invalid([]error{fmt.Errorf("--log-format must be text or json, got %q", format)})
}
