package desk

import (
	"context"
	"errors"
	"fmt"

	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/history"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

// Store is what the desk needs of a database; *store.SQLite and
// *store.Postgres provide it.
type Store interface {
	route.Store
	history.Store
	ListAlerts(ctx context.Context, f store.AlertFilter) ([]store.Alert, error)
	AlertEvents(ctx context.Context, id int64) ([]store.AlertEvent, error)
	Close() error
}

// New returns a desk on st, which it closes with the desk. book answers
// Customer and may be nil when no customer is looked up.
func New(st Store, book api.CustomerBook) *Desk {
	// Acknowledge and resolve need no routing config; they only move the
	// alert's state, and the running service sees it at its next tick.
	return &Desk{b: &local{st: st, router: route.New(st, nil, route.Options{}), book: book}}
}

// Open is New with the customer histories built over st by book (nil for
// none); st is closed when book fails.
func Open(st Store, book func(Store) (api.CustomerBook, error)) (*Desk, error) {
	if book == nil {
		return New(st, nil), nil
	}
	b, err := book(st)
	if err != nil {
		st.Close()
		return nil, err
	}
	return New(st, b), nil
}

// local works on the database directly.
type local struct {
	st     Store
	router *route.Router
	book   api.CustomerBook
}

func (l *local) close() error { return l.st.Close() }

func (l *local) list(ctx context.Context, states []store.State, limit int) ([]store.Alert, error) {
	return l.st.ListAlerts(ctx, store.AlertFilter{States: states, Limit: limit})
}

func (l *local) show(ctx context.Context, id int64) (Alert, error) {
	a, err := l.st.GetAlert(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return Alert{Alert: a}, fmt.Errorf("alert %d not found", id)
	}
	if err != nil {
		return Alert{Alert: a}, err
	}
	out := Alert{Alert: a}
	if out.Events, err = l.st.AlertEvents(ctx, id); err != nil {
		return out, err
	}
	out.Outbox, err = l.st.ListOutbox(ctx, id)
	return out, err
}

func (l *local) ack(ctx context.Context, id int64, by string, called bool) (store.Alert, error) {
	if called {
		a, err := l.router.Called(ctx, id, by)
		if err != nil {
			return a, fmt.Errorf("record call on alert %d: %w", id, err)
		}
		return a, nil
	}
	a, err := l.router.Acknowledge(ctx, id, by, store.ViaCLI.String())
	if err != nil {
		return a, fmt.Errorf("acknowledge alert %d: %w", id, err)
	}
	return a, nil
}

func (l *local) resolve(ctx context.Context, id int64, by string) (store.Alert, error) {
	a, err := l.router.Resolve(ctx, id, by)
	if err != nil {
		return a, fmt.Errorf("resolve alert %d: %w", id, err)
	}
	return a, nil
}

func (l *local) customer(ctx context.Context, address string) (*hotlinev1.GetCustomerResponse, error) {
	if l.book == nil {
		return nil, errors.New("no customer history on this desk")
	}
	resp, err := api.NewCustomerServer(l.book).GetCustomer(ctx, &hotlinev1.GetCustomerRequest{Address: address})
	if err != nil {
		// The same checks as the API, said without its status wrapping.
		return nil, errors.New(status.Convert(err).Message())
	}
	return resp, nil
}
