package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/history"
)

// envPostgresDSN holds the PostgreSQL connection string when --postgres is
// empty, so the password is not visible in the process list.
const envPostgresDSN = app.EnvPostgresDSN

// storeConfig chooses the store: a SQLite file for one process, or a
// PostgreSQL database shared by several replicas.
type storeConfig struct {
	dbPath      string
	postgresDSN string
}

// registerPostgres adds --postgres to fs; --db is registered by each
// command with its own help text.
func (c *storeConfig) registerPostgres(fs *flag.FlagSet) {
	fs.StringVar(&c.postgresDSN, "postgres", "", "PostgreSQL `DSN` (postgres://user@host/db) shared by replicas, instead of --db (default: $"+envPostgresDSN+")")
}

// validate fills the DSN from the environment and rejects two stores.
func (c *storeConfig) validate() error {
	if c.postgresDSN == "" {
		c.postgresDSN = os.Getenv(envPostgresDSN)
	}
	if c.dbPath != "" && c.postgresDSN != "" {
		return fmt.Errorf("%w: --db and --postgres (or $%s) are mutually exclusive; pick one store", errUsage, envPostgresDSN)
	}
	return nil
}

// servedStore is what the commands open; see app.Store.
type servedStore = app.Store

func (c storeConfig) configured() bool { return c.dbPath != "" || c.postgresDSN != "" }
func (c storeConfig) options() app.StoreOptions {
	return app.StoreOptions{SQLite: c.dbPath, PostgresDSN: c.postgresDSN}
}
func (c storeConfig) open(ctx context.Context) (app.Store, error) {
	return app.OpenStore(ctx, c.options())
}

// historyConfig holds the flags of the customer history: how repeated
// contact without an answer raises a customer's heat.
type historyConfig history.Options

func (c *historyConfig) register(fs *flag.FlagSet) {
	fs.DurationVar(&c.Window, "history-window", 48*time.Hour, "how far back a customer's unanswered mail counts")
	fs.IntVar(&c.WarmAfter, "history-warm-after", 2, "unanswered mails within --history-window that make a customer at least WARM")
	fs.IntVar(&c.HotAfter, "history-hot-after", 3, "unanswered mails within --history-window that make a customer HOT, whatever the words")
	fs.BoolVar(&c.GroupByDomain, "history-group-domains", false, "count everyone at a company domain as one customer (free-mail domains never group)")
}

// book builds the history over st; isTeam says which answers are ours.
func (c historyConfig) book(st history.Store, isTeam func(string) bool) (*history.Book, error) {
	c.IsTeam = isTeam
	b, err := history.New(st, history.Options(c))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	return b, nil
}
