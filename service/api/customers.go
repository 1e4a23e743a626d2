package api

import (
	"context"
	"strings"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/history"
)

// CustomerBook reads customer histories; *history.Book implements it.
type CustomerBook interface {
	Lookup(ctx context.Context, address string, now time.Time) (history.Customer, error)
}

// CustomerServer implements hotlinev1.CustomerServiceServer.
type CustomerServer struct {
	hotlinev1.UnimplementedCustomerServiceServer
	book CustomerBook
	now  func() time.Time
}

// NewCustomerServer serves histories from book.
func NewCustomerServer(book CustomerBook) *CustomerServer {
	return &CustomerServer{book: book, now: time.Now}
}

// GetCustomer returns one customer's history.
func (s *CustomerServer) GetCustomer(ctx context.Context, req *hotlinev1.GetCustomerRequest) (*hotlinev1.GetCustomerResponse, error) {
	addr := strings.TrimSpace(req.GetAddress())
	if i := invalidUTF8(addr); i >= 0 {
		return nil, status.Errorf(codes.InvalidArgument, "address is not valid UTF-8 at byte %d", i)
	}
	if len(addr) > 320 || !strings.Contains(addr, "@") {
		return nil, status.Errorf(codes.InvalidArgument, "address %.80q is not a mail address; send the customer's address, e.g. dana@shop.example", addr)
	}
	c, err := s.book.Lookup(ctx, addr, s.now())
	if err != nil {
		if ctx.Err() != nil {
			return nil, status.FromContextError(ctx.Err()).Err()
		}
		return nil, status.Errorf(codes.Internal, "history of %s: %v", addr, err)
	}
	out := &hotlinev1.GetCustomerResponse{Key: c.Key, Line: c.Line(), Unanswered: int32(c.Unanswered),
		FirstUnansweredTime: alertTime(c.FirstUnanswered), LastAnswerTime: alertTime(c.LastAnswer), Level: c.Level}
	mail := func(x history.Contact) *hotlinev1.CustomerMail {
		return &hotlinev1.CustomerMail{MessageId: x.MessageID, From: x.From, Subject: x.Subject, Level: x.Level, Time: alertTime(x.At)}
	}
	for _, x := range c.Inbound {
		out.Inbound = append(out.Inbound, mail(x))
	}
	for _, x := range c.Answers {
		out.Answers = append(out.Answers, mail(x))
	}
	for _, a := range c.Alerts {
		out.Alerts = append(out.Alerts, &hotlinev1.CustomerAlert{Id: a.ID, State: stateToProto[a.State], OpenedTime: alertTime(a.OpenedAt),
			AcknowledgedBy: a.AckedBy, AcknowledgedVia: a.AckVia.String(), AcknowledgedTime: alertTime(a.AckedAt)})
	}
	return out, nil
}
