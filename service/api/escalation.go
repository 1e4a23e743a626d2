package api

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/timestamppb"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/callback"
	"github.com/hotline/hotline/service/store"
)

// Escalator changes alerts; *route.Router implements it.
type Escalator interface {
	Acknowledge(ctx context.Context, id int64, person, via string) (store.Alert, error)
	Resolve(ctx context.Context, id int64, person string) (store.Alert, error)
	Called(ctx context.Context, id int64, person string) (store.Alert, error)
}

// CallFinder reads the phone numbers and any request for a call from an
// alert's mail.
type CallFinder func(ctx context.Context, a store.Alert) (callback.Request, error)

// EscalationOption configures an EscalationServer.
type EscalationOption func(*EscalationServer)

// WithCallBack makes GetAlert carry who to call back and on which number.
func WithCallBack(f CallFinder) EscalationOption {
	return func(s *EscalationServer) { s.calls = f }
}

// AlertReader reads alerts and their history; *store.SQLite implements it.
type AlertReader interface {
	GetAlert(ctx context.Context, id int64) (store.Alert, error)
	ListAlerts(ctx context.Context, f store.AlertFilter) ([]store.Alert, error)
	AlertEvents(ctx context.Context, id int64) ([]store.AlertEvent, error)
	AlertEventsSince(ctx context.Context, after int64, limit int) ([]store.AlertEvent, error)
	LastAlertEventID(ctx context.Context) (int64, error)
}

// EscalationServer implements hotlinev1.EscalationServiceServer.
type EscalationServer struct {
	hotlinev1.UnimplementedEscalationServiceServer
	esc   Escalator
	read  AlertReader
	poll  time.Duration
	calls CallFinder // nil: alerts carry no call-back line
}

// NewEscalationServer serves alerts from read and changes them through esc.
// WatchAlerts looks for new history every poll (default 500ms).
func NewEscalationServer(esc Escalator, read AlertReader, poll time.Duration, opts ...EscalationOption) *EscalationServer {
	if poll <= 0 {
		poll = 500 * time.Millisecond
	}
	s := &EscalationServer{esc: esc, read: read, poll: poll}
	for _, o := range opts {
		o(s)
	}
	return s
}

// stateToProto and stateFromProto translate the alert lifecycle's states to
// the API's enum and back; they are the only place the two meet.
var stateToProto = map[store.State]hotlinev1.AlertState{
	store.AlertOpen:         hotlinev1.AlertState_ALERT_STATE_OPEN,
	store.AlertNotified:     hotlinev1.AlertState_ALERT_STATE_NOTIFIED,
	store.AlertAcknowledged: hotlinev1.AlertState_ALERT_STATE_ACKNOWLEDGED,
	store.AlertResolved:     hotlinev1.AlertState_ALERT_STATE_RESOLVED,
}

// StateToProto returns the API's enum value for a state, for clients
// that filter by state; ALERT_STATE_UNSPECIFIED for an invalid one.
func StateToProto(s store.State) hotlinev1.AlertState { return stateToProto[s] }

// stateFromProto returns the state an enum value names, or "" (not Valid)
// for ALERT_STATE_UNSPECIFIED and unknown values.
func stateFromProto(p hotlinev1.AlertState) store.State {
	for st, v := range stateToProto {
		if v == p {
			return st
		}
	}
	return ""
}

func alertTime(t time.Time) *timestamppb.Timestamp {
	if t.IsZero() {
		return nil
	}
	return timestamppb.New(t)
}

func alertToProto(a store.Alert) *hotlinev1.Alert {
	p := &hotlinev1.Alert{
		Id: a.ID, State: stateToProto[a.State], Route: a.Route, Chain: a.Chain, Step: int32(a.Step + 1),
		Round: int32(a.Round), Owners: a.Owners, Mailbox: a.Mailbox, From: a.From, FromName: a.FromName,
		Subject: a.Subject, Excerpt: a.Excerpt, Anger: a.Anger, Urgency: a.Urgency, Heat: a.Heat, Level: a.Level,
		Messages: int32(a.Messages), ReceivedTime: alertTime(a.ReceivedAt), OpenedTime: alertTime(a.OpenedAt),
		UpdatedTime: alertTime(a.UpdatedAt), NextEscalationTime: alertTime(a.NextDueAt), AcknowledgedTime: alertTime(a.AckedAt),
		AcknowledgedBy: a.AckedBy, AcknowledgedVia: a.AckVia.String(), ResolvedTime: alertTime(a.ResolvedAt), ResolvedBy: a.ResolvedBy,
	}
	for _, r := range a.Reasons {
		p.Reasons = append(p.Reasons, &hotlinev1.AlertReason{Signal: r.Signal, Weight: r.Weight, Phrase: r.Phrase})
		if r.Signal == "history" {
			p.History = r.Phrase // the latest line wins
		}
	}
	return p
}

// AlertFromProto is the inverse of the server's conversion, for clients
// that print alerts with the same code as local tools.
func AlertFromProto(p *hotlinev1.Alert) store.Alert {
	a := store.Alert{
		ID: p.GetId(), State: stateFromProto(p.GetState()), Route: p.GetRoute(),
		Chain: p.GetChain(), Step: int(p.GetStep()) - 1, Round: int(p.GetRound()), Owners: p.GetOwners(),
		Mailbox: p.GetMailbox(), From: p.GetFrom(), FromName: p.GetFromName(), Subject: p.GetSubject(),
		Excerpt: p.GetExcerpt(), Anger: p.GetAnger(), Urgency: p.GetUrgency(), Heat: p.GetHeat(), Level: p.GetLevel(),
		Messages: int(p.GetMessages()), ReceivedAt: fromProtoTime(p.GetReceivedTime()), OpenedAt: fromProtoTime(p.GetOpenedTime()),
		UpdatedAt: fromProtoTime(p.GetUpdatedTime()), NextDueAt: fromProtoTime(p.GetNextEscalationTime()),
		AckedAt: fromProtoTime(p.GetAcknowledgedTime()), AckedBy: p.GetAcknowledgedBy(), AckVia: store.Channel(p.GetAcknowledgedVia()),
		ResolvedAt: fromProtoTime(p.GetResolvedTime()), ResolvedBy: p.GetResolvedBy(),
	}
	for _, r := range p.GetReasons() {
		a.Reasons = append(a.Reasons, store.Reason{Signal: r.GetSignal(), Weight: r.GetWeight(), Phrase: r.GetPhrase()})
	}
	return a
}

// AlertEventFromProto converts a history line back to the store type.
func AlertEventFromProto(p *hotlinev1.AlertEvent) store.AlertEvent {
	return store.AlertEvent{ID: p.GetId(), AlertID: p.GetAlertId(), At: fromProtoTime(p.GetTime()), Kind: store.EventKind(p.GetKind()),
		Person: p.GetPerson(), Channel: store.Channel(p.GetChannel()), Detail: p.GetDetail()}
}

func fromProtoTime(t *timestamppb.Timestamp) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.AsTime()
}

func eventToProto(e store.AlertEvent) *hotlinev1.AlertEvent {
	return &hotlinev1.AlertEvent{Id: e.ID, AlertId: e.AlertID, Time: alertTime(e.At), Kind: e.Kind.String(), Person: e.Person,
		Channel: e.Channel.String(), Detail: e.Detail}
}

// alertError maps store and router errors to status codes.
func alertError(id int64, err error) error {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return status.Errorf(codes.NotFound, "alert %d not found", id)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return status.FromContextError(err).Err()
	default:
		return status.Errorf(codes.Internal, "alert %d: %v", id, err)
	}
}

func checkID(id int64) error {
	if id <= 0 {
		return status.Errorf(codes.InvalidArgument, "id must be a positive alert id, got %d", id)
	}
	return nil
}

func checkPerson(person string) error {
	if strings.TrimSpace(person) == "" {
		return status.Error(codes.InvalidArgument, "person is required: the name recorded as the one who takes or resolves the alert")
	}
	return nil
}

// ListAlerts returns alerts, newest first.
func (s *EscalationServer) ListAlerts(ctx context.Context, req *hotlinev1.ListAlertsRequest) (*hotlinev1.ListAlertsResponse, error) {
	if req.GetPageSize() < 0 || req.GetPageSize() > 1000 {
		return nil, status.Errorf(codes.InvalidArgument, "page_size must be between 0 and 1000, got %d", req.GetPageSize())
	}
	f := store.AlertFilter{Limit: int(req.GetPageSize())}
	for i, st := range req.GetStates() {
		name := stateFromProto(st)
		if !name.Valid() {
			return nil, status.Errorf(codes.InvalidArgument, "states[%d]: %s is not a state to filter on", i, st)
		}
		f.States = append(f.States, name)
	}
	if len(f.States) == 0 {
		f.States = []store.State{store.AlertOpen, store.AlertNotified, store.AlertAcknowledged}
	}
	as, err := s.read.ListAlerts(ctx, f)
	if err != nil {
		return nil, status.Errorf(codes.Internal, "list alerts: %v", err)
	}
	resp := &hotlinev1.ListAlertsResponse{}
	for _, a := range as {
		resp.Alerts = append(resp.Alerts, alertToProto(a))
	}
	return resp, nil
}

// GetAlert returns one alert and its history.
func (s *EscalationServer) GetAlert(ctx context.Context, req *hotlinev1.GetAlertRequest) (*hotlinev1.GetAlertResponse, error) {
	if err := checkID(req.GetId()); err != nil {
		return nil, err
	}
	a, err := s.read.GetAlert(ctx, req.GetId())
	if err != nil {
		return nil, alertError(req.GetId(), err)
	}
	evs, err := s.read.AlertEvents(ctx, a.ID)
	if err != nil {
		return nil, alertError(a.ID, err)
	}
	resp := &hotlinev1.GetAlertResponse{Alert: alertToProto(a)}
	if s.calls != nil {
		// The alert matters more than its call line: a message that cannot
		// be read leaves the line out rather than failing the call.
		if r, err := s.calls(ctx, a); err == nil && len(r.Numbers) > 0 {
			resp.Alert.Call = callToProto(a, r)
		}
	}
	for _, e := range evs {
		resp.Events = append(resp.Events, eventToProto(e))
	}
	return resp, nil
}

// AcknowledgeAlert takes an alert for req.Person.
func (s *EscalationServer) AcknowledgeAlert(ctx context.Context, req *hotlinev1.AcknowledgeAlertRequest) (*hotlinev1.AcknowledgeAlertResponse, error) {
	if err := checkID(req.GetId()); err != nil {
		return nil, err
	}
	if err := checkPerson(req.GetPerson()); err != nil {
		return nil, err
	}
	before, err := s.read.GetAlert(ctx, req.GetId())
	if err != nil {
		return nil, alertError(req.GetId(), err)
	}
	var a store.Alert
	if req.GetCalled() {
		a, err = s.esc.Called(ctx, req.GetId(), req.GetPerson())
	} else {
		a, err = s.esc.Acknowledge(ctx, req.GetId(), req.GetPerson(), store.ViaAPI.String())
	}
	if a.State == store.AlertResolved {
		return nil, status.Errorf(codes.FailedPrecondition, "alert %d is already resolved (by %s)", a.ID, a.ResolvedBy)
	}
	if err != nil {
		return nil, alertError(req.GetId(), err)
	}
	return &hotlinev1.AcknowledgeAlertResponse{Alert: alertToProto(a),
		AlreadyAcknowledged: before.State == store.AlertAcknowledged}, nil
}

// ResolveAlert closes an alert.
func (s *EscalationServer) ResolveAlert(ctx context.Context, req *hotlinev1.ResolveAlertRequest) (*hotlinev1.ResolveAlertResponse, error) {
	if err := checkID(req.GetId()); err != nil {
		return nil, err
	}
	if err := checkPerson(req.GetPerson()); err != nil {
		return nil, err
	}
	a, err := s.esc.Resolve(ctx, req.GetId(), req.GetPerson())
	if err != nil {
		return nil, alertError(req.GetId(), err)
	}
	return &hotlinev1.ResolveAlertResponse{Alert: alertToProto(a)}, nil
}

// WatchAlerts streams alert history as it is written.
func (s *EscalationServer) WatchAlerts(_ *hotlinev1.WatchAlertsRequest, stream grpc.ServerStreamingServer[hotlinev1.WatchAlertsResponse]) error {
	ctx := stream.Context()
	last, err := s.read.LastAlertEventID(ctx)
	if err != nil {
		return status.Errorf(codes.Internal, "watch alerts: %v", err)
	}
	// Headers mark the starting point: a client that waits for them knows
	// every later change will reach it.
	if err := stream.SendHeader(metadata.MD{}); err != nil {
		return err
	}
	for {
		evs, err := s.read.AlertEventsSince(ctx, last, 500)
		if err != nil {
			if ctx.Err() != nil {
				return status.FromContextError(ctx.Err()).Err()
			}
			return status.Errorf(codes.Internal, "watch alerts: %v", err)
		}
		for _, e := range evs {
			last = e.ID
			a, err := s.read.GetAlert(ctx, e.AlertID)
			if err != nil {
				return alertError(e.AlertID, err)
			}
			if err := stream.Send(&hotlinev1.WatchAlertsResponse{Event: eventToProto(e), Alert: alertToProto(a)}); err != nil {
				return fmt.Errorf("send: %w", err)
			}
		}
		if len(evs) == 500 {
			continue
		}
		select {
		case <-ctx.Done():
			return status.FromContextError(ctx.Err()).Err()
		case <-time.After(s.poll):
		}
	}
}

// callToProto is the alert's call-back line: the first number leads, and
// lead says to call before writing.
func callToProto(a store.Alert, r callback.Request) *hotlinev1.AlertCall {
	name := a.FromName
	if name == "" {
		name = a.From
	}
	c := &hotlinev1.AlertCall{Name: name, Number: r.Numbers[0].E164, Link: r.Numbers[0].Link(), Display: r.Numbers[0].Display,
		Asked: r.Asked, Lead: r.Asked || a.Level == "HOT"}
	for _, n := range r.Numbers[1:] {
		c.Others = append(c.Others, n.E164)
	}
	return c
}
