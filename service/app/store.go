package app

import (
	"context"
	"fmt"

	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/history"
	"github.com/hotline/hotline/service/ingest"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
	"github.com/hotline/hotline/service/web"
)

// StoreOptions choose the store: a SQLite file for one process, or a
// PostgreSQL database shared by several replicas. At most one is set.
type StoreOptions struct {
	SQLite      string // database file
	PostgresDSN string // connection string; never part of an error
}

// Configured reports whether a store was chosen.
func (o StoreOptions) Configured() bool { return o.SQLite != "" || o.PostgresDSN != "" }

// Store is what the application's parts need from the store;
// *store.SQLite and *store.Postgres both provide it.
type Store interface {
	ingest.Store
	ingest.Leaser
	route.Store
	notify.Outbox
	api.MessageReader
	api.MessageSource
	api.AlertReader
	web.Store
	history.Store
	Close() error
}

// OpenStore opens the chosen store. The DSN is never part of an error: it
// may hold a password.
func OpenStore(ctx context.Context, o StoreOptions) (Store, error) {
	if o.PostgresDSN != "" {
		st, err := store.OpenPostgres(ctx, o.PostgresDSN)
		if err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
		return st, nil
	}
	st, err := store.OpenSQLite(ctx, o.SQLite)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	return st, nil
}
