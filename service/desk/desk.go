// Package desk is the alert desk a person works from a terminal: list,
// show, take and resolve alerts and look up a customer's history. It
// works on the database directly (New, Open) or through a running
// service's gRPC API (Dial) with the same results. It reads the alerts
// verbs as people type them (ParseCommand), runs them (Desk.Run) and
// writes the text `hotline alerts` and `hotline customer` print.
package desk

import (
	"context"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/store"
)

// Alert is one alert with its history and its notifications.
type Alert struct {
	store.Alert
	Events []store.AlertEvent
	// Outbox is nil through the API, which does not expose delivery
	// details.
	Outbox []store.OutboxItem
}

// Desk reads and changes alerts and reads customer histories, on the
// database or through the API. Close it when done.
type Desk struct {
	b backend
}

// backend is one way of reaching the alerts: the store or the API.
type backend interface {
	list(ctx context.Context, states []store.State, limit int) ([]store.Alert, error)
	show(ctx context.Context, id int64) (Alert, error)
	ack(ctx context.Context, id int64, by string, called bool) (store.Alert, error)
	resolve(ctx context.Context, id int64, by string) (store.Alert, error)
	customer(ctx context.Context, address string) (*hotlinev1.GetCustomerResponse, error)
	close() error
}

// List returns up to limit alerts in the given states, newest first.
func (d *Desk) List(ctx context.Context, states []store.State, limit int) ([]store.Alert, error) {
	return d.b.list(ctx, states, limit)
}

// Show returns alert id with its history.
func (d *Desk) Show(ctx context.Context, id int64) (Alert, error) { return d.b.show(ctx, id) }

// Acknowledge takes alert id for by, which stops its escalation. With
// called, it records that by called the customer back, which counts as
// the answer. An alert already taken is returned unchanged, with the
// person who took it.
func (d *Desk) Acknowledge(ctx context.Context, id int64, by string, called bool) (store.Alert, error) {
	return d.b.ack(ctx, id, by, called)
}

// Resolve closes alert id for by.
func (d *Desk) Resolve(ctx context.Context, id int64, by string) (store.Alert, error) {
	return d.b.resolve(ctx, id, by)
}

// Customer returns the history of the customer at address.
func (d *Desk) Customer(ctx context.Context, address string) (*hotlinev1.GetCustomerResponse, error) {
	return d.b.customer(ctx, address)
}

// Close releases the database or the connection.
func (d *Desk) Close() error { return d.b.close() }
