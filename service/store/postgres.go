package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// postgresMigrations is the PostgreSQL schema, numbered like the SQLite one
// (0001–0099 messages, checkpoints and leases; 0100 and up alerts and the
// outbox) and applied by the same runner.
//
//go:embed migrations/postgres/*.sql
var postgresMigrations embed.FS

// Postgres is the store for several replicas sharing one PostgreSQL
// database. It shares all of the SQLite store's SQL, so both pass the same
// conformance suite (storetest); what differs is asked of the dialect:
// replicas divide work by claiming due escalations and outbox rows with
// SELECT … FOR UPDATE SKIP LOCKED, so each escalation step and each
// notification is handled by one replica, and writers of alert history
// take an advisory lock so event ids commit in order.
type Postgres struct {
	sqlStore
	// cfg connects ListenMessages' own connection, outside the pool.
	cfg *pgx.ConnConfig
}

// messagesChannel is the channel a transaction that recorded messages
// notifies at commit; see ListenMessages.
const messagesChannel = "hotline_messages"

// announceMessages notifies the listeners of other processes (see
// ListenMessages) when tx commits. PostgreSQL delivers a notification only
// at commit and folds repeats within one transaction into one. SQLite has
// no listeners: its followers poll.
func (d dialect) announceMessages(ctx context.Context, tx *sql.Tx) error {
	if d != postgresDialect {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `SELECT pg_notify($1, '')`, messagesChannel); err != nil {
		return fmt.Errorf("notify recorded messages: %w", err)
	}
	return nil
}

// ListenMessages calls recorded after each transaction that recorded new
// messages commits, in this process or any other on the database, until
// ctx ends (then it returns nil) or its connection fails. It holds a
// connection of its own. A follower that polls the store can read at once
// when called instead of at its next poll; notifications carry no data and
// may be lost with the connection, so polling stays the way nothing is
// missed.
func (s *Postgres) ListenMessages(ctx context.Context, recorded func()) error {
	conn, err := pgx.ConnectConfig(ctx, s.cfg)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("listen for messages: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+messagesChannel); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("listen for messages: %w", err)
	}
	for {
		if _, err := conn.WaitForNotification(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("listen for messages: %w", err)
		}
		recorded()
	}
}

// postgresMaxConns bounds the pool: a replica needs a few connections for
// the ingester, router, sender and API, not one per request.
const postgresMaxConns = 16

// OpenPostgres connects to the database at dsn (a postgres:// URL or
// key=value string as libpq takes) and applies any pending migrations.
// Replicas starting together migrate one at a time.
func OpenPostgres(ctx context.Context, dsn string) (*Postgres, error) {
	if dsn == "" {
		return nil, errors.New("open postgres store: empty dsn")
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		// The error may quote the DSN, password included.
		return nil, errors.New("open postgres store: invalid dsn")
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(postgresMaxConns)
	db.SetMaxIdleConns(4)
	db.SetConnMaxIdleTime(5 * time.Minute)
	where := cfg.Host + "/" + cfg.Database
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres store %s: %w", where, err)
	}
	migrations, err := loadMigrations(postgresMigrations, "migrations/postgres")
	if err == nil {
		err = migrateDialect(ctx, db, postgresDialect, migrations)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres store %s: %w", where, err)
	}
	return &Postgres{sqlStore: sqlStore{w: db, r: db, d: postgresDialect, bulk: &bulkStmts{}}, cfg: cfg}, nil
}

// Close releases the connection pool.
func (s *Postgres) Close() error {
	s.bulk.close()
	return s.w.Close()
}
