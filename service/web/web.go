// Package web serves the team page: the live hot queue at / and one page
// per alert, for the people who answer the hot mail.
//
// The page shows customer data, so nothing but the sign-in form and the
// static files is served before sign-in. People sign in with a bearer token
// the API already accepts (read tokens may look, admin tokens may also take
// and resolve) and the name recorded in the alert history; or, behind an
// SSO proxy, the proxy's user header names them. Every POST carries a CSRF
// token bound to the session and must come from the page's own origin.
//
// Pages are rendered on the server from html/template with embedded
// static files: no build step and nothing fetched from another site, so the
// page works on a network without internet. A small script keeps the page
// current: it listens to /events (server-sent events) and re-fetches the
// part of the page that changed.
package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/hotline/hotline/service/auth"
	"github.com/hotline/hotline/service/callback"
	"github.com/hotline/hotline/service/store"
)

// AlertReader reads alerts and their history; *store.SQLite and
// *store.Postgres implement it.
type AlertReader interface {
	GetAlert(ctx context.Context, id int64) (store.Alert, error)
	ListAlerts(ctx context.Context, f store.AlertFilter) ([]store.Alert, error)
	AlertEvents(ctx context.Context, id int64) ([]store.AlertEvent, error)
	AlertEventsSince(ctx context.Context, after int64, limit int) ([]store.AlertEvent, error)
	LastAlertEventID(ctx context.Context) (int64, error)
	ListOutbox(ctx context.Context, alertID int64) ([]store.OutboxItem, error)
}

// MessageReader reads recorded mail: the WARM list and an alert's
// conversation.
type MessageReader interface {
	ListMessages(ctx context.Context, f store.Filter) ([]store.Message, string, error)
	MessageText(ctx context.Context, id int64) (store.MessageText, error)
	AlertMessages(ctx context.Context, alertID int64, limit int) ([]store.Message, error)
}

// Store is everything the page reads.
type Store interface {
	AlertReader
	MessageReader
}

// Escalator takes and resolves alerts; *route.Router implements it, and
// records each change in the alert's history with the person's name.
type Escalator interface {
	Acknowledge(ctx context.Context, id int64, person, via string) (store.Alert, error)
	Resolve(ctx context.Context, id int64, person string) (store.Alert, error)
}

// Via is the channel recorded in the alert history for actions taken on the
// page.
const Via = "web"

// Options configures a Handler. Store, Escalator and one way to sign in
// (Tokens or ProxyUserHeader) are required.
type Options struct {
	Store     Store
	Escalator Escalator
	// Tokens are the bearer tokens people sign in with.
	Tokens *auth.Tokens
	// ProxyUserHeader, when set, trusts this request header (for example
	// X-Forwarded-User from oauth2-proxy) as the signed-in person, with
	// ProxyRole. Only set it when the listener is reachable through the
	// proxy alone: anyone who can reach it directly can send the header.
	ProxyUserHeader string
	ProxyRole       auth.Role
	// SessionKey signs session cookies; at least 32 bytes. Replicas behind
	// one address need the same key. Empty: a random key, so sessions end
	// when the process restarts.
	SessionKey []byte
	// SessionTTL is how long a sign-in lasts (default 12h).
	SessionTTL time.Duration
	// SecureCookies marks cookies Secure even when the request did not
	// arrive over TLS here, for a TLS-terminating proxy in front.
	SecureCookies bool
	// Poll is how often the history is checked for changes to push to open
	// pages (default 250ms).
	Poll time.Duration
	// WarmWindow is how far back the WARM list reaches (default 24h).
	WarmWindow time.Duration
	// IsTeam, when set, tells the team's own addresses, whose replies
	// are left out of the WARM list.
	IsTeam func(addr string) bool
	Logger *slog.Logger
	// Metrics, when set, counts sign-ins, actions and open streams.
	Metrics *Metrics
	// Now is the clock; default time.Now.
	Now func() time.Time
	// Coach, when set, puts a draft box on each alert page that checks a
	// reply before it is sent.
	Coach ReplyChecker
	// Phones finds the number to call a customer back on, as the alert
	// mail does, national numbers read in the region serve was given;
	// nil reads them in callback.DefaultRegion.
	Phones *callback.Finder
}

// Handler serves the team page. Mount it with Register; run its live
// update loop with Run.
type Handler struct {
	opt   Options
	log   *slog.Logger
	pages map[string]*template.Template
	hub   *hub
	csrf  *http.CrossOriginProtection
	// static is a digest of the static files; their URLs carry it, so
	// browsers may keep them for good and still get new ones after an
	// upgrade.
	static string
}

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// New checks opt and parses the templates.
func New(opt Options) (*Handler, error) {
	if opt.Phones == nil {
		f, err := callback.New(callback.DefaultRegion)
		if err != nil {
			return nil, fmt.Errorf("web: %w", err)
		}
		opt.Phones = f
	}
	switch {
	case opt.Store == nil:
		return nil, errors.New("web: a store is required")
	case opt.Escalator == nil:
		return nil, errors.New("web: an escalator is required")
	case (opt.Tokens == nil || opt.Tokens.Len() == 0) && opt.ProxyUserHeader == "":
		return nil, errors.New("web: the page shows customer data; give it bearer tokens or an SSO proxy user header to sign people in")
	case opt.ProxyUserHeader != "" && opt.ProxyRole != auth.Read && opt.ProxyRole != auth.Admin:
		return nil, fmt.Errorf("web: proxy role must be read or admin, got %s", opt.ProxyRole)
	}
	if len(opt.SessionKey) == 0 {
		opt.SessionKey = make([]byte, 32)
		rand.Read(opt.SessionKey)
	}
	if len(opt.SessionKey) < 32 {
		return nil, fmt.Errorf("web: session key is %d bytes, want at least 32", len(opt.SessionKey))
	}
	if opt.SessionTTL <= 0 {
		opt.SessionTTL = 12 * time.Hour
	}
	if opt.Poll <= 0 {
		opt.Poll = 250 * time.Millisecond
	}
	if opt.WarmWindow <= 0 {
		opt.WarmWindow = 24 * time.Hour
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	h := &Handler{opt: opt, log: opt.Logger, csrf: http.NewCrossOriginProtection(), static: staticDigest()}
	var err error
	if h.pages, err = parseTemplates(opt.Now); err != nil {
		return nil, err
	}
	h.hub = newHub(opt.Store, opt.Poll, opt.Logger)
	return h, nil
}

func staticDigest() string {
	d := sha256.New()
	_ = fs.WalkDir(staticFiles, "static", func(path string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			b, _ := staticFiles.ReadFile(path)
			d.Write([]byte(path))
			d.Write(b)
		}
		return nil
	})
	return hex.EncodeToString(d.Sum(nil))[:12]
}

// serveStatic serves the embedded files; a URL with the current digest may
// be cached for a year.
func (h *Handler) serveStatic() http.Handler {
	static, _ := fs.Sub(staticFiles, "static")
	files := http.StripPrefix("/static/", http.FileServerFS(static))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("v") == h.static {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		files.ServeHTTP(w, r)
	})
}

func parseTemplates(now func() time.Time) (map[string]*template.Template, error) {
	base, err := template.New("").Funcs(templateFuncs(now)).ParseFS(templateFiles, "templates/layout.html", "templates/parts.html")
	if err != nil {
		return nil, fmt.Errorf("web: parse templates: %w", err)
	}
	pages := map[string]*template.Template{}
	for _, name := range []string{"queue", "alert", "signin", "error"} {
		t, err := template.Must(base.Clone()).ParseFS(templateFiles, "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: parse %s template: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

// Register adds the page's routes to mux: / and everything under /alerts/,
// /partials/, /static/, plus /signin, /signout and /events. Other paths
// (/metrics, /healthz, /ack) stay with whoever registered them.
func (h *Handler) Register(mux *http.ServeMux) {
	mux.Handle("GET /static/", h.headers(h.serveStatic(), false))
	mux.Handle("GET /signin", h.headers(http.HandlerFunc(h.signinForm), true))
	mux.Handle("POST /signin", h.headers(h.csrf.Handler(http.HandlerFunc(h.signin)), true))
	mux.Handle("POST /signout", h.headers(h.csrf.Handler(http.HandlerFunc(h.signout)), true))
	mux.Handle("GET /{$}", h.page(h.queue))
	mux.Handle("GET /partials/queue", h.partial(h.queuePartial))
	mux.Handle("GET /alerts/{id}", h.page(h.alert))
	mux.Handle("GET /partials/alerts/{id}", h.partial(h.alertPartial))
	mux.Handle("POST /alerts/{id}/take", h.action(h.take))
	mux.Handle("POST /alerts/{id}/resolve", h.action(h.resolve))
	mux.Handle("POST /alerts/{id}/coach", h.coachPost())
	mux.Handle("GET /events", h.partial(h.events))
}

// Run pushes changes to open pages until ctx ends, then closes their event
// streams so the HTTP server can shut down.
func (h *Handler) Run(ctx context.Context) error {
	return h.hub.run(ctx)
}

// headers sets the headers every answer carries. Pages with customer data
// are never cached; nothing is framed, and scripts and styles come only
// from this origin.
func (h *Handler) headers(next http.Handler, private bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hdr := w.Header()
		hdr.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		hdr.Set("X-Content-Type-Options", "nosniff")
		hdr.Set("Referrer-Policy", "same-origin")
		hdr.Set("X-Frame-Options", "DENY")
		if private {
			hdr.Set("Cache-Control", "no-store")
		}
		next.ServeHTTP(w, r)
	})
}

type handlerFunc func(w http.ResponseWriter, r *http.Request, s session) error

// page serves a full page to a signed-in person and sends everybody else
// to the sign-in form.
func (h *Handler) page(fn handlerFunc) http.Handler {
	return h.headers(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s, ok := h.session(r)
		if !ok {
			http.Redirect(w, r, "/signin?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
			return
		}
		h.serve(w, r, s, fn)
	}), true)
}

// partial serves page fragments and the event stream, which scripts fetch:
// without a session they answer 401 so the script can say so.
func (h *Handler) partial(fn handlerFunc) http.Handler {
	return h.headers(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s, ok := h.session(r)
		if !ok {
			http.Error(w, "sign in first", http.StatusUnauthorized)
			return
		}
		h.serve(w, r, s, fn)
	}), true)
}

// action serves a POST that changes an alert: it needs a session, an admin
// role, a same-origin request and the session's CSRF token.
func (h *Handler) action(fn handlerFunc) http.Handler {
	return h.headers(h.csrf.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s, ok := h.session(r)
		if !ok {
			h.renderError(w, r, http.StatusUnauthorized, "Signed out", "Your sign-in has ended. Sign in again, then repeat what you did.")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
		if err := r.ParseForm(); err != nil {
			h.renderError(w, r, http.StatusBadRequest, "Bad request", "The form could not be read.")
			return
		}
		if !h.validCSRF(s, r.PostForm.Get("csrf")) {
			h.renderError(w, r, http.StatusForbidden, "Form expired", "This form is not from your current sign-in. Reload the page and try again.")
			return
		}
		if s.Role < auth.Admin {
			h.renderError(w, r, http.StatusForbidden, "Not allowed", "You signed in with a read-only token. Taking and resolving alerts needs an admin token.")
			return
		}
		h.serve(w, r, s, fn)
	})), true)
}

func (h *Handler) serve(w http.ResponseWriter, r *http.Request, s session, fn handlerFunc) {
	err := fn(w, r, s)
	if err == nil {
		return
	}
	if errors.Is(err, store.ErrNotFound) {
		h.renderError(w, r, http.StatusNotFound, "Not found", "There is no such alert.")
		return
	}
	if r.Context().Err() != nil {
		return
	}
	h.log.ErrorContext(r.Context(), "team page", "path", r.URL.Path, "err", err)
	h.renderError(w, r, http.StatusInternalServerError, "Something went wrong", "The page could not be built. Try again in a moment.")
}

func (h *Handler) render(w http.ResponseWriter, status int, name string, data any) error {
	var b strings.Builder
	if err := h.pages[name].ExecuteTemplate(&b, "layout", data); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, err := io.WriteString(w, b.String())
	return err
}

func (h *Handler) renderPart(w http.ResponseWriter, page, name string, data any) error {
	var b strings.Builder
	if err := h.pages[page].ExecuteTemplate(&b, name, data); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, err := io.WriteString(w, b.String())
	return err
}

type errorPage struct {
	basePage
	Title, Message string
}

func (h *Handler) renderError(w http.ResponseWriter, r *http.Request, status int, title, msg string) {
	s, _ := h.session(r)
	p := errorPage{basePage: h.base(s, "error"), Title: title, Message: msg}
	if err := h.render(w, status, "error", p); err != nil {
		http.Error(w, title, status)
	}
}

// alertID reads the {id} path value.
func alertID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("alert id %q: %w", r.PathValue("id"), store.ErrNotFound)
	}
	return id, nil
}
