package api

import (
	"context"
	"strings"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/coach"
	"github.com/hotline/hotline/service/store"
)

// MaxDraftBytes bounds a draft reply: far more than anyone writes to a
// customer, small enough that one call stays in microseconds.
const MaxDraftBytes = 64 << 10

// ReplyChecker checks a draft reply; *coach.Coach implements it.
type ReplyChecker interface {
	Check(d coach.Draft) coach.Result
}

// AlertGetter reads one alert; the stores implement it.
type AlertGetter interface {
	GetAlert(ctx context.Context, id int64) (store.Alert, error)
}

// CoachServer implements hotlinev1.CoachServiceServer.
type CoachServer struct {
	hotlinev1.UnimplementedCoachServiceServer
	checker ReplyChecker
	alerts  AlertGetter // nil without a store: alert_id is then refused
}

// NewCoachServer checks drafts with c; alerts, when not nil, lets callers
// name an alert instead of the customer's name and message.
func NewCoachServer(c ReplyChecker, alerts AlertGetter) *CoachServer {
	return &CoachServer{checker: c, alerts: alerts}
}

// CheckReply scores a draft reply and lists its findings.
func (s *CoachServer) CheckReply(ctx context.Context, req *hotlinev1.CheckReplyRequest) (*hotlinev1.CheckReplyResponse, error) {
	d := coach.Draft{Text: req.GetDraft(), CustomerName: req.GetCustomerName(), CustomerMessage: req.GetCustomerMessage()}
	for _, f := range []struct {
		name, value string
		max         int
	}{{"draft", d.Text, MaxDraftBytes}, {"customer_name", d.CustomerName, 1 << 10}, {"customer_message", d.CustomerMessage, DefaultMaxMessageBytes}} {
		if len(f.value) > f.max {
			return nil, status.Errorf(codes.InvalidArgument, "%s is %d bytes; the limit is %d", f.name, len(f.value), f.max)
		}
		if i := invalidUTF8(f.value); i >= 0 {
			return nil, status.Errorf(codes.InvalidArgument, "%s is not valid UTF-8 at byte %d", f.name, i)
		}
	}
	if strings.TrimSpace(d.Text) == "" {
		return nil, status.Error(codes.InvalidArgument, "draft is empty; send the reply text to check")
	}
	if id := req.GetAlertId(); id != 0 {
		if id < 0 {
			return nil, status.Errorf(codes.InvalidArgument, "alert_id %d is not a positive number", id)
		}
		if s.alerts == nil {
			return nil, status.Error(codes.FailedPrecondition, "this server has no alert store; send customer_name and customer_message instead of alert_id")
		}
		a, err := s.alerts.GetAlert(ctx, id)
		if err != nil {
			return nil, alertError(id, err)
		}
		d = AboutAlert(d, a)
	}
	return coachResponse(s.checker.Check(d)), nil
}

// AboutAlert fills in the customer of draft d from alert a where d leaves
// it out: the name on their mail, and the subject and excerpt as their
// message.
func AboutAlert(d coach.Draft, a store.Alert) coach.Draft {
	if d.CustomerName == "" {
		d.CustomerName = a.FromName
	}
	if d.CustomerMessage == "" {
		d.CustomerMessage = a.Subject + "\n" + a.Excerpt
	}
	return d
}

func coachResponse(r coach.Result) *hotlinev1.CheckReplyResponse {
	out := &hotlinev1.CheckReplyResponse{Score: r.Score, Ready: r.Ready()}
	for _, f := range r.Findings {
		sev := hotlinev1.ReplySeverity_REPLY_SEVERITY_ADVISORY
		if f.Severity == coach.Blocking {
			sev = hotlinev1.ReplySeverity_REPLY_SEVERITY_BLOCKING
		}
		out.Findings = append(out.Findings, &hotlinev1.ReplyFinding{Rule: f.Rule, Severity: sev,
			Start: int32(f.Start), End: int32(f.End), Phrase: f.Phrase, Why: f.Why, Better: f.Better})
	}
	for _, st := range r.Strengths {
		out.Strengths = append(out.Strengths, &hotlinev1.ReplyStrength{Cue: st.Cue, Start: int32(st.Start), End: int32(st.End), Phrase: st.Phrase})
	}
	return out
}
