package web

import (
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hotline/hotline/service/auth"
	"github.com/hotline/hotline/service/callback"
	"github.com/hotline/hotline/service/coach"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

// basePage is what the layout needs on every page.
type basePage struct {
	Page     string // "queue", "alert", "signin", "error": the script reads it
	Person   string
	CanAct   bool
	CSRF     string
	SignedIn bool
	Now      time.Time
	Static   string // digest for the static files' URLs
}

func (h *Handler) base(s session, page string) basePage {
	b := basePage{Page: page, Now: h.opt.Now(), Static: h.static}
	if s.Person != "" {
		b.Person, b.SignedIn, b.CanAct, b.CSRF = s.Person, true, s.Role >= auth.Admin, h.csrfToken(s)
	}
	return b
}

// row is one alert in the queue. Its fields are flat and precomputed:
// with hundreds of rows, looking fields up in an embedded store.Alert and
// calling template functions cost more than the rest of the page.
type row struct {
	ID                        int64
	State                     string
	StateLabel, StateClass    string
	FromName, From, Subject   string
	HeatView                  heatView
	TopReasons                []store.Reason
	Waiting, TakenAt, NextDue timeView
	ResolvedAt                timeView
	ResolvedBy                string
	Taken                     bool
	AckedBy, AckVia           string
	StepNo, Round, Messages   int
	Chain, Paging             string
	// History is the customer history line ("3rd mail this week, …");
	// empty until a source for it exists.
	History string
}

// warmRow is one WARM mail: worth a look, nobody is paged.
type warmRow struct {
	ID                      int64
	FromName, From, Subject string
	HeatView                heatView
	Recorded                timeView
	TopReasons              []store.Reason
}

type queuePage struct {
	basePage
	Waiting, Taken []row
	// Resolved holds the alerts closed within ResolvedWindow, so the
	// team sees what was finished and by whom.
	Resolved       []row
	ResolvedWindow time.Duration
	Warm           []warmRow
	WarmWindow     time.Duration
}

// maxQueue is how many unresolved alerts the queue shows; the store returns
// at most this many in one call.
const maxQueue = 1000

// resolvedWindow and maxResolved bound the list of recently resolved
// alerts: the newest maxResolved, if closed within the window.
const (
	resolvedWindow = 2 * time.Hour
	maxResolved    = 50
)

func (h *Handler) queueData(r *http.Request, s session) (queuePage, error) {
	ctx := r.Context()
	now := h.opt.Now()
	p := queuePage{basePage: h.base(s, "queue"), WarmWindow: h.opt.WarmWindow, ResolvedWindow: resolvedWindow}
	as, err := h.opt.Store.ListAlerts(ctx, store.AlertFilter{
		States: []store.State{store.AlertOpen, store.AlertNotified, store.AlertAcknowledged}, Limit: maxQueue})
	if err != nil {
		return p, fmt.Errorf("list alerts: %w", err)
	}
	alerted := make(map[int64]bool, len(as))
	for _, a := range as {
		alerted[a.MessageRef] = true
		rw := newRow(a, now)
		if a.State == store.AlertAcknowledged {
			p.Taken = append(p.Taken, rw)
		} else {
			p.Waiting = append(p.Waiting, rw)
		}
	}
	done, err := h.opt.Store.ListAlerts(ctx, store.AlertFilter{States: []store.State{store.AlertResolved}, Limit: maxResolved})
	if err != nil {
		return p, fmt.Errorf("list resolved alerts: %w", err)
	}
	for _, a := range done {
		alerted[a.MessageRef] = true
		if now.Sub(a.ResolvedAt) <= resolvedWindow {
			p.Resolved = append(p.Resolved, newRow(a, now))
		}
	}
	ms, _, err := h.opt.Store.ListMessages(ctx, store.Filter{Levels: []string{"WARM"},
		Since: h.opt.Now().Add(-h.opt.WarmWindow), PageSize: 100})
	if err != nil {
		return p, fmt.Errorf("list warm mail: %w", err)
	}
	for _, m := range ms {
		if !alerted[m.ID] && (h.opt.IsTeam == nil || !h.opt.IsTeam(m.From)) {
			p.Warm = append(p.Warm, warmRow{ID: m.ID, FromName: m.FromName, From: m.From, Subject: m.Subject, TopReasons: topReasons(m.Reasons, 3),
				HeatView: heatOf(m.Level, m.Heat, m.Anger, m.Urgency), Recorded: agoView(m.RecordedAt, now)})
		}
	}
	return p, nil
}

func newRow(a store.Alert, now time.Time) row {
	return row{ID: a.ID, State: a.State.String(), FromName: a.FromName, From: a.From, Subject: a.Subject,
		AckedBy: a.AckedBy, AckVia: a.AckVia.String(), Round: a.Round, Messages: a.Messages, Chain: a.Chain, TopReasons: topReasons(a.Reasons, 3), HeatView: heatOf(a.Level, a.Heat, a.Anger, a.Urgency),
		Waiting: durView(a.ReceivedAt, now), TakenAt: agoView(a.AckedAt, now), NextDue: agoView(a.NextDueAt, now),
		ResolvedAt: agoView(a.ResolvedAt, now), ResolvedBy: a.ResolvedBy,
		Taken: a.State == store.AlertAcknowledged, StepNo: a.Step + 1, Paging: strings.Join(a.Owners, ", "),
		StateLabel: stateLabel(a.State), StateClass: lower(a.State)}
}

func (h *Handler) queue(w http.ResponseWriter, r *http.Request, s session) error {
	p, err := h.queueData(r, s)
	if err != nil {
		return err
	}
	return h.render(w, http.StatusOK, "queue", p)
}

func (h *Handler) queuePartial(w http.ResponseWriter, r *http.Request, s session) error {
	p, err := h.queueData(r, s)
	if err != nil {
		return err
	}
	return h.renderPart(w, "queue", "lists", p)
}

// topReasons returns the n strongest reasons that have a phrase, one per
// phrase, strongest first.
func topReasons(rs []store.Reason, n int) []store.Reason {
	out := make([]store.Reason, 0, n)
	for _, r := range rs {
		if strings.TrimSpace(r.Phrase) != "" {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return abs(out[i].Weight) > abs(out[j].Weight) })
	seen := map[string]bool{}
	k := 0
	for _, r := range out {
		key := strings.ToLower(r.Phrase)
		if seen[key] || k == n {
			continue
		}
		seen[key] = true
		out[k] = r
		k++
	}
	return out[:k]
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

type alertPage struct {
	basePage
	Alert store.Alert
	// Messages is the conversation, newest first: the customer's mail and
	// the team's replies in the thread.
	Messages []messageView
	Reasons  []store.Reason
	// Call is the number to call the customer back on: the first in
	// their newest mail that has one, quoted history left out. TelURI is
	// its tel: link, E.164 ("+" and digits), so safe in href.
	Call   callback.Number
	TelURI template.URL
	Events []store.AlertEvent
	Outbox []store.OutboxItem
	Notice string
	// Coach shows the reply coach's draft box; Draft and CoachResult are
	// the last draft checked and its verdict.
	Coach       bool
	Draft       string
	CoachResult *coach.Result
}

func (h *Handler) alertData(r *http.Request, s session) (alertPage, error) {
	ctx := r.Context()
	id, err := alertID(r)
	if err != nil {
		return alertPage{}, err
	}
	a, err := h.opt.Store.GetAlert(ctx, id)
	if err != nil {
		return alertPage{}, err
	}
	p := alertPage{basePage: h.base(s, "alert"), Alert: a, Reasons: a.Reasons, Coach: h.opt.Coach != nil}
	if p.Messages, err = h.conversation(r, a); err != nil {
		return p, err
	}
	// The newest number the customer gave is the one to call.
	for _, m := range p.Messages {
		if p.Call.E164 == "" && !m.Team {
			p.Call = m.call
		}
	}
	if p.Call.E164 != "" {
		p.TelURI = template.URL(p.Call.Link())
	}
	if p.Events, err = h.opt.Store.AlertEvents(ctx, id); err != nil {
		return p, err
	}
	if p.Outbox, err = h.opt.Store.ListOutbox(ctx, id); err != nil {
		return p, err
	}
	// Newest first: the latest step matters most.
	for i, j := 0, len(p.Events)-1; i < j; i, j = i+1, j-1 {
		p.Events[i], p.Events[j] = p.Events[j], p.Events[i]
	}
	return p, nil
}

// messageView is one mail of an alert's conversation.
type messageView struct {
	ID                      int64
	FromName, From, Subject string
	Team, First             bool
	HeatView                heatView
	Recorded                timeView
	// Text is the scored text with the message's own reasons marked at
	// their spans; empty when the text was not kept.
	Text template.HTML
	Body string // as received, when it differs from Text
	call callback.Number
}

// maxConversation bounds the mails shown on an alert page.
const maxConversation = 20

func (h *Handler) conversation(r *http.Request, a store.Alert) ([]messageView, error) {
	ctx := r.Context()
	ms, err := h.opt.Store.AlertMessages(ctx, a.ID, maxConversation)
	if err != nil {
		return nil, err
	}
	now := h.opt.Now()
	out := make([]messageView, 0, len(ms))
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		v := messageView{ID: m.ID, FromName: m.FromName, From: m.From, Subject: m.Subject, First: len(out) == 0,
			Team: h.opt.IsTeam != nil && h.opt.IsTeam(m.From), HeatView: heatOf(m.Level, m.Heat, m.Anger, m.Urgency),
			Recorded: agoView(m.RecordedAt, now)}
		txt, err := h.opt.Store.MessageText(ctx, m.ID)
		switch {
		case err == nil:
			// A message's own reasons: the alert's are those of its
			// hottest mail, whose spans index another text.
			v.Text = highlight(txt.Prepared, m.Reasons)
			if strings.TrimSpace(txt.Body) != strings.TrimSpace(txt.Prepared) {
				v.Body = txt.Body
			}
			if r := h.opt.Phones.Find(m.Subject + "\n" + txt.Body); len(r.Numbers) > 0 {
				v.call = r.Numbers[0]
			}
		case !errors.Is(err, store.ErrNotFound):
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (h *Handler) alert(w http.ResponseWriter, r *http.Request, s session) error {
	p, err := h.alertData(r, s)
	if err != nil {
		return err
	}
	switch r.URL.Query().Get("done") {
	case "taken":
		p.Notice = "It's yours. Escalation has stopped; the customer is waiting, reach them now. Until your reply shows up in the thread, or you resolve the alert, Hotline will remind you."
	case "resolved":
		p.Notice = "Resolved. Nobody will be paged or reminded about this alert again."
	}
	return h.render(w, http.StatusOK, "alert", p)
}

func (h *Handler) alertPartial(w http.ResponseWriter, r *http.Request, s session) error {
	p, err := h.alertData(r, s)
	if err != nil {
		return err
	}
	if r.URL.Query().Get("part") == "history" {
		return h.renderPart(w, "alert", "history", p)
	}
	return h.renderPart(w, "alert", "live", p)
}

func (h *Handler) take(w http.ResponseWriter, r *http.Request, s session) error {
	id, err := alertID(r)
	if err != nil {
		return err
	}
	a, err := h.opt.Escalator.Acknowledge(r.Context(), id, s.Person, Via)
	switch {
	case errors.Is(err, route.ErrClosed) || (err == nil && a.State == store.AlertResolved):
		h.renderError(w, r, http.StatusConflict, "Already resolved", fmt.Sprintf("Alert %d was resolved by %s.", id, a.ResolvedBy))
		return nil
	case err != nil:
		return err
	case a.AckedBy != s.Person:
		h.renderError(w, r, http.StatusConflict, "Already taken", fmt.Sprintf("%s took alert %d first, at %s.", a.AckedBy, id, a.AckedAt.Local().Format("15:04:05")))
		return nil
	}
	h.opt.Metrics.action("take")
	h.log.InfoContext(r.Context(), "alert taken on the team page", "alert_id", id, "person", s.Person)
	http.Redirect(w, r, fmt.Sprintf("/alerts/%d?done=taken", id), http.StatusSeeOther)
	return nil
}

func (h *Handler) resolve(w http.ResponseWriter, r *http.Request, s session) error {
	id, err := alertID(r)
	if err != nil {
		return err
	}
	if _, err := h.opt.Escalator.Resolve(r.Context(), id, s.Person); err != nil {
		return err
	}
	h.opt.Metrics.action("resolve")
	h.log.InfoContext(r.Context(), "alert resolved on the team page", "alert_id", id, "person", s.Person)
	http.Redirect(w, r, fmt.Sprintf("/alerts/%d?done=resolved", id), http.StatusSeeOther)
	return nil
}

// highlight escapes text and wraps each reason's span in <mark>. Spans that
// are out of range or cut a character are skipped, overlapping ones are
// merged, so a bad span can never break the page or the text.
func highlight(text string, rs []store.Reason) template.HTML {
	type span struct {
		start, end int
		signals    []string
	}
	var spans []span
	for _, r := range rs {
		if r.Start < 0 || r.End <= r.Start || r.End > len(text) ||
			!utf8.RuneStart(text[r.Start]) || (r.End < len(text) && !utf8.RuneStart(text[r.End])) {
			continue
		}
		spans = append(spans, span{r.Start, r.End, []string{r.Signal}})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var merged []span
	for _, s := range spans {
		if n := len(merged); n > 0 && s.start < merged[n-1].end {
			last := &merged[n-1]
			last.end = max(last.end, s.end)
			if !containsString(last.signals, s.signals[0]) {
				last.signals = append(last.signals, s.signals[0])
			}
			continue
		}
		merged = append(merged, s)
	}
	var b strings.Builder
	at := 0
	for _, s := range merged {
		b.WriteString(template.HTMLEscapeString(text[at:s.start]))
		sig := template.HTMLEscapeString(strings.Join(s.signals, ", "))
		fmt.Fprintf(&b, `<mark data-start="%d" data-end="%d" title="%s"><span class="sr">%s: </span>`, s.start, s.end, sig, sig)
		b.WriteString(template.HTMLEscapeString(text[s.start:s.end]))
		b.WriteString("</mark>")
		at = s.end
	}
	b.WriteString(template.HTMLEscapeString(text[at:]))
	return template.HTML(b.String())
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
