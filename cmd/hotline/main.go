// Command hotline reads support mail, scores it for anger and urgency, and
// routes the hot messages to a senior person until somebody answers.
//
// Each subcommand lives in its own file, listed in commands; they parse flags,
// read secrets and print, and service/app builds what they run.
package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/hotline/hotline/service/app"
	"github.com/hotline/hotline/service/history"
)

// command is one subcommand; run gets the arguments after its name.
type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// hangups returns the SIGHUPs received from now on, which serve turns into
// reloads; a signal sent while serve starts up waits instead of killing it.
func hangups() <-chan os.Signal {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	return hup
}

// errUsage marks an error caused by bad arguments; main exits 2 for it.
var errUsage = errors.New("usage")

// commands lists the subcommands, in the order usage shows them.
func commands() []command {
	return []command{
		{"alerts", "list, show, acknowledge or resolve alerts (list|show|ack|resolve)", runAlerts},
		{"bench", "load-test the classifier API and print throughput and latency", runBench},
		{"check-config", "validate a routing config file and summarise it", runCheckConfig},
		{"classify", "score one mail (.eml) or text for anger, urgency and heat", runClassify},
		{"coach", "check a draft reply to an upset customer before sending it", runCoach},
		{"customer", "show a customer's history: recent mail, our answers, alerts", runCustomer},
		{"demo", "run the full pipeline in-process on sample mail (IMAP, SMTP and web on 127.0.0.1)", runDemo},
		{"eval", "measure the classifier on a labelled TSV against the naive Bayes baseline", runEval},
		{"ingest", "read IMAP mailboxes, score new mail and record it", runIngest},
		{"serve", "serve the gRPC API, Prometheus metrics and a health probe", runServe},
		{"train", "fit the anger model on a labelled TSV and write its weights", runTrain},
		{"version", "print the version, Go version and source revision", runVersion},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case errors.As(err, new(shownError)): // the flag package printed it, above the usage
		os.Exit(2)
	}
	fmt.Fprintln(os.Stderr, "hotline:", err)
	if errors.Is(err, errUsage) {
		os.Exit(2)
	}
	os.Exit(1)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr, cmds)
		if len(args) == 0 {
			return fmt.Errorf("%w: no subcommand given", errUsage)
		}
		return nil
	}
	for _, c := range cmds {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	usage(stderr, cmds)
	return fmt.Errorf("%w: unknown subcommand %q", errUsage, args[0])
}

func usage(w io.Writer, cmds []command) {
	fmt.Fprint(w, "Usage: hotline <command> [flags]\n\nCommands:\n")
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-14s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'hotline <command> --help' for the flags of a command.\n")
}

// newFlagSet returns a flag set that returns errors instead of exiting.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: hotline %s\n", synopsis)
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n == 0 {
			fmt.Fprintln(stderr, "\nThis command takes no flags.")
			return
		}
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}

// shownError is a usage error the flag package already printed.
type shownError struct{ error }

func (e shownError) Unwrap() error { return e.error }

// usageErrors lists err, each problem of an *app.InvalidError a usage error.
func usageErrors(err error) []error {
	var inv *app.InvalidError
	if !errors.As(err, &inv) {
		return []error{err}
	}
	errs := make([]error, len(inv.Problems))
	for i, p := range inv.Problems {
		errs[i] = fmt.Errorf("%w: %v", errUsage, p)
	}
	return errs
}

// secret reads a secret from file, or else from the environment variable env.
func secret(file, env string) (string, error) {
	if file == "" {
		return os.Getenv(env), nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("read secret: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// parseFlags parses args into fs and maps flag errors to errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return shownError{fmt.Errorf("%w: %v", errUsage, err)}
	}
	return nil
}

// envPostgresDSN holds the DSN when --postgres is empty, out of the process list.
const envPostgresDSN = app.EnvPostgresDSN

// storeConfig is the --db or --postgres store a command opens.
type storeConfig struct{ dbPath, postgresDSN string }

// registerPostgres adds --postgres; each command adds --db with its own help.
func (c *storeConfig) registerPostgres(fs *flag.FlagSet) {
	fs.StringVar(&c.postgresDSN, "postgres", "", "PostgreSQL `DSN` (postgres://user@host/db) shared by replicas, instead of --db (default: $"+envPostgresDSN+")")
}

// validate fills the DSN from the environment and rejects two stores.
func (c *storeConfig) validate() error {
	c.postgresDSN = cmp.Or(c.postgresDSN, os.Getenv(envPostgresDSN))
	if c.dbPath != "" && c.postgresDSN != "" {
		return fmt.Errorf("%w: --db and --postgres (or $%s) are mutually exclusive; pick one store", errUsage, envPostgresDSN)
	}
	return nil
}

type servedStore = app.Store // what the commands open

func (c storeConfig) options() app.StoreOptions {
	return app.StoreOptions{SQLite: c.dbPath, PostgresDSN: c.postgresDSN}
}
func (c storeConfig) open(ctx context.Context) (servedStore, error) {
	return app.OpenStore(ctx, c.options())
}

// historyConfig holds the flags of how unanswered contact raises heat.
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
