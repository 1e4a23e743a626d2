package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/desk"
	"github.com/hotline/hotline/service/store"
)

// envAPIToken holds the bearer token for --addr, so it stays out of argv.
const envAPIToken = "HOTLINE_TOKEN"

// alertsFlags say where the alerts are: a database, or a running service.
type alertsFlags struct {
	store     app.StoreOptions
	addr      string
	tokenFile string
	plaintext bool
}

func (f *alertsFlags) register(fs *flag.FlagSet, dbHelp, addrHelp string) {
	f.store.AddFlags(fs, "hotline.db", dbHelp)
	fs.StringVar(&f.addr, "addr", "", addrHelp)
	fs.StringVar(&f.tokenFile, "token-file", "", "`file` with the API bearer token for --addr (default: $"+envAPIToken+")")
	fs.BoolVar(&f.plaintext, "plaintext", false, "connect to --addr without TLS (loopback and tests)")
}

// parse allows flags before and after the positional arguments, so
// "alerts ack 3 --db x" and "alerts --db x ack 3" both work.
func (f *alertsFlags) parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	dbSet := false
	fs.Visit(func(fl *flag.Flag) { dbSet = dbSet || fl.Name == "db" })
	if !dbSet && (f.store.PostgresDSN != "" || os.Getenv(app.EnvPostgresDSN) != "") {
		// --db has a default; naming PostgreSQL replaces it.
		f.store.SQLite = ""
	}
	return pos, nil
}

// open returns the desk at --addr, or on the database, which must exist;
// book, if not nil, gives it the customer histories.
func (f *alertsFlags) open(ctx context.Context, cmd string, book func(desk.Store) (api.CustomerBook, error)) (*desk.Desk, error) {
	if f.addr != "" {
		token, err := app.ReadSecret(f.tokenFile, envAPIToken)
		if err != nil {
			return nil, err
		}
		d, err := desk.Dial(f.addr, desk.DialOptions{Token: token, Plaintext: f.plaintext})
		if err != nil {
			return nil, fmt.Errorf("alerts: %w", err)
		}
		return d, nil
	}
	if err := errors.Join(usageErrors(f.store.Resolve())...); err != nil {
		return nil, err
	}
	if f.store.PostgresDSN == "" {
		// Opening would create an empty file where a typo was meant.
		if _, err := os.Stat(f.store.SQLite); err != nil {
			return nil, fmt.Errorf("%s: database %s: %w", cmd, f.store.SQLite, err)
		}
	}
	st, err := app.OpenStore(ctx, f.store)
	if err != nil {
		return nil, err
	}
	return desk.Open(st, book)
}

// runAlerts works on the same database the service uses, or on its API.
func runAlerts(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f alertsFlags
	var p desk.Params
	fs := newFlagSet("alerts", "alerts list|show ID|ack ID|resolve ID [--db PATH | --postgres DSN | --addr HOST:PORT] [--by NAME] [--state STATE]", stderr)
	f.register(fs, "SQLite database `path`", "use the gRPC API of a running service at `host:port` instead of --db")
	fs.StringVar(&p.By, "by", os.Getenv("USER"), "`name` recorded as the person acknowledging or resolving")
	state := fs.String("state", "", "list only alerts in these comma-separated `states` (OPEN,NOTIFIED,ACKNOWLEDGED,RESOLVED or ALL); default: not resolved")
	fs.IntVar(&p.Limit, "limit", 50, "list at most `n` alerts")
	fs.BoolVar(&p.Called, "called", false, "with ack: you called the customer back; records the call, which counts as the answer")
	pos, err := f.parse(fs, args)
	if err != nil {
		return err
	}
	if err := errors.Join(usageErrors(f.store.Resolve())...); err != nil {
		return err
	}
	c, err := desk.ParseCommand(pos)
	if err != nil {
		if errors.As(err, new(*desk.VerbError)) {
			fs.Usage()
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if c.Changes() && p.By == "" {
		return fmt.Errorf("%w: --by is required when $USER is not set", errUsage)
	}
	if p.States, err = store.ParseStates(*state); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	d, err := f.open(ctx, "alerts", nil)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Run(ctx, stdout, c, p)
}
