package desk

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/app"
)

// EnvToken holds the API bearer token when Source.TokenFile is empty, so
// it stays out of the process list.
const EnvToken = "HOTLINE_TOKEN"

// Source says where the alerts are: the gRPC API of a running service at
// Addr, or else the store.
type Source struct {
	Addr      string
	TokenFile string // file with the bearer token for Addr; default $HOTLINE_TOKEN
	Plaintext bool   // reach Addr without TLS, for loopback and tests
	Store     app.StoreOptions
}

// AddFlags registers --addr, --token-file, --plaintext, --db (default
// hotline.db) and --postgres; each command words --db and --addr for its use.
func (s *Source) AddFlags(fs *flag.FlagSet, dbHelp, addrHelp string) {
	s.Store.AddFlags(fs, "hotline.db", dbHelp)
	fs.StringVar(&s.Addr, "addr", "", addrHelp)
	fs.StringVar(&s.TokenFile, "token-file", "", "`file` with the API bearer token for --addr (default: $"+EnvToken+")")
	fs.BoolVar(&s.Plaintext, "plaintext", false, "connect to --addr without TLS (loopback and tests)")
}

// Parsed drops --db's default once fs is parsed, if PostgreSQL is named by
// --postgres or its variable.
func (s *Source) Parsed(fs *flag.FlagSet) {
	dbSet := false
	fs.Visit(func(f *flag.Flag) { dbSet = dbSet || f.Name == "db" })
	if !dbSet && (s.Store.PostgresDSN != "" || os.Getenv(app.EnvPostgresDSN) != "") {
		s.Store.SQLite = ""
	}
}

// Connect returns the desk at s.Addr, or on the store, which must exist:
// opening a SQLite file would create an empty one where a typo was meant.
// book, if not nil, gives the desk the customer histories. Errors about the
// database start with cmd, the command that asked.
func Connect(ctx context.Context, cmd string, s Source, book func(Store) (api.CustomerBook, error)) (*Desk, error) {
	if s.Addr != "" {
		token, err := app.ReadSecret(s.TokenFile, EnvToken)
		if err != nil {
			return nil, err
		}
		d, err := Dial(s.Addr, DialOptions{Token: token, Plaintext: s.Plaintext})
		if err != nil {
			return nil, fmt.Errorf("alerts: %w", err)
		}
		return d, nil
	}
	if err := s.Store.Resolve(); err != nil {
		return nil, err
	}
	if s.Store.PostgresDSN == "" {
		if _, err := os.Stat(s.Store.SQLite); err != nil {
			return nil, fmt.Errorf("%s: database %s: %w", cmd, s.Store.SQLite, err)
		}
	}
	st, err := app.OpenStore(ctx, s.Store)
	if err != nil {
		return nil, err
	}
	return Open(st, book)
}
