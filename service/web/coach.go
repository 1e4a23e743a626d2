package web

import (
	"net/http"
	"strings"

	"github.com/hotline/hotline/service/coach"
)

// ReplyChecker checks a draft reply; *coach.Coach implements it.
type ReplyChecker interface {
	Check(d coach.Draft) coach.Result
}

// maxDraftBytes bounds a draft posted to the coach box.
const maxDraftBytes = 64 << 10

// coachPost serves POST /alerts/{id}/coach. Checking a draft changes
// nothing, so any signed-in person may do it; the form still needs the
// session's CSRF token, as every POST does.
func (h *Handler) coachPost() http.Handler {
	return h.headers(h.csrf.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s, ok := h.session(r)
		if !ok {
			h.renderError(w, r, http.StatusUnauthorized, "Signed out", "Your sign-in has ended. Sign in again; copy your draft first.")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxDraftBytes+8<<10)
		if err := r.ParseForm(); err != nil {
			h.renderError(w, r, http.StatusRequestEntityTooLarge, "Draft too long", "The draft is over 64 KB; check the reply itself, without quoted history.")
			return
		}
		if !h.validCSRF(s, r.PostForm.Get("csrf")) {
			h.renderError(w, r, http.StatusForbidden, "Form expired", "This form is not from your current sign-in. Reload the page and try again.")
			return
		}
		h.serve(w, r, s, h.coachDraft)
	})), true)
}

func (h *Handler) coachDraft(w http.ResponseWriter, r *http.Request, s session) error {
	p, err := h.alertData(r, s)
	if err != nil {
		return err
	}
	p.Draft = r.PostForm.Get("draft")
	if strings.TrimSpace(p.Draft) == "" {
		p.Notice = "Paste or write your reply in the box, then check it."
		return h.render(w, http.StatusOK, "alert", p)
	}
	d := coach.Draft{Text: p.Draft, CustomerName: p.Alert.FromName, CustomerMessage: p.Alert.Subject + "\n" + p.Alert.Excerpt}
	res := h.opt.Coach.Check(d)
	p.CoachResult = &res
	return h.render(w, http.StatusOK, "alert", p)
}
