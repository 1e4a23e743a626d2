package ack

import (
	"context"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"time"

	"github.com/hotline/hotline/service/store"
)

// Acknowledger is the router side of the page.
type Acknowledger interface {
	GetAlert(ctx context.Context, id int64) (store.Alert, error)
	Acknowledge(ctx context.Context, id int64, person, via string) (store.Alert, error)
}

// Handler serves the acknowledge page. GET only shows the alert and a
// confirm button; POST acknowledges. Mail security scanners and chat link
// previews fetch GET links on their own, and must never take an alert on
// somebody's behalf.
type Handler struct {
	Signer *Signer
	Alerts Acknowledger
	Logger *slog.Logger
	// Checklist is shown after acknowledging, as a reminder of how to answer.
	Checklist []string
}

// Caller records that a person called the customer back; *route.Router
// implements it. When Alerts implements it too, the page offers "I called
// them" beside "I'm taking this".
type Caller interface {
	Called(ctx context.Context, id int64, person string) (store.Alert, error)
}

type page struct {
	// CanCall shows the "I called them" button (Alerts is a Caller).
	CanCall   bool
	Title     string
	Message   string
	Alert     *store.Alert
	Token     string
	Confirm   bool
	Done      bool
	Person    string
	Waiting   string
	Checklist []string
}

var tmpl = template.Must(template.New("ack").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;padding:1rem;max-width:34rem;line-height:1.45}
h1{font-size:1.3rem}
.box{background:#f4f4f4;border-radius:6px;padding:.8rem;margin:1rem 0;overflow-wrap:anywhere}
button{font-size:1.1rem;width:100%;padding:.9rem;border:0;border-radius:6px;background:#b00020;color:#fff}
.muted{color:#555;font-size:.9rem}
</style></head><body>
<h1>{{.Title}}</h1>
{{if .Message}}<p>{{.Message}}</p>{{end}}
{{with .Alert}}<div class="box">
<b>{{if .FromName}}{{.FromName}} &lt;{{.From}}&gt;{{else}}{{.From}}{{end}}</b><br>
{{.Subject}}<br>
<span class="muted">alert #{{.ID}} · heat {{printf "%.2f" .Heat}} · {{.State}}{{if $.Waiting}} · waiting {{$.Waiting}}{{end}}</span>
</div>{{end}}
{{if .Confirm}}<form method="post" action="">
<input type="hidden" name="token" value="{{.Token}}">
<button type="submit">I'm taking this, {{.Person}}</button>
{{if .CanCall}}<p></p><button type="submit" name="called" value="1" style="background:#1b5e20">I called them back</button>{{end}}
</form>
<p class="muted">Nothing happens until you press the button.</p>{{end}}
{{if .Checklist}}<p>Before you call:</p><ol>{{range .Checklist}}<li>{{.}}</li>{{end}}</ol>{{end}}
</body></html>
`))

// ServeHTTP handles GET (show) and POST (acknowledge).
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Type", "text/html; charset=utf-8")
	hdr.Set("Cache-Control", "no-store")
	// The token is in the URL: never leak it to other sites.
	hdr.Set("Referrer-Policy", "no-referrer")
	hdr.Set("X-Frame-Options", "DENY")
	hdr.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		h.show(w, r, r.URL.Query().Get("token"))
	case http.MethodPost:
		r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
		if err := r.ParseForm(); err != nil {
			h.render(w, http.StatusBadRequest, page{Title: "Bad request", Message: "The form could not be read."})
			return
		}
		if r.PostForm.Get("called") != "" {
			h.called(w, r, r.PostForm.Get("token"))
			return
		}
		h.acknowledge(w, r, r.PostForm.Get("token"))
	default:
		hdr.Set("Allow", "GET, HEAD, POST")
		h.render(w, http.StatusMethodNotAllowed, page{Title: "Method not allowed"})
	}
}

func (h *Handler) verify(w http.ResponseWriter, token string) (Claims, bool) {
	c, err := h.Signer.Verify(token)
	switch {
	case errors.Is(err, ErrExpiredToken):
		h.render(w, http.StatusGone, page{Title: "Link expired",
			Message: "This acknowledge link has expired. Use a newer alert mail, or run: hotline alerts ack <id>."})
		return c, false
	case err != nil:
		h.render(w, http.StatusBadRequest, page{Title: "Link not valid",
			Message: "This acknowledge link is damaged or was not made by Hotline."})
		return c, false
	}
	return c, true
}

func (h *Handler) show(w http.ResponseWriter, r *http.Request, token string) {
	c, ok := h.verify(w, token)
	if !ok {
		return
	}
	a, err := h.Alerts.GetAlert(r.Context(), c.AlertID)
	if err != nil {
		h.lookupFailed(w, r, c, err)
		return
	}
	_, canCall := h.Alerts.(Caller)
	p := page{Title: "Take this alert?", Alert: &a, Token: token, Confirm: true, Person: c.Person, Waiting: h.waiting(a), CanCall: canCall}
	switch a.State {
	case store.AlertAcknowledged:
		if canCall && a.AckedBy == c.Person {
			// Their own alert: they may still say they called.
			p = page{Title: "Did you call them?", Alert: &a, Token: token, Confirm: true, Person: c.Person, CanCall: true,
				Message: "You took this at " + a.AckedAt.Format(time.RFC1123) + ". Once you have called the customer back, say so: the call counts as the answer."}
			break
		}
		p = page{Title: "Already taken", Alert: &a, Message: "Acknowledged by " + a.AckedBy + " at " + a.AckedAt.Format(time.RFC1123) + "."}
	case store.AlertResolved:
		p = page{Title: "Already resolved", Alert: &a, Message: "Resolved by " + a.ResolvedBy + "."}
	}
	h.render(w, http.StatusOK, p)
}

func (h *Handler) acknowledge(w http.ResponseWriter, r *http.Request, token string) {
	c, ok := h.verify(w, token)
	if !ok {
		return
	}
	a, err := h.Alerts.Acknowledge(r.Context(), c.AlertID, c.Person, "link")
	if a.State == store.AlertResolved {
		h.render(w, http.StatusConflict, page{Title: "Already resolved", Alert: &a, Message: "Resolved by " + a.ResolvedBy + "."})
		return
	}
	if err != nil {
		h.lookupFailed(w, r, c, err)
		return
	}
	if a.AckedBy != c.Person {
		h.render(w, http.StatusOK, page{Title: "Already taken", Alert: &a,
			Message: a.AckedBy + " acknowledged this first, at " + a.AckedAt.Format(time.RFC1123) + "."})
		return
	}
	if h.Logger != nil {
		h.Logger.InfoContext(r.Context(), "alert acknowledged by link", "alert_id", a.ID, "person", c.Person)
	}
	h.render(w, http.StatusOK, page{Title: "It's yours, " + c.Person, Alert: &a, Done: true, Waiting: h.waiting(a),
		Message:   "Escalation has stopped. The customer is waiting: reach them now. Until your reply shows up in the thread (or you resolve the alert), Hotline will remind you.",
		Checklist: h.Checklist})
}

// called records the person's call to the customer: the call is the
// answer, so no reminder follows.
func (h *Handler) called(w http.ResponseWriter, r *http.Request, token string) {
	c, ok := h.verify(w, token)
	if !ok {
		return
	}
	cl, ok := h.Alerts.(Caller)
	if !ok {
		h.render(w, http.StatusNotImplemented, page{Title: "Not available", Message: "This server cannot record calls; acknowledge the alert instead."})
		return
	}
	a, err := cl.Called(r.Context(), c.AlertID, c.Person)
	if a.State == store.AlertResolved {
		h.render(w, http.StatusConflict, page{Title: "Already resolved", Alert: &a, Message: "Resolved by " + a.ResolvedBy + "."})
		return
	}
	if err != nil {
		h.lookupFailed(w, r, c, err)
		return
	}
	if h.Logger != nil {
		h.Logger.InfoContext(r.Context(), "call back recorded by link", "alert_id", a.ID)
	}
	h.render(w, http.StatusOK, page{Title: "Call recorded, " + c.Person, Alert: &a, Done: true,
		Message: "Your call counts as the answer: escalation has stopped and no reminder will follow. Resolve the alert once the problem is fixed."})
}

func (h *Handler) lookupFailed(w http.ResponseWriter, r *http.Request, c Claims, err error) {
	if errors.Is(err, store.ErrNotFound) {
		h.render(w, http.StatusNotFound, page{Title: "Alert not found", Message: "This alert no longer exists."})
		return
	}
	if h.Logger != nil {
		h.Logger.ErrorContext(r.Context(), "acknowledge page", "alert_id", c.AlertID, "err", err)
	}
	h.render(w, http.StatusInternalServerError, page{Title: "Something went wrong",
		Message: "The alert could not be updated. Try again, or acknowledge it from the command line."})
}

func (h *Handler) waiting(a store.Alert) string {
	if a.ReceivedAt.IsZero() {
		return ""
	}
	end := h.Signer.now()
	if !a.AckedAt.IsZero() {
		end = a.AckedAt
	}
	return end.Sub(a.ReceivedAt).Round(time.Second).String()
}

func (h *Handler) render(w http.ResponseWriter, status int, p page) {
	w.WriteHeader(status)
	_ = tmpl.Execute(w, p)
}
